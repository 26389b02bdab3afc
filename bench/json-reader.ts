/**
 * CPU time of the JSON reader alone (src/manifests/json-manifest.ts, json-positions.ts) on JSON texts such as
 * `kubectl get deploy -A -o json` prints.
 *
 *   node bench/run.mjs json-reader FILE… [--runs 5]
 *
 * A scan hands each object to the policy engine as soon as it is read, so in a profile of a scan the reader's time
 * is mixed with the assessment of what it delivered. This reads each file with readJsonManifest and a receiver that,
 * like the assessment of a workload that fails the restricted level, asks each object for the position of its head
 * and of seven pod-level and container-level fields (what a scan of the 10,000-Deployment bench file asks per
 * failing workload), and once asking none. A third kind asks the same once every object is read, as a report does
 * when it places failures: by then the index of the whole text has been built and little of it is in the processor's
 * cache. One cold read per fresh process (the CLI reads its file once, cold: the compiler's warm-up is part of the
 * cost), the kinds alternating; it prints the process's CPU time (user + system, GC threads included) of each read and
 * the medians. `--bench-child` is internal.
 */
import type { KubeObject } from '../src/manifests/types.js';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readJsonManifest } from '../src/manifests/json-manifest.js';
import { DEFAULT_MAX_DEPTH, resolvePlainScalar } from '../src/manifests/parse.js';
import type { FieldPath } from '../src/policy/types.js';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] !== undefined ? (process.argv[index + 1] as string) : fallback;
}

const RUNS = Math.max(1, Number(option('runs', '5')));
/** When the child asks for positions: as each object is read, once all are, or never. */
type Asking = 'delivery' | 'after' | 'none';
const ASKING = option('asking', 'delivery') as Asking;
const CHILD = process.argv.includes('--bench-child');
const files = process.argv
  .slice(2)
  .filter(
    (arg, index, args) => !arg.startsWith('--') && args[index - 1] !== '--runs' && args[index - 1] !== '--asking',
  );

const CONTAINER: FieldPath = ['spec', 'template', 'spec', 'containers', 0, 'securityContext'];
const POD: FieldPath = ['spec', 'template', 'spec', 'securityContext'];
const ASKED: FieldPath[] = [
  [],
  [...CONTAINER, 'privileged'],
  [...CONTAINER, 'allowPrivilegeEscalation'],
  [...CONTAINER, 'capabilities', 'drop'],
  [...CONTAINER, 'runAsNonRoot'],
  [...POD, 'runAsNonRoot'],
  [...CONTAINER, 'seccompProfile'],
  [...POD, 'seccompProfile'],
];

/** One cold read in this process: CPU milliseconds, objects, a checksum of the lines found. */
function readOnce(file: string): { cpu: number; objects: number; lines: number } {
  const text = readFileSync(file, 'utf8');
  let objects = 0;
  let lines = 0;
  const ask = (object: KubeObject): void => {
    for (const path of ASKED) lines += object.position(path).line;
  };
  const kept: KubeObject[] = [];
  const before = process.cpuUsage();
  const read = readJsonManifest(text, {
    file,
    resolvePlain: resolvePlainScalar,
    maxDepth: DEFAULT_MAX_DEPTH,
    locate: undefined,
    deliver: (object) => {
      objects++;
      if (ASKING === 'delivery') ask(object);
      else if (ASKING === 'after') kept.push(object);
    },
  });
  for (const object of kept) ask(object);
  const used = process.cpuUsage(before);
  if (!read) throw new Error(`${file}: the JSON reader gave the text to the general parser`);
  return { cpu: (used.user + used.system) / 1000, objects, lines };
}

function median(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function runChild(file: string, asking: Asking): { cpu: number; objects: number; lines: number } {
  const child = spawnSync(process.execPath, [process.argv[1] as string, file, '--bench-child', '--asking', asking], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as { cpu: number; objects: number; lines: number };
}

const list = (times: readonly number[]): string => times.map((time) => time.toFixed(0)).join(', ');

if (CHILD) {
  process.stdout.write(JSON.stringify(readOnce(files[0] as string)));
} else {
  if (files.length === 0) {
    console.error('usage: node bench/run.mjs json-reader FILE… [--runs 5]');
    process.exit(2);
  }
  console.log(`JSON reader alone, one cold read per process, ${RUNS} runs of each kind (Node ${process.version})`);
  for (const file of files) {
    const reads: number[] = [];
    const withPositions: number[] = [];
    const positionsAfter: number[] = [];
    let counts = '';
    for (let run = 0; run < RUNS; run++) {
      reads.push(runChild(file, 'none').cpu);
      const result = runChild(file, 'delivery');
      withPositions.push(result.cpu);
      const after = runChild(file, 'after');
      positionsAfter.push(after.cpu);
      if (after.lines !== result.lines) throw new Error(`${file}: positions asked later differ`);
      counts = `${result.objects} objects, line checksum ${result.lines}`;
    }
    console.log(`  ${file}: ${counts}`);
    console.log(`    read alone: median ${median(reads).toFixed(0)} ms CPU (${list(reads)})`);
    console.log(
      `    read, ${ASKED.length} positions per object: median ${median(withPositions).toFixed(0)} ms CPU (${list(withPositions)})`,
    );
    console.log(
      `    read, then ${ASKED.length} positions per object: median ${median(positionsAfter).toFixed(0)} ms CPU (${list(positionsAfter)})`,
    );
  }
}
