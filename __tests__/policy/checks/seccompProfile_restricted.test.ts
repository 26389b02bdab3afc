import { describe, expect, it } from 'vitest';
import { evaluatePod } from '../../../src/policy/evaluate.js';
import { ctr, pod, runCheckCases, version } from '../helpers.js';

const profile = (type?: string) => ({ seccompProfile: type === undefined ? {} : { type } });

describe('seccompProfile_restricted', () => {
  runCheckCases('seccompProfile_restricted', [
    {
      name: 'pod RuntimeDefault covers containers',
      version: 'v1.19',
      pod: pod({ securityContext: profile('RuntimeDefault'), containers: [ctr('a')] }),
    },
    {
      name: 'every container Localhost',
      version: 'v1.24',
      pod: pod({ containers: [ctr('a', profile('Localhost')), ctr('b', profile('RuntimeDefault'))] }),
    },
    {
      name: 'v1.19: implicit',
      version: 'v1.19',
      pod: pod({ containers: [ctr('a'), ctr('b', profile('RuntimeDefault'))], ephemeralContainers: [ctr('e')] }),
      reason: 'seccompProfile',
      detail:
        'pod or containers "a", "e" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"',
      paths: [
        ['spec', 'containers', 0, 'securityContext', 'seccompProfile'],
        ['spec', 'ephemeralContainers', 0, 'securityContext', 'seccompProfile'],
        ['spec', 'securityContext', 'seccompProfile'],
      ],
    },
    {
      name: 'P6: pod Unconfined fails even with good containers; explicit hides implicit',
      version: 'v1.24',
      pod: pod({ securityContext: profile('Unconfined'), containers: [ctr('a', profile('RuntimeDefault')), ctr('b')] }),
      reason: 'seccompProfile',
      detail: 'pod must not set securityContext.seccompProfile.type to "Unconfined"',
      paths: [['spec', 'securityContext', 'seccompProfile', 'type']],
    },
    {
      name: 'v1.24: Windows pod not exempt yet',
      version: 'v1.24',
      pod: pod({ os: { name: 'windows' }, containers: [ctr('w')] }),
      reason: 'seccompProfile',
      detail: 'pod or container "w" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"',
    },
    {
      name: 'v1.25: Windows pod exempt',
      version: 'v1.25',
      pod: pod({ os: { name: 'windows' }, securityContext: profile('Unconfined') }),
    },
    {
      name: 'latest: pod and containers explicit, empty profile is type ""',
      pod: pod({
        securityContext: profile('Unconfined'),
        containers: [ctr('c', profile()), ctr('d', profile('Unconfined'))],
      }),
      reason: 'seccompProfile',
      detail: 'pod and containers "c", "d" must not set securityContext.seccompProfile.type to "", "Unconfined"',
    },
  ]);

  it('P3: annotation-based seccomp applies to restricted up to v1.18, the field rule from v1.19', () => {
    const p = pod(
      { containers: [ctr('a')] },
      { annotations: { 'seccomp.security.alpha.kubernetes.io/pod': 'unconfined' } },
    );
    const ids = (v: string) =>
      evaluatePod(p, 'restricted', version(v))
        .map((f) => f.id)
        .filter((id) => id.startsWith('seccomp'));
    expect(ids('v1.18')).toEqual(['seccompProfile_baseline']);
    expect(ids('v1.19')).toEqual(['seccompProfile_restricted']);
  });

  it('P7: a Windows pod with Unconfined passes restricted v1.25+ but fails baseline', () => {
    const p = pod({ os: { name: 'windows' }, securityContext: profile('Unconfined'), containers: [ctr('w')] });
    expect(evaluatePod(p, 'restricted', version('latest')).map((f) => f.id)).not.toContain('seccompProfile_baseline');
    expect(evaluatePod(p, 'restricted', version('latest')).map((f) => f.id)).not.toContain('seccompProfile_restricted');
    expect(evaluatePod(p, 'baseline', version('latest')).map((f) => f.id)).toEqual(['seccompProfile_baseline']);
  });
});
