/**
 * `podsec plan` on a repository with namespaces at every stage of a rollout: one whose workloads pass
 * restricted (labels too loose), one that passes baseline only (labels too strict), a node agent that
 * needs privileged, an exempted namespace, a relaxed workload, and a namespace known only from the config.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RolloutPlan } from '../../src/plan/types.js';
import { runCli } from '../hostile/helpers.js';
import { planOfFiles, podController } from './helpers.js';

const RESTRICTED_POD_SPEC = `      securityContext:
        runAsNonRoot: true
        seccompProfile: {type: RuntimeDefault}
      containers:
        - name: app
          image: nginx:1.27
          securityContext:
            allowPrivilegeEscalation: false
            capabilities: {drop: [ALL]}
`;

function deployment(namespace: string, name: string, podSpec: string): string {
  return podController('Deployment', namespace, name, podSpec);
}

function namespace(name: string, labels: Record<string, string>): string {
  const lines = Object.entries(labels).map(([key, value]) => `    pod-security.kubernetes.io/${key}: ${value}`);
  return `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n  labels:\n${lines.join('\n')}\n`;
}

const FILES: Record<string, string> = {
  // Passes restricted, labelled only baseline: too loose.
  'web/namespace.yaml': namespace('web', { enforce: 'baseline', 'enforce-version': 'v1.30' }),
  'web/frontend.yaml': deployment('web', 'frontend', RESTRICTED_POD_SPEC),
  // Passes baseline only (root, no seccomp), labelled restricted: too strict; one more workload is relaxed.
  'shop/namespace.yaml': namespace('shop', { enforce: 'restricted', 'enforce-version': 'v1.30' }),
  'shop/api.yaml': deployment('shop', 'api', '      containers:\n        - name: api\n          image: nginx:1.27\n'),
  'shop/cart.yaml': deployment(
    'shop',
    'cart',
    '      containers:\n        - name: cart\n          image: nginx:1.27\n',
  ),
  'shop/vendor.yaml': deployment(
    'shop',
    'vendor',
    RESTRICTED_POD_SPEC.replace('runAsNonRoot: true', 'runAsNonRoot: false'),
  ),
  // A node agent: host network, host path, privileged.
  'monitoring/node-agent.yaml': `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-agent
  namespace: monitoring
spec:
  selector:
    matchLabels: {app: node-agent}
  template:
    metadata:
      labels: {app: node-agent}
    spec:
      hostNetwork: true
      volumes:
        - name: proc
          hostPath: {path: /proc}
      containers:
        - name: agent
          image: agent:1.0
          securityContext:
            privileged: true
          volumeMounts:
            - {name: proc, mountPath: /host/proc}
`,
  // Exempted by the config.
  'legacy/old.yaml': deployment(
    'legacy',
    'old',
    '      hostPID: true\n      containers:\n        - name: old\n          image: busybox:1.36\n',
  ),
  '.podsec.yaml': `namespaces:
  batch:
    enforce: baseline
exemptions:
  namespaces: [legacy]
relaxations:
  - checks: [runAsNonRoot]
    reason: The vendor image runs as root until v3 ships.
    names: [vendor]
`,
};

let dir: string;
let plan: RolloutPlan;

beforeAll(async () => {
  ({ dir, plan } = await planOfFiles(FILES, 'podsec-plan-'));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ns = (name: string): RolloutPlan['namespaces'][number] => {
  const found = plan.namespaces.find((entry) => entry.name === name);
  if (!found) throw new Error(`no namespace ${name} in the plan`);
  return found;
};

describe('podsec plan', () => {
  it('sees every namespace: from workloads, Namespace manifests, config labels and exemptions', () => {
    expect(plan.version).toBe('v1.30');
    expect(plan.namespaces.map((entry) => [entry.name, entry.seenIn])).toEqual([
      ['batch', ['config']],
      ['legacy', ['exemption', 'workloads']],
      ['monitoring', ['workloads']],
      ['shop', ['manifest', 'workloads']],
      ['web', ['manifest', 'workloads']],
    ]);
  });

  it('a namespace that passes restricted, labelled looser: could tighten enforce', () => {
    const web = ns('web');
    expect(web.passes).toEqual({ level: 'restricted', version: 'v1.30' });
    expect(web.next).toBeUndefined();
    expect(web.blockers).toEqual([]);
    expect(web.recommendation?.command).toBe(
      'kubectl label --overwrite ns web pod-security.kubernetes.io/enforce=restricted pod-security.kubernetes.io/enforce-version=v1.30 ' +
        'pod-security.kubernetes.io/warn=restricted pod-security.kubernetes.io/warn-version=v1.30 ' +
        'pod-security.kubernetes.io/audit=restricted pod-security.kubernetes.io/audit-version=v1.30',
    );
    expect(web.existing).toMatchObject({
      verdict: 'too-loose',
      summary: 'could tighten enforce to restricted (labels say enforce=baseline:v1.30)',
      rejects: [],
    });
    expect(web.existing?.from).toEqual({ file: 'web/namespace.yaml', line: 3 });
  });

  it('a namespace that passes baseline only, labelled restricted: the labels would reject its workloads', () => {
    const shop = ns('shop');
    expect(shop.passes.level).toBe('baseline');
    expect(shop.next).toBe('restricted');
    // Grouped by workload and check; the relaxed vendor workload does not block and is listed as not counted.
    expect(shop.blockers.map((b) => [b.workload.name, b.problems.map((p) => p.check)])).toEqual([
      ['api', ['allowPrivilegeEscalation', 'capabilities_restricted', 'runAsNonRoot', 'seccompProfile_restricted']],
      ['cart', ['allowPrivilegeEscalation', 'capabilities_restricted', 'runAsNonRoot', 'seccompProfile_restricted']],
    ]);
    expect(shop.blockers[0]?.problems[2]).toMatchObject({
      file: 'shop/api.yaml',
      detail: 'pod or container "api" must set securityContext.runAsNonRoot=true',
    });
    // Each workload's own safe edit, in its own file.
    expect(shop.blockers.map((b) => [b.edit?.kind, b.edit?.files.map((f) => f.file)])).toEqual([
      ['safe', ['shop/api.yaml']],
      ['safe', ['shop/cart.yaml']],
    ]);
    expect(shop.blockers[0]?.problems.every((p) => p.edit?.kind === 'safe')).toBe(true);
    expect(shop.notCounted).toEqual([
      expect.objectContaining({
        check: 'runAsNonRoot',
        level: 'restricted',
        workload: expect.objectContaining({ name: 'vendor' }) as unknown,
        suppressed: { source: 'config', reason: 'The vendor image runs as root until v3 ships.' },
      }),
    ]);
    expect(shop.existing).toMatchObject({
      verdict: 'too-strict',
      summary: 'labels would reject 2 workloads (enforce=restricted:v1.30)',
    });
    expect(shop.existing?.rejects.map((w) => w.name)).toEqual(['api', 'cart']);
    expect(shop.recommendation).toMatchObject({
      enforce: { level: 'baseline', version: 'v1.30' },
      warn: { level: 'restricted', version: 'v1.30' },
      audit: { level: 'restricted', version: 'v1.30' },
    });
    expect(shop.recommendation?.manifest).toBe(
      [
        'apiVersion: v1',
        'kind: Namespace',
        'metadata:',
        '  name: shop',
        '  labels:',
        '    pod-security.kubernetes.io/enforce: baseline',
        '    pod-security.kubernetes.io/enforce-version: v1.30',
        '    pod-security.kubernetes.io/warn: restricted',
        '    pod-security.kubernetes.io/warn-version: v1.30',
        '    pod-security.kubernetes.io/audit: restricted',
        '    pod-security.kubernetes.io/audit-version: v1.30',
      ].join('\n'),
    );
  });

  it('a node agent needs privileged; what blocks baseline is listed with the edits that would clear it', () => {
    const monitoring = ns('monitoring');
    expect(monitoring.passes.level).toBe('privileged');
    expect(monitoring.next).toBe('baseline');
    expect(monitoring.blockers).toHaveLength(1);
    expect(monitoring.blockers[0]?.workload).toMatchObject({
      kind: 'DaemonSet',
      name: 'node-agent',
      file: 'monitoring/node-agent.yaml',
    });
    expect(monitoring.blockers[0]?.problems.map((p) => p.check)).toEqual([
      'hostNamespaces',
      'hostPathVolumes',
      'privileged',
    ]);
    expect(monitoring.blockers[0]?.problems.every((p) => p.fix.length > 0)).toBe(true);
    // The fix engine's edit takes away what the agent asks for: marked, one place per problem.
    expect(monitoring.blockers[0]?.problems.map((p) => p.edit)).toEqual([
      { kind: 'changes-behaviour', file: 'monitoring/node-agent.yaml', line: 13 },
      { kind: 'changes-behaviour', file: 'monitoring/node-agent.yaml', line: 16 },
      { kind: 'changes-behaviour', file: 'monitoring/node-agent.yaml', line: 21 },
    ]);
    expect(monitoring.blockers[0]?.edit?.files[0]?.diff).toContain(
      '-      hostNetwork: true\n+      hostNetwork: false\n',
    );
    expect(monitoring.recommendation).toMatchObject({
      enforce: { level: 'privileged' },
      warn: { level: 'baseline' },
      audit: { level: 'baseline' },
    });
    expect(monitoring.existing).toBeUndefined();
  });

  it('an exempted namespace: no recommendation, its problems listed as not counted', () => {
    const legacy = ns('legacy');
    expect(legacy.exempt).toBe(true);
    expect(legacy.recommendation).toBeUndefined();
    expect(legacy.blockers).toEqual([]);
    expect(legacy.notCounted.map((entry) => [entry.check, entry.suppressed.source])).toContainEqual([
      'hostNamespaces',
      'exemption',
    ]);
  });

  it('a namespace with config labels and no workloads', () => {
    const batch = ns('batch');
    expect(batch.workloads).toEqual([]);
    expect(batch.existing).toMatchObject({ from: 'config', verdict: 'too-loose' });
  });

  it('prints text and markdown with the same facts', async () => {
    const text = await runCli(['plan', '.', '--policy-version', 'v1.30'], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      'namespace shop (3 workloads): enforce can be baseline:v1.30 today; 2 workloads block restricted',
    );
    expect(text.stdout).toContain(
      '  existing labels (shop/namespace.yaml:3): labels would reject 2 workloads (enforce=restricted:v1.30)',
    );
    expect(text.stdout).toContain(
      'namespace legacy (1 workload): exempt from Pod Security (exemptions.namespaces): labels have no effect here',
    );
    const markdown = await runCli(['plan', '.', '--policy-version', 'v1.30', '--format', 'markdown'], dir);
    expect(markdown.stdout).toContain(
      '| shop | 3 | `baseline:v1.30` | restricted: 2 workloads | labels would reject 2 workloads (enforce=restricted:v1.30) |',
    );
    expect(markdown.stdout).toContain(
      '```sh\nkubectl label --overwrite ns monitoring pod-security.kubernetes.io/enforce=privileged',
    );
  });

  it('adds the plan to the scan report with --plan, and refuses sarif', async () => {
    const run = await runCli(['scan', '.', '--policy-version', 'v1.30', '--plan', '--format', 'json'], dir);
    const report = JSON.parse(run.stdout) as { plan?: RolloutPlan };
    expect(report.plan).toEqual(plan);
    const sarif = await runCli(['plan', '.', '--format', 'sarif'], dir);
    expect(sarif.code).toBe(2);
    expect(sarif.stderr).toBe('podsec: plan writes text, markdown or json, not sarif\n');
  });
});
