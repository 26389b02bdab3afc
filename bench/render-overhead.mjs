#!/usr/bin/env node
/**
 * podsec's wall time against the bare renders it performs, with the same parallelism, in one run.
 *
 *   node bench/render-overhead.mjs [--corpus render|helm-heavy] [--level LEVEL] [--runs 5] [--concurrency <cores>] [--dist DIR] [--keep] [--profile]
 *
 * Generates (deterministically, in a temp folder) a corpus: `render` (default) 12 generated Helm charts and 10
 * kustomize overlays; `helm-heavy` 8 copies of the 6 charts in bench/helm-heavy/ (one built on a `common` library
 * subchart) and 3 overlays, scanned with `--level restricted` unless `--level` says otherwise. Then it times,
 * alternating the order on every repetition:
 *   bare       exactly the renders podsec performs (one `helm template` per chart scenario, one
 *              `kubectl kustomize` per overlay; read back from podsec's own JSON report), run by a pool
 *              of `concurrency` processes;
 *   podsec     `node cli.js scan . --format json --output /dev/null --concurrency N` on the same tree
 *              (a fresh process each time: Node start-up and bundle load count as podsec's cost);
 * and, to say where any overhead goes:
 *   tuned      the bare renders with the Go runtime setting podsec gives its tools (GOGC, see
 *              src/render/command-runner.ts);
 *   wrapped    the renders exactly as podsec runs them: that setting, and the kustomize builds podsec
 *              really runs (recorded from one scan: one wrapper kustomization per overlay, or shared builds
 *              of several overlays in one process, see src/render/kustomize/batch.ts);
 *   startup    `node cli.js version` (Node start-up and loading the bundle, no scan).
 * Prints medians, podsec/bare and the overhead in percent (target: at most 10 %).
 * It also prints how many render processes podsec keeps alive on average (one untimed, sampled scan) and CPU time: the renders' (bare and as podsec runs them), podsec's children's and podsec's
 * own, which on a busy machine explains the wall-time gap better than wall time alone.
 * `--profile` adds one `node --cpu-prof` scan and prints self time by source module and by function.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateHelmHeavyCorpus, generateRenderCorpus } from './lib/corpus.mjs';
import {
  bareRenderJobs,
  median,
  mib,
  option,
  podsecArgs,
  podsecCli,
  podsecToolEnv,
  printProfile,
  readStats,
  recordKustomizeBuilds,
  runPool,
  runProcess,
  seconds,
  statsPreload,
  summarizeProfile,
} from './lib/measure.mjs';

const RUNS = Math.max(1, Number(option('runs', '5')));
const CONCURRENCY = Math.max(1, Number(option('concurrency', String(availableParallelism()))));

const CORPUS = option('corpus', 'render');
if (CORPUS !== 'render' && CORPUS !== 'helm-heavy')
  throw new Error(`--corpus ${CORPUS}: expected render or helm-heavy`);
const LEVEL = option('level', CORPUS === 'helm-heavy' ? 'restricted' : undefined);
const scanExtra = typeof LEVEL === 'string' ? ['--level', LEVEL] : [];

const cli = podsecCli();
const work = mkdtempSync(join(tmpdir(), 'podsec-bench-render-'));
const root = join(work, 'repo');
const corpus = CORPUS === 'helm-heavy' ? generateHelmHeavyCorpus(root) : generateRenderCorpus(root);
const expectedHelm = corpus.charts.reduce((sum, chart) => sum + chart.scenarios, 0);

// One scan up front: warms the page cache and tells us which renders podsec performs.
const first = await runProcess(
  process.execPath,
  podsecArgs(cli, { concurrency: CONCURRENCY, output: join(work, 'report.json'), extra: scanExtra }),
  { cwd: root },
);
if (first.code !== 0) throw new Error(`podsec scan failed (exit ${first.code}):\n${first.stderr}`);
const report = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8'));
const jobs = bareRenderJobs(report, root);
const helmJobs = jobs.filter((job) => job.args[0] === 'template').length;
const kustomizeJobs = jobs.length - helmJobs;
if (helmJobs !== expectedHelm || kustomizeJobs !== corpus.overlays.length || report.errors.length > 0) {
  throw new Error(
    `podsec rendered ${helmJobs} chart scenarios and ${kustomizeJobs} overlays (expected ${expectedHelm} and ${corpus.overlays.length}); errors: ${JSON.stringify(report.errors)}`,
  );
}

// The renders as podsec runs them: its tools' Go setting, and the kustomize builds it runs (one per overlay
// through a wrapper kustomization, or several overlays to one shared build; see src/render/kustomize*.ts),
// recorded from a real scan.
const toolEnv = podsecToolEnv();
const tunedJobs = jobs.map((job) => ({ ...job, env: toolEnv }));
const recorded = await recordKustomizeBuilds(cli, root, { concurrency: CONCURRENCY, work });
const wrappedJobs = [
  ...tunedJobs.filter((job) => job.args[0] === 'template'),
  ...recorded.jobs.map((job) => ({ ...job, env: toolEnv })),
];

const timeBare = () => runPool(jobs, CONCURRENCY);
const timeTuned = () => runPool(tunedJobs, CONCURRENCY);
const timeWrapped = () => runPool(wrappedJobs, CONCURRENCY);
const statsFile = join(work, 'stats.json');
const timePodsec = async () => {
  const preload = statsPreload(statsFile);
  const result = await runProcess(
    process.execPath,
    [...preload.nodeArgs, ...podsecArgs(cli, { concurrency: CONCURRENCY, extra: scanExtra })],
    { cwd: root, env: preload.env },
  );
  if (result.code !== 0) throw new Error(`podsec scan failed (exit ${result.code}):\n${result.stderr}`);
  const stats = readStats(statsFile);
  return {
    ms: result.ms,
    cpuMs: stats.childUserMs + stats.childSystemMs,
    ownCpuMs: stats.userMs + stats.systemMs,
    maxRssKb: stats.maxRssKb,
  };
};
const timeStartup = async () => ({ ms: (await runProcess(process.execPath, [cli, 'version'], { cwd: root })).ms });

await timeBare(); // warm-up of the tools' own caches
const samples = { bare: [], podsec: [], wrapped: [], tuned: [], startup: [] };
const loadBefore = loadavg()[0];
for (let run = 0; run < RUNS; run++) {
  // Alternate the order so neither side always runs on a warmer (or more throttled) machine.
  const order = run % 2 === 0 ? ['bare', 'podsec', 'wrapped', 'tuned'] : ['podsec', 'bare', 'tuned', 'wrapped'];
  for (const name of order)
    samples[name].push(await { bare: timeBare, podsec: timePodsec, wrapped: timeWrapped, tuned: timeTuned }[name]());
  samples.startup.push(await timeStartup());
}
const loadAfter = loadavg()[0];

const med = (name, key = 'ms') => median(samples[name].map((sample) => sample[key]));
const bare = med('bare');
const podsec = med('podsec');
const wrapped = med('wrapped');
const startup = med('startup');
const overhead = (podsec / bare - 1) * 100;
const row = (name, label) =>
  `  ${label.padEnd(54)} ${seconds(med(name)).padStart(8)}   runs: ${samples[name].map((sample) => (sample.ms / 1000).toFixed(2)).join(' ')}`;
const ms = (value) => `${(value / 1000).toFixed(2)} s`;

console.log(
  `podsec render overhead — ${new Date().toISOString().slice(0, 10)}, ${availableParallelism()} cores, node ${process.version}, load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`,
);
console.log(
  `corpus ${CORPUS}${typeof LEVEL === 'string' ? `, --level ${LEVEL}` : ''}: ${corpus.charts.length} charts (${helmJobs} helm template renders incl. ci/ scenarios), ${corpus.overlays.length} kustomize overlays; ${report.summary.workloads} workloads, ${report.problems.length} problems`,
);
console.log(`concurrency ${CONCURRENCY}, ${RUNS} runs, alternating order; wall time, median:`);
console.log(row('bare', 'bare renders (pool of N processes)'));
console.log(row('podsec', 'podsec scan (fresh node process)'));
console.log(row('tuned', `bare renders with podsec's GOGC=${toolEnv.GOGC}`));
console.log(row('wrapped', `renders as podsec runs them (GOGC, ${recorded.jobs.length} kustomize builds)`));
console.log(row('startup', 'node cli.js version (start-up, bundle load)'));
console.log(
  `podsec / bare = ${(podsec / bare).toFixed(3)}   overhead ${overhead.toFixed(1)} %   (issue 3's target ≤ 1.10: ${podsec / bare <= 1.1 ? 'met' : 'NOT met'}; issue 15's ≤ 1.20: ${podsec / bare <= 1.2 ? 'met' : 'NOT met'})`,
);
console.log(
  `podsec / renders as podsec runs them = ${(podsec / wrapped).toFixed(3)}   (podsec's own cost on top of its renders)`,
);
console.log(
  `  podsec − renders as podsec runs them − start-up = ${seconds(podsec - wrapped - startup)} of podsec's own work not hidden behind renders`,
);
console.log('CPU time, median (user + system):');
console.log(
  `  bare renders ${ms(med('bare', 'cpuMs'))}; with GOGC=${toolEnv.GOGC} ${ms(med('tuned', 'cpuMs'))}; renders as podsec runs them ${ms(med('wrapped', 'cpuMs'))}`,
);
console.log(
  `  podsec: helm/kubectl children ${ms(med('podsec', 'cpuMs'))} + podsec's own node process ${ms(med('podsec', 'ownCpuMs'))} (peak RSS ${mib(med('podsec', 'maxRssKb'))})`,
);
const ownShare = med('podsec', 'ownCpuMs') / med('bare', 'cpuMs');
console.log(
  `  podsec's own CPU / bare renders' CPU = ${ownShare.toFixed(3)} (issue 15's target ≤ 0.35: ${ownShare <= 0.35 ? 'met' : 'NOT met'}); ` +
    `/ renders as podsec runs them ${(med('podsec', 'ownCpuMs') / med('wrapped', 'cpuMs')).toFixed(3)}`,
);
console.log(`  machine capacity during one bare run: ${ms(bare * CONCURRENCY)} (wall × cores)`);
// When the bare renders already keep every core busy, podsec cannot finish before all the CPU it and its
// renders need has run on those cores: this floor shows how much of the overhead is podsec's own CPU.
const floor = (med('podsec', 'cpuMs') + med('podsec', 'ownCpuMs')) / CONCURRENCY;
console.log(
  `  CPU floor for podsec on ${CONCURRENCY} cores: (children + own) / cores = ${ms(floor)}, ${(floor / bare).toFixed(2)} × bare ` +
    `(bare renders use ${((med('bare', 'cpuMs') / (bare * CONCURRENCY)) * 100).toFixed(0)} % of the cores); podsec took ${(podsec / floor).toFixed(2)} × that floor`,
);

// Untimed: how many render processes podsec keeps alive (the bare pool keeps `concurrency` alive).
const occupancy = await runProcess(process.execPath, podsecArgs(cli, { concurrency: CONCURRENCY, extra: scanExtra }), {
  cwd: root,
  sampleRss: true,
});
console.log(
  `render slots during one podsec scan (sampled every 25 ms): ${occupancy.rss.meanLiveTools.toFixed(2)} of ${CONCURRENCY} helm/kubectl processes alive on average; ` +
    `none alive ${(occupancy.rss.noToolShare * 100).toFixed(0)} % of the time`,
);

if (option('profile', false)) {
  const profileDir = join(work, 'profile');
  const profiled = await runProcess(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-dir', profileDir, ...podsecArgs(cli, { concurrency: CONCURRENCY, extra: scanExtra })],
    { cwd: root },
  );
  if (profiled.code !== 0) throw new Error(`profiled scan failed:\n${profiled.stderr}`);
  printProfile(summarizeProfile(JSON.parse(readFileSync(join(profileDir, readdirSync(profileDir)[0]), 'utf8')), cli));
}

recorded.cleanup();
if (option('keep', false)) console.log(`kept: ${work}`);
else rmSync(work, { recursive: true, force: true });
