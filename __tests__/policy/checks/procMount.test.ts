import { describe } from 'vitest';
import { ctr, pod, runCheckCases } from '../helpers.js';

describe('procMount', () => {
  runCheckCases('procMount', [
    { name: 'absent', version: 'v1.0', pod: pod({ containers: [ctr('a')] }) },
    { name: 'Default', version: 'v1.34', pod: pod({ containers: [ctr('a', { procMount: 'Default' })] }) },
    {
      name: 'spec example: sorted values',
      version: 'v1.0',
      pod: pod({ containers: [ctr('d', { procMount: 'other' }), ctr('e', { procMount: 'Unmasked' })] }),
      reason: 'procMount',
      detail: 'containers "d", "e" must not set securityContext.procMount to "Unmasked", "other"',
      paths: [
        ['spec', 'containers', 0, 'securityContext', 'procMount'],
        ['spec', 'containers', 1, 'securityContext', 'procMount'],
      ],
    },
    {
      name: 'empty string is explicit and bad',
      version: 'v1.34',
      pod: pod({ initContainers: [ctr('i', { procMount: '' })] }),
      reason: 'procMount',
      detail: 'container "i" must not set securityContext.procMount to ""',
    },
    {
      name: 'v1.34: hostUsers false does not help yet',
      version: 'v1.34',
      pod: pod({ hostUsers: false, containers: [ctr('a', { procMount: 'Unmasked' })] }),
      reason: 'procMount',
      detail: 'container "a" must not set securityContext.procMount to "Unmasked"',
    },
    {
      name: 'v1.35: user-namespace pod is allowed',
      version: 'v1.35',
      pod: pod({ hostUsers: false, containers: [ctr('a', { procMount: 'Unmasked' })] }),
    },
    {
      name: 'v1.35: hostUsers true still fails',
      version: 'v1.35',
      pod: pod({ hostUsers: true, containers: [ctr('a', { procMount: 'Unmasked' })] }),
      reason: 'procMount',
      detail: 'container "a" must not set securityContext.procMount to "Unmasked"',
    },
    {
      name: 'latest: hostUsers "false" (a string) is not a user namespace',
      pod: pod({ hostUsers: 'false', ephemeralContainers: [ctr('dbg', { procMount: 'Unmasked' })] }),
      reason: 'procMount',
      detail: 'container "dbg" must not set securityContext.procMount to "Unmasked"',
      paths: [['spec', 'ephemeralContainers', 0, 'securityContext', 'procMount']],
    },
  ]);
});
