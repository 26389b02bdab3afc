import { describe, expect, it } from 'vitest';
import { evaluatePod } from '../../../src/policy/evaluate.js';
import { ctr, pod, runCheckCases, version } from '../helpers.js';

const caps = (capabilities: Record<string, unknown>) => ({ capabilities });

describe('capabilities_restricted', () => {
  runCheckCases('capabilities_restricted', [
    {
      name: 'drop ALL, add NET_BIND_SERVICE',
      version: 'v1.22',
      pod: pod({ containers: [ctr('a', caps({ drop: ['ALL'], add: ['NET_BIND_SERVICE'] }))] }),
    },
    {
      name: 'spec example: both parts',
      version: 'v1.22',
      pod: pod({
        containers: [
          ctr('a', caps({ add: ['FOO', 'NET_BIND_SERVICE'] })),
          ctr('b', caps({ drop: ['all'], add: ['BAR', 'BAZ'] })),
          ctr('c', caps({ drop: ['ALL'], add: ['CHOWN'] })),
        ],
      }),
      reason: 'unrestricted capabilities',
      detail:
        'containers "a", "b" must set securityContext.capabilities.drop=["ALL"]; containers "a", "b", "c" must not include "BAR", "BAZ", "CHOWN", "FOO" in securityContext.capabilities.add',
      paths: [
        ['spec', 'containers', 0, 'securityContext', 'capabilities', 'drop'],
        ['spec', 'containers', 0, 'securityContext', 'capabilities', 'add', 0],
        ['spec', 'containers', 1, 'securityContext', 'capabilities', 'drop'],
        ['spec', 'containers', 1, 'securityContext', 'capabilities', 'add', 0],
        ['spec', 'containers', 1, 'securityContext', 'capabilities', 'add', 1],
        ['spec', 'containers', 2, 'securityContext', 'capabilities', 'add', 0],
      ],
    },
    {
      name: 'P8: empty capabilities or no security context: drop message only',
      version: 'v1.24',
      pod: pod({ initContainers: [ctr('i', caps({}))], containers: [ctr('c')] }),
      reason: 'unrestricted capabilities',
      detail: 'containers "i", "c" must set securityContext.capabilities.drop=["ALL"]',
    },
    {
      name: 'v1.24: Windows pod not exempt yet',
      version: 'v1.24',
      pod: pod({ os: { name: 'windows' }, containers: [ctr('w')] }),
      reason: 'unrestricted capabilities',
      detail: 'container "w" must set securityContext.capabilities.drop=["ALL"]',
    },
    {
      name: 'v1.25: Windows pod exempt',
      version: 'v1.25',
      pod: pod({ os: { name: 'windows' }, containers: [ctr('w', caps({ add: ['SYS_ADMIN'] }))] }),
    },
    {
      name: 'latest: dropping each capability by name does not count; add only',
      pod: pod({
        containers: [
          ctr('a', caps({ drop: ['ALL'], add: ['SYS_ADMIN'] })),
          ctr('b', caps({ drop: ['CHOWN', 'KILL'] })),
        ],
      }),
      reason: 'unrestricted capabilities',
      detail:
        'container "b" must set securityContext.capabilities.drop=["ALL"]; container "a" must not include "SYS_ADMIN" in securityContext.capabilities.add',
    },
  ]);

  it('P7: a Windows pod adding SYS_ADMIN passes restricted v1.25+ capabilities but the baseline rule stays overridden', () => {
    const p = pod({ os: { name: 'windows' }, containers: [ctr('w', caps({ add: ['SYS_ADMIN'] }))] });
    const ids = (level: 'baseline' | 'restricted', v: string) => evaluatePod(p, level, version(v)).map((f) => f.id);
    expect(ids('restricted', 'latest')).not.toContain('capabilities_restricted');
    expect(ids('restricted', 'latest')).not.toContain('capabilities_baseline');
    expect(ids('baseline', 'latest')).toEqual(['capabilities_baseline']);
    expect(ids('restricted', 'v1.24')).toContain('capabilities_restricted');
  });
});
