/**
 * A stand-in for the GitHub REST and GraphQL APIs on 127.0.0.1. Every request is judged against GitHub's
 * published contract (github-contract.ts); one that does not fit is answered 422 and recorded in
 * `violations`, which the tests require to be empty. It answers like github.com does where podsec's
 * behaviour depends on it: 64-bit ids and node ids, review comments only on diff lines of the head commit,
 * at most 3,000 files listed per pull request, bodies of at most 65,536 characters, rate limits that must
 * be waited out. Faults (5xx, resets, rate limits, 403, 422) can be injected before or after a write
 * takes effect.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { graphqlProblems, isGraphqlQuery, restProblems } from './github-contract.js';

export interface FakePull {
  number: number;
  headSha: string;
  headRepo: string;
  baseRepo: string;
  files: { filename: string; patch?: string; status?: string }[];
}

export interface FakeComment {
  id: number;
  node_id: string;
  body: string;
  user: { login: string; type: string };
  path?: string;
  line?: number | null;
  commit_id?: string;
  in_reply_to_id?: number;
  pull?: number;
}

export interface FakeReview {
  id: number;
  node_id: string;
  pull: number;
  body: string;
  event: string;
  commit_id: string;
  user: { login: string; type: string };
  comments: unknown[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: unknown;
  /** On the fake's clock. */
  at: number;
}

export interface Fault {
  method?: string;
  /** Matched against the path (no query). */
  path: RegExp;
  /** Only requests whose raw body matches (GraphQL operations, say). */
  match?: RegExp;
  status?: number;
  /** How many matching requests fail; then the real handler answers. Default 1. */
  times?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Drop the connection instead of answering. */
  reset?: boolean;
  /** Carry the request out first, then fail: the client cannot tell that the write took effect. */
  afterEffect?: boolean;
  /**
   * Answer as GitHub's rate limits do: `secondary` (403, or the given status, with the documented message;
   * `retryAfter` seconds in a header when set) or `primary` (403 with x-ratelimit-remaining: 0, an hour
   * before the reset). Writes sent before the limit allows are recorded as violations.
   */
  rateLimit?: { kind: 'secondary' | 'primary'; status?: 403 | 429; retryAfter?: number };
}

export interface FakeGitHubOptions {
  repo: string;
  pulls: FakePull[];
  botLogin?: string;
  /** Every write answers 403 like a read-only token. */
  readOnly?: boolean;
  /** Page size cap, to exercise pagination with few items. */
  maxPerPage?: number;
  /** How many getSarif polls answer `pending` before `complete`. */
  sarifPendingPolls?: number;
  /** The clock rate limits are judged on (default: the system clock). */
  clock?: { now(): number };
  /** How many ms one second of `retry-after` lasts on that clock (the client's shortened second). Default 1000. */
  secondMs?: number;
}

/** GitHub lists at most this many files of a pull request. */
export const LISTED_FILES_CAP = 3000;
/** GitHub refuses bodies longer than this. */
export const BODY_LIMIT = 65_536;
const SECONDARY_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 8C1A:2B3C:4D5E6F:7A8B9C:6751E0A1.';
/** Review comment ids on github.com are past 2^31 (and so no longer fit GraphQL's Int). */
const FIRST_ID = 2 ** 31 + 1_000_000;

/** RIGHT-side lines of a patch, each with the number of its hunk (a multi-line comment stays in one hunk). */
function rightLines(patch: string): Map<number, number> {
  // Independent of podsec's parser on purpose: walk hunks and count + and space lines.
  const out = new Map<number, number>();
  let line = 0;
  let left = 0;
  let hunk = 0;
  for (const row of patch.split('\n')) {
    const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(row);
    if (m) {
      line = Number(m[1]);
      left = m[2] === undefined ? 1 : Number(m[2]);
      hunk += 1;
      continue;
    }
    if (left > 0 && (row.startsWith('+') || row.startsWith(' '))) {
      out.set(line, hunk);
      line += 1;
      left -= 1;
    }
  }
  return out;
}

