#!/usr/bin/env node
/**
 * Plain manifests at scale: `podsec scan FILE` on many Deployments written three ways.
 *
 *   node bench/manifests.mjs [--workloads 10000] [--runs 3] [--growth 1000,5000,20000] [--dist DIR] [--profile] [--keep]
 *
 * Generates (deterministically, in a temp folder) Deployments shaped like what the API server returns
 * (labels, annotations, two containers with env, probes, resources, volumes, a status) and writes them as
 *   block   multi-document block YAML, as helm and kustomize print it;
 *   flow    multi-document YAML whose top-level values are one-line flow collections (`{…}`, `[…]`), as
 *           people hand-write compact manifests;
 *   json    one JSON `List` indented by 4, as `kubectl get deploy -A -o json` prints it.
 * Each file is scanned by a fresh `node cli.js scan FILE --format json --output report.json` process (a new report
 * file each run), `--runs` times; it prints the median wall time against the target, podsec's own CPU time (user + system,
 * steadier than wall time when the machine is shared), and podsec's exact peak RSS (getrusage) as a multiple
 * of the input size (target ≤ 10 ×). Then, for block YAML at each `--growth` size, the time
 * per workload relative to the smallest size, and the cost of each workload added from one size to the next
 * (start-up excluded; target: within 20 % of the first step). `--profile` adds a CPU profile of
 * one scan of each form.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { prng } from './lib/files.mjs';
import {
  median,
  mib,
  option,
  podsecCli,
  printProfile,
  readStats,
  runProcess,
  seconds,
  statsPreload,
  summarizeProfile,
} from './lib/measure.mjs';

const WORKLOADS = Number(option('workloads', '10000'));
const RUNS = Math.max(1, Number(option('runs', '3')));
const GROWTH = String(option('growth', '1000,5000,20000'))
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const PROFILE = option('profile', false) === true;
const TARGET_SECONDS = { block: 2, flow: 3, json: 2 };

function deployment(random, index) {
  const name = `app-${index}`;
  const labels = {
    'app.kubernetes.io/name': name,
    'app.kubernetes.io/instance': `team-${index % 37}`,
    'app.kubernetes.io/version': `1.${index % 9}.${index % 5}`,
  };
  const hardened = random() < 0.5;
  const container = (role) => ({
    name: role,
    image: `registry.example.com/${name}/${role}:1.${Math.floor(random() * 20)}`,
    imagePullPolicy: 'IfNotPresent',
    args: ['--port=8080', `--log-level=${random() < 0.5 ? 'info' : 'debug'}`],
    ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
    env: Array.from({ length: 3 }, (_, i) => ({ name: `SETTING_${i}`, value: `value-${Math.floor(random() * 1e6)}` })),
    resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' } },
    livenessProbe: {
      httpGet: { path: '/healthz', port: 'http', scheme: 'HTTP' },
      initialDelaySeconds: 10,
      periodSeconds: 10,
      timeoutSeconds: 1,
      successThreshold: 1,
      failureThreshold: 3,
    },
    volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
    terminationMessagePath: '/dev/termination-log',
    terminationMessagePolicy: 'File',
    securityContext: hardened
      ? {
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          runAsNonRoot: true,
          capabilities: { drop: ['ALL'] },
        }
      : random() < 0.3
        ? { privileged: true }
        : {},
  });
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name,
      namespace: `team-${index % 37}`,
      labels,
      annotations: { 'deployment.kubernetes.io/revision': String(1 + (index % 4)) },
      uid: `5f0c${String(index).padStart(4, '0')}-1b2c-4d5e-8f90-a1b2c3d4e5f6`,
      resourceVersion: String(100000 + index),
      generation: 1 + (index % 3),
      creationTimestamp: '2026-11-30T10:00:00Z',
    },
    spec: {
      replicas: 1 + (index % 3),
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
      selector: { matchLabels: { 'app.kubernetes.io/name': name } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
      template: {
        metadata: { labels },
        spec: {
          containers: [container('app')],
          restartPolicy: 'Always',
          terminationGracePeriodSeconds: 30,
          dnsPolicy: 'ClusterFirst',
          schedulerName: 'default-scheduler',
          securityContext: hardened ? { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } } : {},
          volumes: [{ name: 'tmp', emptyDir: {} }],
        },
      },
    },
    status: { observedGeneration: 1, replicas: 1, readyReplicas: 1, availableReplicas: 1, updatedReplicas: 1 },
  };
}

/** Multi-document YAML whose top-level values are written as one-line flow collections. */
function flowYaml(object) {
  return Object.entries(object)
    .map(([key, value]) => `${key}: ${stringify(value, { flow: true, lineWidth: 0 }).trimEnd()}`)
    .join('\n');
}

