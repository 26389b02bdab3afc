import { ALLOWED, forbidden, PSS_DOCS } from '../check-kit.js';
import { containerPhrase } from '../messages.js';
import { containerPath, forEachContainer, podSpec } from '../shape.js';
import type { CheckDefinition, CheckFunction, FieldPath } from '../types.js';

const checkV1_0: CheckFunction = (pod) => {
  const names: string[] = [];
  const paths: FieldPath[] = [];
  forEachContainer(podSpec(pod), (c) => {
    if (c.securityContext?.privileged === true) {
      names.push(c.name);
      paths.push(containerPath(c, 'securityContext', 'privileged'));
    }
  });
  if (names.length === 0) return ALLOWED;
  return forbidden('privileged', `${containerPhrase(names)} must not set securityContext.privileged=true`, paths);
};

/**
 * Privileged containers.
 * Upstream: `policy/check_privileged.go` in kubernetes/pod-security-admission.
 */
export const privileged: CheckDefinition = {
  meta: {
    id: 'privileged',
    level: 'baseline',
    title: 'Privileged containers',
    description:
      'A privileged container gets every capability and all host devices, which removes almost all isolation between the container and the node.',
    allowed: '`securityContext.privileged` absent or `false` on every container (init, regular and ephemeral).',
    fix: [
      'Remove `privileged: true` or set it to `false`; add only the specific capabilities the workload needs.',
      '',
      '```yaml',
      'containers:',
      '  - name: app',
      '    securityContext:',
      '      privileged: false',
      '```',
    ].join('\n'),
    overrides: [],
    docsUrl: `${PSS_DOCS}#baseline`,
    reason: '`privileged`',
    reference: [
      '## Fields read',
      '`securityContext.privileged` of every container in `spec.initContainers`, `spec.containers` and',
      '`spec.ephemeralContainers` (visited in that order).',
      '',
      '## Allowed values',
      'Absent, `null` or `false`. Only an explicit `true` fails.',
      '',
      '## Message',
      '```',
      'privileged (<container noun phrase> must not set securityContext.privileged=true)',
      '```',
      'The noun phrase is `container "a"` for one container or `containers "a", "b"` for several, in',
      'visiting order (init, regular, ephemeral), not de-duplicated. Example, as `kubectl` would print it',
      'for a Deployment at `baseline:latest`:',
      '```',
      'Warning: would violate PodSecurity "baseline:latest": privileged (containers "init", "app" must not set securityContext.privileged=true)',
      '```',
      'Under restricted, a privileged container usually also lacks `allowPrivilegeEscalation: false`, so',
      '[`allowPrivilegeEscalation`](allowPrivilegeEscalation.md) fails alongside.',
    ].join('\n'),
  },
  variants: [{ minVersion: 0, check: checkV1_0 }],
};
