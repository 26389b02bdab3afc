/**
 * What blocks the next level, with the fix engine's edit: each workload gets its own part of the edit
 * (two workloads of one manifest file are told apart), a values-driven field is fixed in the chart's
 * values file, behaviour changes are marked, and where the engine has no edit the check's advice stays.
 * Real files, real helm.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanBlocker, RolloutPlan } from '../../src/plan/types.js';
import { runCli } from '../hostile/helpers.js';
import { planOfFiles, podController } from './helpers.js';

/** A chart's DaemonSet template whose pod spec is `spec` (indented to the pod spec). */
function chartDaemonSet(name: string, namespace: string, spec: string): string {
  return podController('DaemonSet', namespace, `{{ .Release.Name }}-${name}`, spec, name);
}

const FILES: Record<string, string> = {
  // Two workloads in one file: a privileged agent (blocks baseline) and a plain web server (blocks restricted).
  'deploy/both.yaml': `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
  namespace: nodes
spec:
  selector:
    matchLabels: {app: agent}
  template:
    metadata:
      labels: {app: agent}
    spec:
      containers:
        - name: agent
          image: agent:1.0
          securityContext:
            privileged: true
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
`,
  // privileged comes from the values file: that is where the edit goes.
  'charts/collector/Chart.yaml': 'apiVersion: v2\nname: collector\nversion: 0.1.0\n',
  'charts/collector/values.yaml': '# Collector settings.\nprivileged: true\nimage: collector:1.0\n',
  'charts/collector/templates/daemonset.yaml': chartDaemonSet(
    'collector',
    'collect',
    '      containers:\n        - name: collector\n          image: {{ .Values.image }}\n          securityContext:\n            privileged: {{ .Values.privileged }}\n',
  ),
  // hostPID is computed in a helper: no place to edit, so the check's advice is the fix.
  'charts/computed/Chart.yaml': 'apiVersion: v2\nname: computed\nversion: 0.1.0\n',
  'charts/computed/templates/_helpers.tpl':
    '{{- define "computed.spec" -}}\nhostPID: {{ not false }}\ncontainers:\n  - name: computed\n    image: busybox:1.36\n{{- end }}\n',
  'charts/computed/templates/daemonset.yaml': chartDaemonSet(
    'computed',
    'computed',
    '      {{- include "computed.spec" . | nindent 6 }}\n',
  ),
};

let dir: string;
let plan: RolloutPlan;

