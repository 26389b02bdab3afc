import { ALLOWED, exemptWindowsPods, forbidden, PSS_DOCS } from '../check-kit.js';
import { containerPhrase } from '../messages.js';
import { containerPath, forEachContainer, podSpec } from '../shape.js';
import type { CheckDefinition, CheckFunction, FieldPath } from '../types.js';

// Only an explicit false passes: the runtime default allows escalation.
const checkV1_8: CheckFunction = (pod) => {
  const names: string[] = [];
  const paths: FieldPath[] = [];
  forEachContainer(podSpec(pod), (c) => {
    if (c.securityContext?.allowPrivilegeEscalation !== false) {
      names.push(c.name);
      paths.push(containerPath(c, 'securityContext', 'allowPrivilegeEscalation'));
    }
  });
  if (names.length === 0) return ALLOWED;
  return forbidden(
    'allowPrivilegeEscalation != false',
    `${containerPhrase(names)} must set securityContext.allowPrivilegeEscalation=false`,
    paths,
  );
};

/**
 * Privilege escalation.
 * Upstream: `policy/check_allowPrivilegeEscalation.go` in kubernetes/pod-security-admission.
 */
export const allowPrivilegeEscalation: CheckDefinition = {
  meta: {
    id: 'allowPrivilegeEscalation',
    level: 'restricted',
    title: 'Privilege escalation',
    description:
      'Without `allowPrivilegeEscalation: false`, a process can gain more privileges than its parent, for example through setuid binaries.',
    allowed:
      '`securityContext.allowPrivilegeEscalation` set to `false` on every container (from v1.8). From v1.25, Windows pods (`spec.os.name: windows`) are exempt.',
    fix: [
      'Set `allowPrivilegeEscalation: false` on every container, including init and ephemeral containers.',
      '',
      '```yaml',
      'containers:',
      '  - name: app',
      '    securityContext:',
      '      allowPrivilegeEscalation: false',
      '```',
    ].join('\n'),
    overrides: [],
    docsUrl: `${PSS_DOCS}#restricted`,
    reason: '`allowPrivilegeEscalation != false`',
    reference: [
      '## Fields read',
      '`securityContext.allowPrivilegeEscalation` of every container (init, regular, ephemeral);',
      'from v1.25 also `spec.os.name`.',
      '',
      '## Allowed values',
      'Only an explicit `false`. A missing security context, a missing field, or `true` fails.',
      '',
      '## Versions',
      '* v1.0–v1.7: the check does not exist.',
      '* v1.8–v1.24: the rule above for every pod.',
      '* v1.25+: a Windows pod (`spec.os.name: windows`) passes outright.',
      '',
      '## Message',
      '```',
      'allowPrivilegeEscalation != false (<container noun phrase> must set securityContext.allowPrivilegeEscalation=false)',
      '```',
      'Example:',
      '```',
      'would violate PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "nginx" must set securityContext.allowPrivilegeEscalation=false)',
      '```',
    ].join('\n'),
  },
  variants: [
    { minVersion: 8, check: checkV1_8 },
    { minVersion: 25, check: exemptWindowsPods(checkV1_8) },
  ],
};
