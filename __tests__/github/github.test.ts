import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/types.js';
import { createGitHubClient, type Clock, type GitHubClient } from '../../src/github/client.js';
import { readEventContext } from '../../src/github/context.js';
import { clipBody, GITHUB_BODY_LIMIT, publishReview, type PublishReviewInput } from '../../src/github/review.js';
import { uploadSarif } from '../../src/github/sarif-upload.js';
import { COMMENT_MARKER_PREFIX, SUMMARY_MARKER } from '../../src/report/pr-review.js';
import { FakeGitHub } from './fake-github.js';

const HEAD = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const REPO = { owner: 'acme', repo: 'shop' };
const PATCH = [
  '@@ -0,0 +1,6 @@',
  '+apiVersion: v1',
  '+kind: Pod',
  '+spec:',
  '+  containers:',
  '+    - securityContext:',
  '+        privileged: true',
].join('\n');

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
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
    modes: ['enforce'],
    severity: 'error',
    field: 'spec.containers[0].securityContext.privileged',
    targets: [{ kind: 'manifest', path: 'deploy/pod.yaml', scenarios: [] }],
    related: [],
    fingerprint: 'fp1',
    ...overrides,
  };
}

/** Time that passes only when the client waits: rate-limit waits cost nothing, and the fake judges them. */
class VirtualClock implements Clock {
  time = 1_700_000_000_000;
  readonly sleeps: number[] = [];
  now(): number {
    return this.time;
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.time += ms;
  }
}

/** One second of the client and of the fake, in ms: short, so the retry plugin's real backoff stays short. */
const SECOND = 5;

