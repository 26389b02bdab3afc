#!/usr/bin/env node
/**
 * podsec on a large monorepo: wall time, ratio to the bare renders, workloads per second, peak RSS,
 * and sharding that loses nothing.
 *
 *   node bench/scale.mjs [--concurrency <cores>] [--charts 110] [--overlays 90] [--manifests 90] [--dist DIR] [--keep] [--profile]
 *
 * Generates (deterministically, in a temp folder) 110 Helm charts whose templates range over a values
 * list of worker Deployments (a tenth with a ci/ scenario, some with a subchart), 90 kustomize overlays
 * (dev/prod over 45 bases, with components and patches) and 90 plain manifest files: about 5,000
 * workloads. Then, one after another:
 *   1. podsec scans the whole tree (JSON and SARIF), sampled for peak RSS: the node process's own peak
 *      from getrusage at exit (exact), helm's and kubectl's peaks from /proc sampling (a lower bound);
 *   2. the bare renders podsec performed (read back from its report) run with the same parallelism;
 *   3. `--shard 1/2` and `--shard 2/2`: checks the shards' targets are disjoint and their workloads add
 *      up to the full scan's;
 *   4. `podsec merge shard1.json shard2.json --format sarif` (and `--format json`): the merged counts
 *      must equal the full scan's.
 * `--profile` adds one more full scan under `node --cpu-prof` (after the timed runs) and prints where
 * podsec's own CPU time goes. Exits 1 when a sharding or merge check fails.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateScaleMonorepo } from './lib/corpus.mjs';
import {
  bareRenderJobs,
  mib,
  option,
  podsecArgs,
  podsecCli,
  podsecToolEnv,
  printProfile,
  readStats,
  runPool,
  runProcess,
  seconds,
  statsPreload,
  summarizeProfile,
} from './lib/measure.mjs';

const CONCURRENCY = Math.max(1, Number(option('concurrency', String(availableParallelism()))));
const started = performance.now();
const cli = podsecCli();
const work = mkdtempSync(join(tmpdir(), 'podsec-bench-scale-'));
const root = join(work, 'repo');
const generated = generateScaleMonorepo(root, {
  charts: Number(option('charts', '110')),
  overlays: Number(option('overlays', '90')),
  manifestFiles: Number(option('manifests', '90')),
});
const file = (name) => join(work, name);
const failures = [];
const check = (ok, message) => {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(message);
};

/** One podsec scan of the tree; returns timing, the node process's stats and the sampled children. */
async function podsec(name, extra = []) {
  const stats = file(`${name}.stats.json`);
  const preload = statsPreload(stats);
  const args = [
    ...preload.nodeArgs,
    ...podsecArgs(cli, { concurrency: CONCURRENCY, output: file(`${name}.json`), extra }),
  ];
  const result = await runProcess(process.execPath, args, { cwd: root, env: preload.env, sampleRss: true });
  if (result.code !== 0) throw new Error(`podsec ${name} failed (exit ${result.code}):\n${result.stderr}`);
  return { ...result, stats: readStats(stats), report: JSON.parse(readFileSync(file(`${name}.json`), 'utf8')) };
}

const sarifResults = (path) =>
  JSON.parse(readFileSync(path, 'utf8')).runs.reduce((sum, run) => sum + run.results.length, 0);
const targetWorkloads = (report) => report.targets.reduce((sum, target) => sum + target.workloads, 0);

const loadBefore = loadavg()[0];
const full = await podsec('full', ['--sarif', file('full.sarif')]);
const jobs = bareRenderJobs(full.report, root);
const bare = await runPool(jobs, CONCURRENCY);
// The same renders with the Go setting podsec gives its tools (see src/render/command-runner.ts).
const toolEnv = podsecToolEnv();
const tuned = await runPool(
  jobs.map((job) => ({ ...job, env: toolEnv })),
  CONCURRENCY,
);
const shard1 = await podsec('shard1', ['--shard', '1/2']);
const shard2 = await podsec('shard2', ['--shard', '2/2']);
const mergeSarif = await runProcess(
  process.execPath,
  [
    cli,
    'merge',
    file('shard1.json'),
    file('shard2.json'),
    '--format',
    'sarif',
    '--output',
    file('merged.sarif'),
    '--fail-on',
    'none',
  ],
  { cwd: root },
);
const mergeJson = await runProcess(
  process.execPath,
  [
    cli,
    'merge',
    file('shard1.json'),
    file('shard2.json'),
    '--format',
    'json',
    '--output',
    file('merged.json'),
    '--fail-on',
    'none',
  ],
  { cwd: root },
);
if (mergeSarif.code !== 0 || mergeJson.code !== 0)
  throw new Error(`podsec merge failed:\n${mergeSarif.stderr}\n${mergeJson.stderr}`);
const merged = JSON.parse(readFileSync(file('merged.json'), 'utf8'));
const loadAfter = loadavg()[0];

const report = full.report;
const kinds = {};
for (const target of report.targets) kinds[target.kind] = (kinds[target.kind] ?? 0) + 1;
const renders = jobs.length;
const workloads = report.summary.workloads;
const children = Object.entries(full.rss.childPeakKb)
  .filter(([name]) => name !== 'node')
  .map(([name, kb]) => `${name} ${mib(kb)} (${full.rss.sampledProcesses[name]} processes seen)`)
  .join(', ');

