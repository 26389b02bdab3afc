import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { argvPath, assignShard, discoverTargets, type DiscoverRequest } from '../../src/discover/discover.js';
import { createNodeFileSystem } from '../../src/discover/node-fs.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const fixtures = '__tests__/fixtures';
const fs = createNodeFileSystem();

function request(overrides: Partial<DiscoverRequest>): DiscoverRequest {
  return { cwd: repoRoot, paths: [], exclude: [], targets: [], ...overrides };
}

function summary(targets: readonly { kind: string; path: string }[]): string[] {
  return targets.map((target) => `${target.kind} ${target.path}`);
}

const manifestYaml =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: busybox\n';

describe('discoverTargets on the fixture repository', () => {
  const root = `${fixtures}/discover/repo`;

  it('finds the top chart, the top-level overlays and the plain manifests, in byte order', async () => {
    const result = await discoverTargets(request({ paths: [root] }), fs);
    expect(result.errors).toEqual([]);
    expect(summary(result.targets)).toEqual([
      `helm ${root}/charts/web`,
      `kustomize ${root}/deploy/overlays/production`,
      `kustomize ${root}/deploy/overlays/staging`,
      `manifest ${root}/manifests/job.json`,
      `manifest ${root}/manifests/pod.yaml`,
      `manifest ${root}/manifests/vendor/third-party.yml`,
    ]);
    // Subchart, templates, base, component and the file the production overlay uses are not targets of their own.
    const paths = result.targets.map((target) => target.path).join('\n');
    expect(paths).not.toContain('cache');
    expect(paths).not.toContain('templates');
    expect(paths).not.toContain('deploy/base');
    expect(paths).not.toContain('components');
    expect(paths).not.toContain('shared/configmap.yaml');
    expect(result.targets[0]?.absolutePath).toBe(join(repoRoot, root, 'charts/web'));
  });

  it('keeps the prefix the user typed in display paths', async () => {
    const dotted = await discoverTargets(request({ paths: [`./${root}/manifests/`] }), fs);
    expect(summary(dotted.targets)).toEqual([
      `manifest ./${root}/manifests/job.json`,
      `manifest ./${root}/manifests/pod.yaml`,
      `manifest ./${root}/manifests/vendor/third-party.yml`,
    ]);
    const fromInside = await discoverTargets(request({ cwd: join(repoRoot, root), paths: ['.'] }), fs);
    expect(fromInside.targets.map((target) => target.path)).toContain('deploy/overlays/staging');
    expect(fromInside.displayPath(join(repoRoot, root, 'deploy/base/deployment.yaml'))).toBe(
      'deploy/base/deployment.yaml',
    );
  });

  it('leaves out what the exclude globs match, directories as a whole', async () => {
    const result = await discoverTargets(
      request({ paths: [root], exclude: [`${root}/manifests/vendor`, '**/*.json', '**/charts/web'] }),
      fs,
    );
    expect(summary(result.targets)).toEqual([
      `kustomize ${root}/deploy/overlays/production`,
      `kustomize ${root}/deploy/overlays/staging`,
      `manifest ${root}/manifests/pod.yaml`,
    ]);
  });

  it('adds explicit targets with their options, even a base that overlays use', async () => {
    const explicit = { path: `${root}/deploy/base`, helm: { releaseName: 'x' } };
    const result = await discoverTargets(
      request({ paths: [`${root}/manifests`], targets: [explicit, { path: `${root}/nothing-here` }] }),
      fs,
    );
    const base = result.targets.find((target) => target.path === `${root}/deploy/base`);
    expect(base).toMatchObject({ kind: 'kustomize', options: explicit });
    expect(result.errors).toEqual([
      {
        file: `${root}/nothing-here`,
        message: 'configured target is not a Helm chart (Chart.yaml), a kustomization or a file',
      },
    ]);
  });

  it('passes `-` through as a stdin target and names missing paths', async () => {
    const result = await discoverTargets(request({ paths: ['-', `${root}/missing.yaml`] }), fs);
    expect(result.targets).toEqual([{ kind: 'manifest', path: '-', absolutePath: '-', stdin: true }]);
    expect(result.errors).toEqual([{ file: `${root}/missing.yaml`, message: 'path does not exist' }]);
  });

  it('treats a named file by its name: Chart.yaml and kustomization files mean their directory', async () => {
    const result = await discoverTargets(
      request({
        paths: [
          `${root}/charts/web/Chart.yaml`,
          `${root}/deploy/overlays/staging/kustomization.yml`,
          `${root}/docs/README.md`,
        ],
      }),
      fs,
    );
    expect(summary(result.targets)).toEqual([
      `helm ${root}/charts/web`,
      `kustomize ${root}/deploy/overlays/staging`,
      `manifest ${root}/docs/README.md`,
    ]);
  });
});

describe('discoverTargets on the kustomize fixtures', () => {
  it('renders only top-level overlays, never the component or the base', async () => {
    const root = `${fixtures}/kustomize`;
    const result = await discoverTargets(request({ paths: [root] }), fs);
    expect(summary(result.targets)).toEqual([
      `kustomize ${root}/broken`,
      `kustomize ${root}/overlays/dev`,
      `kustomize ${root}/overlays/exec-plugin`,
      `kustomize ${root}/overlays/prod`,
      `kustomize ${root}/overlays/remote`,
      `manifest ${root}/plain/standalone.yaml`,
    ]);
  });
});

