import { describe, expect, it } from 'vitest';
import { assessWorkloads, warmAssessment } from '../../src/findings/assess.js';
import { items, parse, policy } from './helpers.js';

const YAML = `apiVersion: v1
kind: Namespace
metadata:
  name: payments
  labels:
    pod-security.kubernetes.io/enforce: restricted
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

describe('warmAssessment', () => {
  it('changes nothing in the result, whether or not rendered Namespaces change the policy it assumed', () => {
    const options = policy({ nextVersion: 'v1.35', namespaceLabels: { default: { 'pod-security.kubernetes.io/audit': 'baseline' } } });
    const cold = parse(YAML);
    const warm = parse(YAML);
    warmAssessment(items(warm.workloads), options);
    const fromCold = assessWorkloads({ items: items(cold.workloads), namespaces: cold.namespaces, policy: options, today: '2026-12-02' });
    const fromWarm = assessWorkloads({ items: items(warm.workloads), namespaces: warm.namespaces, policy: options, today: '2026-12-02' });
    expect(fromCold.findings.length).toBeGreaterThan(5);
    expect(fromCold.errors.length).toBeGreaterThan(0);
    expect(fromWarm).toEqual(fromCold);
  });

  it('locates each field once: assessment reuses what warming located', () => {
    const { workloads } = parse(YAML);
    const calls: string[] = [];
    const counted = workloads.map((workload) => {
      const { object } = workload;
      const locate = object.locate.bind(object);
      return { ...workload, object: { ...object, value: object.value, position: object.position.bind(object), locate: (path: Parameters<typeof locate>[0]) => (calls.push(JSON.stringify(path)), locate(path)) } };
    });
    warmAssessment(items(counted), policy());
    const afterWarming = calls.length;
    expect(afterWarming).toBeGreaterThan(3);
    assessWorkloads({ items: items(counted), namespaces: [], policy: policy(), today: '2026-12-02' });
    expect(calls.length).toBe(afterWarming);
  });
});