beforeAll(async () => {
  ({ dir, plan } = await planOfFiles(FILES, 'podsec-plan-fixes-'));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function blocker(namespace: string): PlanBlocker {
  const found = plan.namespaces.find((ns) => ns.name === namespace)?.blockers;
  expect(found).toHaveLength(1);
  return found?.[0] as PlanBlocker;
}

/** The + and - lines of a unified diff, without its headers. */
function changed(diff: string): string[] {
  return diff.split('\n').filter((line) => /^[+-](?![+-]{2} )/.test(line));
}

describe('plan blockers with the fix engine edit', () => {
  it('gives each of two workloads in one file only its own changes, marked safe or changing behaviour', () => {
    const agent = blocker('nodes');
    expect(agent.edit?.kind).toBe('changes-behaviour');
    expect(agent.edit?.files.map((file) => [file.file, file.line])).toEqual([['deploy/both.yaml', 17]]);
    expect(changed(agent.edit?.files[0]?.diff ?? '')).toEqual([
      '-            privileged: true',
      '+            privileged: false',
    ]);
    expect(agent.problems.map((p) => [p.check, p.edit])).toEqual([
      ['privileged', { kind: 'changes-behaviour', file: 'deploy/both.yaml', line: 17 }],
    ]);

    const web = blocker('web');
    expect(web.edit?.kind).toBe('safe');
    const diff = web.edit?.files[0]?.diff ?? '';
    expect(diff.startsWith('--- a/deploy/both.yaml\n+++ b/deploy/both.yaml\n@@ -')).toBe(true);
    expect(changed(diff).every((line) => line.startsWith('+'))).toBe(true);
    expect(changed(diff)).toContain('+            allowPrivilegeEscalation: false');
    expect(changed(diff).join('\n')).not.toContain('privileged');
    expect(web.problems.map((p) => p.check)).toEqual([
      'allowPrivilegeEscalation',
      'capabilities_restricted',
      'runAsNonRoot',
      'seccompProfile_restricted',
    ]);
    for (const problem of web.problems) expect(problem.edit).toMatchObject({ kind: 'safe', file: 'deploy/both.yaml' });
    expect(web.problems.every((p) => (p.edit?.line ?? 0) > 17)).toBe(true);
  });

  it('fixes a values-driven field in the values file', () => {
    const collector = blocker('collect');
    expect(collector.edit).toEqual({
      kind: 'changes-behaviour',
      files: [
        {
          file: 'charts/collector/values.yaml',
          line: 2,
          diff: '--- a/charts/collector/values.yaml\n+++ b/charts/collector/values.yaml\n@@ -1,3 +1,3 @@\n # Collector settings.\n-privileged: true\n+privileged: false\n image: collector:1.0\n',
        },
      ],
    });
    expect(collector.problems[0]).toMatchObject({
      check: 'privileged',
      file: 'charts/collector/templates/daemonset.yaml',
      edit: { file: 'charts/collector/values.yaml', line: 2 },
    });
  });

  it("keeps the check's advice where the engine has no edit", () => {
    const computed = blocker('computed');
    expect(computed.edit).toBeUndefined();
    expect(computed.problems).toEqual([
      expect.objectContaining({
        check: 'hostNamespaces',
        fix: 'Remove hostNetwork, hostPID and hostIPC or set them to false; expose ports with a Service instead of the host network.',
      }),
    ]);
    expect(computed.problems[0]?.edit).toBeUndefined();
  });

  it('prints the edit under its workload in text and markdown, and the advice where there is none', async () => {
    const text = await runCli(['plan', '.', '--policy-version', 'v1.30'], dir);
    expect(text.stdout).toContain(
      [
        '      privileged: container "collector" must not set securityContext.privileged=true (charts/collector/templates/daemonset.yaml:17)',
        '        fix: edit that changes behaviour at charts/collector/values.yaml:2 (below)',
        '      edit (changes behaviour: it takes away something the workload asks for):',
        '        --- a/charts/collector/values.yaml',
        '        +++ b/charts/collector/values.yaml',
        '        @@ -1,3 +1,3 @@',
        '         # Collector settings.',
        '        -privileged: true',
        '        +privileged: false',
      ].join('\n'),
    );
    expect(text.stdout).toContain('        fix: Remove hostNetwork, hostPID and hostIPC or set them to false;');
    const markdown = await runCli(['plan', '.', '--policy-version', 'v1.30', '--format', 'markdown'], dir);
    expect(markdown.stdout).toContain(
      '| DaemonSet release-name-collector | privileged | container "collector" must not set securityContext.privileged=true | charts/collector/templates/daemonset.yaml:17 | edit that changes behaviour at charts/collector/values.yaml:2 (below) |',
    );
    expect(markdown.stdout).toContain(
      '<details><summary>Edit for Deployment web (safe)</summary>\n\n```diff\n--- a/deploy/both.yaml\n',
    );
  });

  it('plans edits for the first 100 blocking workloads and says how many have the advice only', async () => {
    const many = Array.from({ length: 101 }, (_, i) =>
      podController(
        'Deployment',
        'many',
        `app${i}`,
        '      containers:\n        - name: app\n          image: nginx:1.27\n',
      ),
    ).join('---\n');
    const { dir: manyDir, plan: manyPlan } = await planOfFiles({ 'all.yaml': many }, 'podsec-plan-many-');
    try {
      expect(manyPlan.editsLeftOut).toBe(1);
      const blockers = manyPlan.namespaces[0]?.blockers ?? [];
      expect(blockers).toHaveLength(101);
      expect(blockers.filter((b) => b.edit !== undefined)).toHaveLength(100);
      // Each edit is its own workload's: one hunk, inside its own document.
      for (const b of blockers.slice(0, 100)) {
        const diff = b.edit?.files[0]?.diff ?? '';
        expect(diff.match(/^@@ /gm)).toHaveLength(1);
        expect(b.edit?.files[0]?.line).toBeGreaterThan(b.workload.line);
        expect(b.edit?.files[0]?.line).toBeLessThan(b.workload.line + 16);
      }
      const text = await runCli(['plan', '.', '--policy-version', 'v1.30'], manyDir);
      expect(text.stdout).toContain(
        "The fix engine's edits are shown for the first 100 blocking workloads; 1 other has the checks' advice only.",
      );
    } finally {
      rmSync(manyDir, { recursive: true, force: true });
    }
  }, 120_000);
});
