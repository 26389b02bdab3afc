import { describe, expect, it } from 'vitest';
import { activeCheckIds } from '../../../src/policy/registry.js';
import { ctr, pod, runCheckCases, version } from '../helpers.js';

const windows = { name: 'windows' };

describe('allowPrivilegeEscalation', () => {
  runCheckCases('allowPrivilegeEscalation', [
    {
      name: 'explicit false',
      version: 'v1.8',
      pod: pod({ containers: [ctr('a', { allowPrivilegeEscalation: false })] }),
    },
    {
      name: 'v1.8: absent, true and no security context',
      version: 'v1.8',
      pod: pod({
        initContainers: [ctr('i', { allowPrivilegeEscalation: true })],
        containers: [ctr('a', {}), ctr('ok', { allowPrivilegeEscalation: false })],
        ephemeralContainers: [ctr('e')],
      }),
      reason: 'allowPrivilegeEscalation != false',
      detail: 'containers "i", "a", "e" must set securityContext.allowPrivilegeEscalation=false',
      paths: [
        ['spec', 'initContainers', 0, 'securityContext', 'allowPrivilegeEscalation'],
        ['spec', 'containers', 0, 'securityContext', 'allowPrivilegeEscalation'],
        ['spec', 'ephemeralContainers', 0, 'securityContext', 'allowPrivilegeEscalation'],
      ],
    },
    {
      name: 'v1.24: Windows pods are not exempt yet',
      version: 'v1.24',
      pod: pod({ os: windows, containers: [ctr('a')] }),
      reason: 'allowPrivilegeEscalation != false',
      detail: 'container "a" must set securityContext.allowPrivilegeEscalation=false',
    },
    { name: 'v1.25: Windows pod exempt', version: 'v1.25', pod: pod({ os: windows, containers: [ctr('a')] }) },
    {
      name: 'latest: os.name must be exactly windows',
      pod: pod({ os: { name: 'Windows' }, containers: [ctr('a', { allowPrivilegeEscalation: 'false' })] }),
      reason: 'allowPrivilegeEscalation != false',
      detail: 'container "a" must set securityContext.allowPrivilegeEscalation=false',
    },
  ]);

  it('is not part of restricted before v1.8', () => {
    expect(activeCheckIds('restricted', version('v1.7'))).not.toContain('allowPrivilegeEscalation');
    expect(activeCheckIds('restricted', version('v1.8'))).toContain('allowPrivilegeEscalation');
  });
});