function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDOA${Buffer.from(`${id}`).toString('base64url')}`;
}

function isWriteRequest(method: string, path: string, body: unknown): boolean {
  return method !== 'GET' && !(path === '/graphql' && isGraphqlQuery(body));
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly reviews: FakeReview[] = [];
  readonly reviewComments: FakeComment[] = [];
  readonly issueComments: FakeComment[] = [];
  readonly sarifUploads: { id: string; body: Record<string, unknown> }[] = [];
  readonly resolvedThreads: string[] = [];
  readonly faults: Fault[] = [];
  /** The most requests that were in flight at once (GitHub asks integrations for one at a time). */
  maxInFlight = 0;
  private inFlight = 0;
  /** Requests that break GitHub's contract or its rules (a write during a rate limit). Must stay empty. */
  readonly violations: string[] = [];
  options: FakeGitHubOptions;
  private server: Server | undefined;
  private nextId = FIRST_ID;
  private sarifPolls = new Map<string, number>();
  /** Writes are refused until then (fake clock), with the reason. */
  private limitedUntil: { at: number; why: string } | undefined;

  constructor(options: FakeGitHubOptions) {
    this.options = options;
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo | undefined;
    if (!address) throw new Error('fake GitHub is not listening');
    return `http://127.0.0.1:${address.port}`;
  }

  private now(): number {
    return this.options.clock?.now() ?? Date.now();
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Requests other than reads (GraphQL queries are reads), optionally filtered by path. */
  writes(path?: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => isWriteRequest(r.method, r.path, r.body) && (!path || path.test(r.path)));
  }

  /** Adds a reply by a person to a review comment (to test that podsec never deletes such threads). */
  addReply(to: number, login: string, body: string): void {
    const parent = this.reviewComments.find((c) => c.id === to);
    const id = this.nextId++;
    this.reviewComments.push({
      id,
      node_id: nodeId('PRRC', id),
      body,
      user: { login, type: 'User' },
      path: parent?.path,
      line: parent?.line ?? null,
      in_reply_to_id: to,
      pull: parent?.pull,
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    res.on('close', () => {
      this.inFlight -= 1;
    });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown = undefined;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const at = this.now();
    this.requests.push({
      method,
      path: url.pathname,
      query: url.searchParams,
      authorization: req.headers.authorization,
      body,
      at,
    });

    const problems =
      url.pathname === '/graphql' && method === 'POST'
        ? graphqlProblems(body)
        : restProblems(method, url.pathname, url.searchParams, body);
    if (problems.length > 0) {
      this.violations.push(...problems);
      return this.send(res, 422, {
        message: 'Invalid request.',
        errors: problems,
        documentation_url: 'https://docs.github.com/rest',
      });
    }
    if (this.limitedUntil && at < this.limitedUntil.at && isWriteRequest(method, url.pathname, body)) {
      this.violations.push(
        `${method} ${url.pathname} sent ${this.limitedUntil.at - at}ms too early: ${this.limitedUntil.why}`,
      );
    }

    const fault = this.faults.find(
      (f) =>
        (f.method === undefined || f.method === method) &&
        f.path.test(url.pathname) &&
        (f.match === undefined || f.match.test(raw)) &&
        (f.times ?? 1) > 0,
    );
    if (fault) fault.times = (fault.times ?? 1) - 1;
    if (fault && !fault.afterEffect) return this.fail(fault, req, res);
    const answer = { status: 0, body: undefined as unknown, headers: {} as Record<string, string> };
    try {
      this.route(method, url, body, answer);
    } catch (error) {
      Object.assign(answer, { status: 500, body: { message: `fake GitHub error: ${(error as Error).message}` } });
    }
    if (fault) return this.fail(fault, req, res);
    this.send(res, answer.status, answer.body, answer.headers);
  }

  private fail(fault: Fault, req: IncomingMessage, res: ServerResponse): void {
    if (fault.reset) {
      req.socket.destroy();
      return;
    }
    if (fault.rateLimit) {
      const { kind, retryAfter } = fault.rateLimit;
      const second = this.options.secondMs ?? 1000;
      if (kind === 'primary') {
        const reset = Math.floor(Date.now() / 1000) + 3600;
        this.limitedUntil = { at: this.now() + 3600 * second, why: 'the primary rate limit resets in an hour' };
        return this.send(
          res,
          fault.rateLimit.status ?? 403,
          {
            message: 'API rate limit exceeded for installation ID 4242.',
            documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
          },
          {
            'x-ratelimit-limit': '5000',
            'x-ratelimit-remaining': '0',
            'x-ratelimit-used': '5000',
            'x-ratelimit-reset': String(reset),
            'x-ratelimit-resource': 'core',
          },
        );
      }
      // GitHub: without retry-after, wait at least a minute.
      const seconds = retryAfter ?? 60;
      this.limitedUntil = {
        at: this.now() + seconds * second,
        why:
          retryAfter !== undefined
            ? `retry-after: ${retryAfter}`
            : 'a secondary rate limit without retry-after asks for at least a minute',
      };
      return this.send(
        res,
        fault.rateLimit.status ?? 403,
        {
          message: SECONDARY_MESSAGE,
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        },
        {
          'x-ratelimit-remaining': '4321',
          ...(retryAfter !== undefined ? { 'retry-after': String(retryAfter) } : {}),
        },
      );
    }
    const status = fault.status ?? 500;
    this.send(res, status, fault.body ?? { message: `injected ${status}` }, fault.headers);
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-ratelimit-remaining': '4999',
      ...headers,
    });
    res.end(body === undefined ? '' : JSON.stringify(body));
  }

  private paginate(answer: Answer, url: URL, items: unknown[]): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), this.options.maxPerPage ?? 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    if (page * perPage < items.length) {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(page + 1));
      next.host = this.url.replace('http://', '');
      answer.headers['link'] = `<${next.toString()}>; rel="next"`;
    }
    ok(answer, 200, slice);
  }

  private pull(n: string | undefined): FakePull | undefined {
    return this.options.pulls.find((p) => String(p.number) === n);
  }

  private user(login: string): { login: string; id: number; node_id: string; type: string } {
    return { login, id: 41898282, node_id: 'MDM6Qm90NDE4OTgyODI=', type: login.endsWith('[bot]') ? 'Bot' : 'User' };
  }

  private route(method: string, url: URL, body: unknown, answer: Answer): void {
    const path = url.pathname;
    const repoPrefix = `/repos/${this.options.repo}`;
    const bot = this.options.botLogin ?? 'github-actions[bot]';
    if (this.options.readOnly && isWriteRequest(method, path, body)) {
      if (path === '/graphql')
        return ok(answer, 200, {
          data: null,
          errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }],
        });
      return ok(answer, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      });
    }
    if (path === '/graphql' && method === 'POST')
      return this.graphql(body as { query: string; variables: Record<string, unknown> }, answer);
    if (!path.startsWith(`${repoPrefix}/`)) return ok(answer, 404, { message: 'Not Found' });
    const rest = path.slice(repoPrefix.length);
    const tooLong = (text: unknown): boolean => typeof text === 'string' && text.length > BODY_LIMIT;
    const bodyTooLong = {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: `body is too long (maximum is ${BODY_LIMIT} characters)`,
        },
      ],
    };
    let m: RegExpExecArray | null;
    if ((m = /^\/pulls\/(\d+)$/.exec(rest)) && method === 'GET') {
      const pull = this.pull(m[1]);
      if (!pull) return ok(answer, 404, { message: 'Not Found' });
      return ok(answer, 200, {
        id: FIRST_ID - pull.number,
        node_id: nodeId('PR', pull.number),
        number: pull.number,
        state: 'open',
        changed_files: pull.files.length,
        head: { sha: pull.headSha, repo: { full_name: pull.headRepo } },
        base: { repo: { full_name: pull.baseRepo } },
      });
    }
    if ((m = /^\/pulls\/(\d+)\/files$/.exec(rest)) && method === 'GET') {
      const pull = this.pull(m[1]);
      if (!pull) return ok(answer, 404, { message: 'Not Found' });
      return this.paginate(
        answer,
        url,
        pull.files.slice(0, LISTED_FILES_CAP).map((f) => ({ status: 'modified', ...f })),
      );
    }
    if ((m = /^\/pulls\/(\d+)\/comments$/.exec(rest)) && method === 'GET') {
      return this.paginate(
        answer,
        url,
        this.reviewComments.filter((c) => String(c.pull) === m?.[1]),
      );
    }
    if ((m = /^\/pulls\/(\d+)\/reviews$/.exec(rest)) && method === 'GET') {
      return this.paginate(
        answer,
        url,
        this.reviews
          .filter((r) => String(r.pull) === m?.[1])
          .map((r) => ({ ...r, state: 'COMMENTED', comments: undefined })),
      );
    }
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest)) && method === 'GET') {
      return this.paginate(
        answer,
        url,
        this.issueComments.filter((c) => String(c.pull) === m?.[1]),
      );
    }
    if ((m = /^\/pulls\/(\d+)\/reviews$/.exec(rest)) && method === 'POST') {
      const pull = this.pull(m[1]);
      if (!pull) return ok(answer, 404, { message: 'Not Found' });
      const review = body as {
        commit_id: string;
        body?: string;
        event?: string;
        comments?: {
          path: string;
          line: number;
          side?: string;
          start_line?: number;
          start_side?: string;
          body: string;
        }[];
      };
      if (review.commit_id !== pull.headSha)
        return ok(answer, 422, {
          message: 'Unprocessable Entity',
          errors: ['The commitOID is not part of the pull request'],
        });
      if ((review.event === 'COMMENT' || review.event === 'REQUEST_CHANGES') && !review.body)
        return ok(answer, 422, { message: 'Unprocessable Entity', errors: ['Body is required for COMMENT'] });
      if (tooLong(review.body) || (review.comments ?? []).some((c) => tooLong(c.body)))
        return ok(answer, 422, bodyTooLong);
      for (const c of review.comments ?? []) {
        const file = pull.files.find((f) => f.filename === c.path);
        const lines = file?.patch === undefined ? new Map<number, number>() : rightLines(file.patch);
        if (!lines.has(c.line) || (c.side !== undefined && c.side !== 'RIGHT')) {
          return ok(answer, 422, {
            message: 'Unprocessable Entity',
            errors: ['Pull request review thread line must be part of the diff'],
          });
        }
        // A multi-line comment: its first line comes before the last, on the same side, in the same hunk.
        if (c.start_line !== undefined || c.start_side !== undefined) {
          const start = c.start_line;
          if (
            start === undefined ||
            start >= c.line ||
            lines.get(start) !== lines.get(c.line) ||
            (c.start_side !== undefined && c.start_side !== (c.side ?? 'RIGHT'))
          ) {
            return ok(answer, 422, {
              message: 'Unprocessable Entity',
              errors: ['Pull request review thread start line must be part of the same hunk as the line'],
            });
          }
        }
      }
      const id = this.nextId++;
      const created: FakeReview = {
        id,
        node_id: nodeId('PRR', id),
        pull: pull.number,
        body: review.body ?? '',
        event: review.event ?? 'PENDING',
        commit_id: review.commit_id,
        user: this.user(bot),
        comments: review.comments ?? [],
      };
      this.reviews.push(created);
      for (const c of review.comments ?? []) {
        const cid = this.nextId++;
        this.reviewComments.push({
          id: cid,
          node_id: nodeId('PRRC', cid),
          body: c.body,
          user: this.user(bot),
          path: c.path,
          line: c.line,
          commit_id: review.commit_id,
          pull: pull.number,
        });
      }
      return ok(answer, 200, { ...created, state: 'COMMENTED', comments: undefined });
    }
    if ((m = /^\/pulls\/comments\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const comment = this.reviewComments.find((c) => String(c.id) === m?.[1]);
      if (!comment) return ok(answer, 404, { message: 'Not Found' });
      if (tooLong((body as { body: string }).body)) return ok(answer, 422, bodyTooLong);
      comment.body = (body as { body: string }).body;
      return ok(answer, 200, comment);
    }
    if ((m = /^\/pulls\/comments\/(\d+)$/.exec(rest)) && method === 'DELETE') {
      this.violations.push('podsec must not delete review comments');
      return ok(answer, 500, { message: 'podsec must not delete comments' });
    }
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest)) && method === 'POST') {
      if (tooLong((body as { body: string }).body)) return ok(answer, 422, bodyTooLong);
      const id = this.nextId++;
      const comment: FakeComment = {
        id,
        node_id: nodeId('IC', id),
        body: (body as { body: string }).body,
        user: this.user(bot),
        pull: Number(m[1]),
      };
      this.issueComments.push(comment);
      return ok(answer, 201, comment);
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const comment = this.issueComments.find((c) => String(c.id) === m?.[1]);
      if (!comment) return ok(answer, 404, { message: 'Not Found' });
      if (tooLong((body as { body: string }).body)) return ok(answer, 422, bodyTooLong);
      comment.body = (body as { body: string }).body;
      return ok(answer, 200, comment);
    }
    if (rest === '/code-scanning/sarifs' && method === 'POST') {
      const id = `47177e22-5596-11eb-80a1-c1e54ef945c${this.sarifUploads.length}`;
      this.sarifUploads.push({ id, body: body as Record<string, unknown> });
      return ok(answer, 202, { id, url: `${this.url}${repoPrefix}/code-scanning/sarifs/${id}` });
    }
    if ((m = /^\/code-scanning\/sarifs\/([\w-]+)$/.exec(rest)) && method === 'GET') {
      const id = m[1] ?? '';
      if (!this.sarifUploads.some((u) => u.id === id)) return ok(answer, 404, { message: 'Not Found' });
      const polls = (this.sarifPolls.get(id) ?? 0) + 1;
      this.sarifPolls.set(id, polls);
      const pending = polls <= (this.options.sarifPendingPolls ?? 0);
      return ok(answer, 200, { processing_status: pending ? 'pending' : 'complete', analyses_url: null, errors: null });
    }
    ok(answer, 404, { message: `Not Found (fake has no ${method} ${path})` });
  }

  private graphql(request: { query: string; variables: Record<string, unknown> }, answer: Answer): void {
    if (/reviewThreads/.test(request.query)) {
      // GraphQL's Int is 32 bits: GitHub cannot answer `databaseId` for today's comment ids.
      if (/\bdatabaseId\b/.test(request.query)) {
        return ok(answer, 200, {
          data: null,
          errors: [
            {
              message: `Int cannot represent non 32-bit signed integer value: ${FIRST_ID}`,
              path: ['repository', 'pullRequest', 'reviewThreads'],
            },
          ],
        });
      }
      const pull = Number(request.variables['number']);
      const roots = this.reviewComments.filter((c) => c.pull === pull && c.in_reply_to_id === undefined);
      const nodes = roots.map((c) => ({
        id: nodeId('PRRT', c.id),
        isResolved: this.resolvedThreads.includes(nodeId('PRRT', c.id)),
        comments: { nodes: [{ id: c.node_id }] },
      }));
      return ok(answer, 200, {
        data: {
          repository: { pullRequest: { reviewThreads: { pageInfo: { hasNextPage: false, endCursor: null }, nodes } } },
        },
      });
    }
    if (/resolveReviewThread/.test(request.query)) {
      const threadId = String(request.variables['threadId']);
      this.resolvedThreads.push(threadId);
      return ok(answer, 200, { data: { resolveReviewThread: { thread: { id: threadId, isResolved: true } } } });
    }
    ok(answer, 200, { data: null, errors: [{ message: 'fake GitHub does not know this query' }] });
  }

  /** The thread id GitHub gives the thread a review comment opened. */
  threadOf(commentId: number): string {
    return nodeId('PRRT', commentId);
  }
}

interface Answer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

function ok(answer: Answer, status: number, body: unknown): void {
  answer.status = status;
  answer.body = body;
}