describe('GitHub publishing against a local API', () => {
  let gh: FakeGitHub;
  let client: GitHubClient;
  let clock: VirtualClock;
  let warnings: string[];
  let retryLog: string[];
  const log = { info: () => undefined, warning: (m: string) => warnings.push(m) };

  beforeEach(async () => {
    clock = new VirtualClock();
    gh = new FakeGitHub({
      repo: 'acme/shop',
      clock,
      secondMs: SECOND,
      maxPerPage: 1,
      pulls: [
        {
          number: 7,
          headSha: HEAD,
          headRepo: 'acme/shop',
          baseRepo: 'acme/shop',
          files: [
            { filename: 'README.md', patch: '@@ -1 +1 @@\n-a\n+b' },
            { filename: 'deploy/pod.yaml', patch: PATCH },
            { filename: 'logo.png' },
          ],
        },
      ],
    });
    await gh.start();
    warnings = [];
    retryLog = [];
    client = createGitHubClient('ghs_secret_token', {
      baseUrl: gh.url,
      retryBaseMs: SECOND,
      clock,
      writeIntervalMs: 0,
      log: (m) => retryLog.push(m),
    });
  });
  afterEach(async () => {
    await gh.stop();
    // Every request fit GitHub's OpenAPI description or GraphQL schema, and no write came during a rate limit.
    expect(gh.violations).toEqual([]);
  });

  const input = (findings: Finding[], extra: Partial<PublishReviewInput> = {}): PublishReviewInput => ({
    repo: REPO,
    pull: 7,
    headSha: HEAD,
    findings,
    errors: [],
    comment: 'review',
    ...extra,
  });

  it('posts one COMMENT review on diff lines and one summary comment, then stays quiet on a re-run', async () => {
    const offDiff = finding({ file: 'deploy/old.yaml', line: 3, fingerprint: 'fp-off' });
    const first = await publishReview(client, input([finding(), offDiff]), log);
    expect(warnings).toEqual([]);
    expect(first).toMatchObject({ inlineComments: 1, fallback: false, summary: 'created' });
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviews[0]).toMatchObject({ event: 'COMMENT', commit_id: HEAD });
    expect(gh.reviews[0]?.comments).toEqual([
      expect.objectContaining({ path: 'deploy/pod.yaml', line: 6, side: 'RIGHT' }),
    ]);
    expect(gh.reviews[0]?.body).toContain('1 problem is outside this diff');
    // Pagination: one item per page, three files. One request at a time, reads included.
    expect(gh.requests.filter((r) => r.path.endsWith('/pulls/7/files'))).toHaveLength(3);
    expect(gh.maxInFlight).toBe(1);
    expect(gh.issueComments).toHaveLength(1);
    expect(gh.issueComments[0]?.body.startsWith(SUMMARY_MARKER)).toBe(true);
    expect(gh.issueComments[0]?.body).toMatch(/deploy\/(<wbr>)?old\.yaml/);

    const second = await publishReview(client, input([finding(), offDiff]), log);
    expect(second).toMatchObject({ inlineComments: 0, reviewId: undefined, summary: 'unchanged' });
    expect(gh.reviews).toHaveLength(1);
    expect(gh.issueComments).toHaveLength(1);
  });

  it('marks a fixed finding in place, resolves its thread and edits the summary, never deleting', async () => {
    await publishReview(client, input([finding()]), log);
    const commentId = gh.reviewComments[0]?.id ?? 0;
    gh.addReply(commentId, 'alice', 'on it');
    const outcome = await publishReview(
      client,
      input([finding({ fingerprint: 'fp2', check: 'hostPorts', line: 5 })]),
      log,
    );
    expect(outcome.staleMarked).toBe(1);
    expect(outcome.threadsResolved).toBe(1);
    expect(commentId).toBeGreaterThan(2 ** 31);
    expect(gh.resolvedThreads).toEqual([gh.threadOf(commentId)]);
    const old = gh.reviewComments.find((c) => c.id === commentId);
    expect(old?.body).toContain(`Fixed in ${HEAD.slice(0, 7)}`);
    expect(old?.body).toContain(`${COMMENT_MARKER_PREFIX}fp1 fixed=${HEAD}`);
    expect(gh.requests.some((r) => r.method === 'DELETE')).toBe(false);
    expect(gh.reviews).toHaveLength(2);
    expect(outcome.summary).toBe('updated');
    expect(gh.issueComments).toHaveLength(1);
  });

  it('falls back to a body-only review when GitHub rejects the inline comments with 422', async () => {
    gh.faults.push({
      method: 'POST',
      path: /\/reviews$/,
      status: 422,
      body: { message: 'Unprocessable Entity', errors: ['Pull request review thread line must be part of the diff'] },
    });
    const outcome = await publishReview(client, input([finding()]), log);
    expect(outcome.fallback).toBe(true);
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviews[0]?.comments).toEqual([]);
    expect(gh.reviews[0]?.body).toContain('privileged');
    expect(gh.reviews[0]?.body).toContain('deploy/pod.yaml:6');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('must be part of the diff');
  });

  it('gives one actionable message for a read-only token and stops writing', async () => {
    gh.options.readOnly = true;
    const outcome = await publishReview(client, input([finding()]), log);
    expect(outcome).toMatchObject({ forbidden: true, rateLimited: false });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('pull-requests: write');
    expect(warnings[0]).toContain('Resource not accessible by integration');
    expect(gh.writes()).toHaveLength(1);
  });

  it('retries 5xx, 429 and connection resets with backoff, then succeeds', async () => {
    gh.faults.push(
      { method: 'GET', path: /\/pulls\/7\/files$/, status: 502, times: 2 },
      { method: 'GET', path: /\/issues\/7\/comments$/, status: 0, reset: true },
      { method: 'POST', path: /\/reviews$/, rateLimit: { kind: 'secondary', status: 429, retryAfter: 7 } },
      { method: 'POST', path: /\/issues\/7\/comments$/, status: 503 },
    );
    const outcome = await publishReview(client, input([finding()]), log);
    expect(warnings).toEqual([]);
    expect(outcome).toMatchObject({ inlineComments: 1, summary: 'created' });
    // The 429 is retried once, by the throttling plugin, after retry-after: not by the retry plugin too.
    const posts = gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/reviews'));
    expect(posts).toHaveLength(2);
    expect((posts[1]?.at ?? 0) - (posts[0]?.at ?? 0)).toBeGreaterThanOrEqual(7 * SECOND);
    expect(gh.reviews).toHaveLength(1);
    expect(gh.issueComments).toHaveLength(1);
    expect(retryLog.some((m) => m.includes('429'))).toBe(true);
    expect(retryLog.some((m) => m.includes('502'))).toBe(true);
  });

  it.each([
    ['a 502', { status: 502 }],
    ['a dropped connection', { reset: true }],
  ])('never duplicates a review or summary comment GitHub created before %s', async (_name, failure) => {
    gh.faults.push(
      { method: 'POST', path: /\/pulls\/7\/reviews$/, afterEffect: true, ...failure },
      { method: 'POST', path: /\/issues\/7\/comments$/, afterEffect: true, ...failure },
    );
    const outcome = await publishReview(client, input([finding()]), log);
    expect(warnings).toEqual([]);
    expect(gh.reviews).toHaveLength(1);
    expect(gh.issueComments).toHaveLength(1);
    expect(gh.writes(/\/pulls\/7\/reviews$/)).toHaveLength(1);
    expect(gh.writes(/\/issues\/7\/comments$/)).toHaveLength(1);
    // The client looked before it would have retried, and kept what GitHub had made.
    expect(gh.requests.some((r) => r.method === 'GET' && r.path.endsWith('/pulls/7/reviews'))).toBe(true);
    expect(outcome).toMatchObject({
      reviewId: gh.reviews[0]?.id,
      summary: 'created',
      summaryCommentId: gh.issueComments[0]?.id,
    });

    // The summary it found is the one a re-run edits: counts stay current.
    const next = await publishReview(
      client,
      input([finding(), finding({ fingerprint: 'fp9', check: 'hostPorts', line: 5 })]),
      log,
    );
    expect(next.summary).toBe('updated');
    expect(gh.issueComments).toHaveLength(1);
  });

  it('retries a create that failed before it took effect, once it has checked', async () => {
    gh.faults.push({ method: 'POST', path: /\/issues\/7\/comments$/, status: 502 });
    const outcome = await publishReview(client, input([finding()], { comment: 'summary' }), log);
    expect(outcome.summary).toBe('created');
    expect(gh.writes(/\/issues\/7\/comments$/)).toHaveLength(2);
    expect(gh.issueComments).toHaveLength(1);
  });

  it('waits at least a minute after a secondary limit without retry-after, and stops writing after the second', async () => {
    gh.faults.push({ method: 'POST', path: /\/pulls\/7\/reviews$/, rateLimit: { kind: 'secondary' } });
    gh.faults.push({ method: 'POST', path: /\/issues\/7\/comments$/, rateLimit: { kind: 'secondary' } });
    const outcome = await publishReview(client, input([finding()]), log);
    expect(gh.reviews).toHaveLength(1);
    const posts = gh.writes(/\/pulls\/7\/reviews$/);
    expect((posts[1]?.at ?? 0) - (posts[0]?.at ?? 0)).toBeGreaterThanOrEqual(60 * SECOND);
    // Second secondary limit: no retry, no further write, and the log says why.
    expect(gh.writes(/\/issues\/7\/comments$/)).toHaveLength(1);
    expect(outcome).toMatchObject({ rateLimited: true, forbidden: false, summary: 'skipped' });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/secondary rate limit/);
    expect(warnings[0]).toMatch(/stopped writing for this run/);
    expect(warnings[0]).not.toContain('pull-requests: write');
    expect(retryLog.some((m) => /hit 2 times in this run; podsec stops writing/.test(m))).toBe(true);
    const before = gh.requests.length;
    await expect(client.updateIssueComment(REPO, 1, 'x')).rejects.toThrow(/stops writing/);
    expect(gh.requests.length).toBe(before);
  });

  it('names a used-up primary rate limit as such, not as a permission problem', async () => {
    gh.faults.push({ method: 'POST', path: /\/pulls\/7\/reviews$/, rateLimit: { kind: 'primary' } });
    const outcome = await publishReview(client, input([finding()]), log);
    expect(outcome).toMatchObject({ rateLimited: true, forbidden: false });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/rate limit is used up until \d\d:\d\d UTC/);
    expect(warnings[0]).toContain('not a permission problem');
    expect(warnings[0]).not.toContain('pull-requests: write');
    // The reset is an hour away: nothing more is sent.
    expect(gh.writes()).toHaveLength(1);
  });

  it('warns with the reason when a thread of a fixed finding cannot be resolved', async () => {
    await publishReview(client, input([finding()]), log);
    gh.faults.push({
      method: 'POST',
      path: /^\/graphql$/,
      match: /resolveReviewThread/,
      status: 200,
      body: { data: null, errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] },
    });
    const outcome = await publishReview(client, input([]), log);
    expect(outcome).toMatchObject({ staleMarked: 1, threadsResolved: 0 });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/could not resolve the review thread: .*Resource not accessible by integration/);
  });

  it('treats files GitHub does not list in a 3,500-file pull request as unknown, not outside the diff', async () => {
    const many = Array.from({ length: 3500 }, (_, i) => ({
      filename: `deploy/app-${String(i).padStart(4, '0')}.yaml`,
      patch: PATCH,
    }));
    gh.options.pulls = [{ number: 7, headSha: HEAD, headRepo: 'acme/shop', baseRepo: 'acme/shop', files: many }];
    gh.options.maxPerPage = 100;
    const listed = finding({ file: 'deploy/app-0001.yaml', fingerprint: 'fp-listed' });
    const unlisted = finding({ file: 'deploy/app-3200.yaml', fingerprint: 'fp-unlisted' });
    const outcome = await publishReview(client, input([listed, unlisted]), log);
    expect(gh.requests.filter((r) => r.path.endsWith('/pulls/7/files'))).toHaveLength(30);
    expect(outcome.inlineComments).toBe(1);
    expect(outcome.plan?.offDiff).toEqual([]);
    expect(outcome.plan?.unlisted.map((problem) => problem.findings[0]?.fingerprint)).toEqual(['fp-unlisted']);
    const summary = gh.issueComments[0]?.body ?? '';
    expect(summary).toContain(
      "GitHub lists only 3,000 of this pull request's 3,500 changed files; 1 problem is in files it did not list",
    );
    expect(summary).not.toContain('outside this pull request');
    expect(gh.reviews[0]?.body).not.toContain('outside this diff');
    expect(warnings).toEqual([expect.stringContaining('GitHub lists only 3000 of the 3500 files')]);
  });

  it('clips a huge finding message so GitHub still takes every inline comment', async () => {
    const huge = `container "${'x'.repeat(84_000)}" must not set securityContext.privileged=true`;
    const big = finding({ detail: huge, message: `violates PodSecurity "baseline:latest": privileged (${huge})` });
    const other = finding({
      fingerprint: 'fp-other',
      check: 'hostPorts',
      line: 5,
      detail: 'hostPort 80',
      message: 'violates PodSecurity "baseline:latest": hostPort (hostPort 80)',
    });
    const outcome = await publishReview(
      client,
      input([big, other], { reportUrl: 'https://github.com/acme/shop/actions/runs/42' }),
      log,
    );
    expect(warnings).toEqual([]);
    expect(outcome).toMatchObject({ inlineComments: 2, fallback: false, summary: 'created' });
    const bodies = [
      ...gh.reviewComments.map((c) => c.body),
      gh.reviews[0]?.body ?? '',
      gh.issueComments[0]?.body ?? '',
    ];
    for (const body of bodies) expect(body.length).toBeLessThan(GITHUB_BODY_LIMIT);
    const clipped = gh.reviewComments.find((c) => c.body.includes('xxxx'));
    expect(clipped?.body).toMatch(/^<!-- podsec:v1 fp=fp1 -->/);
    expect(clipped?.body).toContain('clipped: GitHub accepts at most 65,536 characters');
    expect(clipped?.body).toContain('(https://github.com/acme/shop/actions/runs/42)');
  });

  it('gives up after the configured retries with a clear message', async () => {
    gh.faults.push({ method: 'GET', path: /\/pulls\/7\/files$/, status: 500, times: 10 });
    const outcome = await publishReview(client, input([finding()]), log);
    expect(outcome.reviewId).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/could not read the pull request \(GitHub answered 500/);
    expect(gh.requests.filter((r) => r.path.endsWith('/pulls/7/files'))).toHaveLength(4);
  });

  it('summary mode posts only the sticky comment', async () => {
    await publishReview(client, input([finding()], { comment: 'summary' }), log);
    expect(gh.reviews).toEqual([]);
    expect(gh.issueComments).toHaveLength(1);
    expect(gh.requests.some((r) => r.path.endsWith('/files'))).toBe(false);
  });

  it('does not create a summary comment for a clean pull request', async () => {
    const outcome = await publishReview(client, input([]), log);
    expect(outcome.summary).toBe('skipped');
    expect(gh.writes()).toEqual([]);
  });

  it('sends the token only in the authorization header', async () => {
    await publishReview(client, input([finding()]), log);
    expect(gh.requests.every((r) => r.authorization === 'token ghs_secret_token')).toBe(true);
    expect(JSON.stringify(gh.requests.map((r) => r.body))).not.toContain('ghs_secret_token');
  });

  describe('SARIF upload', () => {
    const sarif = JSON.stringify({
      version: '2.1.0',
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      runs: [{ tool: { driver: { name: 'podsec', rules: [] } }, results: [] }],
    });

    it('sends gzip+base64 SARIF with commit and ref, and polls until complete', async () => {
      gh.options.sarifPendingPolls = 2;
      const outcome = await uploadSarif(client, {
        repo: REPO,
        sarif,
        commitSha: HEAD,
        ref: 'refs/pull/7/merge',
        pollIntervalMs: 1,
      });
      expect(outcome).toMatchObject({ ok: true, status: 'complete' });
      const body = gh.sarifUploads[0]?.body ?? {};
      expect(body['commit_sha']).toBe(HEAD);
      expect(body['ref']).toBe('refs/pull/7/merge');
      const decoded = JSON.parse(gunzipSync(Buffer.from(String(body['sarif']), 'base64')).toString('utf8'));
      expect(decoded.version).toBe('2.1.0');
      expect(gh.requests.filter((r) => r.method === 'GET' && r.path.includes('/code-scanning/sarifs/'))).toHaveLength(
        3,
      );
    });

    it.each([
      [403, 'security-events: write'],
      [413, 'too large'],
      [404, 'code scanning is enabled'],
    ])('explains a %i', async (status, text) => {
      gh.faults.push({ method: 'POST', path: /code-scanning\/sarifs$/, status, body: { message: 'nope' } });
      const outcome = await uploadSarif(client, {
        repo: REPO,
        sarif,
        commitSha: HEAD,
        ref: 'refs/heads/main',
        pollIntervalMs: 1,
      });
      expect(outcome.ok).toBe(false);
      expect(outcome.message).toContain(text);
      expect(outcome.message).toContain(`GitHub answered ${status}: nope`);
    });

    it('reports processing failures with GitHub errors', async () => {
      gh.faults.push({
        method: 'GET',
        path: /code-scanning\/sarifs\//,
        status: 200,
        body: { processing_status: 'failed', errors: ['locationFromSarifResult: expected artifact location'] },
      });
      const outcome = await uploadSarif(client, {
        repo: REPO,
        sarif,
        commitSha: HEAD,
        ref: 'refs/heads/main',
        pollIntervalMs: 1,
      });
      expect(outcome).toMatchObject({ ok: false, status: 'failed' });
      expect(outcome.message).toContain('expected artifact location');
    });
  });
});

