import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findScanBoundary } from '../../src/discover/boundary.js';
import { createNodeFileSystem } from '../../src/discover/node-fs.js';
import { runCli } from '../cli/helpers.js';

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'podsec-boundary-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function write(root: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
}

const privilegedPod = (name: string): string =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n    - name: c\n      image: x\n      securityContext:\n        privileged: true\n`;

/** A repository (real `git init`) with an overlay over a base two folders up, and a base outside it. */
function repositoryWithOverlay(parent: string): { repo: string; outside: string } {
  const repo = path.join(parent, 'repo');
  const outside = path.join(parent, 'elsewhere');
  write(repo, {
    'deploy/overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\n',
    'deploy/overlays/leaky/kustomization.yaml': 'resources:\n  - ../../../../elsewhere\n',
    'deploy/base/kustomization.yaml': 'resources:\n  - pod.yaml\n',
    'deploy/base/pod.yaml': privilegedPod('from-base'),
  });
  write(outside, { 'kustomization.yaml': 'resources:\n  - pod.yaml\n', 'pod.yaml': privilegedPod('from-outside') });
  execFileSync('git', ['init', '-q', repo]);
  return { repo, outside };
}

describe('findScanBoundary', () => {
  const fs = createNodeFileSystem();

  it('is the git top level of the repository holding the target, a .git folder or a worktree .git file', async () => {
    const parent = mkdtempSync(path.join(work, 'git-'));
    const { repo } = repositoryWithOverlay(parent);
    const cwd = mkdtempSync(path.join(work, 'cwd-'));
    expect(
      await findScanBoundary(fs, path.join(repo, 'deploy/overlays/prod'), cwd, [
        path.join(repo, 'deploy/overlays/prod'),
      ]),
    ).toEqual({ path: repo, kind: 'git' });
    const worktree = path.join(parent, 'worktree');
    write(worktree, { '.git': 'gitdir: /somewhere/else\n', 'app/kustomization.yaml': 'resources: []\n' });
    expect(await findScanBoundary(fs, path.join(worktree, 'app'), cwd, [])).toEqual({ path: worktree, kind: 'git' });
  });

  it('outside git: the working folder when it holds the target, else the widest scanned path holding it', async () => {
    const cwd = mkdtempSync(path.join(work, 'plain-'));
    expect(await findScanBoundary(fs, path.join(cwd, 'a/b'), cwd, ['a/b'])).toEqual({
      path: cwd,
      kind: 'working folder',
    });
    const elsewhere = mkdtempSync(path.join(work, 'elsewhere-'));
    const target = path.join(elsewhere, 'deploy/overlays/prod');
    expect(await findScanBoundary(fs, target, cwd, [path.join(elsewhere, 'deploy/overlays'), elsewhere])).toEqual({
      path: elsewhere,
      kind: 'scanned path',
    });
    expect(await findScanBoundary(fs, target, cwd, [])).toEqual({ path: target, kind: 'scanned path' });
  });
});

describe('scanning a path outside the working folder', () => {
  it('renders an overlay whose base is elsewhere in the same repository; a base outside it is missing for kustomize', async () => {
    const { repo } = repositoryWithOverlay(mkdtempSync(path.join(work, 'scan-')));
    const cwd = mkdtempSync(path.join(work, 'cwd-'));
    const run = await runCli(['scan', path.join(repo, 'deploy/overlays'), '--format', 'json'], { cwd });
    const report = JSON.parse(run.stdout) as {
      errors: { file: string; message: string }[];
      workloads: { name: string }[];
    };
    // The prod overlay's base is inside the repository: rendered, no "outside" error.
    expect(report.workloads.map((workload) => workload.name)).toContain('from-base');
    expect(report.workloads.map((workload) => workload.name)).not.toContain('from-outside');
    // The repository is staged for kustomize: the base outside it is missing there, and kustomize says so.
    expect(report.errors).toEqual([
      {
        file: `${repo}/deploy/overlays/leaky`,
        message: expect.stringContaining("accumulating resources from '../../../../elsewhere'"),
        target: expect.anything(),
      },
    ]);
    expect(report.errors[0]?.message).toMatch(/<podsec staging>\/elsewhere: no such file or directory/);
    expect(run.code).toBe(2);
  });

  it('outside git, the scanned path is the boundary: a base beyond it is missing for kustomize', async () => {
    const tree = mkdtempSync(path.join(work, 'nogit-'));
    write(tree, {
      'app/deploy/overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\n',
      'app/deploy/base/kustomization.yaml': 'resources:\n  - pod.yaml\n',
      'app/deploy/base/pod.yaml': privilegedPod('from-base'),
      'app/deploy/overlays/leaky/kustomization.yaml': 'resources:\n  - ../../../../shared\n',
      'shared/kustomization.yaml': 'resources:\n  - pod.yaml\n',
      'shared/pod.yaml': privilegedPod('from-shared'),
    });
    const cwd = mkdtempSync(path.join(work, 'cwd-'));
    const scanned = path.join(tree, 'app');
    const run = await runCli(['scan', scanned, '--format', 'json'], { cwd });
    const report = JSON.parse(run.stdout) as {
      errors: { file: string; message: string }[];
      workloads: { name: string }[];
    };
    // One verdict per mode, all for the base's pod.
    expect(new Set(report.workloads.map((workload) => workload.name))).toEqual(new Set(['from-base']));
    expect(report.errors.map((error) => error.file)).toEqual([`${scanned}/deploy/overlays/leaky`]);
    expect(report.errors[0]?.message).toMatch(
      /accumulating resources from '\.\.\/\.\.\/\.\.\/\.\.\/shared'.*no such file or directory/s,
    );
  });
});
