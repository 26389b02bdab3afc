import { PSS_DOCS } from '../check-kit.js';
import type { CheckDefinition } from '../types.js';
import { procMountRule } from './procMount.js';

/** /proc mount type (restricted): the baseline rule without the v1.35 user-namespace relaxation. */
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
  },
  variants: [{ minVersion: 35, overrides: ['procMount'], check: procMountRule }],
};
