import { describe } from 'vitest';
import { ctr, pod, runCheckCases } from '../helpers.js';

const withPorts = (name: string, ...hostPorts: (number | undefined)[]) =>
  ctr(name, undefined, {
    ports: hostPorts.map((hostPort) =>
      hostPort === undefined ? { containerPort: 80 } : { containerPort: 80, hostPort },
    ),
  });

describe('hostPorts', () => {
  runCheckCases('hostPorts', [
    { name: 'no ports', pod: pod({ containers: [ctr('a')] }) },
    {
      name: 'containerPort only and hostPort 0',
      version: 'v1.0',
      pod: pod({ containers: [withPorts('a', undefined, 0)] }),
    },
    {
      name: 'spec example: one container, one port',
      version: 'v1.0',
      pod: pod({ containers: [withPorts('a'), withPorts('b', 20)] }),
      reason: 'hostPort',
      detail: 'container "b" uses hostPort 20',
      paths: [['spec', 'containers', 1, 'ports', 0, 'hostPort']],
    },
    {
      name: 'spec example: two containers, three ports',
      pod: pod({ containers: [withPorts('b', 20, 10), withPorts('c', 30, 20)] }),
      reason: 'hostPort',
      detail: 'containers "b", "c" use hostPorts 10, 20, 30',
    },
    {
      name: 'ports sort as strings',
      pod: pod({ initContainers: [withPorts('i', 9000)], containers: [withPorts('c', 10000)] }),
      reason: 'hostPort',
      detail: 'containers "i", "c" use hostPorts 10000, 9000',
    },
    {
      name: 'one container, two ports: uses, plural noun',
      pod: pod({ containers: [withPorts('a', 80, 443)] }),
      reason: 'hostPort',
      detail: 'container "a" uses hostPorts 443, 80',
    },
    {
      name: 'two containers, same port: use, singular noun',
      pod: pod({ containers: [withPorts('a', 80), withPorts('b', 80)] }),
      reason: 'hostPort',
      detail: 'containers "a", "b" use hostPort 80',
    },
  ]);
});
