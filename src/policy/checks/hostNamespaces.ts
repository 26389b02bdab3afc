import { ALLOWED, forbidden, PSS_DOCS } from '../check-kit.js';
import { podSpec } from '../shape.js';
import type { CheckDefinition, CheckFunction, FieldPath } from '../types.js';

// Upstream reports them in this fixed order, not sorted.
const NAMESPACE_FIELDS = ['hostNetwork', 'hostPID', 'hostIPC'] as const;

const checkV1_0: CheckFunction = (pod) => {
  const spec = podSpec(pod);
  if (spec === undefined) return ALLOWED;
  const parts: string[] = [];
  const paths: FieldPath[] = [];
  for (const field of NAMESPACE_FIELDS) {
    if (spec[field] === true) {
      parts.push(`${field}=true`);
      paths.push(['spec', field]);
    }
  }
  if (parts.length === 0) return ALLOWED;
  return forbidden('host namespaces', parts.join(', '), paths);
};

/**
 * Host namespaces.
 * Upstream: `policy/check_hostNamespaces.go` in kubernetes/pod-security-admission.
 */
export const hostNamespaces: CheckDefinition = {
  meta: {
    id: 'hostNamespaces',
    level: 'baseline',
    title: 'Host namespaces',
    description:
      "Sharing the node's network, process or IPC namespace lets a pod see and reach host processes, sockets and shared memory.",
    allowed: '`spec.hostNetwork`, `spec.hostPID` and `spec.hostIPC` absent or `false`.',
    fix: [
      'Remove `hostNetwork`, `hostPID` and `hostIPC` or set them to `false`; expose ports with a Service instead of the host network.',
      '',
      '```yaml',
      'spec:',
      '  hostNetwork: false',
      '  hostPID: false',
      '  hostIPC: false',
      '```',
    ].join('\n'),
    overrides: [],
    docsUrl: `${PSS_DOCS}#baseline`,
    reason: '`host namespaces`',
    reference: [
      '## Fields read',
      '`spec.hostNetwork`, `spec.hostPID`, `spec.hostIPC`.',
      '',
      '## Allowed values',
      'Absent, `null` or `false` for each. Only explicit `true` fails.',
      '',
      '## Message',
      '```',
      'host namespaces (<list>)',
      '```',
      '`<list>` holds the fields that are `true`, always in the fixed order `hostNetwork=true`,',
      '`hostPID=true`, `hostIPC=true`, joined by `", "`. Example:',
      '```',
      'violates PodSecurity "baseline:v1.30": host namespaces (hostNetwork=true, hostIPC=true)',
      '```',
      'Note: a Windows HostProcess pod must set `hostNetwork: true`, so',
      '[`windowsHostProcess`](windowsHostProcess.md) failures usually come with this one.',
    ].join('\n'),
  },
  variants: [{ minVersion: 0, check: checkV1_0 }],
};
