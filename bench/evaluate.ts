/**
 * Throughput of the policy engine against the YAML parsing it sits behind.
 *
 *   node bench/run.mjs evaluate [--workloads 10000] [--runs 3] [--eval-repeats 10] [--yaml-reference] [--keep FILE]
 *
 * Builds one multi-document YAML file of mixed workloads (Deployments, StatefulSets, DaemonSets, Jobs,
 * CronJobs, Pods; sizes like real charts' output, about a third violating baseline or restricted),
 * then times, median of several runs after a warm-up on a tenth of the file:
 *   parse       parseManifests (podsec's YAML parse with lazy source positions)
 *   yaml only   the `yaml` package alone (parseAllDocuments + toJS), for reference (--yaml-reference)
 *   extract     extractWorkloads
 *   evaluate    evaluatePod at restricted:latest, and at baseline:latest, for every workload
 * The target is evaluation under half of the parse time of the same file.
 */
import { writeFileSync } from 'node:fs';
import { parseAllDocuments, stringify } from 'yaml';
import { parseManifests } from '../src/manifests/parse.js';
import { evaluatePod } from '../src/policy/evaluate.js';
import type { Level, PolicyVersion } from '../src/policy/types.js';
import { parseVersion } from '../src/policy/version.js';
import { extractWorkloads } from '../src/workloads/extract.js';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] !== undefined ? (process.argv[index + 1] as string) : fallback;
}

const WORKLOADS = Number(option('workloads', '10000'));
const RUNS = Math.max(1, Number(option('runs', '3')));
const EVAL_REPEATS = Math.max(1, Number(option('eval-repeats', '10')));
/** Also time the `yaml` package alone (parseAllDocuments + toJS), as a reference for parseManifests. */
const YAML_REFERENCE = process.argv.includes('--yaml-reference');

