import { describe } from 'vitest';
import { pod, runCheckCases } from '../helpers.js';

describe('hostPathVolumes', () => {
  runCheckCases('hostPathVolumes', [
    { name: 'no volumes', pod: pod({}) },
    {
      name: 'emptyDir and configMap',
      pod: pod({
        volumes: [
          { name: 'a', emptyDir: {} },
          { name: 'b', configMap: { name: 'x' } },
        ],
      }),
    },
    { name: 'hostPath null is absent', pod: pod({ volumes: [{ name: 'a', hostPath: null }] }) },
    {
      name: 'one hostPath volume',
      version: 'v1.0',
      pod: pod({
        volumes: [
          { name: 'ok', emptyDir: {} },
          { name: 'a', hostPath: { path: '/var' } },
        ],
      }),
      reason: 'hostPath volumes',
      detail: 'volume "a"',
      paths: [['spec', 'volumes', 1, 'hostPath']],
    },
    {
      name: 'empty hostPath object still counts, spec order kept',
      pod: pod({
        volumes: [
          { name: 'b', hostPath: {} },
          { name: 'a', hostPath: { path: '/' } },
        ],
      }),
      reason: 'hostPath volumes',
      detail: 'volumes "b", "a"',
    },
  ]);
});
