/**
 * `podsec scan --baseline` on a repository with real git history: a baseline written at the base commit,
 * then the head commit scanned against it after lines were inserted above the problems, the values file
 * reformatted and the chart folder renamed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../hostile/helpers.js';
import { createHistory, git, removeHistory, type History } from './git-history.js';

/** The CLI in-process, with real helm and kustomize. */
function podsec(cwd: string, argv: string[]): ReturnType<typeof runCli> {
  return runCli(argv, cwd);
}

interface Report {
  problems: { check: string; name: string; file: string; line: number; policies: { level: string }[]; suppressed?: { source: string } }[];
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
  const written = await podsec(withNew.dir, ['scan', '.', '--format', 'json', '--output', baselineFile]);
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
    const existing = new Set(base.problems.map((f) => `${f.name}\u0000${f.check}`)).size;
    expect(existing).toBeGreaterThanOrEqual(4);

    const run = await podsec(withNew.dir, ['scan', '.', '--baseline', baselineFile, '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    const failing = report.problems.filter((f) => f.suppressed === undefined);
    // One problem, breaking both levels the default policy checks (enforce baseline, warn/audit restricted).
    expect(failing.map((f) => [f.name, f.check, f.file, [...new Set(f.policies.map((policy) => policy.level))].sort()])).toEqual([
      ['debug', 'hostNamespaces', 'deploy/debug.yaml', ['baseline', 'restricted']],
    ]);
    expect(report.baseline).toMatchObject({ new: 1, existing, fixed: [] });
    // The existing problems really did move: other lines, and the renamed chart folder.
    const moved = report.problems.filter((f) => f.suppressed?.source === 'baseline');
    expect(moved.some((f) => f.file.startsWith('charts/api-server/'))).toBe(true);
    const before = base.problems.find((f) => f.name === 'worker');
    const after = moved.find((f) => f.name === 'worker' && f.check === before?.check);
    expect(after?.line).not.toBe(before?.line);

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
      writeFileSync(worker, original.replace('      hostPID: true\n', '').replace('          args: ["run"]\n', '          args: ["run"]\n        - name: helper\n          image: busybox:1.36\n'));
      const run = await podsec(dir, ['scan', '.', '--baseline', baselineFile, '--format', 'json', '--fail-on', 'audit']);
      const report = JSON.parse(run.stdout) as Required<Report>;
      const fixed = report.baseline.fixed.map((p) => `${p.name}/${p.check}`);
      expect(fixed).toContain('worker/hostNamespaces');
      const fresh = report.problems.filter((f) => f.suppressed === undefined);
      const changed = [...new Set(fresh.map((f) => `${f.name}/${f.check}`))];
      // The restricted checks now name containers "worker" and "helper": new problems, and the old ones fixed.
      expect(changed.sort()).toEqual(['worker/allowPrivilegeEscalation', 'worker/capabilities_restricted', 'worker/runAsNonRoot', 'worker/seccompProfile_restricted']);
      expect(fixed.sort()).toEqual([...changed, 'worker/hostNamespaces'].sort());
      expect(report.baseline.new).toBe(changed.length);
      expect(run.code).toBe(1);
    } finally {
      writeFileSync(worker, original);
    }
  });

  it('refuses a bad baseline file with an error naming it and exit code 2, and still reports the scan', async () => {
    const bad = path.join(out, 'bad.json');
    writeFileSync(bad, JSON.stringify({ version: '1', findings: [{ kind: 'Pod', check: 'privileged' }] }));
    const run = await podsec(withoutNew.dir, ['scan', '.', '--baseline', bad, '--no-color']);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`${bad}: not a usable baseline: findings[0].namespace: expected a string of at most 512 characters`);
    expect(run.stdout).toContain('hostNamespaces');
    const missing = await podsec(withoutNew.dir, ['scan', '.', '--baseline', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('nope.json: baseline cannot be read: no such file');
    const notJson = path.join(out, 'not.json');
    writeFileSync(notJson, 'findings: []');
    const third = await podsec(withoutNew.dir, ['scan', '.', '--baseline', notJson, '--format', 'json']);
    expect(third.code).toBe(2);
    expect((JSON.parse(third.stdout) as { errors: { file: string; message: string }[] }).errors).toEqual([
      expect.objectContaining({ file: notJson, message: expect.stringMatching(/^baseline is not valid JSON/) as unknown }),
    ]);
  });
});
