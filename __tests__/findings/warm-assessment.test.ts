import { describe, expect, it } from 'vitest';
import { assessWorkloads, slimItem, warmAssessment, withoutWarmState } from '../../src/findings/assess.js';
import type { PolicyOptions } from '../../src/options.js';
import { items, parse, policy } from './helpers.js';

const YAML = `apiVersion: v1
kind: Namespace
metadata:
  name: payments
  labels:
    pod-security.kubernetes.io/enforce: restricted
    pod-security.kubernetes.io/enforce-version: v1.25
    pod-security.kubernetes.io/warn: baseline
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: payments
spec:
  template:
    spec:
      hostNetwork: true
      containers:
      - name: app
        image: app:1
        securityContext:
          privileged: true
          capabilities:
            add: [NET_ADMIN]
---
apiVersion: v1
kind: Pod
metadata:
  name: tool
  annotations:
    podsec.dev/ignore: hostPorts
    podsec.dev/ignore-reason: the node agent must listen on the node
spec:
  containers:
  - name: a
    image: a:1
    ports:
    - hostPort: 80
  - name: b
    image: b:1
    securityContext:
      runAsUser: 0
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: broken
spec:
  template:
    spec:
      containers: nope
`;

/** The parsed workloads assessed with their rendered Namespaces, as a scan assesses them. */
function assessParsed(parsed: ReturnType<typeof parse>, options: PolicyOptions): ReturnType<typeof assessWorkloads> {
  return assessWorkloads({
    items: items(parsed.workloads),
    namespaces: parsed.namespaces,
    policy: options,
    today: '2026-12-02',
  });
}

