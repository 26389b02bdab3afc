/**
 * `podsec scan --baseline` on a repository with real git history: a baseline written at the base commit,
 * then the head commit scanned against it after lines were inserted above the problems, the values file
 * reformatted and the chart folder renamed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RolloutPlan } from '../../src/plan/types.js';
import { runCli } from '../hostile/helpers.js';
import { createHistory, git, removeHistory, type History } from './git-history.js';

/** The CLI in-process, with real helm and kustomize. */
function podsec(cwd: string, argv: string[]): ReturnType<typeof runCli> {
  return runCli(argv, cwd);
}

interface Suppression {
  source: string;
}

interface Report {
  problems: {
    check: string;
    name: string;
    file: string;
    line: number;
    suppressed?: Suppression;
    policies: { level: string; version: string; suppressed?: Suppression }[];
  }[];
  baseline?: { new: number; existing: number; fixed: { check: string; name: string }[] };
}

const out = mkdtempSync(path.join(tmpdir(), 'podsec-baseline-out-'));
let withNew: History;
let withoutNew: History;
const baselineFile = path.join(out, 'podsec-baseline.json');

beforeAll(async () => {
  withNew = createHistory({ withNewProblem: true });
  withoutNew = createHistory({ withNewProblem: false });
  git(withNew.dir, 'checkout', '-q', withNew.baseSha);
  // The command the docs give for writing a baseline.
  const written = await podsec(withNew.dir, ['scan', '.', '--format', 'json', '-o', baselineFile]);
  expect(written.code).toBe(1);
  git(withNew.dir, 'checkout', '-q', withNew.headSha);
}, 60_000);

afterAll(() => {
  removeHistory(withNew);
  removeHistory(withoutNew);
  rmSync(out, { recursive: true, force: true });
});

