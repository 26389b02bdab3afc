import { describe, expect, it } from 'vitest';
import {
  aggregateMessage,
  aggregateReasons,
  applyApiServerDefaults,
  evaluatePod,
  formatFailure,
} from '../../src/policy/evaluate.js';
import type { PodLike } from '../../src/policy/types.js';
import { ctr, pod, version } from './helpers.js';
import { checkIdsWithout, SPEC_BASELINE_CHECKS, SPEC_CHECK_ORDER } from './spec-checks.js';

const NGINX = pod({ containers: [{ name: 'nginx', image: 'nginx' }] });

describe('evaluatePod', () => {
  it('reproduces the canonical nginx warning byte for byte (spec 4.3)', () => {
    const failures = evaluatePod(NGINX, 'restricted', version('latest'));
    expect(aggregateMessage(failures, 'warn', 'restricted', 'latest')).toBe(
      'would violate PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "nginx" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "nginx" must set securityContext.capabilities.drop=["ALL"]), runAsNonRoot != true (pod or container "nginx" must set securityContext.runAsNonRoot=true), seccompProfile (pod or container "nginx" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
    );
    expect(failures.map((f) => f.paths)).toEqual([
      [['spec', 'containers', 0, 'securityContext', 'allowPrivilegeEscalation']],
      [['spec', 'containers', 0, 'securityContext', 'capabilities', 'drop']],
      [
        ['spec', 'containers', 0, 'securityContext', 'runAsNonRoot'],
        ['spec', 'securityContext', 'runAsNonRoot'],
      ],
      [
        ['spec', 'containers', 0, 'securityContext', 'seccompProfile'],
        ['spec', 'securityContext', 'seccompProfile'],
      ],
    ]);
  });

  it('prints the requested version, evaluates the clamped one (P2)', () => {
    const v199 = version('v1.99');
    const failures = evaluatePod(NGINX, 'restricted', v199);
    expect(failures).toEqual(evaluatePod(NGINX, 'restricted', version('v1.37')));
    expect(aggregateMessage(failures, 'enforce', 'restricted', v199)).toMatch(
      /^violates PodSecurity "restricted:v1.99": allowPrivilegeEscalation/,
    );
  });

  it('emulating an older cluster drops checks it does not have', () => {
    const probe = pod({ containers: [ctr('a', undefined, { livenessProbe: { httpGet: { host: 'x', port: 1 } } })] });
    expect(evaluatePod(probe, 'baseline', version('latest')).map((f) => f.id)).toEqual(['hostProbesAndHostLifecycle']);
    expect(evaluatePod(probe, 'baseline', version('latest'), { emulationMinor: 33 })).toEqual([]);
  });

  it('privileged is always allowed', () => {
    const evil = pod({ hostPID: true, containers: [ctr('a', { privileged: true })] });
    expect(evaluatePod(evil, 'privileged', version('latest'))).toEqual([]);
  });

  it('returns failures in the fixed order (P1)', () => {
    const p = pod({
      hostNetwork: true,
      securityContext: {
        runAsUser: 0,
        seLinuxOptions: { role: 'r' },
        seccompProfile: { type: 'Unconfined' },
        sysctls: [{ name: 'kernel.msgmax' }],
      },
      volumes: [{ name: 'h', hostPath: { path: '/' } }],
      containers: [
        ctr(
          'a',
          {
            privileged: true,
            procMount: 'Unmasked',
            capabilities: { add: ['SYS_ADMIN'] },
            appArmorProfile: { type: 'Unconfined' },
            windowsOptions: { hostProcess: true },
          },
          { ports: [{ hostPort: 1 }] },
        ),
      ],
    });
    // Every check but the probe one fails; restricted replaces four baseline checks with its own.
    expect(evaluatePod(p, 'baseline', version('latest')).map((f) => f.id)).toEqual(
      checkIdsWithout(SPEC_BASELINE_CHECKS, 'hostProbesAndHostLifecycle'),
    );
    expect(evaluatePod(p, 'restricted', version('latest')).map((f) => f.id)).toEqual(
      checkIdsWithout(
        SPEC_CHECK_ORDER,
        'hostProbesAndHostLifecycle',
        'capabilities_baseline',
        'hostPathVolumes',
        'procMount',
        'seccompProfile_baseline',
      ),
    );
  });

  it('a fully restricted pod passes every level and version', () => {
    const good = pod({
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      volumes: [{ name: 'tmp', emptyDir: {} }],
      containers: [ctr('a', { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } })],
    });
    for (let minor = 0; minor <= 40; minor++) {
      expect(evaluatePod(good, 'restricted', version(`v1.${minor}`))).toEqual([]);
      expect(evaluatePod(good, 'baseline', version(`v1.${minor}`))).toEqual([]);
    }
  });

  it('does not mutate the input when defaulting volumes', () => {
    const volumes = [{ name: 'a' }, { name: 'b', hostPath: { path: '/' } }];
    const p: PodLike = { spec: { volumes } };
    const frozen = JSON.stringify(p);
    const defaulted = applyApiServerDefaults(p);
    expect(JSON.stringify(p)).toBe(frozen);
    expect(defaulted).not.toBe(p);
    expect((defaulted.spec?.volumes as unknown[])[0]).toEqual({ name: 'a', emptyDir: {} });
    expect(applyApiServerDefaults(NGINX)).toBe(NGINX);
  });

  it('treats an unknown volume source as no source, as the API server drops unknown fields', () => {
    expect(applyApiServerDefaults(pod({ volumes: [{ name: 'a', bogus: {} }] })).spec?.volumes).toEqual([
      { name: 'a', bogus: {}, emptyDir: {} },
    ]);
  });
});

