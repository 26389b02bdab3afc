/** Matching rules of the baseline, on report data: what is the same problem, what is new, what is fixed. */
import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBaseline } from '../../src/baseline/compare.js';
import { checkoutBase, createGitRunner, isObjectId, type GitRunner } from '../../src/baseline/git-base.js';
import { readBaseline } from '../../src/baseline/read.js';
import { exitCode } from '../../src/findings/exit-code.js';
import type { Finding, ScanResult } from '../../src/findings/types.js';
import { planAnnotations } from '../../src/report/annotations.js';
import { createHistory, git, removeHistory } from './git-history.js';

function finding(overrides: Partial<Finding> & { target?: string } = {}): Finding {
  const { target = 'charts/api', ...rest } = overrides;
  return {
    file: `${target}/templates/deployment.yaml`,
    line: 20,
    column: 11,
    endLine: 20,
    endColumn: 20,
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    namespace: 'shop',
    name: 'api',
    check: 'privileged',
    level: 'baseline',
    version: 'latest',
    reason: 'privileged',
    detail: 'container "api" must not set securityContext.privileged=true',
    message: '',
    modes: ['enforce'],
    severity: 'error',
    field: 'spec.template.spec.containers[0].securityContext.privileged',
    targets: [{ kind: 'helm', path: target, scenarios: ['default'] }],
    related: [],
    fingerprint: 'f',
    ...rest,
  };
}

function result(findings: Finding[], targets: string[]): ScanResult {
  return {
    findings,
    workloads: [],
    errors: [],
    notices: [],
    targets: targets.map((path) => ({ ref: { kind: 'helm', path, scenarios: [] }, workloads: 1 })),
  };
}

function baselineOf(findings: Finding[], targets: string[]): ReturnType<typeof readBaseline> {
  return readBaseline(
    JSON.stringify({ version: '1', findings, targets: targets.map((path) => ({ kind: 'helm', path, scenarios: [] })) }),
    'base.json',
  );
}

describe('applyBaseline', () => {
  it('matches a problem in a renamed chart folder, not one of a chart that still exists', () => {
    const base = baselineOf([finding({ target: 'charts/api' })], ['charts/api']).baseline;
    if (!base) throw new Error('no baseline');
    const renamed = applyBaseline(
      result([finding({ target: 'charts/api-server', line: 31 })], ['charts/api-server']),
      base,
    );
    expect(renamed.comparison).toMatchObject({ existing: 1, newProblems: [], fixed: [] });
    expect(renamed.result.findings[0]?.suppressed?.source).toBe('baseline');

    // Both charts exist now: the copy rendered by the second chart is a new problem.
    const copied = applyBaseline(
      result(
        [finding({ target: 'charts/api' }), finding({ target: 'charts/api-copy' })],
        ['charts/api', 'charts/api-copy'],
      ),
      base,
    );
    expect(copied.comparison.existing).toBe(1);
    expect(copied.comparison.newProblems.map((p) => p.targets)).toEqual([['charts/api-copy']]);
  });

  it('treats another container, namespace or check as new, and lists the old one as fixed', () => {
    const base = baselineOf([finding()], ['charts/api']).baseline;
    if (!base) throw new Error('no baseline');
    for (const changed of [
      finding({ detail: 'container "sidecar" must not set securityContext.privileged=true' }),
      finding({ namespace: 'shop-2' }),
      finding({ check: 'hostNamespaces', detail: 'hostPID=true' }),
    ]) {
      const compared = applyBaseline(result([changed], ['charts/api']), base);
      expect(compared.comparison.newProblems).toHaveLength(1);
      expect(compared.comparison.fixed).toHaveLength(1);
      expect(compared.result.findings[0]?.suppressed).toBeUndefined();
    }
  });

  it('does not count problems the baseline only had relaxed: an expired relaxation fails again', () => {
    const base = baselineOf(
      [finding({ suppressed: { source: 'config', reason: 'until v3' } })],
      ['charts/api'],
    ).baseline;
    if (!base) throw new Error('no baseline');
    const compared = applyBaseline(result([finding()], ['charts/api']), base);
    expect(compared.comparison.newProblems).toHaveLength(1);
  });
});

describe('readBaseline', () => {
  it('reads version 2 reports: one entry per problem, with the policies it breaks', () => {
    const policy = (level: string, suppressed?: object) => ({
      modes: ['warn'],
      level,
      version: 'latest',
      severity: 'warning',
      reason: 'r',
      detail: 'hostPID=true',
      message: 'm',
      fingerprint: 'f',
      ...(suppressed ? { suppressed } : {}),
    });
    const problem = (name: string, policies: object[]) => ({
      id: 'x',
      check: 'hostNamespaces',
      file: 'a.yaml',
      line: 3,
      kind: 'Pod',
      apiVersion: 'v1',
      namespace: 'a',
      name,
      containers: [],
      field: 'spec.hostPID',
      policies,
      targets: [{ kind: 'manifest', path: 'a.yaml', scenarios: [] }],
      related: [],
    });
    const read = readBaseline(
      JSON.stringify({
        version: '2',
        problems: [
          problem('p', [policy('baseline'), policy('restricted')]),
          problem('relaxed', [policy('baseline', { source: 'config', reason: 'until v3' })]),
          problem('existing', [policy('baseline', { source: 'baseline', reason: 'already there' })]),
        ],
      }),
      'next.json',
    );
    const entry = { kind: 'Pod', namespace: 'a', check: 'hostNamespaces', detail: 'hostPID=true', targets: ['a.yaml'] };
    expect(read.baseline?.problems).toEqual([
      { ...entry, name: 'p' },
      { ...entry, name: 'p' },
      { ...entry, name: 'existing' },
    ]);
    expect(readBaseline(JSON.stringify({ version: '2', problems: [problem('p', [{}])] }), 'next.json').error).toBe(
      'next.json: not a usable baseline: problems[0].policies[0].detail: expected a string of at most 20000 characters',
    );
  });

  it('names the file and the field of a bad report', () => {
    expect(readBaseline('[]', 'b.json').error).toBe('b.json: not a usable baseline: baseline: expected an object');
    expect(readBaseline(JSON.stringify({ version: '9', findings: [] }), 'b.json').error).toBe(
      'b.json: not a usable baseline: version: expected a podsec JSON report (version "1" or "2")',
    );
    expect(readBaseline(JSON.stringify({ version: '1', findings: {} }), 'b.json').error).toBe(
      'b.json: not a usable baseline: findings: expected a list',
    );
  });
});

