import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { targetsForChangedFiles } from '../../src/cli/changed-files.js';
import { repoRoot, runCli, writeTreeIn } from './helpers.js';

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  require_serial?: boolean;
}

const hooks = parse(readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { bin: Record<string, string> };

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'podsec-hook-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const hostPidPod = (name: string): string =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  hostPID: true\n  containers:\n    - name: c\n      image: x\n`;

function repoTree(): string {
  return writeTreeIn(work, {
    'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.1.0\n',
    'charts/api/values.yaml': 'hostPID: true\n',
    'charts/api/templates/pod.yaml':
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Release.Name }}-api\nspec:\n  hostPID: {{ .Values.hostPID }}\n  containers:\n    - name: c\n      image: x\n',
    'charts/api/templates/_helpers.tpl': '{{- define "api.name" -}}api{{- end -}}\n',
    'charts/api/charts/sub/Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 0.1.0\n',
    'charts/api/charts/sub/templates/x.yaml': '# nothing\n',
    'deploy/base/kustomization.yaml': 'resources:\n  - pod.yaml\n',
    'deploy/base/pod.yaml': hostPidPod('base-pod'),
    'deploy/overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - path: patch.yaml\n',
    'deploy/overlays/prod/patch.yaml':
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: base-pod\nspec:\n  hostPID: true\n',
    'manifests/job.yaml': hostPidPod('plain'),
    'docs/notes.md': '# notes\n',
  });
}

describe('the pre-commit hook', () => {
  const hook = hooks.find((candidate) => candidate.id === 'podsec') as Hook;

  it("runs the package's own bin with the changed files, serially, on the files podsec reads", () => {
    expect(hook.language).toBe('node');
    const [bin, ...args] = hook.entry.split(' ');
    expect(Object.keys(pkg.bin)).toContain(bin);
    expect(args).toEqual(['scan', '--changed']);
    expect(hook.require_serial).toBe(true);
    const files = new RegExp(hook.files);
    for (const name of [
      'deploy/a.yaml',
      'b.yml',
      'c.json',
      'charts/x/templates/_helpers.tpl',
      'overlays/Kustomization',
    ])
      expect(files.test(name), name).toBe(true);
    for (const name of ['README.md', 'main.go', 'yaml', 'x.yaml.bak']) expect(files.test(name), name).toBe(false);
  });

  it('maps changed files to the chart (the outermost), the overlay, or the manifest they belong to', () => {
    const dir = repoTree();
    expect(
      targetsForChangedFiles(dir, [
        'charts/api/templates/pod.yaml',
        'charts/api/templates/_helpers.tpl',
        'charts/api/charts/sub/templates/x.yaml',
        'deploy/overlays/prod/patch.yaml',
        'manifests/job.yaml',
        'docs/notes.md',
        'deleted.yaml',
      ]),
    ).toEqual(['charts/api', 'deploy/overlays/prod', 'manifests/job.yaml']);
    // A base's file scans the base; a chart and a file inside it scan the chart once.
    expect(targetsForChangedFiles(dir, ['deploy/base/pod.yaml', 'charts/api', 'charts/api/values.yaml'])).toEqual([
      'charts/api',
      'deploy/base',
    ]);
  });

  it("the hook's command line scans what the staged files belong to and fails the commit on violations", async () => {
    const dir = repoTree();
    const run = await runCli(
      [
        'scan',
        '--changed',
        'charts/api/templates/_helpers.tpl',
        'deploy/overlays/prod/patch.yaml',
        'docs/notes.md',
        '--format',
        'json',
      ],
      { cwd: dir },
    );
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      errors: unknown[];
      targets?: unknown;
      problems: { file: string; check: string }[];
    };
    expect(report.errors).toEqual([]);
    expect(
      new Set(report.problems.filter((problem) => problem.check === 'hostNamespaces').map((problem) => problem.file)),
    ).toEqual(new Set(['charts/api/templates/pod.yaml', 'deploy/overlays/prod/patch.yaml']));
  });

  it('passes quietly when no staged file is a manifest, chart or overlay', async () => {
    const dir = repoTree();
    const run = await runCli(['scan', '--changed', 'docs/notes.md'], { cwd: dir });
    expect(run).toEqual({
      code: 0,
      stdout: '',
      stderr: 'podsec: no manifests, charts or kustomize overlays among the changed files\n',
    });
  });
});
