import { describe } from 'vitest';
import { ctr, pod, runCheckCases } from '../helpers.js';

const PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

describe('appArmorProfile', () => {
  runCheckCases('appArmorProfile', [
    { name: 'nothing set', pod: pod({ containers: [ctr('a')] }) },
    {
      name: 'allowed fields and annotations',
      version: 'v1.0',
      pod: pod(
        {
          securityContext: { appArmorProfile: { type: 'RuntimeDefault' } },
          containers: [ctr('a', { appArmorProfile: { type: 'Localhost', localhostProfile: 'p' } })],
        },
        {
          annotations: {
            [`${PREFIX}a`]: 'runtime/default',
            [`${PREFIX}b`]: 'localhost/',
            [`${PREFIX}c`]: '',
            other: 'unconfined',
          },
        },
      ),
    },
    {
      name: 'spec example: pod Unconfined',
      version: 'v1.0',
      pod: pod({ securityContext: { appArmorProfile: { type: 'Unconfined' } } }),
      reason: 'forbidden AppArmor profile',
      detail: 'pod must not set AppArmor profile type to "Unconfined"',
      paths: [['spec', 'securityContext', 'appArmorProfile', 'type']],
    },
    {
      name: 'spec example: container Unconfined',
      pod: pod({ containers: [ctr('foo'), ctr('bar', { appArmorProfile: { type: 'Unconfined' } })] }),
      reason: 'forbidden AppArmor profile',
      detail: 'container "bar" must not set AppArmor profile type to "Unconfined"',
      paths: [['spec', 'containers', 1, 'securityContext', 'appArmorProfile', 'type']],
    },
    {
      name: 'spec example: annotation with doubled quotes',
      pod: pod({ containers: [ctr('container1')] }, { annotations: { [`${PREFIX}container1`]: 'unconfined' } }),
      reason: 'forbidden AppArmor profile',
      detail:
        'annotation must not set AppArmor profile type to "container.apparmor.security.beta.kubernetes.io/container1="unconfined""',
      paths: [['metadata', 'annotations', `${PREFIX}container1`]],
    },
    {
      name: 'empty profile object has type "" and the reason pluralises on values',
      pod: pod(
        {
          securityContext: { appArmorProfile: {} },
          containers: [
            ctr('a', { appArmorProfile: { type: 'Unconfined' } }),
            ctr('b', { appArmorProfile: { type: 'Unconfined' } }),
          ],
        },
        { annotations: { [`${PREFIX}zz`]: 'x"y', [`${PREFIX}`]: 'unconfined' } },
      ),
      reason: 'forbidden AppArmor profiles',
      detail:
        'pod and containers "a", "b" and annotations must not set AppArmor profile type to "", "Unconfined", "container.apparmor.security.beta.kubernetes.io/="unconfined"", "container.apparmor.security.beta.kubernetes.io/zz="x\\"y""',
    },
  ]);
});
