import { describe } from 'vitest';
import { ctr, pod, runCheckCases } from '../helpers.js';

describe('privileged', () => {
  runCheckCases('privileged', [
    { name: 'no security context', version: 'v1.0', pod: pod({ containers: [ctr('a')] }) },
    { name: 'privileged false', pod: pod({ containers: [ctr('a', { privileged: false })] }) },
    { name: 'privileged as a string is not true', pod: pod({ containers: [ctr('a', { privileged: 'true' })] }) },
    {
      name: 'one privileged container',
      version: 'v1.0',
      pod: pod({ containers: [ctr('a', { privileged: true })] }),
      reason: 'privileged',
      detail: 'container "a" must not set securityContext.privileged=true',
      paths: [['spec', 'containers', 0, 'securityContext', 'privileged']],
    },
    {
      name: 'spec example: init, regular and ephemeral in visit order',
      pod: pod({
        ephemeralContainers: [ctr('e', { privileged: true })],
        containers: [ctr('ok'), ctr('d', { privileged: true })],
        initContainers: [ctr('c', { privileged: true })],
      }),
      reason: 'privileged',
      detail: 'containers "c", "d", "e" must not set securityContext.privileged=true',
      paths: [
        ['spec', 'initContainers', 0, 'securityContext', 'privileged'],
        ['spec', 'containers', 1, 'securityContext', 'privileged'],
        ['spec', 'ephemeralContainers', 0, 'securityContext', 'privileged'],
      ],
    },
    {
      name: 'spec example: two containers',
      pod: pod({ containers: [ctr('d', { privileged: true }), ctr('e', { privileged: true })] }),
      reason: 'privileged',
      detail: 'containers "d", "e" must not set securityContext.privileged=true',
    },
    {
      name: 'duplicate names are kept',
      pod: pod({ containers: [ctr('d', { privileged: true }), ctr('d', { privileged: true })] }),
      reason: 'privileged',
      detail: 'containers "d", "d" must not set securityContext.privileged=true',
    },
  ]);
});
