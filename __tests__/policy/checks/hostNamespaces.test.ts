import { describe } from 'vitest';
import { ctr, pod, runCheckCases } from '../helpers.js';

describe('hostNamespaces', () => {
  runCheckCases('hostNamespaces', [
    { name: 'none set', pod: pod({ containers: [ctr('a')] }) },
    { name: 'all false', pod: pod({ hostNetwork: false, hostPID: false, hostIPC: false }) },
    { name: 'strings are not true', pod: pod({ hostPID: 'yes', hostNetwork: 'true' }) },
    {
      name: 'spec example: all three, fixed order',
      version: 'v1.0',
      pod: pod({ hostIPC: true, hostPID: true, hostNetwork: true }),
      reason: 'host namespaces',
      detail: 'hostNetwork=true, hostPID=true, hostIPC=true',
      paths: [
        ['spec', 'hostNetwork'],
        ['spec', 'hostPID'],
        ['spec', 'hostIPC'],
      ],
    },
    {
      name: 'hostIPC only',
      pod: pod({ hostIPC: true }),
      reason: 'host namespaces',
      detail: 'hostIPC=true',
      paths: [['spec', 'hostIPC']],
    },
    {
      name: 'hostNetwork and hostIPC',
      pod: pod({ hostIPC: true, hostNetwork: true }),
      reason: 'host namespaces',
      detail: 'hostNetwork=true, hostIPC=true',
    },
  ]);
});