describe('warmAssessment', () => {
  it('changes nothing in the result, whether or not rendered Namespaces change the policy it assumed', () => {
    const options = policy({
      nextVersion: 'v1.35',
      namespaceLabels: { default: { 'pod-security.kubernetes.io/audit': 'baseline' } },
    });
    const warm = parse(YAML);
    warmAssessment(items(warm.workloads), options);
    const fromCold = assessParsed(parse(YAML), options);
    const fromWarm = assessParsed(warm, options);
    expect(fromCold.findings.length).toBeGreaterThan(5);
    expect(fromCold.errors.length).toBeGreaterThan(0);
    expect(fromWarm).toEqual(fromCold);
  });

  it("keeps a frozen workload's state apart, with the same result", () => {
    const options = policy({ nextVersion: 'v1.35' });
    const frozen = parse(YAML);
    const frozenItems = items(frozen.workloads.map((workload) => Object.freeze({ ...workload })));
    warmAssessment(frozenItems, options);
    const fromFrozen = assessWorkloads({
      items: frozenItems,
      namespaces: frozen.namespaces,
      policy: options,
      today: '2026-12-02',
    });
    expect(fromFrozen.findings.length).toBeGreaterThan(5);
    expect(fromFrozen).toEqual(assessParsed(parse(YAML), options));
  });

  it('gives copies of the workloads without the state warming keeps on them', () => {
    const { workloads } = parse(YAML);
    const warmed = items(workloads);
    warmAssessment(warmed, policy());
    for (const { workload } of warmed) {
      expect(Object.getOwnPropertySymbols(workload)).toHaveLength(1);
      const copy = withoutWarmState(workload);
      expect(Object.getOwnPropertySymbols(copy)).toEqual([]);
      expect(Object.keys(copy)).toEqual(Object.keys(workload));
      expect(copy.object).toBe(workload.object);
    }
  });

  it('locates each field once: assessment reuses what warming located', () => {
    const { workloads } = parse(YAML);
    const calls: string[] = [];
    const counted = workloads.map((workload) => {
      const { object } = workload;
      const locate = object.locate.bind(object);
      return {
        ...workload,
        object: {
          ...object,
          value: object.value,
          position: object.position.bind(object),
          locate: (path: Parameters<typeof locate>[0]) => (calls.push(JSON.stringify(path)), locate(path)),
        },
      };
    });
    warmAssessment(items(counted), policy());
    const afterWarming = calls.length;
    expect(afterWarming).toBeGreaterThan(3);
    assessWorkloads({ items: items(counted), namespaces: [], policy: policy(), today: '2026-12-02' });
    expect(calls.length).toBe(afterWarming);
  });

  it('gives the same result from slim items, reloading the workloads whose policy a rendered Namespace changed', () => {
    const options = policy({
      nextVersion: 'v1.35',
      namespaceLabels: { default: { 'pod-security.kubernetes.io/audit': 'baseline' } },
    });
    const full = parse(YAML);
    const expected = assessWorkloads({
      items: items(full.workloads),
      namespaces: full.namespaces,
      policy: options,
      today: '2026-12-02',
    });
    // Failures naming several fields point at the others too: slim items keep their places, not their paths.
    expect(expected.findings.some((finding) => finding.related.some((r) => r.message?.startsWith('also: ')))).toBe(
      true,
    );
    for (const namespaces of [full.namespaces, []]) {
      const warm = parse(YAML);
      const again = parse(YAML);
      const warmItems = items(warm.workloads);
      warmAssessment(warmItems, options);
      const reloaded: string[] = [];
      const slim = warmItems.map((item, index) =>
        slimItem(item, () => {
          reloaded.push(item.workload.name);
          return again.workloads[index] as (typeof again.workloads)[number];
        }),
      );
      expect(slim[0]?.workload.object.value).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: {} });
      const result = assessWorkloads({ items: slim, namespaces, policy: options, today: '2026-12-02' });
      if (namespaces.length > 0) {
        expect(result).toEqual(expected);
        // Only the Deployment in the namespace the rendered Namespace labels differently.
        expect(reloaded).toEqual(['api']);
      } else {
        expect(result).toEqual(
          assessWorkloads({
            items: items(parse(YAML).workloads),
            namespaces: [],
            policy: options,
            today: '2026-12-02',
          }),
        );
        expect(reloaded).toEqual([]);
      }
    }
    expect(expected.findings.some((finding) => finding.suppressed?.source === 'annotation')).toBe(true);
  });

  it('gives the same result when pods that read alike share one evaluation, and when pods are too varied for that', () => {
    /** A Deployment whose pod differs from the others' only where `security` puts it (names and images always do). */
    const deployment = (index: number, security: string): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${index}
  namespace: team-${index % 3}
spec:
  template:
    metadata:
      labels:
        app: app-${index}
    spec:
      containers:
      - name: app
        image: registry.example.com/app-${index}:1.${index}
        env:
        - name: INDEX
          value: "${index}"
${security}
`;
    /** The Deployment as itself (0), as a Pod with its template's pod (1) or as a CronJob's job template (2). */
    const asKind = (kind: number, yaml: string): string => {
      if (kind === 0) return yaml;
      const [head = '', pod = ''] = yaml.split('  template:\n');
      if (kind === 1)
        return (
          head.replace('kind: Deployment', 'kind: Pod').replace('spec:\n', '') +
          dedent(pod.slice(pod.indexOf('    spec:\n')), 4)
        );
      return `${head.replace('apps/v1', 'batch/v1').replace('kind: Deployment', 'kind: CronJob')}  schedule: "@daily"
  jobTemplate:
    spec:
      template:
${indent(pod, 4)}`;
    };
    const dedent = (text: string, by: number): string =>
      text
        .split('\n')
        .map((line) => line.slice(by))
        .join('\n');
    const indent = (text: string, by: number): string =>
      text
        .split('\n')
        .map((line) => (line === '' ? line : ' '.repeat(by) + line))
        .join('\n');
    const alike = [
      '',
      '        securityContext:\n          privileged: true',
      '        securityContext:\n          runAsNonRoot: true\n          allowPrivilegeEscalation: false',
      // Not well-formed: reported as invalid, not evaluated.
      '        securityContext:\n          privileged: "yes"',
    ];
    // Every pod reads differently: each asks for another host port.
    const varied = (index: number): string =>
      `        ports:\n        - containerPort: 80\n          hostPort: ${8000 + index}`;
    const runs = {
      alike: Array.from({ length: 90 }, (_, index) => deployment(index, alike[index % alike.length] ?? '')),
      // The same pods in Pods and CronJobs: their fields sit at other paths of the object.
      'alike, in several kinds': Array.from({ length: 60 }, (_, index) =>
        asKind(Math.floor(index / 3) % 3, deployment(index, alike[index % alike.length] ?? '')),
      ),
      'varied, then alike': Array.from({ length: 150 }, (_, index) =>
        deployment(index, index < 100 ? varied(index) : (alike[index % alike.length] ?? '')),
      ),
      'alike, then varied': Array.from({ length: 150 }, (_, index) =>
        deployment(index, index < 50 ? (alike[index % alike.length] ?? '') : varied(index)),
      ),
    };
    for (const [name, documents] of Object.entries(runs)) {
      const yaml = documents.join('---\n');
      // Workloads of one namespace have a check relaxed: their verdicts count fewer failures than alike pods' elsewhere.
      // Another namespace enforces what the others warn of: one failure list is worded for both modes.
      const options = policy({
        nextVersion: 'v1.35',
        relaxations: [{ checks: ['runAsNonRoot'], reason: 'migrating', namespaces: ['team-1'] }],
        namespaceLabels: { 'team-2': { 'pod-security.kubernetes.io/enforce': 'restricted' } },
      });
      const cold = parse(yaml);
      const warm = parse(yaml);
      const expected = assessWorkloads({ items: items(cold.workloads), policy: options, today: '2026-12-02' });
      warmAssessment(items(warm.workloads), options);
      const result = assessWorkloads({ items: items(warm.workloads), policy: options, today: '2026-12-02' });
      expect(expected.findings.length, name).toBeGreaterThan(documents.length);
      expect(expected.errors.length, name).toBeGreaterThan(0);
      expect(
        expected.findings.some((finding) => finding.suppressed !== undefined),
        name,
      ).toBe(true);
      expect(result, name).toEqual(expected);
    }
  });

  it('keeps the evaluations pods that read alike share apart once a rendered Namespace asks one of them for more', () => {
    // Under the config's privileged policy no check runs, and two pods alike in their spec read alike; a rendered
    // Namespace then asks for baseline at v1.0, whose AppArmor check reads the annotations only the first one has.
    const deployment = (name: string, annotations: string): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: team-0
spec:
  template:
    metadata:
${annotations}
    spec:
      containers:
      - name: app
        image: app:1
`;
    const yaml = [
      `apiVersion: v1
kind: Namespace
metadata:
  name: team-0
  labels:
    pod-security.kubernetes.io/enforce: baseline
    pod-security.kubernetes.io/enforce-version: v1.0
`,
      deployment(
        'unconfined',
        '      annotations:\n        container.apparmor.security.beta.kubernetes.io/app: unconfined',
      ),
      deployment('plain', '      labels:\n        app: plain'),
      deployment(
        'unconfined-too',
        '      annotations:\n        container.apparmor.security.beta.kubernetes.io/app: unconfined',
      ),
    ].join('---\n');
    const privileged = { level: 'privileged', version: 'latest' } as const;
    const options = policy({ defaults: { enforce: privileged, warn: privileged, audit: privileged } });
    const expected = assessParsed(parse(yaml), options);
    expect(expected.findings.map((finding) => `${finding.name} ${finding.check}`)).toEqual([
      'unconfined appArmorProfile',
      'unconfined-too appArmorProfile',
    ]);
    const warm = parse(yaml);
    warmAssessment(items(warm.workloads), options);
    expect(assessParsed(warm, options)).toEqual(expected);
  });
});
