import { describe, expect, it } from 'vitest';
import { activeCheckIds } from '../../../src/policy/registry.js';
import { ctr, pod, runCheckCases, version } from '../helpers.js';

const httpProbe = (host?: string) => ({ httpGet: host === undefined ? { port: 80 } : { port: 80, host } });
const tcpProbe = (host?: string) => ({ tcpSocket: host === undefined ? { port: 80 } : { port: 80, host } });

describe('hostProbesAndHostLifecycle', () => {
  runCheckCases('hostProbesAndHostLifecycle', [
    {
      name: 'probes without host',
      version: 'v1.34',
      pod: pod({
        containers: [
          ctr('a', undefined, {
            livenessProbe: httpProbe(),
            readinessProbe: tcpProbe(),
            startupProbe: { grpc: { port: 1 } },
          }),
        ],
      }),
    },
    {
      name: 'empty host is allowed',
      pod: pod({ containers: [ctr('a', undefined, { livenessProbe: httpProbe('') })] }),
    },
    {
      name: 'exec handlers have no host',
      pod: pod({
        containers: [
          ctr('a', undefined, {
            lifecycle: { preStop: { exec: { command: ['x'] } }, postStart: { sleep: { seconds: 1 } } },
          }),
        ],
      }),
    },
    {
      name: 'spec example: loopback hosts in several places',
      version: 'v1.34',
      pod: pod({
        containers: [
          ctr('a', undefined, {
            livenessProbe: httpProbe('localhost'),
            readinessProbe: tcpProbe('127.0.0.1'),
            lifecycle: { postStart: httpProbe('::1'), preStop: tcpProbe('localhost') },
          }),
        ],
      }),
      reason: 'probe or lifecycle host',
      detail: 'container "a" uses probe or lifecycle hosts "127.0.0.1", "::1", "localhost"',
      paths: [
        ['spec', 'containers', 0, 'livenessProbe', 'httpGet', 'host'],
        ['spec', 'containers', 0, 'readinessProbe', 'tcpSocket', 'host'],
        ['spec', 'containers', 0, 'lifecycle', 'postStart', 'httpGet', 'host'],
        ['spec', 'containers', 0, 'lifecycle', 'preStop', 'tcpSocket', 'host'],
      ],
    },
    {
      name: 'spec example: containers sorted and de-duplicated',
      pod: pod({
        ephemeralContainers: [ctr('invalid1', undefined, { startupProbe: httpProbe('b.com') })],
        containers: [
          ctr('invalid2', undefined, { livenessProbe: httpProbe('a.com') }),
          ctr('invalid1', undefined, { livenessProbe: tcpProbe('a.com') }),
        ],
      }),
      reason: 'probe or lifecycle host',
      detail: 'containers "invalid1", "invalid2" use probe or lifecycle hosts "a.com", "b.com"',
    },
    {
      name: 'one host, two containers',
      pod: pod({
        containers: [
          ctr('b', undefined, { livenessProbe: httpProbe('h') }),
          ctr('a', undefined, { readinessProbe: httpProbe('h') }),
        ],
      }),
      reason: 'probe or lifecycle host',
      detail: 'containers "a", "b" use probe or lifecycle host "h"',
    },
  ]);

  it('does not exist before v1.34', () => {
    expect(activeCheckIds('baseline', version('v1.33'))).not.toContain('hostProbesAndHostLifecycle');
    expect(activeCheckIds('baseline', version('v1.34'))).toContain('hostProbesAndHostLifecycle');
  });
});
