import { describe, expect, it } from 'vitest';
import { evaluatePod } from '../../../src/policy/evaluate.js';
import { ctr, pod, runCheckCases, version } from '../helpers.js';

describe('procMount_restricted', () => {
  runCheckCases('procMount_restricted', [
    { name: 'absent', version: 'v1.35', pod: pod({ containers: [ctr('a')] }) },
    { name: 'Default', pod: pod({ hostUsers: false, containers: [ctr('a', { procMount: 'Default' })] }) },
    {
      name: 'user-namespace pod is not exempt',
      version: 'v1.35',
      pod: pod({ hostUsers: false, containers: [ctr('a', { procMount: 'Unmasked' })] }),
      reason: 'procMount',
      detail: 'container "a" must not set securityContext.procMount to "Unmasked"',
      paths: [['spec', 'containers', 0, 'securityContext', 'procMount']],
    },
    {
      name: 'several containers',
      pod: pod({ containers: [ctr('d', { procMount: 'Unmasked' }), ctr('e', { procMount: 'Unmasked' })] }),
      reason: 'procMount',
      detail: 'containers "d", "e" must not set securityContext.procMount to "Unmasked"',
    },
  ]);

  it('replaces baseline procMount in restricted from v1.35 only', () => {
    const unmasked = pod({ containers: [ctr('a', { procMount: 'Unmasked' })] });
    const ids = (v: string) =>
      evaluatePod(unmasked, 'restricted', version(v))
        .map((f) => f.id)
        .filter((id) => id.startsWith('procMount'));
    expect(ids('v1.34')).toEqual(['procMount']);
    expect(ids('v1.35')).toEqual(['procMount_restricted']);
    expect(ids('latest')).toEqual(['procMount_restricted']);
  });
});
