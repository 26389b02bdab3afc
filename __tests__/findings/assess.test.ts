import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessWorkloads, controllerEnforceNote, sortTargets } from '../../src/findings/assess.js';
import type { TargetRef } from '../../src/findings/types.js';
import { items, manifestTarget, parse, policy } from './helpers.js';

/** The order Go (and kubectl) sort strings in: by their UTF-8 bytes. */
const compareBytes = (a: string, b: string): number => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/findings/${name}`, import.meta.url), 'utf8');
const load = (name: string) => parse(fixture(name), `manifests/${name}`);

const NGINX_DETAILS = [
  'allowPrivilegeEscalation != false (container "nginx" must set securityContext.allowPrivilegeEscalation=false)',
  'unrestricted capabilities (container "nginx" must set securityContext.capabilities.drop=["ALL"])',
  'runAsNonRoot != true (pod or container "nginx" must set securityContext.runAsNonRoot=true)',
  'seccompProfile (pod or container "nginx" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
];
const TODAY = '2026-07-15';

describe('assessWorkloads: modes, severities and messages', () => {
  it('with the built-in defaults, the spec canonical pod passes enforce baseline and fails warn/audit restricted once per check', () => {
    const { workloads } = load('nginx-pod.yaml');
    const out = assessWorkloads({
      items: items(workloads, manifestTarget('manifests/nginx-pod.yaml')),
      policy: policy(),
      today: TODAY,
    });
    expect(out.errors).toEqual([]);
    expect(out.findings.map((f) => [f.check, f.modes, f.severity, f.namespace])).toEqual([
      ['allowPrivilegeEscalation', ['warn', 'audit'], 'warning', 'default'],
      ['capabilities_restricted', ['warn', 'audit'], 'warning', 'default'],
      ['runAsNonRoot', ['warn', 'audit'], 'warning', 'default'],
      ['seccompProfile_restricted', ['warn', 'audit'], 'warning', 'default'],
    ]);
    expect(out.findings[0]?.message).toBe(`would violate PodSecurity "restricted:latest": ${NGINX_DETAILS[0]}`);
    const byMode = Object.fromEntries(out.verdicts.map((v) => [v.mode, v]));
    expect(byMode.enforce).toMatchObject({ allowed: true, level: 'baseline', version: 'latest' });
    expect(byMode.enforce?.message).toBeUndefined();
    // The spec's canonical warn message, byte for byte.
    expect(byMode.warn?.message).toBe(`would violate PodSecurity "restricted:latest": ${NGINX_DETAILS.join(', ')}`);
    expect(byMode.audit?.message).toBe(byMode.warn?.message);
  });

  it('points each finding at the field (or the parent that should hold it) with a stable dotted path', () => {
    const { workloads } = load('privileged-deployment.yaml');
    const out = assessWorkloads({ items: items(workloads), policy: policy(), today: TODAY });
    const privileged = out.findings.find((f) => f.check === 'privileged' && f.level === 'baseline');
    expect(privileged).toMatchObject({
      file: 'manifests/privileged-deployment.yaml',
      line: 21,
      field: 'spec.template.spec.containers[0].securityContext.privileged',
      modes: ['enforce'],
      severity: 'error',
      message:
        'violates PodSecurity "baseline:latest": privileged (container "agent" must not set securityContext.privileged=true)',
      note: controllerEnforceNote('Deployment'),
    });
    // Restricted repeats the baseline check for warn and audit: a separate finding, worded as a warning.
    expect(out.findings.find((f) => f.check === 'privileged' && f.level === 'restricted')).toMatchObject({
      modes: ['warn', 'audit'],
      severity: 'warning',
    });
    const enforce = out.verdicts.find((v) => v.mode === 'enforce');
    expect(enforce).toMatchObject({
      allowed: false,
      note: 'Pod Security Admission enforces on Pods only: this Deployment will be accepted, but the Pods it creates will be rejected',
    });
  });

  it('reads policies from rendered Namespace labels and lists every mode sharing a level:version', () => {
    const { workloads, namespaces } = load('namespaces.yaml');
    const out = assessWorkloads({ items: items(workloads), namespaces, policy: policy(), today: TODAY });
    const payments = out.findings.filter((f) => f.namespace === 'payments');
    expect(payments.map((f) => [f.check, f.modes, f.severity])).toEqual([
      ['allowPrivilegeEscalation', ['enforce', 'warn', 'audit'], 'error'],
      ['capabilities_restricted', ['enforce', 'warn', 'audit'], 'error'],
      ['runAsNonRoot', ['enforce', 'warn', 'audit'], 'error'],
      ['seccompProfile_restricted', ['enforce', 'warn', 'audit'], 'error'],
    ]);
    expect(payments[2]?.message).toBe(`violates PodSecurity "restricted:latest": ${NGINX_DETAILS[2]}`);
    expect(payments[0]?.note).toBeUndefined();
    expect(out.verdicts.find((v) => v.namespace === 'payments' && v.mode === 'enforce')?.message).toBe(
      `violates PodSecurity "restricted:latest": ${NGINX_DETAILS.join(', ')}`,
    );
    // shop: warn is labelled baseline, so enforce and audit share restricted:latest.
    expect(new Set(out.findings.filter((f) => f.namespace === 'shop').map((f) => f.modes.join(',')))).toEqual(
      new Set(['enforce,audit']),
    );
    expect(out.verdicts.find((v) => v.namespace === 'shop' && v.mode === 'warn')).toMatchObject({
      level: 'baseline',
      allowed: true,
    });
  });

  it('rejects a Namespace with invalid labels like the API server and evaluates its pods with the fallbacks', () => {
    const { workloads, namespaces } = load('namespaces.yaml');
    const out = assessWorkloads({ items: items(workloads), namespaces, policy: policy(), today: TODAY });
    expect(out.errors).toEqual([
      {
        file: 'manifests/namespaces.yaml',
        line: 21,
        column: 5,
        message:
          'Namespace "broken" is invalid: metadata.labels[pod-security.kubernetes.io/enforce]: Invalid value: "strict": must be one of privileged, baseline, restricted',
      },
    ]);
    // enforce falls back to restricted (fail closed).
    expect(out.verdicts.find((v) => v.namespace === 'broken' && v.mode === 'enforce')).toMatchObject({
      level: 'restricted',
      allowed: false,
    });
  });

  it('uses config-declared namespace labels and the target default namespace', () => {
    const { workloads } = load('nginx-pod.yaml');
    const out = assessWorkloads({
      items: items(workloads, manifestTarget(), 'team-a'),
      policy: policy({
        namespaceLabels: {
          'team-a': {
            'pod-security.kubernetes.io/enforce': 'restricted',
            'pod-security.kubernetes.io/enforce-version': 'v1.30',
          },
        },
      }),
      today: TODAY,
    });
    expect(out.findings.filter((f) => f.version === 'latest').every((f) => f.modes.join() === 'warn,audit')).toBe(true);
    const first = out.findings.find((f) => f.version === 'v1.30');
    expect(first).toMatchObject({
      namespace: 'team-a',
      level: 'restricted',
      version: 'v1.30',
      modes: ['enforce'],
      severity: 'error',
    });
    expect(first?.message).toBe(`violates PodSecurity "restricted:v1.30": ${NGINX_DETAILS[0]}`);
  });
});

describe('assessWorkloads: exemptions and relaxations keep findings visible as suppressed', () => {
  it('namespace exemption: every finding suppressed, verdicts exempt and allowed', () => {
    const { workloads } = load('nginx-pod.yaml');
    const out = assessWorkloads({
      items: items(workloads, manifestTarget(), 'kube-system'),
      policy: policy({ exemptions: { namespaces: ['kube-system'], runtimeClasses: [], usernames: [] } }),
      today: TODAY,
    });
    expect(out.findings).toHaveLength(4);
    for (const finding of out.findings) {
      expect(finding.suppressed).toEqual({
        reason: 'namespace "kube-system" is exempt from Pod Security (exemptions.namespaces)',
        source: 'exemption',
      });
    }
    expect(out.verdicts.every((v) => v.allowed && v.exempt === 'namespace')).toBe(true);
  });

  it('runtime class exemption matches spec.runtimeClassName exactly', () => {
    const { workloads } = load('privileged-deployment.yaml');
    const exempt = assessWorkloads({
      items: items(workloads),
      policy: policy({ exemptions: { namespaces: [], runtimeClasses: ['kata'], usernames: [] } }),
      today: TODAY,
    });
    expect(exempt.findings.length).toBeGreaterThan(0);
    expect(
      exempt.findings.every((f) => f.suppressed?.source === 'exemption' && f.suppressed.reason.includes('"kata"')),
    ).toBe(true);
    expect(exempt.verdicts.every((v) => v.exempt === 'runtimeClass' && v.allowed)).toBe(true);
    const other = assessWorkloads({
      items: items(workloads),
      policy: policy({ exemptions: { namespaces: [], runtimeClasses: ['kat'], usernames: [] } }),
      today: TODAY,
    });
    expect(other.findings.some((f) => f.suppressed === undefined)).toBe(true);
  });

  it('global, namespace and workload-scoped relaxations with reasons and expiry', () => {
    const { workloads } = load('nginx-pod.yaml');
    const run = (relaxation: Parameters<typeof policy>[0]) =>
      assessWorkloads({
        items: items(workloads, manifestTarget(), 'legacy-apps'),
        policy: policy(relaxation),
        today: TODAY,
      });
    const reason = 'Base image runs as root; fixed by JIRA-12.';

    const global = run({ relaxations: [{ checks: ['runAsNonRoot'], reason }] });
    expect(global.findings.find((f) => f.check === 'runAsNonRoot')?.suppressed).toEqual({ reason, source: 'config' });
    expect(global.findings.find((f) => f.check === 'seccompProfile_restricted')?.suppressed).toBeUndefined();
    expect(global.verdicts.find((v) => v.mode === 'warn')?.message).not.toContain('runAsNonRoot');

    const scoped = run({
      relaxations: [
        {
          checks: ['runAsNonRoot'],
          reason,
          namespaces: ['legacy-*'],
          kinds: ['Pod'],
          names: ['ngi*'],
          expires: '2026-07-15',
        },
      ],
    });
    expect(scoped.findings.find((f) => f.check === 'runAsNonRoot')?.suppressed).toEqual({
      reason,
      source: 'config',
      expires: '2026-07-15',
    });
    expect(scoped.notices).toEqual([]);

    for (const miss of [
      { namespaces: ['prod-*'] },
      { kinds: ['Deploy*'] },
      { names: ['web'] },
      { matchLabels: { app: 'nginx' } },
    ]) {
      const out = run({ relaxations: [{ checks: ['runAsNonRoot'], reason, ...miss }] });
      expect(out.findings.find((f) => f.check === 'runAsNonRoot')?.suppressed).toBeUndefined();
    }

    const expired = run({
      relaxations: [
        {
          checks: ['runAsNonRoot'],
          reason,
          expires: '2026-07-14',
          origin: { file: '.podsec.yaml', path: 'relaxations[0]' },
        },
      ],
    });
    expect(expired.findings.find((f) => f.check === 'runAsNonRoot')?.suppressed).toBeUndefined();
    expect(expired.notices).toEqual([
      {
        file: '.podsec.yaml',
        message: `relaxations[0] (runAsNonRoot) expired on 2026-07-14 and no longer applies: ${reason}`,
      },
    ]);
  });

  it('matchLabels selects workloads by their labels', () => {
    const { workloads } = load('privileged-deployment.yaml');
    const out = assessWorkloads({
      items: items(workloads),
      policy: policy({
        relaxations: [
          { checks: ['privileged'], reason: 'The node agent needs the host.', matchLabels: { app: 'agent' } },
        ],
      }),
      today: TODAY,
    });
    const privileged = out.findings.filter((f) => f.check === 'privileged');
    expect(privileged).toHaveLength(2);
    expect(privileged.every((f) => f.suppressed?.source === 'config')).toBe(true);
    expect(out.verdicts.find((v) => v.mode === 'enforce')).toMatchObject({ allowed: true });
  });

  it('inline annotations with a reason relax; without a reason they are an error and do not apply', () => {
    const { workloads } = load('annotated.yaml');
    const out = assessWorkloads({
      items: items(workloads, manifestTarget('manifests/annotated.yaml')),
      policy: policy(),
      today: TODAY,
    });
    const web = out.findings.filter((f) => f.name === 'legacy-web');
    expect(web.map((f) => [f.check, f.suppressed?.source])).toEqual([
      ['runAsNonRoot', 'annotation'],
      ['seccompProfile_restricted', 'annotation'],
    ]);
    expect(web[0]?.suppressed?.reason).toBe('The vendor image runs as root until v3 ships.');
    const report = out.findings.filter((f) => f.name === 'report');
    expect(report.map((f) => [f.check, f.suppressed])).toEqual([['runAsNonRoot', undefined]]);
    expect(out.errors).toEqual([
      {
        file: 'manifests/annotated.yaml',
        line: 36,
        column: 13,
        target: manifestTarget('manifests/annotated.yaml'),
        message:
          'CronJob "report": podsec.dev/ignore needs a podsec.dev/ignore-reason annotation (a sentence saying why the check is relaxed); the annotation is not applied',
      },
    ]);

    const off = assessWorkloads({
      items: items(workloads, manifestTarget('manifests/annotated.yaml')),
      policy: policy({ allowInlineIgnores: false }),
      today: TODAY,
    });
    expect(off.findings.every((f) => f.suppressed === undefined)).toBe(true);
    expect(off.notices.map((n) => n.message)).toContain(
      'Deployment "legacy-web": podsec.dev/ignore is not applied because inline ignores are turned off',
    );
  });
});

describe('assessWorkloads: next version, invalid shapes, merging and fingerprints', () => {
  it('reports checks that only fail at the next version as upcoming notes', () => {
    const { workloads } = load('probe-host.yaml');
    const at = (version: string) => ({ level: 'baseline' as const, version });
    const defaults = { enforce: at('v1.33'), warn: at('v1.33'), audit: at('v1.33') };
    const out = assessWorkloads({
      items: items(workloads),
      policy: policy({ defaults, nextVersion: 'v1.34' }),
      today: TODAY,
    });
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]).toMatchObject({
      check: 'hostProbesAndHostLifecycle',
      version: 'v1.34',
      modes: ['enforce', 'warn', 'audit'],
      severity: 'note',
      upcoming: true,
      message:
        'would violate PodSecurity "baseline:v1.34": probe or lifecycle host (container "app" uses probe or lifecycle host "localhost")',
    });
    expect(out.verdicts.every((v) => v.allowed)).toBe(true);
    // Already at the newer version: nothing upcoming, the finding is a real one.
    const now = assessWorkloads({
      items: items(workloads),
      policy: policy({
        defaults: { enforce: at('v1.34'), warn: at('v1.34'), audit: at('v1.34') },
        nextVersion: 'v1.34',
      }),
      today: TODAY,
    });
    expect(now.findings.map((f) => [f.upcoming, f.severity])).toEqual([[undefined, 'error']]);
  });

  it('reports a pod the API server would reject as invalid as an error, not evaluated', () => {
    const { workloads } = load('bad-shape.yaml');
    const out = assessWorkloads({
      items: items(workloads, manifestTarget('manifests/bad-shape.yaml')),
      policy: policy(),
      today: TODAY,
    });
    expect(out.findings).toEqual([]);
    expect(out.verdicts).toEqual([]);
    expect(out.errors).toHaveLength(1);
    // At the first wrongly typed field (spec.hostNetwork), where the fix goes.
    expect(out.errors[0]).toMatchObject({ file: 'manifests/bad-shape.yaml', line: 6 });
    expect(out.errors[0]?.message).toMatch(/^Pod "odd" is invalid: spec\.hostNetwork: /);
  });

  it('merges the same finding from several scenarios into one listing them all', () => {
    const { workloads } = load('nginx-pod.yaml');
    const scenario = (name: string): TargetRef => ({ kind: 'helm', path: 'charts/web', scenarios: [name] });
    const out = assessWorkloads({
      items: [...items(workloads, scenario('default')), ...items(workloads, scenario('ci/prod-values.yaml'))],
      policy: policy(),
      today: TODAY,
    });
    expect(out.findings).toHaveLength(4);
    expect(out.findings[0]?.targets).toEqual([
      { kind: 'helm', path: 'charts/web', scenarios: ['default', 'ci/prod-values.yaml'] },
    ]);
    expect(out.verdicts).toHaveLength(3);
  });

  it('fingerprints ignore line moves but not the field, file or policy', () => {
    const base = parse(fixture('nginx-pod.yaml'), 'a.yaml').workloads;
    const moved = parse(`# a comment\n\n${fixture('nginx-pod.yaml')}`, 'a.yaml').workloads;
    const other = parse(fixture('nginx-pod.yaml'), 'b.yaml').workloads;
    const run = (w: typeof base) => assessWorkloads({ items: items(w), policy: policy(), today: TODAY }).findings;
    const [a, b, c] = [run(base), run(moved), run(other)];
    expect(b[0]?.line).toBe((a[0]?.line ?? 0) + 2);
    expect(b.map((f) => f.fingerprint)).toEqual(a.map((f) => f.fingerprint));
    expect(new Set(a.map((f) => f.fingerprint)).size).toBe(4);
    expect(c[0]?.fingerprint).not.toBe(a[0]?.fingerprint);
    expect(a[0]?.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('an exempt namespace that carries Pod Security labels', () => {
  const namespace = (labels: string): string =>
    `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: tools\n  labels:\n${labels}`;
  const exempt = policy({ exemptions: { namespaces: ['tools'], runtimeClasses: [], usernames: [] } });

  it("gets the controller's warning naming the labelled, non-privileged modes in the order enforce, audit, warn", () => {
    const { namespaces } = parse(
      namespace(
        '    pod-security.kubernetes.io/warn: baseline\n    pod-security.kubernetes.io/enforce: restricted\n    pod-security.kubernetes.io/enforce-version: v1.0\n    pod-security.kubernetes.io/audit: privileged\n',
      ),
      'manifests/ns.yaml',
    );
    const out = assessWorkloads({ items: [], namespaces, policy: exempt, today: TODAY });
    expect(out.notices.map((n) => [n.file, n.line, n.message])).toEqual([
      [
        'manifests/ns.yaml',
        5,
        'namespace "tools" is exempt from Pod Security, and the policy (enforce=restricted:v1.0, warn=baseline:latest) will be ignored',
      ],
    ]);
  });

  it('gets no warning when it is not exempt, or its labels change nothing', () => {
    const labelled = parse(
      namespace('    pod-security.kubernetes.io/enforce: restricted\n'),
      'manifests/ns.yaml',
    ).namespaces;
    expect(assessWorkloads({ items: [], namespaces: labelled, policy: policy(), today: TODAY }).notices).toEqual([]);
    const asDefaults = parse(
      namespace('    pod-security.kubernetes.io/enforce: baseline\n'),
      'manifests/ns.yaml',
    ).namespaces;
    expect(assessWorkloads({ items: [], namespaces: asDefaults, policy: exempt, today: TODAY }).notices).toEqual([]);
  });
});

describe('report order of file names', () => {
  it('is the order file discovery uses (UTF-8 bytes), also above U+FFFF', () => {
    const names = ['deploy/\u{1F600}.yaml', 'deploy/\uE000.yaml', 'deploy/z.yaml', 'deploy/Z.yaml'];
    const refs: TargetRef[] = names.map((path) => ({ kind: 'manifest', path, scenarios: [] }));
    const byBytes = [...names].sort((a, b) => compareBytes(a, b));
    expect(sortTargets(refs).map((ref) => ref.path)).toEqual(byBytes);
    expect(byBytes).toEqual(['deploy/Z.yaml', 'deploy/z.yaml', 'deploy/\uE000.yaml', 'deploy/\u{1F600}.yaml']);
  });
});

describe('assessWorkloads: the order of a finding’s and a verdict’s fields', () => {
  // The order reports have always written them in (JSON reports and merged results serialize them as they are).
  const FINDING_KEYS = [
    'file',
    'line',
    'column',
    'endLine',
    'endColumn',
    'apiVersion',
    'kind',
    'namespace',
    'name',
    'part',
    'check',
    'level',
    'version',
    'reason',
    'detail',
    'message',
    'modes',
    'severity',
    'field',
    'targets',
    'related',
    'suppressed',
    'fingerprint',
    'note',
    'upcoming',
  ];
  const VERDICT_KEYS = [
    'file',
    'line',
    'apiVersion',
    'kind',
    'namespace',
    'name',
    'part',
    'mode',
    'level',
    'version',
    'allowed',
    'message',
    'exempt',
    'targets',
    'note',
  ];
  const inOrder = (keys: readonly string[], object: object): string[] =>
    keys.filter((key) => Object.prototype.hasOwnProperty.call(object, key));

  it('is one order whether a finding or verdict has a part, a suppression, an exemption, a note or none', () => {
    const { workloads } = parse([fixture('privileged-deployment.yaml'), fixture('nginx-pod.yaml')].join('\n---\n'));
    const [deployment, pod] = workloads;
    if (deployment === undefined || pod === undefined) throw new Error('fixtures changed');
    const run = (overrides: Parameters<typeof policy>[0], workload = deployment) =>
      assessWorkloads({ items: items([workload, pod]), policy: policy(overrides), today: TODAY });
    const outs = [
      run({}),
      run({ relaxations: [{ checks: ['runAsNonRoot', 'privileged'], reason: 'legacy image' }] }),
      run({ exemptions: { namespaces: ['default'], runtimeClasses: [], usernames: [] } }),
      run({}, { ...deployment, part: 'template "main"' }),
      run({ nextVersion: 'v1.0' }),
    ];
    const findings = outs.flatMap((out) => out.findings);
    const verdicts = outs.flatMap((out) => out.verdicts);
    // Every kind of finding and verdict is among them.
    for (const key of ['part', 'suppressed', 'note']) expect(findings.some((f) => key in f)).toBe(true);
    expect(findings.some((f) => !('part' in f) && !('suppressed' in f) && !('note' in f))).toBe(true);
    for (const key of ['part', 'message', 'exempt', 'note']) expect(verdicts.some((v) => key in v)).toBe(true);
    expect(verdicts.some((v) => v.allowed && !('part' in v) && !('exempt' in v))).toBe(true);
    for (const finding of findings) expect(Object.keys(finding)).toEqual(inOrder(FINDING_KEYS, finding));
    for (const verdict of verdicts) expect(Object.keys(verdict)).toEqual(inOrder(VERDICT_KEYS, verdict));
  });
});
