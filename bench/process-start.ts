/**
 * What starting one helm/kustomize process costs podsec's own node process, through its command runner.
 *
 *   node bench/run.mjs process-start [--processes 150] [--rounds 3] [--heap-mib 100] [--program PATH]
 *
 * Runs `--processes` short commands (default `true` from PATH: the program's own work is not what is measured)
 * one after another, `--rounds` times, and prints podsec's own CPU time per process (user + system of this node
 * process, children excluded, from process.cpuUsage) and the wall time per process, for:
 *   runner   createCommandRunner().run (src/render/command-runner.ts: plain child_process.spawn since 2026-12-04)
 *   execa    execa with the options the runner used before (detached, scrubbed env, piped output, no buffering)
 *   spawn    child_process.spawn alone, the floor
 * `--heap-mib` first fills the heap with that much live data, as a scan holds parsed objects while it renders:
 * a fork copies the parent's page tables, so a start costs more as the heap grows.
 */
import { spawn } from 'node:child_process';
import { execa } from 'execa';
import { createCommandRunner } from '../src/render/command-runner.js';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const PROCESSES = Number(option('processes', '150'));
const ROUNDS = Number(option('rounds', '3'));
const HEAP_MIB = Number(option('heap-mib', '100'));
const PROGRAM = option('program', 'true');
const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin' };

// Live data like a scan's: many small objects.
const ballast: { n: number; text: string }[][] = [];
for (let mib = 0; mib < HEAP_MIB; mib++)
  ballast.push(Array.from({ length: 8_000 }, (_, n) => ({ n, text: `value-${n}` })));

const runner = createCommandRunner({ sourceEnv: env });

const ways: Record<string, () => Promise<void>> = {
  runner: async () => {
    const result = await runner.run(PROGRAM, []);
    if (result.exitCode !== 0) throw new Error(`${PROGRAM}: ${result.spawnError ?? result.stderr}`);
  },
  execa: async () => {
    const child = execa(PROGRAM, [], {
      env,
      extendEnv: false,
      shell: false,
      reject: false,
      buffer: false,
      stdout: 'pipe',
      stderr: 'pipe',
      detached: true,
      forceKillAfterDelay: 2000,
      windowsHide: true,
      stdin: 'ignore',
    });
    child.stdout?.on('data', () => undefined);
    child.stderr?.on('data', () => undefined);
    await child;
  },
  spawn: async () => {
    const child = spawn(PROGRAM, [], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    child.stdout?.on('data', () => undefined);
    child.stderr?.on('data', () => undefined);
    await new Promise((resolve) => child.once('close', resolve));
  },
};

const results: Record<string, { cpu: number[]; wall: number[] }> = {
  runner: { cpu: [], wall: [] },
  execa: { cpu: [], wall: [] },
  spawn: { cpu: [], wall: [] },
};
for (const way of Object.values(ways)) for (let i = 0; i < 10; i++) await way(); // warm-up
for (let round = 0; round < ROUNDS; round++) {
  // Alternate the order so no way always runs first.
  const order = round % 2 === 0 ? ['runner', 'execa', 'spawn'] : ['spawn', 'execa', 'runner'];
  for (const name of order) {
    const way = ways[name] as () => Promise<void>;
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (let i = 0; i < PROCESSES; i++) await way();
    const used = process.cpuUsage(cpu);
    results[name]?.cpu.push((used.user + used.system) / 1000 / PROCESSES);
    results[name]?.wall.push((performance.now() - started) / PROCESSES);
  }
}
runner.dispose();

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
console.log(
  `process starts — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${PROCESSES} × ${PROGRAM} per round, ${ROUNDS} rounds, heap ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MiB used (ballast ${ballast.length} MiB asked)`,
);
for (const [name, { cpu, wall }] of Object.entries(results)) {
  console.log(
    `  ${name.padEnd(7)} own CPU ${median(cpu).toFixed(2)} ms per process (rounds: ${cpu.map((v) => v.toFixed(2)).join(' ')}), wall ${median(wall).toFixed(2)} ms`,
  );
}
