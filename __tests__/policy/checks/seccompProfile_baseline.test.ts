import { describe } from 'vitest';
import { ctr, pod, runCheckCases } from '../helpers.js';

const POD_KEY = 'seccomp.security.alpha.kubernetes.io/pod';
const C = 'container.seccomp.security.alpha.kubernetes.io/';

describe('seccompProfile_baseline', () => {
  runCheckCases('seccompProfile_baseline', [
    {
      name: 'v1.0: allowed annotation values',
      version: 'v1.0',
      pod: pod(
        { containers: [ctr('a'), ctr('b')] },
        { annotations: { [POD_KEY]: 'runtime/default', [`${C}a`]: 'docker/default', [`${C}b`]: 'localhost/p' } },
      ),
    },
    {
      name: 'v1.18: fields are not read yet',
      version: 'v1.18',
      pod: pod({ securityContext: { seccompProfile: { type: 'Unconfined' } }, containers: [ctr('a')] }),
    },
    {
      name: 'v1.18: annotation for a container that does not exist is ignored',
      version: 'v1.18',
      pod: pod({ containers: [ctr('a')] }, { annotations: { [`${C}ghost`]: 'unconfined' } }),
    },
    {
      name: 'spec example: pod and container annotations',
      version: 'v1.0',
      pod: pod({ containers: [ctr('a')] }, { annotations: { [POD_KEY]: 'unconfined', [`${C}a`]: 'unconfined' } }),
      reason: 'seccompProfile',
      detail:
        'forbidden annotations container.seccomp.security.alpha.kubernetes.io/a="unconfined", seccomp.security.alpha.kubernetes.io/pod="unconfined"',
      paths: [
        ['metadata', 'annotations', POD_KEY],
        ['metadata', 'annotations', `${C}a`],
      ],
    },
    {
      name: 'v1.18: empty annotation value is forbidden',
      version: 'v1.18',
      pod: pod({ initContainers: [ctr('i')] }, { annotations: { [`${C}i`]: '' } }),
      reason: 'seccompProfile',
      detail: 'forbidden annotation container.seccomp.security.alpha.kubernetes.io/i=""',
    },
    {
      name: 'v1.0: Go quoting of odd annotation values',
      version: 'v1.0',
      pod: pod({}, { annotations: { [POD_KEY]: 'a\tb\u0001é' } }),
      reason: 'seccompProfile',
      detail: 'forbidden annotation seccomp.security.alpha.kubernetes.io/pod="a\\tb\\x01é"',
    },
    {
      name: 'v1.19: annotations are no longer read',
      version: 'v1.19',
      pod: pod({ containers: [ctr('a')] }, { annotations: { [POD_KEY]: 'unconfined' } }),
    },
    {
      name: 'v1.19: allowed field values',
      version: 'v1.19',
      pod: pod({
        securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
        containers: [ctr('a', { seccompProfile: { type: 'Localhost', localhostProfile: 'p' } })],
      }),
    },
    {
      name: 'spec example: pod and containers',
      version: 'v1.19',
      pod: pod({
        securityContext: { seccompProfile: { type: 'Unconfined' } },
        containers: [
          ctr('c', { seccompProfile: { type: 'Unconfined' } }),
          ctr('d', { seccompProfile: { type: 'Unconfined' } }),
        ],
      }),
      reason: 'seccompProfile',
      detail: 'pod and containers "c", "d" must not set securityContext.seccompProfile.type to "Unconfined"',
      paths: [
        ['spec', 'securityContext', 'seccompProfile', 'type'],
        ['spec', 'containers', 0, 'securityContext', 'seccompProfile', 'type'],
        ['spec', 'containers', 1, 'securityContext', 'seccompProfile', 'type'],
      ],
    },
    {
      name: 'latest: empty profile object is type ""',
      pod: pod({
        containers: [ctr('a', { seccompProfile: {} }), ctr('b', { seccompProfile: { type: 'Unconfined' } })],
      }),
      reason: 'seccompProfile',
      detail: 'containers "a", "b" must not set securityContext.seccompProfile.type to "", "Unconfined"',
    },
  ]);
});
