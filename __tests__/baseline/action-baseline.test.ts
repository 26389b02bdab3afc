/**
 * The action with `baseline: auto` on a shallow clone (`git clone --depth 1 file://…`) of the repository
 * with real history: it fetches the pull request's base commit, scans it in a worktree with the same
 * options, and fails on exactly the one new problem, against the fake GitHub API on 127.0.0.1. The run is
 * in-process; the runner's environment (inputs, event file, output and summary files) is set around it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/action/run.js';
import { FakeGitHub } from '../github/fake-github.js';
import { createHistory, git, removeHistory, type History } from './git-history.js';

const TOKEN = 'ghs_PODSEC_BASELINE_TEST_0123456789';

/** The pull request's files as GitHub lists them: the real diff of base and head, one patch per file. */
function pullFiles(history: History): { filename: string; patch: string }[] {
  const diff = git(history.dir, 'diff', '--no-renames', history.baseSha, history.headSha, '--', 'deploy');
  return diff
    .split(/^diff --git /m)
    .filter((part) => part.includes('@@'))
    .map((part) => ({
      filename: /^\+\+\+ b\/(.+)$/m.exec(part)?.[1] ?? '',
      patch: part.slice(part.indexOf('@@')).trimEnd(),
    }));
}

interface ActionRun {
  failed: boolean;
  outputs: string;
  summary: string;
  report: {
    baseline?: { new: number; existing: number };
    plan?: { namespaces: { name: string }[] };
    problems: {
      name: string;
      check: string;
      suppressed?: { source: string };
      policies: { suppressed?: { source: string } }[];
    }[];
  };
}

// @actions/core keeps the summary file path of its first use, so every run writes to the same files.
const temp = mkdtempSync(path.join(tmpdir(), 'podsec-action-baseline-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The event of the run: the pull request itself, or (`mode: publish`) the workflow_run of its scan. */
interface RunEvent {
  readonly name: 'pull_request' | 'workflow_run';
  readonly payload: Record<string, unknown>;
}

function pullRequestEvent(history: History): RunEvent {
  return {
    name: 'pull_request',
    payload: {
      number: 7,
      pull_request: {
        number: 7,
        head: { sha: history.headSha, repo: { full_name: 'acme/shop', fork: false } },
        base: { sha: history.baseSha, repo: { full_name: 'acme/shop' } },
      },
      repository: { full_name: 'acme/shop' },
    },
  };
}

async function runAction(
  workspace: string,
  history: History,
  gh: FakeGitHub,
  inputs: Record<string, string>,
  event: RunEvent = pullRequestEvent(history),
): Promise<ActionRun> {
  const files = {
    output: path.join(temp, 'output'),
    summary: path.join(temp, 'summary'),
    event: path.join(temp, 'event.json'),
  };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, JSON.stringify(event.payload));
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: history.headSha,
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_ACTOR: 'alice',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_API_URL: gh.url,
    GITHUB_GRAPHQL_URL: `${gh.url}/graphql`,
    GITHUB_SERVER_URL: 'http://127.0.0.1',
    RUNNER_TEMP: temp,
    PODSEC_GITHUB_RETRY_BASE_MS: '5',
    PODSEC_GITHUB_WRITE_INTERVAL_MS: '0',
    ...Object.fromEntries(
      Object.entries({ paths: '.', token: TOKEN, ...inputs }).map(([name, value]) => [
        `INPUT_${name.toUpperCase()}`,
        value,
      ]),
    ),
  };
  const saved = { ...process.env };
  const savedExitCode = process.exitCode;
  Object.assign(process.env, env);
  process.exitCode = undefined;
  try {
    await run({ env: { ...process.env }, today: '2026-06-01' });
    const failed = process.exitCode === 1;
    return {
      failed,
      outputs: readFileSync(files.output, 'utf8'),
      summary: readFileSync(files.summary, 'utf8'),
      report: JSON.parse(readFileSync(path.join(workspace, 'podsec.json'), 'utf8')) as ActionRun['report'],
    };
  } finally {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
    process.exitCode = savedExitCode;
  }
}

interface SarifOutcome {
  readonly ruleId: string;
  readonly baselineState?: string;
  readonly fingerprint?: string;
  readonly level: string;
}

/** The results of the one SARIF upload the fake GitHub received, as code scanning would read them. */
function uploadedResults(github: FakeGitHub): SarifOutcome[] {
  expect(github.sarifUploads).toHaveLength(1);
  const log = JSON.parse(
    gunzipSync(Buffer.from(String(github.sarifUploads[0]?.body['sarif']), 'base64')).toString('utf8'),
  ) as {
    runs: {
      results: {
        ruleId: string;
        level: string;
        baselineState?: string;
        partialFingerprints?: { primaryLocationLineHash?: string };
      }[];
    }[];
  };
  return (log.runs[0]?.results ?? []).map((result) => ({
    ruleId: result.ruleId,
    level: result.level,
    ...(result.baselineState !== undefined ? { baselineState: result.baselineState } : {}),
    ...(result.partialFingerprints?.primaryLocationLineHash !== undefined
      ? { fingerprint: result.partialFingerprints.primaryLocationLineHash }
      : {}),
  }));
}

