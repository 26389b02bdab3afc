import { describe, expect, it } from 'vitest';
import { activeCheckIds } from '../../../src/policy/registry.js';
import { ctr, pod, runCheckCases, version } from '../helpers.js';

describe('runAsUser', () => {
  runCheckCases('runAsUser', [
    {
      name: 'absent and non-zero',
      version: 'v1.23',
      pod: pod({ securityContext: { runAsUser: 1000 }, containers: [ctr('a'), ctr('b', { runAsUser: 1 })] }),
    },
    {
      name: 'spec example: pod 0',
      version: 'v1.23',
      pod: pod({ securityContext: { runAsUser: 0 }, containers: [ctr('a', { runAsUser: 1000 })] }),
      reason: 'runAsUser=0',
      detail: 'pod must not set runAsUser=0',
      paths: [['spec', 'securityContext', 'runAsUser']],
    },
    {
      name: 'pod and containers',
      version: 'v1.34',
      pod: pod({
        securityContext: { runAsUser: 0 },
        initContainers: [ctr('i', { runAsUser: 0 })],
        containers: [ctr('a', { runAsUser: 0 })],
      }),
      reason: 'runAsUser=0',
      detail: 'pod and containers "i", "a" must not set runAsUser=0',
      paths: [
        ['spec', 'securityContext', 'runAsUser'],
        ['spec', 'initContainers', 0, 'securityContext', 'runAsUser'],
        ['spec', 'containers', 0, 'securityContext', 'runAsUser'],
      ],
    },
    {
      name: 'v1.34: hostUsers false not exempt yet',
      version: 'v1.34',
      pod: pod({ hostUsers: false, containers: [ctr('a', { runAsUser: 0 })] }),
      reason: 'runAsUser=0',
      detail: 'container "a" must not set runAsUser=0',
    },
    {
      name: 'v1.35: user-namespace pod exempt',
      version: 'v1.35',
      pod: pod({ hostUsers: false, securityContext: { runAsUser: 0 }, containers: [ctr('a')] }),
    },
    {
      name: 'latest: container 0',
      pod: pod({ containers: [ctr('a', { runAsUser: 0 })] }),
      reason: 'runAsUser=0',
      detail: 'container "a" must not set runAsUser=0',
    },
  ]);

  it('is not part of restricted before v1.23', () => {
    expect(activeCheckIds('restricted', version('v1.22'))).not.toContain('runAsUser');
    expect(activeCheckIds('restricted', version('v1.23'))).toContain('runAsUser');
  });
});