describe('hostile shapes', () => {
  const shapes: [string, unknown][] = [
    ['containers is a string', { spec: { containers: 'x' } }],
    [
      'capabilities.add is a number',
      { spec: { containers: [{ name: 'a', securityContext: { capabilities: { add: 5, drop: 'ALL' } } }] } },
    ],
    ['hostPID is a string', { spec: { hostPID: 'yes' } }],
    ['spec is a string', { spec: 'x' }],
    ['spec is an array', { spec: [] }],
    ['pod is null', null],
    ['pod is a number', 7],
    ['metadata.annotations is a list', { metadata: { annotations: ['a'] }, spec: {} }],
    [
      'containers hold nulls and numbers',
      { spec: { containers: [null, 3, 'c', [], { name: 5, securityContext: 'x' }] } },
    ],
    [
      'securityContext fields are arrays',
      {
        spec: {
          securityContext: {
            sysctls: {},
            seccompProfile: [],
            seLinuxOptions: 'x',
            appArmorProfile: 1,
            windowsOptions: [],
          },
        },
      },
    ],
    ['volumes hold junk', { spec: { volumes: [null, 'x', 1, { name: {}, hostPath: 'p' }] } }],
    [
      'ports and probes are junk',
      {
        spec: {
          containers: [
            { name: 'a', ports: 'x', livenessProbe: [], lifecycle: { postStart: 'x' } },
            { name: 'b', ports: [null, 'x', { hostPort: '80' }] },
          ],
        },
      },
    ],
    ['os is a string', { spec: { os: 'windows', hostUsers: 'false' } }],
    [
      'annotations with an object value',
      {
        metadata: {
          annotations: {
            'container.apparmor.security.beta.kubernetes.io/a': {},
            'seccomp.security.alpha.kubernetes.io/pod': [],
          },
        },
        spec: {},
      },
    ],
    [
      'inherited property names',
      { metadata: { annotations: {} }, spec: { containers: [{ name: 'constructor' }, { name: '__proto__' }] } },
    ],
  ];
  it.each(shapes)('%s: no crash at any level or version', (_name, input) => {
    for (const level of ['baseline', 'restricted'] as const) {
      for (const v of ['v1.0', 'v1.18', 'v1.25', 'v1.35', 'latest']) {
        expect(() => evaluatePod(input as PodLike, level, version(v))).not.toThrow();
        expect(() => evaluatePod(input as PodLike, level, version(v), { apiServerDefaults: false })).not.toThrow();
      }
    }
  });
  it('mistyped fields read as absent', () => {
    expect(
      evaluatePod({ spec: { hostPID: 'yes', containers: 'x' } } as PodLike, 'baseline', version('latest')),
    ).toEqual([]);
    const caps = evaluatePod(
      { spec: { containers: [{ name: 'a', securityContext: { capabilities: { add: 5 } } }] } } as PodLike,
      'restricted',
      version('latest'),
    );
    expect(caps.find((f) => f.id === 'capabilities_restricted')?.detail).toBe(
      'container "a" must set securityContext.capabilities.drop=["ALL"]',
    );
  });
  it('non-string scalar values are still reported', () => {
    const p = pod({ containers: [ctr('a', { procMount: 5 })] });
    expect(evaluatePod(p, 'baseline', version('latest'))[0]?.detail).toBe(
      'container "a" must not set securityContext.procMount to "5"',
    );
  });
});

describe('messages', () => {
  it('formatFailure', () => {
    expect(formatFailure({ reason: 'hostPort', detail: 'container "a" uses hostPort 1' })).toBe(
      'hostPort (container "a" uses hostPort 1)',
    );
    expect(formatFailure({ reason: 'r', detail: '' })).toBe('r');
    expect(formatFailure({ reason: '', detail: 'd' })).toBe('unknown forbidden reason (d)');
  });
  it('aggregateMessage by mode', () => {
    const failures = [
      { reason: 'a', detail: 'x' },
      { reason: 'b', detail: '' },
    ];
    expect(aggregateMessage(failures, 'enforce', 'baseline', 'v1.23')).toBe(
      'violates PodSecurity "baseline:v1.23": a (x), b',
    );
    expect(aggregateMessage(failures, 'warn', 'baseline', 'v1.23')).toBe(
      'would violate PodSecurity "baseline:v1.23": a (x), b',
    );
    expect(aggregateMessage(failures, 'audit', 'restricted', version('latest'))).toBe(
      'would violate PodSecurity "restricted:latest": a (x), b',
    );
    expect(aggregateReasons(failures)).toBe('a, b');
  });
});
