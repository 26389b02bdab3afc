import { describe } from 'vitest';
import { ctr, pod, runCheckCases } from '../helpers.js';

const se = (options: Record<string, unknown>) => ({ seLinuxOptions: options });

describe('seLinuxOptions', () => {
  runCheckCases('seLinuxOptions', [
    { name: 'not set', version: 'v1.0', pod: pod({ containers: [ctr('a')] }) },
    {
      name: 'allowed types and a level',
      version: 'v1.30',
      pod: pod({
        securityContext: se({ type: 'container_t', level: 's0:c1' }),
        containers: [
          ctr('a', se({ type: 'container_init_t' })),
          ctr('b', se({ type: 'container_kvm_t' })),
          ctr('c', se({})),
        ],
      }),
    },
    {
      name: 'container_engine_t allowed from v1.31',
      version: 'v1.31',
      pod: pod({ containers: [ctr('a', se({ type: 'container_engine_t' }))] }),
    },
    {
      name: 'container_engine_t forbidden at v1.30',
      version: 'v1.30',
      pod: pod({ containers: [ctr('a', se({ type: 'container_engine_t' }))] }),
      reason: 'seLinuxOptions',
      detail: 'container "a" set forbidden securityContext.seLinuxOptions: type "container_engine_t"',
      paths: [['spec', 'containers', 0, 'securityContext', 'seLinuxOptions', 'type']],
    },
    {
      name: 'spec example: everything wrong',
      pod: pod({
        securityContext: se({ type: 'foo', user: 'u' }),
        initContainers: [ctr('e', se({ role: 'r' }))],
        containers: [ctr('ok', se({ type: 'container_t' })), ctr('f', se({ type: 'bar' }))],
        ephemeralContainers: [ctr('g', se({ type: 'foo' }))],
      }),
      reason: 'seLinuxOptions',
      detail:
        'pod and containers "e", "f", "g" set forbidden securityContext.seLinuxOptions: types "bar", "foo"; user may not be set; role may not be set',
    },
    {
      name: 'spec example: role only',
      pod: pod({ securityContext: se({ role: 'system_r' }) }),
      reason: 'seLinuxOptions',
      detail: 'pod set forbidden securityContext.seLinuxOptions: role may not be set',
      paths: [['spec', 'securityContext', 'seLinuxOptions', 'role']],
    },
  ]);
});
