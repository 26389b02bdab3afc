/**
 * Fixes in the shapes real charts print their security contexts in, rendered with the real helm: the edit lands
 * in the one place that controls the field (values key, template block once, own helper), never in a dependency
 * under charts/, and a second scan passes where podsec said it would.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixAndRescan as fixToPass, runCli } from './cli-run.js';
import { HELM_SHAPES } from './helm-shapes.js';

const work = mkdtempSync(path.join(tmpdir(), 'podsec-fix-helm-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function chartTree(name: string): string {
  const dir = mkdtempSync(path.join(work, `${name}-`));
  for (const [file, text] of Object.entries(HELM_SHAPES[name] ?? {})) {
    mkdirSync(path.dirname(path.join(dir, name, file)), { recursive: true });
    writeFileSync(path.join(dir, name, file), text);
  }
  return dir;
}

const read = (dir: string, file: string): string => readFileSync(path.join(dir, file), 'utf8');
const restricted = ['--level', 'restricted'];

describe('podsec fix on chart shapes', () => {
  it('adds the container settings once to the range body and the pod settings under spec', async () => {
    const dir = chartTree('range');
    await fixToPass(dir, 'range');
    expect(read(dir, 'range/templates/deployment.yaml')).toContain(
      [
        '    spec:',
        '      securityContext:',
        '        runAsNonRoot: true',
        '        seccompProfile:',
        '          type: RuntimeDefault',
        '      containers:',
        '      {{- range .Values.workers }}',
        '        - name: {{ .name }}',
        '          securityContext:',
        '            allowPrivilegeEscalation: false',
        '            capabilities:',
        '              drop:',
        '                - ALL',
        '          image: {{ .image | quote }}',
        '      {{- end }}',
      ].join('\n'),
    );
    expect(read(dir, 'range/values.yaml')).toBe(HELM_SHAPES.range?.['values.yaml']);
  }, 60_000);

  it('leaves a range line alone when its containers need different settings, and says so', async () => {
    const dir = chartTree('range-mixed');
    const before = HELM_SHAPES['range-mixed']?.['templates/deployment.yaml'] ?? '';
    const fixed = await runCli(dir, ['fix', '--write', ...restricted, 'range-mixed']);
    expect(fixed.stderr).toContain(
      'range-mixed/templates/deployment.yaml:16 is printed for several containers that need different settings',
    );
    const after = read(dir, 'range-mixed/templates/deployment.yaml');
    // Only the pod's settings went in; the container lines are as they were.
    expect(
      after.replace(
        '      securityContext:\n        runAsNonRoot: true\n        seccompProfile:\n          type: RuntimeDefault\n',
        '',
      ),
    ).toBe(before);
  }, 60_000);

  it('sets what `with .Values.x` guards in the values file, keeping its comments', async () => {
    const dir = chartTree('with');
    await fixToPass(dir, 'with');
    expect(read(dir, 'with/values.yaml')).toBe(
      'image: nginx\n# Container security context\nsecurityContext:\n  allowPrivilegeEscalation: false\n  capabilities:\n    drop:\n      - ALL\n  # readOnlyRootFilesystem: true\npodSecurityContext:\n  runAsNonRoot: true\n  seccompProfile:\n    type: RuntimeDefault\n',
    );
    expect(read(dir, 'with/templates/deployment.yaml')).toBe(HELM_SHAPES.with?.['templates/deployment.yaml']);
  }, 60_000);

  it('follows the pod spec into its helper and sets the values its `with` and `if` guards test', async () => {
    const dir = chartTree('pod-helper');
    await fixToPass(dir, 'pod-helper');
    expect(read(dir, 'pod-helper/values.yaml')).toBe(
      'podSecurityContext:\n  runAsNonRoot: true\n  seccompProfile:\n    type: RuntimeDefault\nproxy:\n  containerSecurityContext:\n    allowPrivilegeEscalation: false\n    capabilities:\n      drop:\n        - ALL\n',
    );
    for (const file of ['templates/_helpers.tpl', 'templates/deployment.yaml'])
      expect(read(dir, `pod-helper/${file}`)).toBe(HELM_SHAPES['pod-helper']?.[file]);
  }, 60_000);

  it('edits an own helper once when every include of it is fixed the same way', async () => {
    const dir = chartTree('helper');
    await fixToPass(dir, 'helper');
    expect(read(dir, 'helper/templates/_helpers.tpl')).toBe(
      '{{/* The container security context every workload of this chart uses. */}}\n{{- define "helper.containerSecurityContext" -}}\nallowPrivilegeEscalation: false\ncapabilities:\n  drop:\n    - ALL\nreadOnlyRootFilesystem: true\n{{- end }}\n',
    );
    // runAsNonRoot and seccomp go on each pod, which the templates write themselves.
    for (const file of ['templates/api.yaml', 'templates/worker.yaml']) {
      expect(read(dir, `helper/${file}`)).toBe(
        (HELM_SHAPES.helper?.[file] ?? '').replace(
          '    spec:\n',
          '    spec:\n      securityContext:\n        runAsNonRoot: true\n        seccompProfile:\n          type: RuntimeDefault\n',
        ),
      );
    }
  }, 60_000);

  it('leaves a helper alone when another include of it is not fixed by it, says why, and fixes at the include', async () => {
    const dir = chartTree('helper-shared');
    const fixed = await runCli(dir, ['fix', '--write', ...restricted, 'helper-shared']);
    expect(fixed.stderr).toContain(
      'note: helper "helper-shared.containerSecurityContext" (helper-shared/templates/_helpers.tpl:1) left as it is: it is also included at helper-shared/templates/job.yaml:13',
    );
    expect(read(dir, 'helper-shared/templates/_helpers.tpl')).toBe(
      HELM_SHAPES['helper-shared']?.['templates/_helpers.tpl'],
    );
    expect(read(dir, 'helper-shared/templates/api.yaml')).toContain(
      '          securityContext:\n            allowPrivilegeEscalation: false\n',
    );
    // The Job is privileged: only a behaviour change clears it, so it fails on.
    const scanned = await runCli(dir, ['scan', ...restricted, '--format', 'json', 'helper-shared']);
    const names = (JSON.parse(scanned.stdout) as { problems: { name: string }[] }).problems.map(
      (problem) => problem.name,
    );
    expect(names.every((name) => name.endsWith('-job'))).toBe(true);
  }, 60_000);

  it("sets a dependency's values key under its name in the parent's values file, never under charts/", async () => {
    const dir = chartTree('parent');
    await fixToPass(dir, 'parent');
    expect(read(dir, 'parent/values.yaml')).toBe(
      'child:\n  image: nginx\n  securityContext:\n    allowPrivilegeEscalation: false\n    capabilities:\n      drop:\n        - ALL\n  podSecurityContext:\n    runAsNonRoot: true\n    seccompProfile:\n      type: RuntimeDefault\n',
    );
    for (const file of ['charts/child/values.yaml', 'charts/child/templates/deployment.yaml'])
      expect(read(dir, `parent/${file}`)).toBe(HELM_SHAPES.parent?.[file]);
  }, 60_000);

  it('says plainly what to do when a dependency writes the field itself', async () => {
    const dir = chartTree('parent-fixed');
    const fixed = await runCli(dir, ['fix', '--write', ...restricted, 'parent-fixed']);
    expect(fixed.code).toBe(1);
    expect(fixed.stderr).toContain(
      'podsec does not edit parent-fixed/charts/child: set it through a values key if a newer version of child offers one, or change the chart upstream',
    );
    for (const [file, text] of Object.entries(HELM_SHAPES['parent-fixed'] ?? {}))
      expect(read(dir, `parent-fixed/${file}`)).toBe(text);
  }, 60_000);
});
