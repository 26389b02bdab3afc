import { describe } from 'vitest';
import { ctr, pod, runCheckCases } from '../helpers.js';

const adding = (name: string, add: unknown) => ctr(name, { capabilities: { add } });

describe('capabilities_baseline', () => {
  runCheckCases('capabilities_baseline', [
    { name: 'no capabilities', pod: pod({ containers: [ctr('a')] }) },
    {
      name: 'every default capability',
      version: 'v1.0',
      pod: pod({
        containers: [
          adding('a', [
            'AUDIT_WRITE',
            'CHOWN',
            'DAC_OVERRIDE',
            'FOWNER',
            'FSETID',
            'KILL',
            'MKNOD',
            'NET_BIND_SERVICE',
            'SETFCAP',
            'SETGID',
            'SETPCAP',
            'SETUID',
            'SYS_CHROOT',
          ]),
        ],
      }),
    },
    { name: 'drop is ignored', pod: pod({ containers: [ctr('a', { capabilities: { drop: ['SYS_ADMIN'] } })] }) },
    {
      name: 'spec example: sorted set across containers',
      version: 'v1.0',
      pod: pod({
        containers: [adding('a', ['FOO', 'BAR', 'CHOWN']), adding('ok', ['KILL']), adding('b', ['BAZ', 'FOO'])],
      }),
      reason: 'non-default capabilities',
      detail: 'containers "a", "b" must not include "BAR", "BAZ", "FOO" in securityContext.capabilities.add',
      paths: [
        ['spec', 'containers', 0, 'securityContext', 'capabilities', 'add', 0],
        ['spec', 'containers', 0, 'securityContext', 'capabilities', 'add', 1],
        ['spec', 'containers', 2, 'securityContext', 'capabilities', 'add', 0],
        ['spec', 'containers', 2, 'securityContext', 'capabilities', 'add', 1],
      ],
    },
    {
      name: 'case-sensitive and no CAP_ prefix',
      pod: pod({ initContainers: [adding('i', ['chown', 'CAP_CHOWN', 'NET_RAW'])] }),
      reason: 'non-default capabilities',
      detail: 'container "i" must not include "CAP_CHOWN", "NET_RAW", "chown" in securityContext.capabilities.add',
    },
  ]);
});