describe('discoverTargets on hostile trees', () => {
  let work: string;
  let outside: string;

  beforeEach(async () => {
    work = await mkdtemp(join(tmpdir(), 'podsec-discover-'));
    outside = await mkdtemp(join(tmpdir(), 'podsec-outside-'));
    await writeFile(join(outside, 'secret.yaml'), manifestYaml);
  });
  afterEach(async () => {
    await rm(work, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  it('reports symlinks that leave the scanned directory and keeps scanning', async () => {
    await mkdir(join(work, 'app'));
    await writeFile(join(work, 'app/pod.yaml'), manifestYaml);
    await symlink(join(outside, 'secret.yaml'), join(work, 'app/leak.yaml'));
    await symlink(outside, join(work, 'app/leak-dir'));
    await symlink('../../', join(work, 'app/up'));
    const result = await discoverTargets(request({ cwd: work, paths: ['app'] }), fs);
    expect(summary(result.targets)).toEqual(['manifest app/pod.yaml']);
    expect(result.errors).toEqual([
      { file: 'app/leak-dir', message: 'symlink points outside the scanned directory; it is not followed' },
      { file: 'app/leak.yaml', message: 'symlink points outside the scanned directory; it is not followed' },
      { file: 'app/up', message: 'symlink points outside the scanned directory; it is not followed' },
    ]);
  });

  it('does not loop on symlinks that point back into the tree', async () => {
    await mkdir(join(work, 'a/b'), { recursive: true });
    await writeFile(join(work, 'a/b/pod.yaml'), manifestYaml);
    await symlink('..', join(work, 'a/b/loop'));
    await symlink('pod.yaml', join(work, 'a/b/alias.yaml'));
    const result = await discoverTargets(request({ cwd: work, paths: ['.'] }), fs);
    expect(result.errors).toEqual([]);
    expect(summary(result.targets)).toEqual(['manifest a/b/pod.yaml']);
  });

  it('handles names with spaces, quotes, newlines and leading dashes, and skips node_modules and .git', async () => {
    const odd = ['-rf.yaml', 'with space.yaml', `it's "quoted".yaml`, 'new\nline.yaml', '--output=x.yml'];
    for (const name of odd) await writeFile(join(work, name), manifestYaml);
    await mkdir(join(work, '-dir/node_modules/pkg'), { recursive: true });
    await writeFile(join(work, '-dir/node_modules/pkg/pod.yaml'), manifestYaml);
    await mkdir(join(work, '.git/refs'), { recursive: true });
    await writeFile(join(work, '.git/refs/pod.yaml'), manifestYaml);
    await mkdir(join(work, '-dir/kust'));
    await writeFile(join(work, '-dir/kust/kustomization.yaml'), 'resources: []\n');
    const result = await discoverTargets(request({ cwd: work, paths: ['.'] }), fs);
    expect(result.errors).toEqual([]);
    const expected = [
      '--output=x.yml',
      '-dir/kust',
      '-rf.yaml',
      `it's "quoted".yaml`,
      'new\nline.yaml',
      'with space.yaml',
    ];
    expect(result.targets.map((target) => target.path)).toEqual(expected);
    expect(result.targets.map((target) => argvPath(target.path))).toEqual([
      './--output=x.yml',
      './-dir/kust',
      './-rf.yaml',
      ...expected.slice(3),
    ]);
  });
});

describe('sharding', () => {
  it('assigns every target to exactly one shard, the same one every time', async () => {
    const work = await mkdtemp(join(tmpdir(), 'podsec-shard-'));
    try {
      await cp(join(repoRoot, fixtures, 'discover/repo'), join(work, 'repo'), { recursive: true });
      for (let index = 0; index < 40; index++)
        await writeFile(join(work, `repo/manifests/m-${index}.yaml`), manifestYaml);
      const base = request({ cwd: work, paths: ['repo'] });
      const all = (await discoverTargets(base, fs)).targets.map((target) => target.path);
      expect(all.length).toBe(46);
      for (const total of [1, 2, 3, 7]) {
        const seen: string[] = [];
        for (let index = 1; index <= total; index++) {
          const shard = await discoverTargets({ ...base, shard: { index, total } }, fs);
          for (const target of shard.targets) expect(assignShard(target.path, total)).toBe(index);
          seen.push(...shard.targets.map((target) => target.path));
        }
        expect([...seen].sort()).toEqual([...all].sort());
      }
      // More than one shard is actually used.
      const used = new Set(all.map((path) => assignShard(path, 3)));
      expect(used.size).toBe(3);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  it('is a pure function of the path', () => {
    const first = assignShard('deploy/overlays/prod', 5);
    expect(assignShard('deploy/overlays/prod', 5)).toBe(first);
    expect(first).toBeGreaterThanOrEqual(1);
    expect(first).toBeLessThanOrEqual(5);
    expect(() => assignShard('x', 0)).toThrow(/positive integer/);
  });
});