describe('checkoutBase', () => {
  it('accepts only full object ids, so a commit can never be read as an option or a ref', async () => {
    expect(isObjectId('a'.repeat(40))).toBe(true);
    expect(isObjectId('A'.repeat(40))).toBe(false);
    const calls: string[][] = [];
    const git: GitRunner = { run: async (args) => (calls.push([...args]), { exitCode: 0, stdout: '', stderr: '' }) };
    await expect(checkoutBase(git, '/repo', '--upload-pack=touch /tmp/x')).rejects.toThrow('is not a full commit id');
    await expect(checkoutBase(git, '/repo', 'main')).rejects.toThrow('is not a full commit id');
    expect(calls).toEqual([]);
  });

  it('fetches a missing commit from origin and says why when that fails', async () => {
    const sha = 'b'.repeat(40);
    const calls: string[][] = [];
    const git: GitRunner = {
      run: async (args) => {
        calls.push([...args]);
        return args[0] === 'fetch'
          ? { exitCode: 128, stdout: '', stderr: 'fatal: could not read Username' }
          : { exitCode: 1, stdout: '', stderr: '' };
      },
    };
    await expect(checkoutBase(git, '/repo', sha)).rejects.toThrow(
      `cannot fetch the base commit ${sha} from origin: fatal: could not read Username`,
    );
    expect(calls).toEqual([
      ['cat-file', '-e', `${sha}^{commit}`],
      ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha],
    ]);
  });

  it("checks out the base commit of a real clone without running the repository's hooks, and removes it again", async () => {
    const history = createHistory({ withNewProblem: true });
    try {
      // A hook that a checkout would run: the base commit's code must never get to run anything.
      const marker = path.join(history.dir, 'hook-ran');
      const hook = path.join(history.dir, '.git/hooks/post-checkout');
      writeFileSync(hook, `#!/bin/sh\ntouch '${marker}'\n`);
      chmodSync(hook, 0o755);
      const checkout = await checkoutBase(createGitRunner(), history.dir, history.baseSha);
      expect(checkout.fetched).toBe(false);
      expect(existsSync(path.join(checkout.dir, 'charts/api/values.yaml'))).toBe(true);
      expect(existsSync(path.join(checkout.dir, 'deploy/debug.yaml'))).toBe(false);
      expect(existsSync(marker)).toBe(false);
      await checkout.remove();
      expect(existsSync(checkout.dir)).toBe(false);
      expect(git(history.dir, 'worktree', 'list').split('\n')).toHaveLength(1);
    } finally {
      removeHistory(history);
    }
  });
});

describe('existing problems elsewhere in the reports', () => {
  it('are folded: no annotation, not blocking, the run passes; the one new problem is annotated and fails', () => {
    const existing = finding({ target: 'charts/api-server' });
    const fresh = finding({
      name: 'debug',
      check: 'hostNamespaces',
      detail: 'hostIPC=true',
      fingerprint: 'g',
      target: 'deploy',
    });
    const read = baselineOf([finding()], ['charts/api']);
    const both = applyBaseline(result([existing, fresh], ['charts/api-server', 'deploy']), read.baseline!);
    expect(both.comparison).toMatchObject({
      existing: 1,
      newProblems: [expect.objectContaining({ name: 'debug' }) as unknown],
    });
    expect(planAnnotations(both.result, { perLevel: 10 }).annotations.map((a) => a.title)).toEqual([
      expect.stringContaining('Deployment shop/debug') as unknown,
    ]);
    expect(exitCode(both.result, 'enforce')).toBe(1);
    const onlyExisting = applyBaseline(result([existing], ['charts/api-server']), read.baseline!);
    expect(planAnnotations(onlyExisting.result, { perLevel: 10 }).annotations).toEqual([]);
    expect(exitCode(onlyExisting.result, 'enforce')).toBe(0);
  });

  it('survive a template moved to another file of the same chart', () => {
    const moved = finding({ file: 'charts/api/templates/api/deployment.yaml', line: 3 });
    const { comparison } = applyBaseline(
      result([moved], ['charts/api']),
      baselineOf([finding()], ['charts/api']).baseline!,
    );
    expect(comparison).toMatchObject({ existing: 1, newProblems: [], fixed: [] });
  });
});
