// Timing and process helpers shared by the benchmarks: building podsec's CLI bundle, running podsec,
// running the bare helm/kustomize renders with a bounded pool, medians, and peak-RSS sampling.
import { spawn, execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const HELM = join(REPO, 'node_modules/.bin/helm');

/** Parses `--name value` and `--flag` options. */
export function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = process.argv[index + 1];
  return value === undefined || value.startsWith('--') ? true : value;
}

/**
 * The podsec CLI to benchmark: `--dist DIR` uses an existing build (give it a package.json saying
 * `"type": "module"`, as dist/ has through the repository's), otherwise the current src/ is bundled into a temp
 * folder with the project's own build script (dist/ is left alone).
 */
export function podsecCli() {
  const given = option('dist', undefined);
  if (typeof given === 'string') return resolve(given, 'cli.js');
  const out = mkdtempSync(join(tmpdir(), 'podsec-bench-dist-'));
  try {
    execFileSync(process.execPath, [join(REPO, 'scripts/build.mjs'), out], {
      cwd: REPO,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  } catch {
    console.error(
      'bench: building podsec from src/ failed (see above); fix the build or pass --dist DIR to benchmark an existing build',
    );
    process.exit(2);
  }
  // The bundle is an ES module, which the repository's package.json says for dist/ ("type": "module"). Without
  // one beside it, Node first reads and compiles the file as CommonJS, fails, and starts again as a module:
  // 15–20 ms that a user's `podsec` never spends.
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  return join(out, 'cli.js');
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

/**
 * Runs a command to completion, discarding stdout (counted, not kept) unless `keep` is set.
 * Resolves with wall time, exit code, stderr and, when sampled, the peak RSS figures.
 */
export function runProcess(command, args, { cwd, env, keep = false, sampleRss = false } = {}) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    let outBytes = 0;
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      outBytes += chunk.length;
      if (keep) out.push(chunk);
    });
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 64 * 1024) stderr += chunk.toString();
    });
    const sampler = sampleRss ? startRssSampler(child.pid) : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      const rss = sampler?.stop();
      resolvePromise({
        ms: performance.now() - started,
        code,
        stderr,
        stdout: keep ? Buffer.concat(out).toString() : '',
        outBytes,
        rss,
      });
    });
  });
}

/**
 * Runs `jobs` (`{ command, args, cwd, env? }`, or `{ steps: [...] }` run in sequence) with at most
 * `concurrency` at once. Resolves with the
 * total wall time and the CPU time the processes used (user + system).
 */
