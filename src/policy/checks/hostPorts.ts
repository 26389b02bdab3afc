import { ALLOWED, forbidden, PSS_DOCS } from '../check-kit.js';
import { containerPhrase, plural, sortedSet, usesVerb } from '../messages.js';
import { asArray, asRecord, containerPath, forEachContainer, podSpec } from '../shape.js';
import type { CheckDefinition, CheckFunction, FieldPath } from '../types.js';

const checkV1_0: CheckFunction = (pod) => {
  const names: string[] = [];
  const ports: string[] = [];
  const paths: FieldPath[] = [];
  forEachContainer(podSpec(pod), (c) => {
    const list = asArray(c.container.ports);
    if (list === undefined) return;
    let bad = false;
    list.forEach((item, index) => {
      const hostPort = asRecord(item)?.hostPort;
      if (typeof hostPort === 'number' && hostPort !== 0) {
        bad = true;
        ports.push(String(hostPort));
        paths.push(containerPath(c, 'ports', index, 'hostPort'));
      }
    });
    if (bad) names.push(c.name);
  });
  if (names.length === 0) return ALLOWED;
  // Upstream keeps the ports as strings in a set, so they sort as text: "10000" before "9000".
  const distinct = sortedSet(ports);
  return forbidden(
    'hostPort',
    `${containerPhrase(names)} ${usesVerb(names.length)} ${plural('hostPort', 'hostPorts', distinct.length)} ${distinct.join(', ')}`,
    paths,
  );
};

/**
 * Host ports.
 * Upstream: `policy/check_hostPorts.go` in kubernetes/pod-security-admission.
 */
export const hostPorts: CheckDefinition = {
  meta: {
    id: 'hostPorts',
    level: 'baseline',
    title: 'Host ports',
    description:
      "A hostPort binds a port on the node's own network interfaces, bypassing network policy and tying the pod to one port per node.",
    allowed: '`ports[*].hostPort` absent or `0` on every container.',
    fix: [
      'Drop `hostPort` and reach the pod through a Service (ClusterIP, NodePort or LoadBalancer).',
      '',
      '```yaml',
      'containers:',
      '  - name: web',
      '    ports:',
      '      - containerPort: 8080',
      '```',
    ].join('\n'),
    overrides: [],
    docsUrl: `${PSS_DOCS}#baseline`,
    reason: '`hostPort`',
    reference: [
      '## Fields read',
      '`ports[*].hostPort` of every container (init, regular, ephemeral).',
      '',
      '## Allowed values',
      'Absent or `0`. Any other number fails.',
      '',
      '## Versions',
      'Unchanged since v1.0. (On a live cluster, API-server defaulting copies `containerPort` into',
      '`hostPort` for `hostNetwork` Pods; podsec evaluates the manifest as written.)',
      '',
      '## Message',
      '```',
      'hostPort (<container noun phrase> <uses|use> <hostPort|hostPorts> <ports>)',
      '```',
      '`uses` for exactly one failing container, `use` otherwise; `hostPort` when exactly one distinct port,',
      '`hostPorts` otherwise. Ports are unquoted, de-duplicated and **sorted as strings** (so `10000` comes',
      'before `9000`), joined by `", "`. Examples:',
      '```',
      'violates PodSecurity "baseline:latest": hostPort (container "web" uses hostPort 80)',
      'would violate PodSecurity "baseline:latest": hostPort (containers "web", "metrics" use hostPorts 10000, 9000)',
      '```',
    ].join('\n'),
  },
  variants: [{ minVersion: 0, check: checkV1_0 }],
};
