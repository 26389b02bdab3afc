import { PSS_DOCS } from '../check-kit.js';
import type { CheckDefinition } from '../types.js';
import { procMountRule } from './procMount.js';

/**
 * /proc mount type (restricted): the baseline rule without the v1.35 user-namespace relaxation.
 * Upstream: `policy/check_procMount_restricted.go` in kubernetes/pod-security-admission.
 */
export const procMount_restricted: CheckDefinition = {
  meta: {
    id: 'procMount_restricted',
    level: 'restricted',
    title: '/proc mount type (restricted)',
    description:
      'Restricted keeps the default, masked /proc mount for every pod, including pods in a user namespace that baseline lets through from v1.35.',
    allowed: '`securityContext.procMount` absent or `Default` on every container, whatever `hostUsers` says.',
    fix: [
      'Remove `procMount` or set it to `Default`.',
      '',
      '```yaml',
      'securityContext:',
      '  procMount: Default',
      '```',
    ].join('\n'),
    overrides: ['procMount'],
    docsUrl: `${PSS_DOCS}#restricted`,
    reason: '`procMount`',
    reference: [
      '## Fields read',
      '`securityContext.procMount` of every container (init, regular, ephemeral). `spec.hostUsers` is',
      '**not** consulted.',
      '',
      '## Allowed values',
      'Absent or exactly `Default`. `Unmasked`, `""` and anything else fail.',
      '',
      '## Versions',
      'Added in v1.35, when baseline `procMount` started allowing `hostUsers: false` pods; restricted keeps',
      'the unconditional rule through this check. At restricted v1.0–v1.34 the baseline `procMount` check',
      'runs instead (same message).',
      '',
      '## Message',
      '```',
      'procMount (<container noun phrase> must not set securityContext.procMount to <quoted values>)',
      '```',
      'Example:',
      '```',
      'violates PodSecurity "restricted:latest": procMount (container "builder" must not set securityContext.procMount to "Unmasked")',
      '```',
    ].join('\n'),
  },
  variants: [{ minVersion: 35, overrides: ['procMount'], check: procMountRule }],
};
