import { describe } from 'vitest';
import { ctr, pod, runCheckCases } from '../helpers.js';

const hp = (hostProcess: unknown) => ({ windowsOptions: { hostProcess } });

describe('windowsHostProcess', () => {
  runCheckCases('windowsHostProcess', [
    { name: 'not set', pod: pod({ containers: [ctr('a')] }) },
    {
      name: 'false everywhere',
      version: 'v1.0',
      pod: pod({ securityContext: hp(false), containers: [ctr('a', hp(false))] }),
    },
    {
      name: 'spec example: pod and containers',
      version: 'v1.0',
      pod: pod({ securityContext: hp(true), containers: [ctr('e', hp(true)), ctr('x'), ctr('f', hp(true))] }),
      reason: 'hostProcess',
      detail: 'pod and containers "e", "f" must not set securityContext.windowsOptions.hostProcess=true',
      paths: [
        ['spec', 'securityContext', 'windowsOptions', 'hostProcess'],
        ['spec', 'containers', 0, 'securityContext', 'windowsOptions', 'hostProcess'],
        ['spec', 'containers', 2, 'securityContext', 'windowsOptions', 'hostProcess'],
      ],
    },
    {
      name: 'applies to Linux pods too',
      pod: pod({ os: { name: 'linux' }, initContainers: [ctr('i', hp(true))] }),
      reason: 'hostProcess',
      detail: 'container "i" must not set securityContext.windowsOptions.hostProcess=true',
    },
  ]);
});
