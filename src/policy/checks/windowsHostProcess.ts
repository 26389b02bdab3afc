import { ALLOWED, forbidden, PSS_DOCS } from '../check-kit.js';
import { containerPhrase, joinSetters } from '../messages.js';
import { asRecord, containerPath, forEachContainer, podSecurityContext, podSpec } from '../shape.js';
import type { CheckDefinition, CheckFunction, FieldPath } from '../types.js';

// Applies to every pod, not only those with os.name: windows.
const checkV1_0: CheckFunction = (pod) => {
  const setters: string[] = [];
  const paths: FieldPath[] = [];
  if (asRecord(podSecurityContext(pod)?.windowsOptions)?.hostProcess === true) {
    setters.push('pod');
    paths.push(['spec', 'securityContext', 'windowsOptions', 'hostProcess']);
  }
  const containers: string[] = [];
  forEachContainer(podSpec(pod), (c) => {
    if (asRecord(c.securityContext?.windowsOptions)?.hostProcess === true) {
      containers.push(c.name);
      paths.push(containerPath(c, 'securityContext', 'windowsOptions', 'hostProcess'));
    }
  });
  if (containers.length > 0) setters.push(containerPhrase(containers));
  if (setters.length === 0) return ALLOWED;
  return forbidden(
    'hostProcess',
    `${joinSetters(setters)} must not set securityContext.windowsOptions.hostProcess=true`,
    paths,
  );
};

/**
 * Windows HostProcess containers.
 * Upstream: `policy/check_windowsHostProcess.go` in kubernetes/pod-security-admission.
 */
export const windowsHostProcess: CheckDefinition = {
  meta: {
    id: 'windowsHostProcess',
    level: 'baseline',
    title: 'Windows HostProcess containers',
    description:
      'A Windows HostProcess container runs directly on the node with host networking and file system access, equivalent to a privileged Linux container.',
    allowed: '`securityContext.windowsOptions.hostProcess` (pod or container) absent or `false`.',
    fix: [
      'Remove `hostProcess: true`; run node management tasks outside the restricted namespaces.',
      '',
      '```yaml',
      'securityContext:',
      '  windowsOptions:',
      '    hostProcess: false',
      '```',
    ].join('\n'),
    overrides: [],
    docsUrl: `${PSS_DOCS}#baseline`,
    reason: '`hostProcess`',
    reference: [
      '## Fields read',
      "`spec.securityContext.windowsOptions.hostProcess` and each container's",
      '`securityContext.windowsOptions.hostProcess` (init, regular, ephemeral). Applies to every pod, not',
      'only those with `spec.os.name: windows`.',
      '',
      '## Allowed values',
      'Absent or `false`. Only explicit `true` fails.',
      '',
      '## Message',
      '```',
      'hostProcess (<setters> must not set securityContext.windowsOptions.hostProcess=true)',
      '```',
      'Setters: `pod`, then the container noun phrase, joined by `" and "`. Example:',
      '```',
      'violates PodSecurity "baseline:latest": host namespaces (hostNetwork=true), hostProcess (pod and containers "e", "f" must not set securityContext.windowsOptions.hostProcess=true)',
      '```',
      '(HostProcess pods must use the host network, so [`hostNamespaces`](hostNamespaces.md) usually fails',
      'too.)',
    ].join('\n'),
  },
  variants: [{ minVersion: 0, check: checkV1_0 }],
};
