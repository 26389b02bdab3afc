import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArtifactError, readArtifact, RESULT_FILE, writeArtifact } from '../../src/action/artifact.js';
import { validateManifest } from '../../src/action/artifact-schema.js';
import { buildJsonReport } from '../../src/report/json.js';
import { readJsonReport } from '../../src/report/json-read.js';
import { isSafeRelativePath } from '../../src/report/untrusted.js';
import type { Finding, ScanResult } from '../../src/findings/types.js';
import { recommend } from '../../src/plan/build.js';
import type { PlanRecommendation, RolloutPlan } from '../../src/plan/types.js';

const HEAD = 'b'.repeat(40);
const finding: Finding = {
  file: 'deploy/pod.yaml',
  line: 6,
  column: 9,
  endLine: 6,
  endColumn: 25,
  apiVersion: 'v1',
  kind: 'Pod',
  namespace: 'default',
  name: 'web',
  check: 'privileged',
  level: 'baseline',
  version: 'latest',
  reason: 'privileged',
  detail: 'container "app" must not set securityContext.privileged=true',
  message:
    'violates PodSecurity "baseline:latest": privileged (container "app" must not set securityContext.privileged=true)',
  modes: ['enforce', 'audit'],
  severity: 'error',
  field: 'spec.containers[0].securityContext.privileged',
  targets: [{ kind: 'manifest', path: 'deploy/pod.yaml', scenarios: [] }],
  related: [{ file: 'chart/values.yaml', line: 3, column: 1, endLine: 3, endColumn: 9, message: 'set here' }],
  fingerprint: '0123456789abcdef0123456789abcdef',
  suppressed: { reason: 'legacy', source: 'config', expires: '2027-01-01' },
};
const result: ScanResult = {
  findings: [finding],
  workloads: [
    {
      file: 'deploy/pod.yaml',
      line: 1,
      apiVersion: 'v1',
      kind: 'Pod',
      namespace: 'default',
      name: 'web',
      mode: 'enforce',
      level: 'baseline',
      version: 'latest',
      allowed: false,
      message: 'violates',
      targets: [],
    },
  ],
  errors: [
    { file: 'chart', message: 'render failed', target: { kind: 'helm', path: 'chart', scenarios: ['default'] } },
  ],
  targets: [{ ref: { kind: 'manifest', path: 'deploy/pod.yaml', scenarios: [] }, workloads: 1 }],
  notices: [],
};
const content = {
  repository: 'acme/shop',
  pullNumber: 7,
  headSha: HEAD,
  commitSha: 'c'.repeat(40),
  ref: 'refs/pull/7/merge',
  result,
  sarif: '{}',
};

/** A plan of one namespace with one blocker whose problem has an edit, as withPlanFixes makes them. */
function withPlanFixesLike(recommendation: PlanRecommendation): RolloutPlan {
  const workload = { kind: 'Deployment', name: 'api', file: 'shop/api.yaml', line: 1, targets: ['shop/api.yaml'] };
  return {
    version: 'v1.30',
    namespaces: [
      {
        name: 'shop',
        seenIn: ['manifest', 'workloads'],
        workloads: [workload],
        exempt: false,
        passes: { level: 'baseline', version: 'v1.30' },
        next: 'restricted',
        blockers: [
          {
            workload,
            problems: [
              {
                check: 'runAsNonRoot',
                detail: 'pod or container "api" must set securityContext.runAsNonRoot=true',
                file: 'shop/api.yaml',
                line: 14,
                fix: 'Set runAsNonRoot: true.',
                edit: { kind: 'safe', file: 'shop/api.yaml', line: 15 },
              },
            ],
            edit: {
              kind: 'safe',
              files: [
                {
                  file: 'shop/api.yaml',
                  line: 15,
                  diff: '--- a/shop/api.yaml\n+++ b/shop/api.yaml\n@@ -14,1 +14,3 @@\n         - name: api\n+      securityContext:\n+        runAsNonRoot: true\n',
                },
              ],
            },
          },
        ],
        notCounted: [],
        recommendation,
        existing: {
          from: { file: 'shop/ns.yaml', line: 3 },
          labels: { 'pod-security.kubernetes.io/enforce': 'restricted' },
          enforce: { level: 'restricted', version: 'latest' },
          rejects: [workload],
          verdict: 'too-strict',
          summary: 'labels would reject 1 workload (enforce=restricted:latest)',
        },
      },
    ],
  };
}

// Deliberately untyped: these tests write what a hostile artifact could hold.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'podsec-artifact-'));
}