console.log(
  `podsec scale — ${new Date().toISOString().slice(0, 10)}, ${availableParallelism()} cores, node ${process.version}, load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`,
);
console.log(
  `monorepo: ${generated.charts} charts, ${generated.overlays} overlays, ${generated.manifestFiles} manifest files → ${report.targets.length} targets ` +
    `(${kinds.helm ?? 0} helm, ${kinds.kustomize ?? 0} kustomize, ${kinds.manifest ?? 0} manifest), ${renders} renders; ` +
    `${workloads} workloads (${targetWorkloads(report)} counted per target and scenario), ${report.problems.length} problems, ${report.errors.length} errors`,
);
console.log(`concurrency ${CONCURRENCY}`);
console.log(
  `  podsec scan         ${seconds(full.ms).padStart(9)}   ${(workloads / (full.ms / 1000)).toFixed(0)} workloads/s`,
);
console.log(
  `  bare renders        ${seconds(bare.ms).padStart(9)}   (pool of ${CONCURRENCY} processes, the same ${renders} renders)`,
);
console.log(
  `  bare renders, GOGC=${toolEnv.GOGC} ${seconds(tuned.ms).padStart(9)}   (as above, with podsec's Go setting for its tools)`,
);
console.log(
  `  podsec / bare = ${(full.ms / bare.ms).toFixed(3)}   overhead ${((full.ms / bare.ms - 1) * 100).toFixed(1)} %;   podsec / bare with GOGC=${toolEnv.GOGC} = ${(full.ms / tuned.ms).toFixed(3)}`,
);
console.log(
  `  CPU: bare renders ${seconds(bare.cpuMs)} (with GOGC=${toolEnv.GOGC}: ${seconds(tuned.cpuMs)}); podsec's helm/kubectl children ${seconds(full.stats.childUserMs + full.stats.childSystemMs)} + podsec's own node process ${seconds(full.stats.userMs + full.stats.systemMs)}`,
);
{
  // With every core busy rendering, podsec cannot beat (its renders' CPU + its own CPU) / cores.
  const floorMs =
    (full.stats.childUserMs + full.stats.childSystemMs + full.stats.userMs + full.stats.systemMs) / CONCURRENCY;
  console.log(
    `  CPU floor on ${CONCURRENCY} cores: ${seconds(floorMs)} = ${(floorMs / bare.ms).toFixed(2)} × bare (bare renders use ${((bare.cpuMs / (bare.ms * CONCURRENCY)) * 100).toFixed(0)} % of the cores); ` +
      `podsec took ${(full.ms / floorMs).toFixed(2)} × that floor`,
  );
}
console.log(
  `  render slots: ${full.rss.meanLiveTools.toFixed(2)} of ${CONCURRENCY} helm/kubectl processes alive on average; none alive ${(full.rss.noToolShare * 100).toFixed(0)} % of the time`,
);
console.log(
  `  peak RSS: podsec node process ${mib(full.stats.maxRssKb)} (exact); children, sampled every 25 ms: ${children || 'none seen'}`,
);
console.log('sharding:');
console.log(
  `  shard 1/2 ${seconds(shard1.ms)}, ${shard1.report.targets.length} targets, ${shard1.report.summary.workloads} workloads, peak RSS ${mib(shard1.stats.maxRssKb)}`,
);
console.log(
  `  shard 2/2 ${seconds(shard2.ms)}, ${shard2.report.targets.length} targets, ${shard2.report.summary.workloads} workloads, peak RSS ${mib(shard2.stats.maxRssKb)}`,
);
const paths1 = new Set(shard1.report.targets.map((target) => `${target.kind}:${target.path}`));
const overlap = shard2.report.targets.filter((target) => paths1.has(`${target.kind}:${target.path}`)).length;
check(overlap === 0, `shards share no target (${overlap} shared)`);
check(
  shard1.report.targets.length + shard2.report.targets.length === report.targets.length,
  `targets: ${shard1.report.targets.length} + ${shard2.report.targets.length} = ${shard1.report.targets.length + shard2.report.targets.length} (full scan ${report.targets.length})`,
);
check(
  shard1.report.summary.workloads + shard2.report.summary.workloads === workloads,
  `workloads: ${shard1.report.summary.workloads} + ${shard2.report.summary.workloads} = ${shard1.report.summary.workloads + shard2.report.summary.workloads} (full scan ${workloads})`,
);
check(
  targetWorkloads(shard1.report) + targetWorkloads(shard2.report) === targetWorkloads(report),
  `workloads per target and scenario: ${targetWorkloads(shard1.report)} + ${targetWorkloads(shard2.report)} (full scan ${targetWorkloads(report)})`,
);
console.log('merge (podsec merge shard1.json shard2.json):');
check(
  merged.summary.workloads === workloads,
  `merged JSON: ${merged.summary.workloads} workloads, ${merged.problems.length} problems (full scan ${workloads}, ${report.problems.length})`,
);
check(merged.problems.length === report.problems.length, `merged problems equal the full scan's`);
const mergedSarif = sarifResults(file('merged.sarif'));
const fullSarif = sarifResults(file('full.sarif'));
check(mergedSarif === fullSarif, `merged SARIF: ${mergedSarif} results (full scan's SARIF ${fullSarif})`);
if (option('profile', false)) {
  const profileDir = file('profile');
  const profiled = await runProcess(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-dir', profileDir, ...podsecArgs(cli, { concurrency: CONCURRENCY })],
    { cwd: root },
  );
  if (profiled.code !== 0) throw new Error(`profiled scan failed:\n${profiled.stderr}`);
  printProfile(summarizeProfile(JSON.parse(readFileSync(join(profileDir, readdirSync(profileDir)[0]), 'utf8')), cli));
}
console.log(`total benchmark time ${seconds(performance.now() - started)}`);

if (option('keep', false)) console.log(`kept: ${work}`);
else rmSync(work, { recursive: true, force: true });
process.exitCode = failures.length > 0 ? 1 : 0;