/** Deterministic PRNG (mulberry32) so every run benchmarks the same file. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(0x50d5ec);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const chance = (p: number): boolean => random() < p;

const IMAGES = ['nginx:1.27', 'ghcr.io/example/api:2.4.1', 'registry.k8s.io/pause:3.10', 'postgres:16', 'redis:7.2'];

function container(name: string, hardened: boolean, violation: string | undefined): Record<string, unknown> {
  const env = Array.from({ length: 4 + Math.floor(random() * 8) }, (_, i) => ({
    name: `SETTING_${i}`,
    value: `value-${Math.floor(random() * 1e6)}`,
  }));
  const securityContext: Record<string, unknown> = hardened
    ? {
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'] },
        runAsNonRoot: true,
      }
    : {};
  if (violation === 'privileged') securityContext.privileged = true;
  if (violation === 'capabilities') securityContext.capabilities = { add: ['NET_ADMIN', 'SYS_TIME'] };
  if (violation === 'runAsUser') securityContext.runAsUser = 0;
  return {
    name,
    image: pick(IMAGES),
    imagePullPolicy: 'IfNotPresent',
    args: ['--port=8080', '--log-level=info'],
    ports: [
      { name: 'http', containerPort: 8080, protocol: 'TCP', ...(violation === 'hostPort' ? { hostPort: 8080 } : {}) },
    ],
    env,
    resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' } },
    livenessProbe: { httpGet: { path: '/healthz', port: 'http' }, initialDelaySeconds: 10, periodSeconds: 10 },
    readinessProbe: { httpGet: { path: '/ready', port: 'http' }, periodSeconds: 5 },
    volumeMounts: [
      { name: 'config', mountPath: '/etc/app' },
      { name: 'tmp', mountPath: '/tmp' },
    ],
    ...(Object.keys(securityContext).length ? { securityContext } : {}),
  };
}

function podTemplate(index: number): { metadata: Record<string, unknown>; spec: Record<string, unknown> } {
  const hardened = chance(0.55);
  const violation = chance(0.35)
    ? pick(['privileged', 'capabilities', 'runAsUser', 'hostPort', 'hostPath', 'hostNetwork', 'seccomp'])
    : undefined;
  const containers = Array.from({ length: 1 + Math.floor(random() * 2) }, (_, i) =>
    container(i === 0 ? 'app' : `sidecar${i}`, hardened, i === 0 ? violation : undefined),
  );
  const volumes: Record<string, unknown>[] = [
    { name: 'config', configMap: { name: `app-${index}-config` } },
    { name: 'tmp', emptyDir: { sizeLimit: '64Mi' } },
  ];
  if (violation === 'hostPath') volumes.push({ name: 'host', hostPath: { path: '/var/run/docker.sock' } });
  const spec: Record<string, unknown> = {
    serviceAccountName: `app-${index}`,
    ...(violation === 'hostNetwork' ? { hostNetwork: true } : {}),
    securityContext: hardened
      ? {
          runAsNonRoot: true,
          runAsUser: 10001,
          fsGroup: 10001,
          seccompProfile: { type: violation === 'seccomp' ? 'Unconfined' : 'RuntimeDefault' },
        }
      : {},
    ...(chance(0.3) ? { initContainers: [container('init', hardened, undefined)] } : {}),
    containers,
    volumes,
    nodeSelector: { 'kubernetes.io/os': 'linux' },
    tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'apps', effect: 'NoSchedule' }],
  };
  const labels = {
    'app.kubernetes.io/name': `app-${index}`,
    'app.kubernetes.io/instance': 'bench',
    tier: pick(['web', 'api', 'worker']),
  };
  return { metadata: { labels, annotations: { 'checksum/config': `${Math.floor(random() * 1e12)}` } }, spec };
}

function workload(index: number): Record<string, unknown> {
  const template = podTemplate(index);
  const metadata = { name: `app-${index}`, namespace: `team-${index % 20}`, labels: template.metadata.labels };
  const selector = { matchLabels: { 'app.kubernetes.io/name': `app-${index}` } };
  const roll = random();
  if (roll < 0.4)
    return { apiVersion: 'apps/v1', kind: 'Deployment', metadata, spec: { replicas: 2, selector, template } };
  if (roll < 0.6) {
    return {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata,
      spec: { serviceName: `app-${index}`, replicas: 1, selector, template },
    };
  }
  if (roll < 0.8) {
    return {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata,
      spec: {
        schedule: '0 * * * *',
        jobTemplate: { spec: { template: { ...template, spec: { ...template.spec, restartPolicy: 'OnFailure' } } } },
      },
    };
  }
  if (roll < 0.87) return { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata, spec: { selector, template } };
  if (roll < 0.92) {
    return {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata,
      spec: { template: { ...template, spec: { ...template.spec, restartPolicy: 'Never' } } },
    };
  }
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { ...metadata, annotations: template.metadata.annotations },
    spec: template.spec,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function time<T>(run: () => T): { ms: number; result: T } {
  const start = process.hrtime.bigint();
  const result = run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

const text = Array.from({ length: WORKLOADS }, (_, i) => stringify(workload(i))).join('---\n');
const keep = option('keep', '');
if (keep) writeFileSync(keep, text);

const latest: PolicyVersion = parseVersion('latest') ?? fail('parseVersion("latest") failed');

function fail(message: string): never {
  throw new Error(message);
}

const samples = {
  parse: [] as number[],
  yaml: [] as number[],
  extract: [] as number[],
  restricted: [] as number[],
  baseline: [] as number[],
};
const violating: Record<string, number> = {};

function measure(input: string, record: boolean): void {
  const parse = time(() => parseManifests(input, 'bench.yaml'));
  if (parse.result.errors.length) throw new Error(`parse errors: ${JSON.stringify(parse.result.errors.slice(0, 3))}`);
  const extract = time(() => extractWorkloads(parse.result.objects));
  const { workloads } = extract.result;
  const evaluateAt = (level: Level) =>
    time(() => {
      let failing = 0;
      for (const w of workloads) if (evaluatePod(w.pod, level, latest).length > 0) failing++;
      return failing;
    });
  if (!record) {
    for (let i = 0; i < EVAL_REPEATS; i++) {
      evaluateAt('restricted');
      evaluateAt('baseline');
    }
    return;
  }
  if (workloads.length !== WORKLOADS) throw new Error(`extracted ${workloads.length} workloads, expected ${WORKLOADS}`);
  samples.parse.push(parse.ms);
  samples.extract.push(extract.ms);
  if (YAML_REFERENCE) samples.yaml.push(time(() => parseAllDocuments(input).map((doc) => doc.toJS())).ms);
  // Evaluation is cheap next to parsing, so it is sampled more often per parse.
  for (let i = 0; i < EVAL_REPEATS; i++) {
    const restricted = evaluateAt('restricted');
    const baseline = evaluateAt('baseline');
    violating.restricted = restricted.result;
    violating.baseline = baseline.result;
    samples.restricted.push(restricted.ms);
    samples.baseline.push(baseline.ms);
  }
}

// Warm-up on a slice of the file (parsing all of it is the slow part): lets the JIT settle.
measure(text.slice(0, text.indexOf('\n---\n', Math.floor(text.length / 10)) + 1), false);
for (let run = 0; run < RUNS; run++) measure(text, true);

const m = {
  parse: median(samples.parse),
  yaml: median(samples.yaml),
  extract: median(samples.extract),
  restricted: median(samples.restricted),
  baseline: median(samples.baseline),
};
const perSecond = (ms: number) => Math.round(WORKLOADS / (ms / 1000)).toLocaleString('en-US');
const row = (label: string, ms: number) =>
  `  ${label.padEnd(28)} ${ms.toFixed(1).padStart(9)} ms  ${perSecond(ms).padStart(12)} workloads/s`;

console.log(
  `podsec evaluation benchmark — ${WORKLOADS.toLocaleString('en-US')} workloads, ` +
    `${(text.length / 1024 / 1024).toFixed(1)} MiB of YAML, median of ${RUNS} parse runs × ${EVAL_REPEATS} evaluations, after a warm-up (Node ${process.version})`,
);
console.log(`  violating: restricted:latest ${violating.restricted}, baseline:latest ${violating.baseline}`);
console.log(row('parse (parseManifests)', m.parse));
if (YAML_REFERENCE) console.log(row('  yaml package alone', m.yaml));
console.log(row('extract (extractWorkloads)', m.extract));
console.log(row('evaluate restricted:latest', m.restricted));
console.log(row('evaluate baseline:latest', m.baseline));
const ratio = (ms: number) => (ms / m.parse).toFixed(3);
console.log(
  `  evaluation / parse: restricted ${ratio(m.restricted)}, baseline ${ratio(m.baseline)} (target < 0.5: ` +
    `${m.restricted / m.parse < 0.5 && m.baseline / m.parse < 0.5 ? 'met' : 'NOT met'})`,
);
