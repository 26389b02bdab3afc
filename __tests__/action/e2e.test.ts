/**
 * Runs the bundled action (`node dist/index.js`) the way the runner does — INPUT_* variables, an event
 * file, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files — against a fake GitHub API on 127.0.0.1, and
 * judges the requests it makes, its log, its outputs and its exit code.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshBundle } from '../bundle.js';
import { FakeGitHub, type FakePull } from '../github/fake-github.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = path.join(ROOT, '__tests__/fixtures/github');
const TOKEN = 'ghs_PODSEC_E2E_SECRET_9f8e7d6c5b4a';
const HEAD = '1111111111111111111111111111111111111111';
const MERGE = '3333333333333333333333333333333333333333';
/** One second for the action's GitHub client and for the fake judging its waits, in ms. */
const SECOND_MS = 5;
// The bundle under test: the test run's build of src/ (see ../bundle.ts), the same bytes the committed
// dist/index.js must have (__tests__/dist checks that), without rewriting dist/ behind that check's back.
// PODSEC_E2E_ENTRY points at another build (e.g. the committed dist/index.js).
let entry: string;

// The PR adds the two securityContext lines of pod.yaml and touches only the image line of worker.yaml,
// so the hostNetwork finding (line 15) is off the diff.
const POD_PATCH = [
  '@@ -7,4 +7,6 @@ spec:',
  '   containers:',
  '     - name: app',
  '       image: nginx:1.27',
  '       securityContext:',
  '+        privileged: true',
  '+        runAsNonRoot: false',
].join('\n');
const WORKER_PATCH = [
  '@@ -16,3 +16,3 @@ spec:',
  '       containers:',
  '         - name: worker',
  '-          image: busybox:1.35',
  '+          image: busybox:1.36',
].join('\n');

function rightLines(patch: string): Set<number> {
  const out = new Set<number>();
  let line = 0;
  for (const row of patch.split('\n')) {
    const m = /^@@ -\S+ \+(\d+)/.exec(row);
    if (m) line = Number(m[1]);
    else if (row.startsWith('+') || row.startsWith(' ')) out.add(line++);
  }
  return out;
}

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
  /** The action's temp dir (TMPDIR): must be as empty afterwards as before. */
  tmp: string;
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) if (m[1] && m[3] !== undefined) outputs[m[1]] = m[3];
  return outputs;
}

function copyRepo(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'podsec-e2e-'));
  cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

