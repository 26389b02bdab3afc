import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverTargets } from '../../src/discover/discover.js';
import { createNodeFileSystem } from '../../src/discover/node-fs.js';
import { fixtures, repoRoot, scanCli } from './helpers.js';

/**
 * argo-cd's manifests/: `cluster-install` (what users deploy) builds on other kustomizations, and the `dev-tilt`
 * overlay builds on it and patches securityContexts away. The install is a target of its own.
 */
const root = `${fixtures}/overlay-as-base`;

describe('an overlay that another overlay builds on', () => {
  it('is a target; the plain base under it is not', async () => {
    const found = await discoverTargets(
      { cwd: repoRoot, paths: [root], exclude: [], targets: [] },
      createNodeFileSystem(),
    );
    expect(found.targets.map((target) => `${target.kind} ${target.path}`)).toEqual([
      `kustomize ${root}/dev`,
      `kustomize ${root}/install`,
    ]);
  });

  it('is checked on its own, and a workload both render identically is reported once', async () => {
    const run = await scanCli([root, '--level', 'restricted']);
    expect(run.report.errors).toEqual([]);
    const enforce = run.report.workloads.filter((workload) => workload.mode === 'enforce');
    const summary = enforce.map(
      (w) =>
        `${w.namespace}/${w.name} ${w.allowed ? 'allowed' : 'rejected'} in ${w.targets.map((t) => t.path.slice(root.length + 1)).join(', ')}`,
    );
    expect(summary.sort()).toEqual([
      'shop/api allowed in install',
      'shop/api rejected in dev',
      'shop/worker allowed in dev, install',
    ]);
    // Only the dev overlay's patch breaks the policy, and the problem points at that patch.
    expect(new Set(run.report.problems.map((problem) => `${problem.name} ${problem.file}`))).toEqual(
      new Set([`api ${root}/dev/kustomization.yaml`]),
    );
  });
});

describe('which referenced kustomizations are targets', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'podsec-targets-'));
    const files: Record<string, string> = {
      'plain-base/kustomization.yaml':
        'resources:\n  - app.yaml\ncommonLabels:\n  team: shop\nimages:\n  - name: app\n    newTag: "2"\n',
      'plain-base/app.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n',
      'namespaced/kustomization.yaml': 'namespace: payments\nresources:\n  - ../plain-base\n',
      'shared/kustomization.yaml': 'namespace: shared\nresources:\n  - cm.yaml\n',
      'shared/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shared\n',
      'component/kustomization.yaml':
        'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nnamespace: ignored\nresources:\n  - ../plain-base\n',
      'top/kustomization.yaml': 'resources:\n  - ../namespaced\n  - ../shared\ncomponents:\n  - ../component\n',
    };
    for (const [name, text] of Object.entries(files)) {
      await mkdir(dirname(join(work, name)), { recursive: true });
      await writeFile(join(work, name), text);
    }
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('overlays and namespaced ones are; plain bases (even with labels or images) and components are not', async () => {
    const found = await discoverTargets({ cwd: work, paths: ['.'], exclude: [], targets: [] }, createNodeFileSystem());
    expect(found.targets.map((target) => `${target.kind} ${target.path}`)).toEqual([
      'kustomize namespaced',
      'kustomize shared',
      'kustomize top',
    ]);
  });
});