describe('scan/publish artifact', () => {
  it('round-trips a scan result and manifest', () => {
    const dir = tempDir();
    writeArtifact(dir, content);
    const read = readArtifact(dir);
    expect(read.result).toEqual(result);
    expect(read.manifest).toMatchObject({
      repository: 'acme/shop',
      pullNumber: 7,
      headSha: HEAD,
      ref: 'refs/pull/7/merge',
    });
  });

  it('drops fields it does not know', () => {
    const dir = tempDir();
    writeArtifact(dir, content);
    const raw = JSON.parse(readFileSync(path.join(dir, RESULT_FILE), 'utf8'));
    raw.problems[0].evil = '<script>';
    raw.problems[0].policies[0].evil = '<script>';
    raw.extra = 1;
    writeFileSync(path.join(dir, RESULT_FILE), JSON.stringify(raw));
    const read = readArtifact(dir);
    expect(Object.keys(read.result.findings[0] ?? {})).not.toContain('evil');
    expect(Object.keys(read.result)).not.toContain('extra');
  });

  it.each([
    ['a path with ..', (r: Loose) => (r.problems[0].file = '../../etc/passwd'), 'result.problems[0].file'],
    [
      'an absolute path',
      (r: Loose) => (r.problems[0].related[0].file = '/etc/passwd'),
      'result.problems[0].related[0].file',
    ],
    ['a negative line', (r: Loose) => (r.problems[0].line = -1), 'result.problems[0].line'],
    ['a fractional line', (r: Loose) => (r.problems[0].line = 1.5), 'result.problems[0].line'],
    ['an unknown check', (r: Loose) => (r.problems[0].check = 'rm -rf'), 'result.problems[0].check'],
    [
      'an unknown mode',
      (r: Loose) => (r.problems[0].policies[0].modes = ['root']),
      'result.problems[0].policies[0].modes[0]',
    ],
    [
      'a huge string',
      (r: Loose) => (r.problems[0].policies[0].message = 'x'.repeat(30_000)),
      'result.problems[0].policies[0].message',
    ],
    [
      'a marker-breaking fingerprint',
      (r: Loose) => (r.problems[0].policies[0].fingerprint = 'a --> <b>'),
      'result.problems[0].policies[0].fingerprint',
    ],
    ['no policies', (r: Loose) => (r.problems[0].policies = []), 'result.problems[0].policies'],
    ['an unknown version', (r: Loose) => (r.version = '9'), 'result.version'],
    ['a non-list', (r: Loose) => (r.errors = 'none'), 'result.errors'],
  ])('rejects %s', (_name, mutate, where) => {
    const copy = JSON.parse(JSON.stringify(buildJsonReport(result)));
    mutate(copy);
    const checked = readJsonReport(JSON.stringify(copy), 'result.json');
    expect(checked.result).toBeUndefined();
    expect(checked.error).toContain(where.replace(/^result\./, 'result.json: '));
  });

  it.each([
    [{ pullNumber: 0 }, 'manifest.pullNumber'],
    [{ pullNumber: '7' }, 'manifest.pullNumber'],
    [{ headSha: 'HEAD' }, 'manifest.headSha'],
    [{ files: { result: '../result.json' } }, 'manifest.files.result'],
    [{ files: { result: '/tmp/x' } }, 'manifest.files.result'],
    [{ ref: 'refs/../x' }, 'manifest.ref'],
    [{ schema: 'other' }, 'manifest.schema'],
    [{ repository: 'a/b/c' }, 'manifest.repository'],
  ])('rejects manifest %j', (change, where) => {
    const manifest = {
      schema: 'podsec-artifact',
      version: 1,
      repository: 'acme/shop',
      pullNumber: 7,
      headSha: HEAD,
      commitSha: HEAD,
      ref: 'refs/pull/7/merge',
      files: { result: 'result.json' },
      ...change,
    };
    expect(validateManifest(manifest).error).toContain(where);
  });

  it('refuses symlinks, oversize files, bad JSON and a missing directory by name', () => {
    const dir = tempDir();
    writeArtifact(dir, content);
    writeFileSync(path.join(dir, 'result.json'), '{not json');
    expect(() => readArtifact(dir)).toThrow(/result.json is not valid JSON/);

    const linked = tempDir();
    writeArtifact(linked, content);
    const outside = path.join(tempDir(), 'secret.json');
    writeFileSync(outside, JSON.stringify(result));
    writeFileSync(
      path.join(linked, 'manifest.json'),
      JSON.stringify({
        schema: 'podsec-artifact',
        version: 1,
        repository: 'acme/shop',
        commitSha: HEAD,
        ref: 'refs/heads/main',
        files: { result: 'link.json' },
      }),
    );
    symlinkSync(outside, path.join(linked, 'link.json'));
    expect(() => readArtifact(linked)).toThrow(/link.json is not a regular file/);

    expect(() => readArtifact(path.join(dir, 'nope'))).toThrow(ArtifactError);
    writeFileSync(path.join(dir, 'manifest.json'), 'x'.repeat(70 * 1024));
    expect(() => readArtifact(dir)).toThrow(/manifest.json is \d+ bytes; at most/);
  });

  it('carries the comparison with a baseline, and refuses a bad one by field', () => {
    const dir = tempDir();
    const existing: Finding = {
      ...finding,
      suppressed: { reason: 'already present in the baseline (base.json); not failing', source: 'baseline' },
    };
    const fresh: Finding = {
      ...finding,
      name: 'new',
      fingerprint: 'fedcba9876543210fedcba9876543210',
      suppressed: undefined,
    };
    const fixed = {
      kind: 'Pod',
      namespace: 'default',
      name: 'old',
      check: 'privileged',
      detail: 'container "old" must not set securityContext.privileged=true',
      targets: ['deploy/old.yaml'],
    };
    writeArtifact(dir, {
      ...content,
      result: { ...result, findings: [existing, fresh] },
      comparison: { source: 'base.json', newProblems: [], existing: 0, fixed: [fixed] },
    });
    const read = readArtifact(dir);
    // New and existing are what the findings say; the source and the fixed problems travel in the report.
    expect(read.comparison).toEqual({
      source: 'base.json',
      newProblems: [
        {
          kind: 'Pod',
          namespace: 'default',
          name: 'new',
          check: 'privileged',
          detail: finding.detail,
          file: 'deploy/pod.yaml',
          line: 6,
          targets: ['deploy/pod.yaml'],
        },
      ],
      existing: 1,
      fixed: [fixed],
    });
    // Without a comparison there is none to read back.
    const plain = tempDir();
    writeArtifact(plain, content);
    expect(readArtifact(plain).comparison).toBeUndefined();

    const raw = JSON.parse(readFileSync(path.join(dir, RESULT_FILE), 'utf8')) as Loose;
    raw.baseline = { source: 'base.json', new: 0, existing: 0, fixed: [{ ...fixed, targets: [7] }] };
    writeFileSync(path.join(dir, RESULT_FILE), JSON.stringify(raw));
    expect(() => readArtifact(dir)).toThrow(
      /^artifact result\.json: baseline\.fixed\[0\]\.targets\[0\]: expected a string/,
    );
  });

  it('carries the rollout plan, with podsec making the kubectl command again and checking every edit', () => {
    const dir = tempDir();
    const plan = withPlanFixesLike(recommend('shop', 'baseline', 'v1.30'));
    writeArtifact(dir, { ...content, result: { ...result, plan } });
    expect(readArtifact(dir).result.plan).toEqual(plan);

    const tamper = (change: (raw: Loose) => void): void => {
      const raw = JSON.parse(readFileSync(path.join(dir, RESULT_FILE), 'utf8')) as Loose;
      change(raw);
      writeFileSync(path.join(dir, RESULT_FILE), JSON.stringify(raw));
    };
    // A command in the artifact is never shown: the recommendation is made from the namespace and level.
    tamper((raw) => (raw.plan.namespaces[0].recommendation.command = 'kubectl delete ns shop'));
    expect(readArtifact(dir).result.plan?.namespaces[0]?.recommendation?.command).toBe(
      plan.namespaces[0]?.recommendation?.command,
    );
    tamper(
      (raw) =>
        (raw.plan.namespaces[0].blockers[0].edit.files[0].diff =
          '--- a/.github/workflows/ci.yml\n+++ b/.github/workflows/ci.yml\n'),
    );
    expect(() => readArtifact(dir)).toThrow(
      /^artifact result\.json: plan\.namespaces\[0\]\.blockers\[0\]\.edit\.files\[0\]\.diff: expected a unified diff of shop\/api\.yaml$/,
    );
    tamper((raw) => {
      raw.plan.namespaces[0].blockers[0].edit.files[0].diff = plan.namespaces[0]?.blockers[0]?.edit?.files[0]?.diff;
      raw.plan.namespaces[0].blockers[0].problems[0].file = '../../etc/passwd';
    });
    expect(() => readArtifact(dir)).toThrow(
      /plan\.namespaces\[0\]\.blockers\[0\]\.problems\[0\]\.file: expected a repository-relative path/,
    );
  });

  it('isSafeRelativePath', () => {
    expect(isSafeRelativePath('a/b.yaml')).toBe(true);
    expect(isSafeRelativePath('a/..b/c')).toBe(true);
    for (const bad of ['', '/a', '..', 'a/../b', 'C:/x', 'a\\b', 'a\nb']) expect(isSafeRelativePath(bad)).toBe(false);
  });
});