describe('scan --baseline', () => {
  it('fails on exactly the one new problem and counts the existing ones, which moved, as not failing', async () => {
    const base = JSON.parse(readFileSync(baselineFile, 'utf8')) as Report;
    const existing = new Set(base.problems.map((p) => `${p.name}\u0000${p.check}`)).size;
    expect(existing).toBeGreaterThanOrEqual(4);

    const run = await podsec(withNew.dir, ['scan', '.', '--baseline', baselineFile, '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    const failing = report.problems.filter((p) => p.suppressed === undefined);
    // One problem, found at both levels the default policy checks (enforce baseline, warn/audit restricted).
    const unsuppressed = (p: Report['problems'][number]): string[] =>
      p.policies.filter((q) => q.suppressed === undefined).map((q) => `${q.level}:${q.version}`);
    expect(failing.map((p) => [p.name, p.check, p.file, unsuppressed(p)])).toEqual([
      ['debug', 'hostNamespaces', 'deploy/debug.yaml', ['baseline:latest', 'restricted:latest']],
    ]);
    expect(report.baseline).toMatchObject({ new: 1, existing, fixed: [] });
    // The existing problems really did move: other lines, and the renamed chart folder.
    const moved = report.problems.filter((p) => p.suppressed?.source === 'baseline');
    expect(moved.some((p) => p.file.startsWith('charts/api-server/'))).toBe(true);
    const before = base.problems.find((p) => p.name === 'worker');
    const after = moved.find((p) => p.name === 'worker' && p.check === before?.check);
    expect(after?.line).not.toBe(before?.line);

    // SARIF says the same: one new result, the existing ones unchanged.
    const sarif = await podsec(withNew.dir, ['scan', '.', '--baseline', baselineFile, '--format', 'sarif']);
    const results =
      (JSON.parse(sarif.stdout) as { runs: { results: { ruleId: string; baselineState?: string }[] }[] }).runs[0]
        ?.results ?? [];
    expect(results.filter((r) => r.baselineState === 'new').map((r) => r.ruleId)).toEqual(['hostNamespaces']);
    expect(results.filter((r) => r.baselineState === 'unchanged')).toHaveLength(moved.length);
    expect(results.every((r) => r.baselineState !== undefined)).toBe(true);

    const text = await podsec(withNew.dir, ['scan', '.', '--baseline', baselineFile, '--no-color']);
    expect(text.stdout).toContain(`1 new problem (${existing} existing, not failing)`);
    expect(text.stdout).toContain('  new:   hostNamespaces in Pod jobs/debug: hostIPC=true\n');
  });

  it('passes with exit code 0 when the head adds no problem', async () => {
    const run = await podsec(withoutNew.dir, ['scan', '.', '--baseline', baselineFile, '--format', 'markdown']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\*\*0 new problems \(\d+ existing, not failing\)\*\*/);
    // Without the baseline the same head fails.
    expect((await podsec(withoutNew.dir, ['scan', '.'])).code).toBe(1);
  });

  it('lists problems the head fixed, and treats the same check failing for another container as new', async () => {
    const dir = withoutNew.dir;
    const worker = path.join(dir, 'deploy/worker.yaml');
    const original = readFileSync(worker, 'utf8');
    try {
      // hostPID gone (fixed); a second container that is not restricted-compliant changes which containers
      // the restricted checks name, so those are new problems.
      writeFileSync(
        worker,
        original
          .replace('      hostPID: true\n', '')
          .replace(
            '          args: ["run"]\n',
            '          args: ["run"]\n        - name: helper\n          image: busybox:1.36\n',
          ),
      );
      const run = await podsec(dir, [
        'scan',
        '.',
        '--baseline',
        baselineFile,
        '--format',
        'json',
        '--fail-on',
        'audit',
      ]);
      const report = JSON.parse(run.stdout) as Required<Report>;
      const fixed = report.baseline.fixed.map((p) => `${p.name}/${p.check}`);
      expect(fixed).toContain('worker/hostNamespaces');
      const fresh = report.problems.filter((p) => p.suppressed === undefined);
      const changed = [...new Set(fresh.map((p) => `${p.name}/${p.check}`))];
      // The restricted checks now name containers "worker" and "helper": new problems, and the old ones fixed.
      expect(changed.sort()).toEqual([
        'worker/allowPrivilegeEscalation',
        'worker/capabilities_restricted',
        'worker/runAsNonRoot',
        'worker/seccompProfile_restricted',
      ]);
      expect(fixed.sort()).toEqual([...changed, 'worker/hostNamespaces'].sort());
      expect(report.baseline.new).toBe(changed.length);
      expect(run.code).toBe(1);
      // The job summary lists them as fixed.
      const markdown = await podsec(dir, [
        'scan',
        '.',
        '--baseline',
        baselineFile,
        '--format',
        'markdown',
        '--fail-on',
        'audit',
      ]);
      expect(markdown.stdout).toContain(`; ${fixed.length} fixed**`);
      expect(markdown.stdout).toContain(`<details><summary>${fixed.length} fixed problems</summary>`);
      expect(markdown.stdout).toContain('| Deployment jobs/worker | hostNamespaces | hostPID=true |');
    } finally {
      writeFileSync(worker, original);
    }
  });

  it('writes the baseline and plan fields as the published report schema describes them', async () => {
    const worker = path.join(withoutNew.dir, 'deploy/worker.yaml');
    const original = readFileSync(worker, 'utf8');
    try {
      writeFileSync(worker, original.replace('      hostPID: true\n', ''));
      const run = await podsec(withoutNew.dir, ['scan', '.', '--baseline', baselineFile, '--plan', '--format', 'json']);
      const report = JSON.parse(run.stdout) as Required<Report> & { plan: RolloutPlan };
      // Every part of both fields is there to be checked: a fixed problem, existing ones, blockers with edits.
      expect(report.baseline.fixed.map((p) => `${p.name}/${p.check}`)).toEqual(['worker/hostNamespaces']);
      expect(report.problems.some((p) => p.suppressed?.source === 'baseline')).toBe(true);
      const blockers = report.plan.namespaces.flatMap((ns) => ns.blockers);
      expect(blockers.some((b) => b.edit !== undefined && b.problems.some((p) => p.edit !== undefined))).toBe(true);
      const schema = JSON.parse(
        readFileSync(path.join(import.meta.dirname, '../../schema/report.schema.json'), 'utf8'),
      ) as Record<string, unknown>;
      const validate = new Ajv2020({
        strict: true,
        strictRequired: false,
        allErrors: true,
        validateFormats: false,
      }).compile(schema);
      expect(validate(report) ? [] : validate.errors?.map((e) => `${e.instancePath} ${e.message ?? ''}`)).toEqual([]);
    } finally {
      writeFileSync(worker, original);
    }
  });

  it('refuses a bad baseline file with an error naming it and exit code 2, and still reports the scan', async () => {
    const bad = path.join(out, 'bad.json');
    writeFileSync(bad, JSON.stringify({ version: '1', findings: [{ kind: 'Pod', check: 'privileged' }] }));
    const run = await podsec(withoutNew.dir, ['scan', '.', '--baseline', bad, '--no-color']);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      `${bad}: not a usable baseline: findings[0].namespace: expected a string of at most 512 characters`,
    );
    expect(run.stdout).toContain('hostNamespaces');
    const missing = await podsec(withoutNew.dir, ['scan', '.', '--baseline', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('nope.json: baseline cannot be read: no such file');
    const notJson = path.join(out, 'not.json');
    writeFileSync(notJson, 'findings: []');
    const third = await podsec(withoutNew.dir, ['scan', '.', '--baseline', notJson, '--format', 'json']);
    expect(third.code).toBe(2);
    expect((JSON.parse(third.stdout) as { errors: { file: string; message: string }[] }).errors).toEqual([
      expect.objectContaining({
        file: notJson,
        message: expect.stringMatching(/^baseline is not valid JSON/) as unknown,
      }),
    ]);
  });
});