async function runAction(options: {
  gh: FakeGitHub;
  workspace: string;
  event?: string | object;
  eventName?: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}): Promise<RunResult> {
  const temp = mkdtempSync(path.join(tmpdir(), 'podsec-e2e-run-'));
  const tmp = mkdtempSync(path.join(tmpdir(), 'podsec-e2e-tmp-'));
  const outputFile = path.join(temp, 'output');
  const summaryFile = path.join(temp, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  let eventPath = path.join(FIXTURES, 'event-pull-request.json');
  if (typeof options.event === 'string') eventPath = path.join(FIXTURES, options.event);
  else if (options.event) {
    eventPath = path.join(temp, 'event.json');
    writeFileSync(eventPath, JSON.stringify(options.event));
  }
  const inputs = { paths: 'deploy', token: TOKEN, ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? tmpdir(),
    TMPDIR: tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: MERGE,
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_ACTOR: 'alice',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: options.gh.url,
    GITHUB_GRAPHQL_URL: `${options.gh.url}/graphql`,
    GITHUB_SERVER_URL: 'http://127.0.0.1',
    RUNNER_TEMP: temp,
    GITHUB_RUN_ID: '4242',
    PODSEC_GITHUB_RETRY_BASE_MS: String(SECOND_MS),
    PODSEC_GITHUB_WRITE_INTERVAL_MS: '0',
    PODSEC_SARIF_POLL_MS: '5',
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const child = spawn(process.execPath, [entry], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    workspace: options.workspace,
    tmp,
  };
}

function pull(overrides: Partial<FakePull> = {}): FakePull {
  return {
    number: 7,
    headSha: HEAD,
    headRepo: 'acme/shop',
    baseRepo: 'acme/shop',
    files: [
      { filename: 'deploy/pod.yaml', patch: POD_PATCH },
      { filename: 'deploy/worker.yaml', patch: WORKER_PATCH },
    ],
    ...overrides,
  };
}

interface JsonFinding {
  file: string;
  line: number;
  check: string;
  fingerprint: string;
  suppressed?: unknown;
  upcoming?: boolean;
  related: { file: string; line: number }[];
}

/** The report's problems with each broken policy spread out: one entry per `level:version`, as podsec's findings. */
function policyEntries(report: {
  problems: ({ policies: Record<string, unknown>[] } & Record<string, unknown>)[];
}): JsonFinding[] {
  return report.problems.flatMap(({ policies, suppressed: _suppressed, upcoming: _upcoming, ...problem }) =>
    policies.map((policy) => ({ ...problem, ...policy }) as unknown as JsonFinding),
  );
}

function readReport(file: string): {
  problems: ({ policies: Record<string, unknown>[] } & Record<string, unknown>)[];
  summary: { problems: number };
} {
  return JSON.parse(readFileSync(file, 'utf8')) as {
    problems: ({ policies: Record<string, unknown>[] } & Record<string, unknown>)[];
    summary: { problems: number };
  };
}

function reportFindings(workspace: string): JsonFinding[] {
  return policyEntries(readReport(path.join(workspace, 'podsec.json')));
}

beforeAll(async () => {
  entry = process.env['PODSEC_E2E_ENTRY'] ?? path.join(await freshBundle(), 'index.js');
}, 120_000);

describe('dist/index.js end to end', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = new FakeGitHub({ repo: 'acme/shop', pulls: [pull()], maxPerPage: 2, secondMs: SECOND_MS });
    await gh.start();
  });
  afterEach(async () => {
    await gh.stop();
    // Every request fit GitHub's OpenAPI description or GraphQL schema, and no write came during a rate limit.
    expect(gh.violations).toEqual([]);
  });

  /** The only place the token may appear is the runner's own mask command, which the runner hides. */
  function expectNoToken(run: RunResult): void {
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`::add-mask::${TOKEN}`);
    expect(lines.slice(1).join('\n')).not.toContain(TOKEN);
    expect(run.stderr).not.toContain(TOKEN);
    expect(run.summary).not.toContain(TOKEN);
  }

  it('reviews the pull request on diff lines, writes files, outputs, summary and fails on enforce', async () => {
    const workspace = copyRepo('repo');
    const run = await runAction({ gh, workspace, env: { RUNNER_DEBUG: '1' } });
    expectNoToken(run);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::podsec: .+$/m);
    // The scan's private tool folders are gone.
    expect(readdirSync(run.tmp)).toEqual([]);

    // Files are there, and valid.
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'podsec.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const findings = reportFindings(workspace);
    expect(findings.length).toBeGreaterThan(3);

    // One review, COMMENT, at the head commit, only on diff lines.
    expect(gh.reviews).toHaveLength(1);
    const review = gh.reviews[0];
    expect(review?.event).toBe('COMMENT');
    expect(review?.commit_id).toBe(HEAD);
    const comments = review?.comments as { path: string; line: number; side: string; body: string }[];
    const diff: Record<string, Set<number>> = {
      'deploy/pod.yaml': rightLines(POD_PATCH),
      'deploy/worker.yaml': rightLines(WORKER_PATCH),
    };
    expect(comments.length).toBeGreaterThan(0);
    for (const c of comments) {
      expect(diff[c.path]?.has(c.line), `${c.path}:${c.line}`).toBe(true);
      expect(c.side).toBe('RIGHT');
      expect(c.body).toMatch(/^<!-- podsec:v1 fp=[0-9a-f]+(,[0-9a-f]+)* -->/);
    }
    // Every active finding on a diff line is in exactly one comment; one comment per line.
    const onDiff = findings.filter((f) => !f.suppressed && !f.upcoming && diff[f.file]?.has(f.line));
    const commented = comments.flatMap((c) => /fp=([0-9a-f,]+)/.exec(c.body)?.[1]?.split(',') ?? []);
    expect([...commented].sort()).toEqual(onDiff.map((f) => f.fingerprint).sort());
    expect(comments).toHaveLength(new Set(onDiff.map((f) => `${f.file}:${f.line}`)).size);
    const privileged = comments.find((c) => c.line === 11 && c.body.includes('`privileged`'));
    expect(privileged?.body).toContain('```suggestion\n        privileged: false\n```');
    // hostNetwork sits on an unchanged line: not inline, but in the summary comment.
    expect(comments.some((c) => c.body.includes('`hostNamespaces`'))).toBe(false);
    expect(findings.some((f) => f.check === 'hostNamespaces' && f.file === 'deploy/worker.yaml' && f.line === 15)).toBe(
      true,
    );
    expect(gh.issueComments).toHaveLength(1);
    expect(gh.issueComments[0]?.body).toContain('<!-- podsec:summary -->');
    expect(gh.issueComments[0]?.body).toContain('hostNamespaces');

    // Annotations with file and line, outputs, step summary.
    expect(run.stdout).toMatch(
      /^::error title=podsec%3A Container runs privileged \(privileged\).*,file=deploy\/pod\.yaml,line=11,.*::enforce baseline:latest.*%0Aviolates PodSecurity "baseline:latest": privileged/m,
    );
    expect(run.outputs).toMatchObject({
      'sarif-file': 'podsec.sarif',
      'result-file': 'podsec.json',
      passed: 'false',
      errors: '0',
    });
    const active = findings.filter((f) => !f.suppressed && !f.upcoming);
    // Counted as problems (workload × check × location), the number the reports print.
    expect(Number(run.outputs['violations'])).toBe(readReport(path.join(workspace, 'podsec.json')).summary.problems);
    expect(Number(run.outputs['violations'])).toBe(
      new Set(active.map((f) => `${f.file}:${f.line}:${f.check}:${(f as unknown as { name: string }).name}`)).size,
    );
    expect(Number(run.outputs['enforce-violations'])).toBeGreaterThan(0);
    expect(Number(run.outputs['warn-violations'])).toBeGreaterThan(0);
    expect(run.summary).toContain('deploy/pod.yaml');
    // Auth header only, the agreed token.
    expect(gh.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
  });

  it('stays quiet on a re-run with a token that posts as someone else, when comment-author names it', async () => {
    await gh.stop();
    gh = new FakeGitHub({
      repo: 'acme/shop',
      pulls: [pull()],
      maxPerPage: 2,
      botLogin: 'podsec-app[bot]',
      secondMs: SECOND_MS,
    });
    await gh.start();
    const workspace = copyRepo('repo');
    await runAction({ gh, workspace, inputs: { 'comment-author': 'podsec-app[bot]' } });
    const comments = gh.reviewComments.length;
    expect(comments).toBeGreaterThan(0);
    await runAction({ gh, workspace, inputs: { 'comment-author': 'podsec-app[bot]' } });
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviewComments).toHaveLength(comments);
    expect(gh.issueComments).toHaveLength(1);
  });

  it('stays quiet on a re-run, then marks fixed findings and edits the sticky comment in place', async () => {
    const workspace = copyRepo('repo');
    await runAction({ gh, workspace });
    const firstComments = gh.reviewComments.length;
    expect(firstComments).toBeGreaterThan(0);
    const summaryId = gh.issueComments[0]?.id;

    const second = await runAction({ gh, workspace });
    expect(second.code).toBe(1);
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviewComments).toHaveLength(firstComments);
    expect(gh.issueComments).toHaveLength(1);
    expect(gh.writes(/\/pulls\/7\/reviews$/)).toHaveLength(1);

    // A new commit drops `privileged: true`: its comments are marked fixed, never deleted.
    const privilegedComment = gh.reviewComments.find((c) => c.body.includes('`privileged`'));
    expect(privilegedComment).toBeDefined();
    gh.addReply(privilegedComment?.id ?? 0, 'alice', 'fixing');
    const NEXT = '4444444444444444444444444444444444444444';
    writeFileSync(
      path.join(workspace, 'deploy/pod.yaml'),
      readFileSync(path.join(workspace, 'deploy/pod.yaml'), 'utf8').replace('        privileged: true\n', ''),
    );
    gh.options.pulls = [
      pull({
        headSha: NEXT,
        files: [
          {
            filename: 'deploy/pod.yaml',
            patch: [
              '@@ -7,4 +7,5 @@ spec:',
              '   containers:',
              '     - name: app',
              '       image: nginx:1.27',
              '       securityContext:',
              '+        runAsNonRoot: false',
            ].join('\n'),
          },
        ],
      }),
    ];
    const event = JSON.parse(readFileSync(path.join(FIXTURES, 'event-pull-request.json'), 'utf8'));
    event.pull_request.head.sha = NEXT;
    const third = await runAction({ gh, workspace, event });
    expect(third.code).toBe(1);
    const fixed = gh.reviewComments.find((c) => c.id === privilegedComment?.id);
    expect(fixed?.body).toContain('Fixed in 4444444');
    expect(privilegedComment?.id).toBeGreaterThan(2 ** 31);
    expect(gh.resolvedThreads).toContain(gh.threadOf(privilegedComment?.id ?? 0));
    expect(third.stdout).not.toMatch(/^::warning::/m);
    expect(gh.requests.some((r) => r.method === 'DELETE')).toBe(false);
    expect(gh.issueComments).toHaveLength(1);
    expect(gh.writes(new RegExp(`/issues/comments/${summaryId}$`))).toHaveLength(1);
    expect(gh.issueComments[0]?.body).toContain('commit 4444444');
  });

  it('uploads gzip+base64 SARIF with the run commit and ref when upload-sarif is true', async () => {
    const workspace = copyRepo('repo');
    const run = await runAction({
      gh,
      workspace,
      inputs: { 'upload-sarif': 'true', comment: 'off', category: 'pods/' },
    });
    expectNoToken(run);
    expect(gh.sarifUploads).toHaveLength(1);
    const body = gh.sarifUploads[0]?.body ?? {};
    expect(body['commit_sha']).toBe(MERGE);
    expect(body['ref']).toBe('refs/pull/7/merge');
    const uploaded = gunzipSync(Buffer.from(String(body['sarif']), 'base64')).toString('utf8');
    // The log uploaded is the one written to the SARIF file.
    expect(uploaded).toBe(readFileSync(path.join(workspace, 'podsec.sarif'), 'utf8'));
    const log = JSON.parse(uploaded);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.length).toBeGreaterThan(0);
    expect(log.runs[0].automationDetails.id).toBe('podsec/pods/');
    expect(gh.reviews).toEqual([]);
    expect(run.stdout).toContain('processed by code scanning');
  });

  it('skips every write on a fork pull request, says so once, and still fails', async () => {
    gh.options.pulls = [pull({ headRepo: 'mallory/shop' })];
    const run = await runAction({
      gh,
      workspace: copyRepo('repo'),
      event: 'event-fork.json',
      inputs: { 'upload-sarif': 'true' },
    });
    expectNoToken(run);
    expect(run.code).toBe(1);
    expect(gh.requests).toEqual([]);
    expect(run.stdout.match(/comes from a fork/g)).toHaveLength(1);
    expect(run.outputs['passed']).toBe('false');
  });

  it('gives one actionable message when the token is read-only', async () => {
    gh.options.readOnly = true;
    const run = await runAction({ gh, workspace: copyRepo('repo') });
    expectNoToken(run);
    expect(run.code).toBe(1);
    expect(run.stdout.match(/pull-requests: write/g)).toHaveLength(1);
    expect(run.stdout).toMatch(/^::warning::podsec could not write to the pull request \(GitHub answered 403/m);
  });

  it('falls back to a body-only review when the review is rejected with 422', async () => {
    gh.faults.push({
      method: 'POST',
      path: /\/reviews$/,
      status: 422,
      body: { message: 'Unprocessable Entity', errors: ['Pull request review thread line must be part of the diff'] },
    });
    const run = await runAction({ gh, workspace: copyRepo('repo') });
    expect(run.code).toBe(1);
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviews[0]?.comments).toEqual([]);
    expect(gh.reviews[0]?.body).toContain('deploy/pod.yaml:11');
    expect(run.stdout).toContain('findings in the body');
  });

  it('retries 5xx, 429 and dropped connections, then succeeds', async () => {
    gh.faults.push(
      { method: 'GET', path: /\/pulls\/7\/files$/, status: 502, times: 2 },
      { method: 'GET', path: /\/pulls\/7\/comments$/, status: 0, reset: true },
      { method: 'POST', path: /\/reviews$/, rateLimit: { kind: 'secondary', status: 429, retryAfter: 20 } },
      { method: 'POST', path: /\/issues\/7\/comments$/, status: 500 },
    );
    const run = await runAction({ gh, workspace: copyRepo('repo') });
    expect(run.stdout).not.toMatch(/^::warning::podsec could not/m);
    expect(gh.reviews).toHaveLength(1);
    expect(gh.issueComments).toHaveLength(1);
    expect(run.stdout).toContain('GitHub answered 502');
    expect(run.stdout).toContain('GitHub answered 429');
    // One retry of the 429, after retry-after (the fake records any write sent earlier as a violation).
    const posts = gh.writes(/\/pulls\/7\/reviews$/);
    expect(posts).toHaveLength(2);
    expect((posts[1]?.at ?? 0) - (posts[0]?.at ?? 0)).toBeGreaterThanOrEqual(20 * SECOND_MS);
  });

  it('never posts a second review or summary comment when GitHub answers 502 or drops the connection after creating it', async () => {
    gh.faults.push(
      { method: 'POST', path: /\/pulls\/7\/reviews$/, status: 502, afterEffect: true },
      { method: 'POST', path: /\/issues\/7\/comments$/, reset: true, afterEffect: true },
    );
    const workspace = copyRepo('repo');
    const run = await runAction({ gh, workspace });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/^::warning::/m);
    expect(gh.reviews).toHaveLength(1);
    expect(gh.issueComments).toHaveLength(1);
    expect(run.stdout).toContain('GitHub had created the pull request review; not creating it again.');
    expect(run.stdout).toContain('GitHub had created the pull request comment; not creating it again.');
    // The next commit's run edits that one summary comment: its counts are current.
    writeFileSync(
      path.join(workspace, 'deploy/pod.yaml'),
      readFileSync(path.join(workspace, 'deploy/pod.yaml'), 'utf8').replace('        privileged: true\n', ''),
    );
    await runAction({ gh, workspace });
    expect(gh.issueComments).toHaveLength(1);
    expect(gh.writes(new RegExp(`/issues/comments/${gh.issueComments[0]?.id}$`))).toHaveLength(1);
  });

  it('waits a minute after a secondary limit without retry-after and stops writing after the second', async () => {
    gh.faults.push(
      { method: 'POST', path: /\/pulls\/7\/reviews$/, rateLimit: { kind: 'secondary' } },
      { method: 'POST', path: /\/issues\/7\/comments$/, rateLimit: { kind: 'secondary' } },
    );
    const run = await runAction({ gh, workspace: copyRepo('repo'), inputs: { 'upload-sarif': 'true' } });
    expect(run.code).toBe(1);
    const posts = gh.writes(/\/pulls\/7\/reviews$/);
    expect(posts).toHaveLength(2);
    expect((posts[1]?.at ?? 0) - (posts[0]?.at ?? 0)).toBeGreaterThanOrEqual(60 * SECOND_MS);
    // The second limit ends the writing: no summary retry, no SARIF upload, and the log says so.
    expect(gh.writes(/\/issues\/7\/comments$/)).toHaveLength(1);
    expect(gh.sarifUploads).toEqual([]);
    expect(run.stdout).toMatch(
      /^::warning::podsec could not update its pull request comments: GitHub's secondary rate limit/m,
    );
    expect(run.stdout).toMatch(
      /^::warning::GitHub's secondary rate limit was hit 2 times in this run; podsec stops writing to GitHub until the next run\.$/m,
    );
    expect(run.stdout).not.toContain('pull-requests: write');
  });

  it('tells a used-up primary rate limit from a missing permission', async () => {
    gh.faults.push({ method: 'POST', path: /\/pulls\/7\/reviews$/, rateLimit: { kind: 'primary' } });
    const run = await runAction({ gh, workspace: copyRepo('repo') });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^::warning::podsec could not post its pull request review: the token's GitHub API rate limit is used up until \d\d:\d\d UTC/m,
    );
    expect(run.stdout).not.toContain('pull-requests: write');
    expect(gh.writes()).toHaveLength(1);
  });

  it('does not call findings in files GitHub leaves out of a 3,500-file list outside the diff', async () => {
    const filler = Array.from({ length: 3498 }, (_, i) => ({
      filename: `docs/page-${String(i).padStart(4, '0')}.md`,
      patch: '@@ -1 +1 @@\n-a\n+b',
    }));
    // worker.yaml is among the first 3,000 files, pod.yaml is not.
    gh.options.pulls = [
      pull({
        files: [
          { filename: 'deploy/worker.yaml', patch: WORKER_PATCH },
          ...filler,
          { filename: 'deploy/pod.yaml', patch: POD_PATCH },
        ],
      }),
    ];
    gh.options.maxPerPage = 100;
    const run = await runAction({ gh, workspace: copyRepo('repo') });
    expect(run.code).toBe(1);
    const summary = gh.issueComments[0]?.body ?? '';
    // The problems the review would comment on: unsuppressed, at the current version.
    const active = readReport(path.join(run.workspace, 'podsec.json')).problems.filter(
      (p) => p['suppressed'] === undefined && p['upcoming'] !== true,
    );
    const unlisted =
      /GitHub lists only 3,000 of this pull request's 3,500 changed files; (\d+) (?:problem is|problems are) in files it did not list/.exec(
        summary,
      );
    expect(Number(unlisted?.[1] ?? 0)).toBe(active.filter((p) => p['file'] === 'deploy/pod.yaml').length);
    expect(Number(unlisted?.[1] ?? 0)).toBeGreaterThan(0);
    // Off-diff are only worker.yaml's problems on unchanged lines, never pod.yaml's.
    const offDiff = /(\d+) (?:problem is|problems are) on lines outside this pull request's diff/.exec(summary);
    const workerOffDiff = active.filter(
      (p) => p['file'] === 'deploy/worker.yaml' && !rightLines(WORKER_PATCH).has(p['line'] as number),
    );
    expect(workerOffDiff.length).toBeGreaterThan(0);
    expect(Number(offDiff?.[1] ?? 0)).toBe(workerOffDiff.length);
    expect(gh.reviewComments.every((c) => c.path !== 'deploy/pod.yaml')).toBe(true);
    expect(run.stdout).toMatch(/^::warning::GitHub lists only 3000 of the 3500 files this pull request changes/m);
  });

  it('still posts every inline comment when one finding message is 84,000 characters long', async () => {
    const workspace = copyRepo('repo');
    const name = `app-${'x'.repeat(84_000)}`;
    writeFileSync(
      path.join(workspace, 'deploy/pod.yaml'),
      readFileSync(path.join(workspace, 'deploy/pod.yaml'), 'utf8').replace('- name: app', `- name: ${name}`),
    );
    const run = await runAction({ gh, workspace });
    expect(run.code).toBe(1);
    const long = reportFindings(workspace).filter((f) => f.file === 'deploy/pod.yaml' && f.line === 11);
    expect(long.length).toBeGreaterThan(0);
    expect(gh.reviews).toHaveLength(1);
    const comments = gh.reviews[0]?.comments as { path: string; line: number; body: string }[];
    expect(
      comments.some((c) => c.line === 11 && c.body.includes('clipped: GitHub accepts at most 65,536 characters')),
    ).toBe(true);
    expect(comments.some((c) => c.line === 12)).toBe(true);
    for (const c of comments) expect(c.body.length).toBeLessThan(65_536);
    expect(gh.issueComments[0]?.body.length).toBeLessThan(65_536);
    expect(run.stdout).not.toContain('findings in the body');
    // The pointer leads to this run, whose job summary has the whole report.
    expect(comments.find((c) => c.line === 11 && c.body.includes('clipped'))?.body).toContain(
      '(http://127.0.0.1/acme/shop/actions/runs/4242)',
    );
  });

  it('reports repository-relative locations when paths are absolute', async () => {
    const workspace = copyRepo('repo');
    const run = await runAction({
      gh,
      workspace,
      inputs: { paths: path.join(workspace, 'deploy'), 'upload-sarif': 'true' },
    });
    expect(run.code).toBe(1);
    const log = JSON.parse(readFileSync(path.join(workspace, 'podsec.sarif'), 'utf8'));
    const uris = (
      log.runs[0].results as {
        locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[];
      }[]
    ).map((r) => r.locations[0]?.physicalLocation.artifactLocation);
    expect(uris.length).toBeGreaterThan(0);
    for (const location of uris) {
      expect(location?.uri).toMatch(/^deploy\/(pod|worker)\.yaml$/);
      expect(location?.uriBaseId).toBe('%SRCROOT%');
    }
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${workspace}/`);
    expect(gh.sarifUploads[0]?.body).toMatchObject({ tool_name: 'podsec', checkout_uri: `file://${workspace}` });
    expect(gh.reviews[0]?.comments.length).toBeGreaterThan(0);
    expect(gh.issueComments[0]?.body).not.toContain(workspace);
    expect(gh.issueComments[0]?.body).toContain('deploy/worker.yaml');
    expect(reportFindings(workspace).every((f) => !path.isAbsolute(f.file))).toBe(true);
  });

  it('passes a clean repository with exit code 0 and posts nothing', async () => {
    const run = await runAction({ gh, workspace: copyRepo('clean-repo') });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ passed: 'true', violations: '0', 'enforce-violations': '0', errors: '0' });
    expect(gh.reviews).toEqual([]);
    expect(gh.issueComments).toEqual([]);
    expect(run.stdout).not.toContain('::error');
  });

  it('hands results from mode scan to mode publish through a validated artifact', async () => {
    const workspace = copyRepo('repo');
    const scanRun = await runAction({ gh, workspace, inputs: { mode: 'scan' } });
    expect(scanRun.code).toBe(1);
    expect(gh.requests).toEqual([]);
    const manifest = JSON.parse(readFileSync(path.join(workspace, 'podsec-results/manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ pullNumber: 7, headSha: HEAD, commitSha: MERGE, repository: 'acme/shop' });

    const publishEvent = {
      workflow_run: { head_sha: HEAD, pull_requests: [] },
      repository: { full_name: 'acme/shop' },
    };
    const publishRun = await runAction({
      gh,
      workspace,
      eventName: 'workflow_run',
      event: publishEvent,
      inputs: { mode: 'publish', 'upload-sarif': 'true' },
      env: { GITHUB_SHA: '5555555555555555555555555555555555555555', GITHUB_REF: 'refs/heads/main' },
    });
    expectNoToken(publishRun);
    expect(publishRun.code).toBe(0);
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviews[0]?.commit_id).toBe(HEAD);
    expect(gh.sarifUploads[0]?.body).toMatchObject({ commit_sha: HEAD, ref: 'refs/pull/7/head' });

    // A tampered artifact is refused with a clean message and nothing is posted.
    const before = gh.requests.length;
    const result = JSON.parse(readFileSync(path.join(workspace, 'podsec-results/result.json'), 'utf8'));
    result.problems[0].file = '../../../etc/passwd';
    writeFileSync(path.join(workspace, 'podsec-results/result.json'), JSON.stringify(result));
    const tampered = await runAction({
      gh,
      workspace,
      eventName: 'workflow_run',
      event: publishEvent,
      inputs: { mode: 'publish' },
    });
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toMatch(
      /^::error::podsec: artifact result\.json: problems\[0\]\.file: expected a repository-relative path/m,
    );
    expect(gh.requests.length).toBe(before);
  });

  it('merges shard results with mode merge into one review, one SARIF and one gate', async () => {
    const workspace = copyRepo('repo');
    const shards = [];
    for (const shard of ['1/2', '2/2']) {
      const name = `shard-${shard[0]}.json`;
      const run = await runAction({
        gh,
        workspace,
        eventName: 'push',
        event: {},
        inputs: { shard, comment: 'off', 'fail-on': 'none', 'result-file': name },
      });
      expect(run.code, run.stdout).toBe(0);
      shards.push({ findings: policyEntries(readReport(path.join(workspace, name))) });
    }
    expect(gh.requests).toEqual([]);
    const total = shards.reduce((sum, shard) => sum + shard.findings.length, 0);
    expect(Math.min(...shards.map((shard) => shard.findings.length))).toBeGreaterThan(0);

    const merged = await runAction({ gh, workspace, inputs: { mode: 'merge', results: 'shard-1.json shard-2.json' } });
    expectNoToken(merged);
    expect(merged.code).toBe(1);
    expect(reportFindings(workspace)).toHaveLength(total);
    expect(gh.reviews).toHaveLength(1);
    expect(merged.summary).toContain('podsec');

    // A shard file that is not a podsec report is refused by name before anything is posted.
    writeFileSync(path.join(workspace, 'shard-2.json'), '{"version":"1","findings":"x"}');
    const before = gh.requests.length;
    const bad = await runAction({ gh, workspace, inputs: { mode: 'merge', results: 'shard-1.json shard-2.json' } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^::error::podsec: shard-2\.json: findings: expected a list/m);
    expect(gh.requests.length).toBe(before);
  });

  it('never takes the upload commit or ref from the artifact', async () => {
    const workspace = copyRepo('repo');
    await runAction({ gh, workspace, inputs: { mode: 'scan' } });
    // A pull request's scan could write any manifest: no PR, some commit of main, the main branch.
    const manifestFile = path.join(workspace, 'podsec-results/manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
    delete manifest['pullNumber'];
    delete manifest['headSha'];
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, commitSha: 'a'.repeat(40), ref: 'refs/heads/main' }));
    const fromPullRequest = {
      workflow_run: { head_sha: HEAD, head_branch: 'feature', event: 'pull_request', pull_requests: [] },
      repository: { full_name: 'acme/shop' },
    };
    const run = await runAction({
      gh,
      workspace,
      eventName: 'workflow_run',
      event: fromPullRequest,
      inputs: { mode: 'publish', 'upload-sarif': 'true' },
    });
    expect(run.code).toBe(0);
    expect(gh.sarifUploads).toEqual([]);
    expect(run.stdout).toContain('names no pull request or branch to publish to');

    // A scanned push publishes to the trusted head commit and branch of the workflow run.
    const fromPush = {
      workflow_run: { head_sha: HEAD, head_branch: 'main', event: 'push', pull_requests: [] },
      repository: { full_name: 'acme/shop' },
    };
    await runAction({
      gh,
      workspace,
      eventName: 'workflow_run',
      event: fromPush,
      inputs: { mode: 'publish', 'upload-sarif': 'true' },
    });
    expect(gh.sarifUploads.map((u) => u.body)).toMatchObject([{ commit_sha: HEAD, ref: 'refs/heads/main' }]);
  });

  it('prints names from the scanned files without letting them issue workflow commands', async () => {
    const workspace = copyRepo('clean-repo');
    writeFileSync(
      path.join(workspace, 'injected.yaml'),
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n    - name: "a\\n::set-output name=passed::true\\n"\n      image: nginx\n      securityContext:\n        privileged: true\n',
    );
    const run = await runAction({ gh, workspace, inputs: { paths: '.', comment: 'off' } });
    const lines = run.stdout.split('\n');
    // The text report shows the container name with its newline escaped, so no line starts a command...
    const injected = lines.findIndex((line) => line.includes('a\\n::set-output name=passed::true\\n'));
    expect(injected).toBeGreaterThanOrEqual(0);
    expect(lines.some((line) => line.startsWith('::set-output'))).toBe(false);
    // ...and workflow commands are off around the report all the same.
    const stop = lines.findIndex((line) => line.startsWith('::stop-commands::'));
    const token = lines[stop]?.slice('::stop-commands::'.length);
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(stop).toBeLessThan(injected);
    expect(lines.findIndex((line) => line === `::${token}::`)).toBeGreaterThan(injected);
    expect(run.outputs['passed']).toBe('false');
  });

  it('refuses to publish an artifact whose commit is not the workflow run head', async () => {
    const workspace = copyRepo('repo');
    await runAction({ gh, workspace, inputs: { mode: 'scan' } });
    const run = await runAction({
      gh,
      workspace,
      eventName: 'workflow_run',
      event: { workflow_run: { head_sha: '9'.repeat(40) } },
      inputs: { mode: 'publish' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('does not match the workflow run');
    expect(gh.requests).toEqual([]);
  });

  it('reports a bad input as one ::error:: line, no stack trace or module error', async () => {
    const run = await runAction({ gh, workspace: copyRepo('repo'), inputs: { comment: 'loud', level: 'strict' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::podsec: input "comment" is "loud"; expected one of review, summary, off$/m);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at |ERR_MODULE|Cannot find module/);
    expect(gh.requests).toEqual([]);
    expectNoToken(run);
  });

  it('reports a bad scan option the same way the CLI does', async () => {
    const run = await runAction({ gh, workspace: copyRepo('repo'), inputs: { level: 'strict' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::podsec: .*strict.*$/m);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(entry)).toBe(true);
  });
});