function deployments(count) {
  const random = prng(0x15d3);
  return Array.from({ length: count }, (_, index) => deployment(random, index));
}

const writers = {
  block: (objects) => objects.map((object) => stringify(object, { lineWidth: 0 })).join('---\n'),
  flow: (objects) => objects.map((object) => `${flowYaml(object)}\n`).join('---\n'),
  json: (objects) =>
    `${JSON.stringify({ apiVersion: 'v1', items: objects, kind: 'List', metadata: { resourceVersion: '' } }, null, 4)}\n`,
};

/** podsec's own CPU time (user + system) in one run: steadier than wall time on a shared machine. */
const cpuOf = (run) => (run.stats ? run.stats.userMs + run.stats.systemMs : 0);

const cli = podsecCli();
const work = mkdtempSync(join(tmpdir(), 'podsec-bench-manifests-'));

async function scan(file, { profileDir } = {}) {
  const statsFile = join(work, 'stats.json');
  rmSync(statsFile, { force: true });
  const preload = statsPreload(statsFile);
  // Each run writes a new report, as a CI job's checkout does: replacing the last run's 50 MiB report would
  // add the file system's work of dropping it (40–90 ms here) to podsec's time.
  rmSync(join(work, 'report.json'), { force: true });
  const args = [
    ...preload.nodeArgs,
    ...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []),
    cli,
    'scan',
    file,
    '--format',
    'json',
    '--output',
    join(work, 'report.json'),
  ];
  const result = await runProcess(process.execPath, args, { cwd: work, env: preload.env });
  // Exit code 1 means findings, which these files have.
  const report = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8'));
  if (report.errors.length > 0 || (result.code !== 0 && result.code !== 1))
    throw new Error(`podsec reported errors: ${JSON.stringify(report.errors.slice(0, 3))}`);
  return { ms: result.ms, stats: readStats(statsFile) };
}

