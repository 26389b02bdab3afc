// Does building several kustomize overlays in one kustomize process pay off? Times the same overlay
// corpus built one wrapper per overlay (what podsec does) against shared builds: one top wrapper per
// render slot whose members are the overlays, each tagged with an annotation so the output can be split
// (the scheme podsec used until 2026-12-04, src/render/kustomize-batch.ts). Plain ES module.
//
//   node bench/kustomize-batch.mjs [--overlays 10] [--runs 5] [--concurrency 2] [--scan DIR_A,DIR_B] [--keep]
//
// `--scan` also times whole podsec scans of the corpus with two builds of podsec (`DIR/cli.js`), e.g. one
// with shared builds and one without, alternating the order.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { writeTree } from './lib/files.mjs';
import { kustomizeBaseFiles, kustomizeComponentFiles, kustomizeOverlayFiles } from './lib/kustomize-tree.mjs';
import { childCpuMs, HELM, median, option, podsecToolEnv, runPool, runProcess, seconds } from './lib/measure.mjs';

const overlayCount = Number(option('overlays', 10));
const runs = Number(option('runs', 5));
const concurrency = Number(option('concurrency', 2));
const KUSTOMIZE = 'kustomize.config.k8s.io/v1beta1';
const BUILD_METADATA = ['originAnnotations', 'transformerAnnotations'];

/** Overlays over shared bases and components, as in the render-overhead corpus (bench/lib/corpus.mjs). */
function generate(root) {
  const apps = ['billing', 'catalog', 'search', 'gateway'];
  apps.forEach((app, i) =>
    writeTree(join(root, 'repo/bases', app), kustomizeBaseFiles(app, { workloads: 6 + i, hardened: i % 2 === 0 })),
  );
  writeTree(join(root, 'repo/components'), kustomizeComponentFiles());
  const overlays = [];
  const envs = ['dev', 'staging', 'prod'];
  for (let k = 0; k < overlayCount; k++) {
    const app = apps[k % apps.length];
    const dir = join(root, `repo/overlays/${envs[k % envs.length]}-${app}-${k}`);
    const components = [
      ...(k % 2 === 0 ? ['../../components/hardening'] : []),
      ...(k % 3 === 0 ? ['../../components/debug-sidecar'] : []),
    ];
    writeTree(
      dir,
      kustomizeOverlayFiles(`${envs[k % envs.length]}-${k}`, {
        bases: [`../../bases/${app}`],
        firstWorkload: `${app}-0`,
        components,
        breaks: k % 3 === 1,
      }),
    );
    overlays.push(dir);
  }
  return overlays;
}

/** One wrapper per overlay: its only resource is the overlay, with origin and transformer annotations. */
function singleWrappers(root, overlays) {
  return overlays.map((overlay, index) => {
    const wrapper = join(root, `single-${index}`);
    mkdirSync(wrapper, { recursive: true });
    writeFileSync(
      join(wrapper, 'kustomization.yaml'),
      stringify({
        apiVersion: KUSTOMIZE,
        kind: 'Kustomization',
        resources: [relative(wrapper, overlay)],
        buildMetadata: BUILD_METADATA,
      }),
    );
    return wrapper;
  });
}

/** `slots` top wrappers; each member wrapper holds one overlay and tags what it produced. */
function sharedWrappers(root, overlays, slots) {
  const tops = [];
  for (let slot = 0; slot < slots; slot++) {
    const members = overlays.filter((_, index) => index % slots === slot);
    if (members.length === 0) continue;
    const top = join(root, `shared-${slot}`);
    members.forEach((overlay, index) => {
      const member = join(top, `m${index}`);
      mkdirSync(member, { recursive: true });
      const tagger = stringify({
        apiVersion: 'builtin',
        kind: 'AnnotationsTransformer',
        metadata: { name: 'member' },
        annotations: { 'bench.podsec/member': String(index) },
        fieldSpecs: [{ path: 'metadata/annotations', create: true }],
      });
      writeFileSync(
        join(member, 'kustomization.yaml'),
        stringify({
          apiVersion: KUSTOMIZE,
          kind: 'Kustomization',
          resources: [relative(member, overlay)],
          transformers: [tagger],
        }),
      );
    });
    writeFileSync(
      join(top, 'kustomization.yaml'),
      stringify({
        apiVersion: KUSTOMIZE,
        kind: 'Kustomization',
        resources: members.map((_, index) => `m${index}`),
        buildMetadata: BUILD_METADATA,
      }),
    );
    tops.push(top);
  }
  return tops;
}

const root = mkdtempSync(join(tmpdir(), 'podsec-bench-kustomize-batch-'));
try {
  const overlays = generate(root);
  const env = podsecToolEnv();
  const job = (dir) => ({ command: 'kubectl', args: ['kustomize', dir], cwd: dir, env });
  const single = singleWrappers(root, overlays).map(job);
  const shared = sharedWrappers(root, overlays, concurrency).map(job);
  const times = { single: [], shared: [] };
  const cpu = { single: [], shared: [] };
  // Warm the page cache and the binary once, then alternate the order.
  await runPool(single, concurrency);
  for (let run = 0; run < runs; run++) {
    for (const name of run % 2 === 0 ? ['single', 'shared'] : ['shared', 'single']) {
      const result = await runPool(name === 'single' ? single : shared, concurrency);
      times[name].push(result.ms);
      cpu[name].push(result.cpuMs);
    }
  }
  console.log(
    `kustomize builds of ${overlayCount} overlays over 4 shared bases, ${concurrency} at a time, median of ${runs} runs (GOGC=${env.GOGC})`,
  );
  console.log(
    `  one build per overlay (${single.length} processes)   ${seconds(median(times.single))} wall, ${seconds(median(cpu.single))} CPU`,
  );
  console.log(
    `  shared builds (${shared.length} processes)            ${seconds(median(times.shared))} wall, ${seconds(median(cpu.shared))} CPU`,
  );
  console.log(
    `  shared / single: wall ${(median(times.shared) / median(times.single)).toFixed(2)}, saved ${seconds(median(times.single) - median(times.shared))}`,
  );
  const scan = option('scan', undefined);
  if (typeof scan === 'string') {
    const dists = scan.split(',');
    const scanTimes = dists.map(() => []);
    const scanCpu = dists.map(() => []);
    const args = (dist) => [
      join(dist, 'cli.js'),
      'scan',
      '.',
      '--format',
      'json',
      '--output',
      '/dev/null',
      '--concurrency',
      String(concurrency),
      '--helm',
      HELM,
      '--fail-on',
      'none',
    ];
    for (let run = 0; run < runs; run++) {
      const order = run % 2 === 0 ? dists.keys() : [...dists.keys()].reverse();
      for (const index of order) {
        const cpuBefore = childCpuMs();
        const result = await runProcess(process.execPath, args(dists[index]), { cwd: join(root, 'repo') });
        if (result.code !== 0)
          throw new Error(`podsec scan with ${dists[index]} failed (exit ${result.code}):\n${result.stderr}`);
        scanTimes[index].push(result.ms);
        scanCpu[index].push(childCpuMs() - cpuBefore);
      }
    }
    dists.forEach((dist, index) =>
      console.log(
        `  podsec scan with ${dist}: ${seconds(median(scanTimes[index]))} wall, ${seconds(median(scanCpu[index]))} CPU with its children (median of ${runs})`,
      ),
    );
  }
} finally {
  if (option('keep', false) === true) console.log(`kept ${root}`);
  else rmSync(root, { recursive: true, force: true });
}