function shallowClone(history: History): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'podsec-shallow-'));
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${history.dir}`, dir], { stdio: 'pipe' });
  expect(git(dir, 'rev-parse', '--is-shallow-repository')).toBe('true');
  expect(() => git(dir, 'cat-file', '-e', `${history.baseSha}^{commit}`)).toThrow();
  return dir;
}

describe('action baseline: auto', () => {
  let gh: FakeGitHub;
  const cleanup: (() => void)[] = [];
  beforeEach(async () => {
    gh = new FakeGitHub({
      repo: 'acme/shop',
      pulls: [{ number: 7, headSha: '', headRepo: 'acme/shop', baseRepo: 'acme/shop', files: [] }],
    });
    await gh.start();
  });
  afterEach(async () => {
    await gh.stop();
    for (const step of cleanup.splice(0)) step();
  });

  it('fails on exactly the one new problem, comments only on it, and counts the existing ones', async () => {
    const history = createHistory({ withNewProblem: true });
    const workspace = shallowClone(history);
    cleanup.push(
      () => removeHistory(history),
      () => rmSync(workspace, { recursive: true, force: true }),
    );
    Object.assign(gh.options.pulls[0] as object, { headSha: history.headSha, files: pullFiles(history) });
    expect((gh.options.pulls[0]?.files ?? []).map((f) => f.filename)).toEqual([
      'deploy/debug.yaml',
      'deploy/worker.yaml',
    ]);

    const result = await runAction(workspace, history, gh, { baseline: 'auto' });
    expect(result.failed).toBe(true);
    const failing = result.report.problems.filter((p) => p.suppressed === undefined);
    expect(failing.map((p) => `${p.name}/${p.check}`)).toEqual(['debug/hostNamespaces']);
    expect(failing[0]?.policies.filter((q) => q.suppressed !== undefined)).toEqual([]);
    const existing = result.report.baseline?.existing ?? 0;
    expect(result.report.baseline?.new).toBe(1);
    expect(existing).toBeGreaterThanOrEqual(4);
    expect(result.summary).toContain(`**1 new problem (${existing} existing, not failing)**`);
    // The sticky summary comment on the pull request carries the same counts.
    const summaryComments = gh.issueComments.filter((comment) => comment.body.includes('<!-- podsec:summary -->'));
    expect(summaryComments).toHaveLength(1);
    expect(summaryComments[0]?.body).toContain(
      `**1 new problem (${existing} existing, not failing)**, compared with the baseline base commit ${history.baseSha.slice(0, 12)}.`,
    );
    expect(result.summary).toContain('### Pod Security rollout plan');
    expect(result.report.plan?.namespaces.map((ns) => ns.name)).toEqual(['jobs', 'shop']);
    // Inline comments only for the new problem, though the existing hostPID line of worker.yaml is in the diff too.
    const inline = gh.reviews.flatMap((review) => review.comments as { path: string; line: number }[]);
    expect(inline.map((comment) => [comment.path, comment.line])).toEqual([['deploy/debug.yaml', 7]]);
    const workerPatch = gh.options.pulls[0]?.files.find((f) => f.filename === 'deploy/worker.yaml')?.patch ?? '';
    expect(workerPatch).toMatch(/^[ +] {6}hostPID: true$/m);
    // The base worktree is gone again.
    expect(git(workspace, 'worktree', 'list').split('\n')).toHaveLength(1);
    expect(result.outputs).toContain('passed<<');
  });

  it('hands the comparison and the plan from mode scan to mode publish: the same summary, comments and SARIF states as one step', async () => {
    const history = createHistory({ withNewProblem: true });
    const workspace = shallowClone(history);
    cleanup.push(
      () => removeHistory(history),
      () => rmSync(workspace, { recursive: true, force: true }),
    );
    const inputs = { baseline: 'auto', 'upload-sarif': 'true' };
    const published = async (
      github: FakeGitHub,
    ): Promise<{ summary: string; comment: string; inline: string[]; results: SarifOutcome[] }> => ({
      summary: '',
      comment: github.issueComments.find((comment) => comment.body.includes('<!-- podsec:summary -->'))?.body ?? '',
      inline: github.reviews.flatMap((review) =>
        (review.comments as { path: string; line: number }[]).map((comment) => `${comment.path}:${comment.line}`),
      ),
      results: uploadedResults(github),
    });

    Object.assign(gh.options.pulls[0] as object, { headSha: history.headSha, files: pullFiles(history) });
    const oneStep = await runAction(workspace, history, gh, inputs);
    expect(oneStep.failed).toBe(true);
    const single = { ...(await published(gh)), summary: oneStep.summary };

    const split = new FakeGitHub({
      repo: 'acme/shop',
      pulls: [
        {
          number: 7,
          headSha: history.headSha,
          headRepo: 'acme/shop',
          baseRepo: 'acme/shop',
          files: pullFiles(history),
        },
      ],
    });
    await split.start();
    cleanup.push(() => void split.stop());
    const scanStep = await runAction(workspace, history, split, { ...inputs, mode: 'scan' });
    expect(scanStep.failed).toBe(true);
    expect(split.requests).toEqual([]);
    const artifactReport = JSON.parse(
      readFileSync(path.join(workspace, 'podsec-results/result.json'), 'utf8'),
    ) as ActionRun['report'];
    expect(artifactReport.baseline).toMatchObject({ source: `base commit ${history.baseSha.slice(0, 12)}`, new: 1 });
    const workflowRun: RunEvent = {
      name: 'workflow_run',
      payload: {
        workflow_run: { head_sha: history.headSha, event: 'pull_request', pull_requests: [] },
        repository: { full_name: 'acme/shop' },
      },
    };
    const publishStep = await runAction(workspace, history, split, { ...inputs, mode: 'publish' }, workflowRun);
    // The publish step only reports; the scan step is the gate.
    expect(publishStep.failed).toBe(false);
    const twoSteps = { ...(await published(split)), summary: publishStep.summary };

    const existing = oneStep.report.baseline?.existing ?? 0;
    expect(existing).toBeGreaterThanOrEqual(4);
    const counts = `**1 new problem (${existing} existing, not failing)**`;
    expect(single.summary).toContain(counts);
    // The rollout plan with the fix engine's edits is in the summary too.
    expect(single.summary).toContain('### Pod Security rollout plan');
    expect(single.summary).toContain(
      '<details><summary>Edit for Deployment worker (changes behaviour: it takes away something the workload asks for)</summary>',
    );
    expect(single.comment).toContain(counts);
    expect(single.inline).toEqual(['deploy/debug.yaml:7']);
    expect(single.results.filter((r) => r.baselineState === 'new').map((r) => r.ruleId)).toEqual(['hostNamespaces']);
    expect(single.results.filter((r) => r.baselineState === 'unchanged')).toHaveLength(existing);
    // The same job summary, summary comment, inline comments and SARIF results, from the artifact alone.
    expect(twoSteps).toEqual(single);
  });

  it('merges the comparisons of sharded scans (mode merge) into the counts of one scan', async () => {
    const history = createHistory({ withNewProblem: true });
    const workspace = shallowClone(history);
    cleanup.push(
      () => removeHistory(history),
      () => rmSync(workspace, { recursive: true, force: true }),
    );
    Object.assign(gh.options.pulls[0] as object, { headSha: history.headSha, files: pullFiles(history) });
    const whole = await runAction(workspace, history, gh, { baseline: 'auto', comment: 'off', plan: 'false' });
    for (const shard of ['1/2', '2/2']) {
      await runAction(workspace, history, gh, {
        baseline: 'auto',
        comment: 'off',
        plan: 'false',
        shard,
        'result-file': `shard-${shard[0]}.json`,
      });
      expect(JSON.parse(readFileSync(path.join(workspace, `shard-${shard[0]}.json`), 'utf8'))).toHaveProperty(
        'baseline.source',
        `base commit ${history.baseSha.slice(0, 12)}`,
      );
    }
    const merged = await runAction(workspace, history, gh, {
      mode: 'merge',
      results: 'shard-1.json shard-2.json',
      comment: 'off',
    });
    expect(merged.failed).toBe(true);
    expect(merged.report.baseline).toEqual(whole.report.baseline);
    const existing = whole.report.baseline?.existing ?? 0;
    expect(merged.summary).toContain(`**1 new problem (${existing} existing, not failing)**`);
  });

  it('passes when the pull request adds no problem, and a baseline file works the same way', async () => {
    const history = createHistory({ withNewProblem: false });
    const workspace = shallowClone(history);
    cleanup.push(
      () => removeHistory(history),
      () => rmSync(workspace, { recursive: true, force: true }),
    );
    Object.assign(gh.options.pulls[0] as object, { headSha: history.headSha, files: pullFiles(history) });

    const auto = await runAction(workspace, history, gh, { baseline: 'auto', plan: 'false' });
    expect(auto.failed).toBe(false);
    expect(auto.outputs).toMatch(/passed<<(\S+)\ntrue\n\1/);
    expect(auto.report.baseline?.new).toBe(0);
    expect(auto.report.plan).toBeUndefined();
    expect(auto.summary).not.toContain('rollout plan');

    // The same comparison from a file: the base commit's report, written by the CLI's JSON format (no baseline suppressions).
    const problems = auto.report.problems.map(({ suppressed: _s, policies, ...p }) => ({
      ...p,
      policies: policies.map(({ suppressed: _t, ...q }) => q),
    }));
    writeFileSync(path.join(workspace, 'base-report.json'), JSON.stringify({ ...auto.report, problems }));
    const fromFile = await runAction(workspace, history, gh, { baseline: 'base-report.json' });
    expect(fromFile.failed).toBe(false);
    expect(fromFile.report.baseline).toMatchObject({ new: 0, existing: auto.report.baseline?.existing });

    const missing = await runAction(workspace, history, gh, { baseline: 'nope.json' });
    expect(missing.failed).toBe(true);
    expect(missing.summary).toContain('nope.json');
  });
});