export async function runPool(jobs, concurrency) {
  const started = performance.now();
  const cpuBefore = childCpuMs();
  let next = 0;
  const failures = [];
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      for (const step of job.steps ?? [job]) {
        const result = await runProcess(step.command, step.args, { cwd: step.cwd, env: step.env });
        if (result.code !== 0)
          failures.push(`${step.command} ${step.args.join(' ')}: exit ${result.code}: ${result.stderr.slice(-400)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  if (failures.length > 0) throw new Error(`bare render failed:\n${failures.join('\n')}`);
  return { ms: performance.now() - started, cpuMs: childCpuMs() - cpuBefore };
}

/**
 * The renders podsec performs for a scan, read back from its JSON report: one `helm template` per chart
 * scenario (with the scenario's values file) and one `kubectl kustomize` per kustomize target, with the
 * same release name, namespace and flag spelling podsec uses.
 */
export function bareRenderJobs(report, root, { helm = HELM, kustomize = ['kubectl', 'kustomize'] } = {}) {
  const jobs = [];
  for (const target of report.targets) {
    const dir = resolve(root, target.path);
    if (target.kind === 'helm') {
      for (const scenario of target.scenarios) {
        const values = scenario === 'default' ? [] : [`--values=${join(dir, scenario)}`];
        jobs.push({
          command: helm,
          args: ['template', '--namespace=default', ...values, '--', 'release-name', dir],
          cwd: dir,
        });
      }
    } else if (target.kind === 'kustomize') {
      jobs.push({ command: kustomize[0], args: [...kustomize.slice(1), dir], cwd: dir });
    }
  }
  return jobs;
}

/**
 * The Go runtime setting podsec's command runner gives helm and kubectl (DEFAULT_TOOL_GOGC in
 * src/render/command-runner.ts), read from the source so the benchmark cannot drift from it.
 */
export function podsecToolEnv() {
  const source = readFileSync(join(REPO, 'src/render/command-runner.ts'), 'utf8');
  const gogc = /export const DEFAULT_TOOL_GOGC = '([^']+)'/.exec(source)?.[1];
  if (!gogc) throw new Error('DEFAULT_TOOL_GOGC not found in src/render/command-runner.ts');
  return { ...process.env, GOGC: process.env.GOGC || gogc };
}

/** The podsec command line for a scan of `root`, with helm and concurrency pinned like the bare renders. */
export function podsecArgs(cli, { concurrency, format = 'json', output = '/dev/null', extra = [] }) {
  return [
    cli,
    'scan',
    '.',
    '--format',
    format,
    '--output',
    output,
    '--concurrency',
    String(concurrency),
    '--helm',
    HELM,
    '--fail-on',
    'none',
    ...extra,
  ];
}

function readStatus(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
    return { name: /^Name:\s+(.*)$/m.exec(text)?.[1] ?? '?', hwm: kb('VmHWM'), rss: kb('VmRSS') };
  } catch {
    return undefined;
  }
}

function childrenOf(pid) {
  const found = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (text) found.push(...text.split(/\s+/).map(Number));
    }
  } catch {
    // The process ended between listing and reading.
  }
  return found;
}

/**
 * Samples a process every 25 ms: its own VmHWM (the kernel's peak-RSS counter, so the last sample is
 * exact up to that moment) and the VmHWM of its descendants (helm, kubectl), grouped by program
 * name, and how many helm/kubectl processes are alive. Child figures are a lower bound: a render that
 * starts and ends between samples is missed.
 */
export function startRssSampler(pid) {
  let own = 0;
  const children = new Map();
  const seen = new Set();
  let samples = 0;
  let liveTools = 0;
  let noTool = 0;
  const sample = () => {
    const status = readStatus(pid);
    if (status) own = Math.max(own, status.hwm);
    let tools = 0;
    const stack = childrenOf(pid);
    while (stack.length > 0) {
      const child = stack.pop();
      const info = readStatus(child);
      if (info) {
        seen.add(`${info.name}:${child}`);
        children.set(info.name, Math.max(children.get(info.name) ?? 0, info.hwm));
        if (info.name === 'helm' || info.name === 'kubectl' || info.name === 'kustomize') tools++;
      }
      stack.push(...childrenOf(child));
    }
    samples++;
    liveTools += tools;
    if (tools === 0) noTool++;
  };
  sample();
  const timer = setInterval(sample, 25);
  return {
    stop() {
      clearInterval(timer);
      const sampledProcesses = {};
      for (const key of seen) {
        const name = key.split(':')[0];
        sampledProcesses[name] = (sampledProcesses[name] ?? 0) + 1;
      }
      return {
        ownPeakKb: own,
        childPeakKb: Object.fromEntries(children),
        sampledProcesses,
        // How busy the render slots were: mean number of helm/kubectl processes alive, and the share of
        // samples with none alive (start-up, discovery, output processing, report).
        meanLiveTools: samples ? liveTools / samples : 0,
        noToolShare: samples ? noTool / samples : 0,
      };
    },
  };
}

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * Node flags and environment that make the node process write its own exact peak RSS, its CPU time and
 * its children's CPU time to `file` when it exits; see ./stats-preload.mjs.
 */
export function statsPreload(file) {
  return {
    nodeArgs: ['--import', join(REPO, 'bench/lib/stats-preload.mjs')],
    env: { ...process.env, PODSEC_BENCH_STATS_FILE: file, PODSEC_BENCH_CLK_TCK: String(CLK_TCK) },
  };
}

export function readStats(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/** CPU time (ms) of this process's waited-for children so far, from /proc/self/stat. */
export function childCpuMs() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[13]) + Number(fields[14])) / CLK_TCK) * 1000;
}

/**
 * Maps a line of an esbuild bundle (not minified) to the source module it came from, using the
 * `// src/...` and `// node_modules/...` comments esbuild puts before each module.
 */
export function bundleModuleMap(bundleFile) {
  const starts = [];
  readFileSync(bundleFile, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const match = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
      if (match) starts.push([index + 1, match[1]]);
    });
  return (line) => {
    let found = '(bundle prelude)';
    for (const [start, module] of starts) {
      if (start > line) break;
      found = module;
    }
    return found;
  };
}

/** Groups a module path into the area a reader cares about. */
export function moduleArea(module) {
  if (module.startsWith('node_modules/')) {
    const parts = module.split('/');
    return parts[1].startsWith('@') ? `${parts[1]}/${parts[2]}` : parts[1];
  }
  return module;
}

/**
 * Self time of a V8 CPU profile of the bundle: per function, per source module, and per podsec module
 * "on whose behalf" it ran (the nearest src/ frame on the stack, so yaml parsing is charged to the
 * podsec file that asked for it).
 */
export function summarizeProfile(profile, bundleFile) {
  const moduleOf = bundleModuleMap(bundleFile);
  const bundleName = bundleFile.split('/').pop();
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++)
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const parent = new Map();
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const moduleOfNode = (node) => {
    const frame = node.callFrame;
    if (frame.url.endsWith(bundleName)) return moduleOf(frame.lineNumber + 1);
    return frame.url ? `node:${frame.url.replace(/^node:/, '')}` : frame.functionName || '(native)';
  };
  const onBehalfOf = (id) => {
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const module = moduleOfNode(nodes.get(at));
      if (module.startsWith('src/')) return module;
    }
    const own = moduleOfNode(nodes.get(id));
    return own.startsWith('(') ? own : '(outside podsec code: start-up, event loop)';
  };
  const byFunction = new Map();
  const byModule = new Map();
  const byCaller = new Map();
  let total = 0;
  const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    if (us === 0) continue;
    total += us;
    const module = moduleOfNode(node);
    add(byFunction, `${node.callFrame.functionName || '(anonymous)'} [${module}]`, us);
    add(byModule, module.startsWith('node_modules/') ? moduleArea(module) : module, us);
    add(byCaller, onBehalfOf(node.id), us);
  }
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({ name, ms: us / 1000, share: us / total }));
  return {
    totalMs: total / 1000,
    functions: top(byFunction, 15),
    modules: top(byModule, 15),
    callers: top(byCaller, 15),
  };
}