try {
  const load = loadavg()[0].toFixed(1);
  console.log(
    `podsec plain manifests — ${new Date().toISOString().slice(0, 10)}, ${availableParallelism()} cores, node ${process.version}, load average ${load} at start`,
  );
  // What Node itself costs to start here, in every run below: podsec cannot make it smaller. On a machine that sets
  // NODE_EXTRA_CA_CERTS Node reads and parses that certificate bundle at start, before any of podsec's code runs.
  const bare = [];
  for (let run = 0; run < 5; run++) bare.push((await runProcess(process.execPath, ['-e', '0'])).ms);
  console.log(
    `bare Node start-up (\`node -e 0\`, median of 5): ${seconds(median(bare))}` +
      (process.env.NODE_EXTRA_CA_CERTS ? ' (NODE_EXTRA_CA_CERTS is set: Node loads those certificates at start)' : ''),
  );
  const objects = deployments(Math.max(WORKLOADS, ...GROWTH));
  console.log(`${WORKLOADS} Deployments, ${RUNS} runs each (fresh process per run), median:`);
  for (const [form, write] of Object.entries(writers)) {
    const file = join(work, `deployments-${form}.${form === 'json' ? 'json' : 'yaml'}`);
    writeFileSync(file, write(objects.slice(0, WORKLOADS)));
    const bytes = readFileSync(file).length;
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await scan(file));
    const ms = median(runs.map((run) => run.ms));
    const cpuMs = median(runs.map(cpuOf));
    const rssKb = median(runs.map((run) => run.stats?.maxRssKb ?? 0));
    const ratio = (rssKb * 1024) / bytes;
    const target = TARGET_SECONDS[form];
    console.log(
      `  ${form.padEnd(5)} ${(bytes / 1048576).toFixed(1).padStart(5)} MiB  ${seconds(ms).padStart(8)} (target ≤ ${target} s: ${ms <= target * 1000 ? 'met' : 'NOT met'})` +
        `  CPU ${seconds(cpuMs)}  peak RSS ${mib(rssKb)} = ${ratio.toFixed(1)} × input (target ≤ 10: ${ratio <= 10 ? 'met' : 'NOT met'})   runs: ${runs.map((run) => (run.ms / 1000).toFixed(2)).join(' ')}`,
    );
    if (PROFILE) {
      const profileDir = mkdtempSync(join(work, 'profile-'));
      await scan(file, { profileDir });
      const profile = JSON.parse(readFileSync(join(profileDir, readdirSync(profileDir)[0]), 'utf8'));
      printProfile(summarizeProfile(profile, cli));
    }
    if (option('keep', false) !== true) rmSync(file);
  }
  if (GROWTH.length > 1) {
    console.log(`growth, block YAML, ${RUNS} runs each, median:`);
    let base;
    const sizes = [];
    for (const count of GROWTH) {
      const file = join(work, `growth-${count}.yaml`);
      writeFileSync(file, writers.block(objects.slice(0, count)));
      const runs = [];
      for (let run = 0; run < RUNS; run++) runs.push(await scan(file));
      const ms = median(runs.map((run) => run.ms));
      const cpuMs = median(runs.map(cpuOf));
      const rssKb = median(runs.map((run) => run.stats?.maxRssKb ?? 0));
      const perWorkload = ms / count;
      const cpuPerWorkload = cpuMs / count;
      base ??= { wall: perWorkload, cpu: cpuPerWorkload };
      console.log(
        `  ${String(count).padStart(6)} workloads  ${seconds(ms).padStart(8)}  ${(perWorkload * 1000).toFixed(0).padStart(5)} µs per workload = ${(perWorkload / base.wall).toFixed(2)} × the first size` +
          `  CPU ${(cpuPerWorkload * 1000).toFixed(0)} µs per workload = ${(cpuPerWorkload / base.cpu).toFixed(2)} ×  peak RSS ${mib(rssKb)} (${((rssKb * 1024) / count / 1024).toFixed(1)} KiB per workload)`,
      );
      sizes.push({ count, ms, cpuMs });
      rmSync(file);
    }
    console.log('  (per-workload time includes Node start-up and bundle load, which weigh most at the smallest size)');
    // The cost of each added workload, start-up excluded: what the linear-growth target is about.
    let firstStep;
    for (let index = 1; index < sizes.length; index++) {
      const [before, after] = [sizes[index - 1], sizes[index]];
      const added = after.count - before.count;
      const step = { wall: (after.ms - before.ms) / added, cpu: (after.cpuMs - before.cpuMs) / added };
      firstStep ??= step;
      console.log(
        `  ${before.count} → ${after.count}: each added workload ${(step.wall * 1000).toFixed(0)} µs = ${(step.wall / firstStep.wall).toFixed(2)} × the first step` +
          `  CPU ${(step.cpu * 1000).toFixed(0)} µs = ${(step.cpu / firstStep.cpu).toFixed(2)} ×`,
      );
    }
  }
  console.log(`load average ${loadavg()[0].toFixed(1)} at the end`);
} finally {
  if (option('keep', false) !== true) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
  if (typeof option('dist', undefined) !== 'string') rmSync(join(cli, '..'), { recursive: true, force: true });
}