describe('clipBody', () => {
  it('leaves short bodies alone and never ends inside a code fence', () => {
    expect(clipBody('short')).toBe('short');
    const body = `intro\n\n\`\`\`suggestion\n${'y'.repeat(70_000)}\n\`\`\``;
    const clipped = clipBody(body);
    expect(clipped.length).toBeLessThan(GITHUB_BODY_LIMIT);
    expect(clipped).not.toContain('```');
    expect(clipped.startsWith('intro')).toBe(true);
    expect(clipped).toContain('the full report is in the workflow run');
  });
});

describe('readEventContext', () => {
  const env = (payload: unknown, extra: Record<string, string> = {}) => ({
    env: {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: '/event.json',
      GITHUB_REPOSITORY: 'acme/shop',
      ...extra,
    },
    read: () => JSON.stringify(payload),
  });
  const pr = (headRepo: string | null, fork = false) => ({
    pull_request: {
      number: 7,
      head: { sha: HEAD, repo: headRepo === null ? null : { full_name: headRepo, fork } },
      base: { repo: { full_name: 'acme/shop' } },
    },
    repository: { full_name: 'acme/shop' },
  });

  it('reads the pull request and sees a same-repo PR as writable', () => {
    const { env: e, read } = env(pr('acme/shop'));
    const ctx = readEventContext(e, read);
    expect(ctx.pullRequest).toEqual({ number: 7, headSha: HEAD, headRepo: 'acme/shop' });
    expect(ctx.repo).toEqual(REPO);
    expect(ctx.readOnlyReason).toBeUndefined();
  });

  it('detects forks by name, by the fork flag and by a deleted head repository', () => {
    for (const payload of [pr('mallory/shop'), pr('acme/shop', true), pr(null)]) {
      const { env: e, read } = env(payload);
      expect(readEventContext(e, read).readOnlyReason).toMatch(/fork/);
    }
  });

  it('detects Dependabot, but trusts pull_request_target', () => {
    const { env: e, read } = env(pr('acme/shop'), { GITHUB_ACTOR: 'dependabot[bot]' });
    expect(readEventContext(e, read).readOnlyReason).toMatch(/Dependabot/);
    const target = env(pr('mallory/shop'), { GITHUB_EVENT_NAME: 'pull_request_target' });
    expect(readEventContext(target.env, target.read).readOnlyReason).toBeUndefined();
  });

  it('survives a broken event file', () => {
    const ctx = readEventContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/x' }, () => '{not json');
    expect(ctx.pullRequest).toBeUndefined();
    expect(ctx.payload).toEqual({});
  });
});
