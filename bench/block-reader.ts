/**
 * CPU time of the fast block reader alone (src/manifests/block-yaml.ts) on multi-document YAML files.
 *
 *   node bench/run.mjs block-reader FILE… [--runs 5] [--keep]
 *
 * A scan hands each document to the policy engine as soon as it is read, so in a profile of a scan the reader's
 * time is mixed with the assessment of what it delivered. This reads each file with readBlockYaml and a receiver
 * that does nothing else (with --keep it holds every document until the end, as a scan without a sink would),
 * once per fresh process (the CLI reads its file once, cold: the compiler's warm-up is part of the cost), and
 * prints the process's CPU time (user + system, GC threads included) of each read and their median, and the median
 * of a second read in the same process (reader already compiled). `--bench-child` is internal.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readBlockYaml, type BlockDocument, type OtherDocument } from '../src/manifests/block-yaml.js';
import { DEFAULT_MAX_ALIAS_COUNT, DEFAULT_MAX_DEPTH, resolvePlainScalar } from '../src/manifests/parse.js';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] !== undefined ? (process.argv[index + 1] as string) : fallback;
}

const RUNS = Math.max(1, Number(option('runs', '5')));
const KEEP = process.argv.includes('--keep');
const files = process.argv.slice(2).filter((arg, index, args) => !arg.startsWith('--') && args[index - 1] !== '--runs');

/** One cold read in this process: CPU milliseconds, documents read by the reader, documents left to the general parser. */
function readOnce(file: string): { cpu: number; read: number; other: number } {
  const text = readFileSync(file, 'utf8');
  const kept: (BlockDocument | OtherDocument)[] = [];
  let read = 0;
  let other = 0;
  const before = process.cpuUsage();
  const whole = readBlockYaml(text, resolvePlainScalar, DEFAULT_MAX_DEPTH, DEFAULT_MAX_ALIAS_COUNT, (document) => {
    if ('value' in document) read++;
    else other++;
    if (KEEP) kept.push(document);
    return true;
  });
  const used = process.cpuUsage(before);
  if (!whole) throw new Error(`${file}: the block reader gave the whole text to the general parser`);
  return { cpu: (used.user + used.system) / 1000, read, other };
}

function median(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

if (process.argv.includes('--bench-child')) {
  const cold = readOnce(files[0] as string);
  // A second read in the same process, with the reader compiled: how much of the first was the compiler's warm-up.
  const warm = readOnce(files[0] as string);
  process.stdout.write(JSON.stringify({ ...cold, warm: warm.cpu }));
} else {
  if (files.length === 0) {
    console.error('usage: node bench/run.mjs block-reader FILE… [--runs 5] [--keep]');
    process.exit(2);
  }
  console.log(
    `block reader alone, one cold read per process, ${RUNS} runs${KEEP ? ', documents kept' : ''} (Node ${process.version})`,
  );
  for (const file of files) {
    const times: number[] = [];
    const warmTimes: number[] = [];
    let counts = '';
    for (let run = 0; run < RUNS; run++) {
      const child = spawnSync(
        process.execPath,
        [process.argv[1] as string, file, '--bench-child', ...(KEEP ? ['--keep'] : [])],
        { encoding: 'utf8', maxBuffer: 1 << 20 },
      );
      if (child.status !== 0) throw new Error(child.stderr);
      const result = JSON.parse(child.stdout) as { cpu: number; warm: number; read: number; other: number };
      times.push(result.cpu);
      warmTimes.push(result.warm);
      counts = `${result.read} documents read, ${result.other} left to the general parser`;
    }
    console.log(
      `  ${file}: median ${median(times).toFixed(0)} ms CPU (${times.map((time) => time.toFixed(0)).join(', ')}), ` +
        `second read in the same process ${median(warmTimes).toFixed(0)} ms; ${counts}`,
    );
  }
}