export function printProfile(summary) {
  console.log(`\nCPU profile of one podsec scan (main thread, ${seconds(summary.totalMs)} sampled)`);
  console.log('  self time by source module:');
  for (const { name, ms, share } of summary.modules)
    console.log(`    ${ms.toFixed(0).padStart(6)} ms ${(share * 100).toFixed(1).padStart(5)} %  ${name}`);
  console.log('  self time charged to the podsec module on whose behalf it ran (nearest src/ frame on the stack):');
  for (const { name, ms, share } of summary.callers)
    console.log(`    ${ms.toFixed(0).padStart(6)} ms ${(share * 100).toFixed(1).padStart(5)} %  ${name}`);
  console.log('  self time by function:');
  for (const { name, ms, share } of summary.functions)
    console.log(`    ${ms.toFixed(0).padStart(6)} ms ${(share * 100).toFixed(1).padStart(5)} %  ${name}`);
}

export const mib = (kb) => (kb === undefined ? 'n/a' : `${(kb / 1024).toFixed(0)} MiB`);

/**
 * The kustomize builds exactly as podsec runs them. Runs one podsec scan with a recording `kubectl` first on
 * PATH: it copies each wrapper folder podsec builds (a single overlay's, or a shared build's with its member
 * wrappers), and once the staged copy of the repository they point into, so relative paths stay valid after
 * podsec removes its own, then runs the real
 * kubectl. Returns replayable jobs (`kubectl kustomize COPY`) and a cleanup function.
 */
export async function recordKustomizeBuilds(cli, root, { concurrency, work }) {
  const shim = join(work, 'shim');
  mkdirSync(shim, { recursive: true });
  const log = join(work, 'kustomize-builds.log');
  const real = execFileSync('sh', ['-c', 'command -v kubectl'], { encoding: 'utf8' }).trim();
  writeFileSync(
    join(shim, 'kubectl'),
    [
      '#!/bin/sh',
      'for last; do :; done',
      'if [ "$1" = kustomize ] && [ -d "$last" ]; then',
      // podsec builds in a staged copy of the repository (SCRATCH/repo) through wrappers in SCRATCH/wrappers/N:
      // the copy is kept once per scratch folder, each wrapper next to it, so relative paths stay valid.
      '  scratch=$(dirname "$(dirname "$last")")',
      `  replay='${work}'/replay-$(basename "$scratch")`,
      '  mkdir -p "$replay/wrappers"',
      '  if mkdir "$replay/repo-copied" 2>/dev/null; then cp -R "$scratch/repo" "$replay/repo"; fi',
      '  copy=$(mktemp -d "$replay/wrappers/podsec-bench-replay-XXXXXX")',
      '  cp -R "$last/." "$copy/"',
      `  echo "$copy" >> '${log}'`,
      'fi',
      `exec '${real}' "$@"`,
      '',
    ].join('\n'),
  );
  chmodSync(join(shim, 'kubectl'), 0o755);
  // No `kustomize` on this PATH either way: podsec then runs `kubectl kustomize`, as the bare jobs do.
  const result = await runProcess(process.execPath, podsecArgs(cli, { concurrency }), {
    cwd: root,
    env: { ...process.env, PATH: `${shim}:${process.env.PATH}` },
  });
  if (result.code !== 0) throw new Error(`recording scan failed (exit ${result.code}):\n${result.stderr}`);
  const copies = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  return {
    jobs: copies.map((copy) => ({ command: real, args: ['kustomize', copy], cwd: copy })),
    cleanup: () =>
      new Set(copies.map((copy) => dirname(dirname(copy)))).forEach((replay) =>
        rmSync(replay, { recursive: true, force: true }),
      ),
  };
}
