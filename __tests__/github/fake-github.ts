/**
 * A small stand-in for the GitHub REST and GraphQL APIs on 127.0.0.1, with just enough behaviour to
 * judge podsec's requests: it checks review comments against the PR diff and commit, paginates, keeps
 * comments between runs, records every request, and injects faults (429, 5xx, 403, 422, resets).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

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

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: unknown;
}

export interface Fault {
  method?: string;
  /** Matched against the path (no query). */
  path: RegExp;
  status: number;
  /** How many matching requests fail; then the real handler answers. Default 1. */
  times?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Drop the connection instead of answering. */
  reset?: boolean;
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
}

function rightLines(patch: string): Set<number> {
  // Independent of podsec's parser on purpose: walk hunks and count + and space lines.
  const out = new Set<number>();
  let line = 0;
  let left = 0;
  for (const row of patch.split('\n')) {
    const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(row);
    if (m) {
      line = Number(m[1]);
      left = m[2] === undefined ? 1 : Number(m[2]);
      continue;
    }
    if (left > 0 && (row.startsWith('+') || row.startsWith(' '))) {
      out.add(line);
      line += 1;
      left -= 1;
    }
  }
  return out;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly reviews: { id: number; pull: number; body: string; event: string; commit_id: string; comments: unknown[] }[] = [];
  readonly reviewComments: FakeComment[] = [];
  readonly issueComments: FakeComment[] = [];
  readonly sarifUploads: { id: string; body: Record<string, unknown> }[] = [];
  readonly resolvedThreads: string[] = [];
  readonly faults: Fault[] = [];
  options: FakeGitHubOptions;
  private server: Server | undefined;
  private nextId = 1000;
  private sarifPolls = new Map<string, number>();

  constructor(options: FakeGitHubOptions) {
    this.options = options;
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo | undefined;
    if (!address) throw new Error('fake GitHub is not listening');
    return `http://127.0.0.1:${address.port}`;
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

  /** Requests other than GET (writes), optionally filtered by path. */
  writes(path?: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && (!path || path.test(r.path)) && !(r.path === '/graphql' && isQuery(r.body)));
  }

  /** Adds a reply by a person to a review comment (to test that podsec never deletes such threads). */
  addReply(to: number, login: string, body: string): void {
    const parent = this.reviewComments.find((c) => c.id === to);
    this.reviewComments.push({
      id: this.nextId++,
      node_id: `RC_${this.nextId}`,
      body,
      user: { login, type: 'User' },
      path: parent?.path,
      line: parent?.line ?? null,
      in_reply_to_id: to,
      pull: parent?.pull,
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
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
    this.requests.push({ method, path: url.pathname, query: url.searchParams, authorization: req.headers.authorization, body });

    const fault = this.faults.find((f) => (f.method === undefined || f.method === method) && f.path.test(url.pathname) && (f.times ?? 1) > 0);
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.reset) {
        req.socket.destroy();
        return;
      }
      this.send(res, fault.status, fault.body ?? { message: `injected ${fault.status}` }, fault.headers);
      return;
    }
    try {
      this.route(method, url, body, res);
    } catch (error) {
      this.send(res, 500, { message: `fake GitHub error: ${(error as Error).message}` });
    }
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  }

  private paginate(res: ServerResponse, url: URL, items: unknown[]): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), this.options.maxPerPage ?? 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(page + 1));
      next.host = this.url.replace('http://', '');
      headers['link'] = `<${next.toString()}>; rel="next"`;
    }
    this.send(res, 200, slice, headers);
  }

  private pull(n: string | undefined): FakePull | undefined {
    return this.options.pulls.find((p) => String(p.number) === n);
  }

  private forbidden(res: ServerResponse): void {
    this.send(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
  }

  private route(method: string, url: URL, body: unknown, res: ServerResponse): void {
    const path = url.pathname;
    const repoPrefix = `/repos/${this.options.repo}`;
    const bot = this.options.botLogin ?? 'github-actions[bot]';
    if (method !== 'GET' && this.options.readOnly && !(path === '/graphql' && isQuery(body))) {
      this.forbidden(res);
      return;
    }
    if (path === '/graphql' && method === 'POST') {
      this.graphql(body as { query: string; variables: Record<string, unknown> }, res);
      return;
    }
    if (!path.startsWith(`${repoPrefix}/`)) {
      this.send(res, 404, { message: 'Not Found' });
      return;
    }
    const rest = path.slice(repoPrefix.length);
    let m: RegExpExecArray | null;
    if ((m = /^\/pulls\/(\d+)$/.exec(rest)) && method === 'GET') {
      const pull = this.pull(m[1]);
      if (!pull) return this.send(res, 404, { message: 'Not Found' });
      return this.send(res, 200, {
        number: pull.number,
        state: 'open',
        head: { sha: pull.headSha, repo: { full_name: pull.headRepo } },
        base: { repo: { full_name: pull.baseRepo } },
      });
    }
    if ((m = /^\/pulls\/(\d+)\/files$/.exec(rest)) && method === 'GET') {
      const pull = this.pull(m[1]);
      if (!pull) return this.send(res, 404, { message: 'Not Found' });
      return this.paginate(res, url, pull.files.map((f) => ({ status: 'modified', ...f })));
    }
    if ((m = /^\/pulls\/(\d+)\/comments$/.exec(rest)) && method === 'GET') {
      return this.paginate(res, url, this.reviewComments.filter((c) => String(c.pull) === m?.[1]));
    }
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest)) && method === 'GET') {
      return this.paginate(res, url, this.issueComments.filter((c) => String(c.pull) === m?.[1]));
    }
    if ((m = /^\/pulls\/(\d+)\/reviews$/.exec(rest)) && method === 'POST') {
      const pull = this.pull(m[1]);
      if (!pull) return this.send(res, 404, { message: 'Not Found' });
      const review = body as { commit_id: string; body?: string; event?: string; comments?: { path: string; line: number; side?: string; body: string }[] };
      if (review.commit_id !== pull.headSha) {
        return this.send(res, 422, { message: 'Unprocessable Entity', errors: ['The commitOID is not part of the pull request'] });
      }
      if ((review.event === 'COMMENT' || review.event === 'REQUEST_CHANGES') && !review.body) {
        return this.send(res, 422, { message: 'Unprocessable Entity', errors: ['Body is required for COMMENT'] });
      }
      for (const c of review.comments ?? []) {
        const file = pull.files.find((f) => f.filename === c.path);
        if (!file?.patch || !rightLines(file.patch).has(c.line) || (c.side !== undefined && c.side !== 'RIGHT')) {
          return this.send(res, 422, { message: 'Unprocessable Entity', errors: ['Pull request review thread line must be part of the diff'] });
        }
      }
      const id = this.nextId++;
      this.reviews.push({ id, pull: pull.number, body: review.body ?? '', event: review.event ?? 'PENDING', commit_id: review.commit_id, comments: review.comments ?? [] });
      for (const c of review.comments ?? []) {
        const cid = this.nextId++;
        this.reviewComments.push({ id: cid, node_id: `RC_${cid}`, body: c.body, user: { login: bot, type: 'Bot' }, path: c.path, line: c.line, commit_id: review.commit_id, pull: pull.number });
      }
      return this.send(res, 200, { id, state: 'COMMENTED', body: review.body });
    }
    if ((m = /^\/pulls\/comments\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const comment = this.reviewComments.find((c) => String(c.id) === m?.[1]);
      if (!comment) return this.send(res, 404, { message: 'Not Found' });
      comment.body = (body as { body: string }).body;
      return this.send(res, 200, comment);
    }
    if ((m = /^\/pulls\/comments\/(\d+)$/.exec(rest)) && method === 'DELETE') {
      return this.send(res, 500, { message: 'podsec must not delete comments' });
    }
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest)) && method === 'POST') {
      const id = this.nextId++;
      const comment: FakeComment = { id, node_id: `IC_${id}`, body: (body as { body: string }).body, user: { login: bot, type: 'Bot' }, pull: Number(m[1]) };
      this.issueComments.push(comment);
      return this.send(res, 201, comment);
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const comment = this.issueComments.find((c) => String(c.id) === m?.[1]);
      if (!comment) return this.send(res, 404, { message: 'Not Found' });
      comment.body = (body as { body: string }).body;
      return this.send(res, 200, comment);
    }
    if (rest === '/code-scanning/sarifs' && method === 'POST') {
      const id = `sarif-${this.nextId++}`;
      this.sarifUploads.push({ id, body: body as Record<string, unknown> });
      return this.send(res, 202, { id, url: `${this.url}${repoPrefix}/code-scanning/sarifs/${id}` });
    }
    if ((m = /^\/code-scanning\/sarifs\/([\w-]+)$/.exec(rest)) && method === 'GET') {
      const id = m[1] ?? '';
      if (!this.sarifUploads.some((u) => u.id === id)) return this.send(res, 404, { message: 'Not Found' });
      const polls = (this.sarifPolls.get(id) ?? 0) + 1;
      this.sarifPolls.set(id, polls);
      const pending = polls <= (this.options.sarifPendingPolls ?? 0);
      return this.send(res, 200, { processing_status: pending ? 'pending' : 'complete', analyses_url: null, errors: null });
    }
    this.send(res, 404, { message: `Not Found (fake has no ${method} ${path})` });
  }

  private graphql(request: { query: string; variables: Record<string, unknown> }, res: ServerResponse): void {
    if (/reviewThreads/.test(request.query)) {
      const pull = Number(request.variables['number']);
      const roots = this.reviewComments.filter((c) => c.pull === pull && c.in_reply_to_id === undefined);
      const nodes = roots.map((c) => ({
        id: `THREAD_${c.id}`,
        isResolved: this.resolvedThreads.includes(`THREAD_${c.id}`),
        comments: { nodes: [{ databaseId: c.id }] },
      }));
      return this.send(res, 200, { data: { repository: { pullRequest: { reviewThreads: { pageInfo: { hasNextPage: false, endCursor: null }, nodes } } } } });
    }
    if (/resolveReviewThread/.test(request.query)) {
      if (this.options.readOnly) return this.send(res, 200, { data: null, errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] });
      const threadId = String(request.variables['threadId']);
      this.resolvedThreads.push(threadId);
      return this.send(res, 200, { data: { resolveReviewThread: { thread: { id: threadId, isResolved: true } } } });
    }
    this.send(res, 200, { data: null, errors: [{ message: 'fake GitHub does not know this query' }] });
  }
}

function isQuery(body: unknown): boolean {
  const query = (body as { query?: unknown } | undefined)?.query;
  return typeof query === 'string' && /^\s*query\b/.test(query);
}
