#!/usr/bin/env node
/**
 * What showing fixes costs: `podsec scan FILE` in `--format text` and `--format sarif` (which plan the automatic
 * fixes of every failing workload, for the "N problems can be fixed automatically" line and SARIF `fixes`)
 * against `--format json` (which does not).
 *
 *   node bench/fix-overhead.mjs [--workloads 2000] [--runs 3] [--files a.yaml,b.json] [--formats json,text,sarif] [--dist DIR]
 *
 * Without `--files` it writes (deterministically, in a temp folder) many Deployments that fail the default
 * policy in the ways fixes handle (no security context, `securityContext: {}`, privileged containers, added
 * capabilities, host ports), once as multi-document block YAML and once as CRLF block YAML with comments
 * (which the editor's quick reader leaves to the general parser). Each file is scanned by a fresh process per
 * run and format; it prints the median wall time, podsec's own CPU time (user + system, steadier than wall
 * time on a shared machine) and peak RSS per format, and for text and sarif the extra CPU over json and the
 * ratio to it. Benchmarks are not tests: nothing here fails on timing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { prng } from './lib/files.mjs';
import { median, mib, option, podsecCli, readStats, runProcess, seconds, statsPreload } from './lib/measure.mjs';

const WORKLOADS = Number(option('workloads', '2000'));
const RUNS = Math.max(1, Number(option('runs', '3')));
const FORMATS = String(option('formats', 'json,text,sarif')).split(',');
const FILES = typeof option('files', undefined) === 'string' ? String(option('files')).split(',') : undefined;

/** One Deployment as block YAML, failing the restricted level in one of a few ways that fixes handle. */
function deploymentYaml(random, index) {
  const shape = Math.floor(random() * 5);
  const containerContext = [
    '',
    '          securityContext:\n            privileged: true\n',
    '          securityContext:\n            capabilities:\n              add: [NET_ADMIN]\n',
    '          securityContext:\n            allowPrivilegeEscalation: false\n',
    '          ports:\n            - containerPort: 8080\n              hostPort: 8080\n',
  ][shape];
  const podContext = random() < 0.5 ? '      securityContext: {}\n' : '';
  return (
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${index}\n  namespace: team-${index % 23}\n` +
    `  labels:\n    app.kubernetes.io/name: app-${index}\n  creationTimestamp: 2026-11-30T10:00:00Z\n` +
    `spec:\n  replicas: ${1 + (index % 3)}\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: app-${index}\n` +
    `  template:\n    metadata:\n      labels:\n        app.kubernetes.io/name: app-${index}\n    spec:\n` +
    `      containers:\n        - name: app\n          image: "registry.example.com/app-${index}:1.${index % 9}"\n` +
    `          args: [--port=8080, --log-level=info]\n          resources:\n            limits:\n              memory: 512Mi\n` +
    containerContext +
    podContext +
    `      volumes:\n        - name: tmp\n          emptyDir: {}\n`
  );
}

function generatedFiles(work) {
  const random = prng(0xf1c5);
  const documents = Array.from({ length: WORKLOADS }, (_, index) => deploymentYaml(random, index));
  const block = join(work, 'deployments-block.yaml');
  writeFileSync(block, documents.join('---\n'));
  const crlf = join(work, 'deployments-crlf-comments.yaml');
  writeFileSync(
    crlf,
    documents
      .map((text) => text.replace('spec:\n  replicas', '# scaled by the autoscaler\nspec:\n  replicas'))
      .join('---\n')
      .replace(/\n/g, '\r\n'),
  );
  return [block, crlf];
}

/** podsec's own CPU time (user + system) in one run. */
const cpuOf = (run) => (run.stats ? run.stats.userMs + run.stats.systemMs : 0);

const cli = podsecCli();
const work = mkdtempSync(join(tmpdir(), 'podsec-bench-fix-'));

async function scan(file, format) {
  const statsFile = join(work, 'stats.json');
  rmSync(statsFile, { force: true });
  const preload = statsPreload(statsFile);
  const output = join(work, `report.${format}`);
  const args = [...preload.nodeArgs, cli, 'scan', basename(file), '--format', format, '--output', output];
  const result = await runProcess(process.execPath, args, { cwd: resolve(file, '..'), env: preload.env });
  // Exit code 1 means findings, which these files have.
  if (result.code !== 0 && result.code !== 1) throw new Error(`podsec exited with ${result.code} on ${file}`);
  const fixable =
    format === 'text' ? /\d+ problems? can be fixed automatically/.exec(readFileSync(output, 'utf8')) : null;
  return { ms: result.ms, stats: readStats(statsFile), fixable: fixable?.[0] };
}

try {
  console.log(
    `podsec fix overhead — ${new Date().toISOString().slice(0, 10)}, ${availableParallelism()} cores, node ${process.version}, load average ${loadavg()[0].toFixed(1)} at start`,
  );
  const files = FILES ?? generatedFiles(work);
  console.log(
    `${FILES ? 'given files' : `${WORKLOADS} generated Deployments`}, ${RUNS} runs per format (fresh process per run), median:`,
  );
  for (const file of files) {
    const mibIn = (readFileSync(file).length / 1048576).toFixed(1);
    console.log(`  ${basename(file)} (${mibIn} MiB)`);
    const byFormat = {};
    for (const format of FORMATS) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) runs.push(await scan(file, format));
      const measured = {
        ms: median(runs.map((run) => run.ms)),
        cpuMs: median(runs.map(cpuOf)),
        rssKb: median(runs.map((run) => run.stats?.maxRssKb ?? 0)),
      };
      byFormat[format] = measured;
      const json = byFormat.json;
      const relative =
        json && format !== 'json'
          ? `  = json + ${seconds(measured.cpuMs - json.cpuMs)} CPU (${(measured.cpuMs / json.cpuMs).toFixed(2)} ×), RSS ${(measured.rssKb / json.rssKb).toFixed(2)} × json`
          : '';
      console.log(
        `    ${format.padEnd(6)} wall ${seconds(measured.ms).padStart(8)}  CPU ${seconds(measured.cpuMs).padStart(8)}  peak RSS ${mib(measured.rssKb).padStart(8)}${relative}` +
          `${runs[0]?.fixable ? `  (${runs[0].fixable})` : ''}`,
      );
    }
  }
  console.log(`load average ${loadavg()[0].toFixed(1)} at the end`);
} finally {
  rmSync(work, { recursive: true, force: true });
  if (typeof option('dist', undefined) !== 'string') rmSync(join(cli, '..'), { recursive: true, force: true });
}
