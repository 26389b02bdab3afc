/**
 * The one place that talks to the GitHub API. Everything else in podsec goes through the small
 * {@link GitHubClient} interface, so tests can point it at a local server (or a fake object).
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { GitHub, defaults as actionsDefaults, getOctokitOptions } from '@actions/github/lib/utils';
import type { ExistingComment, PullFile } from '../report/pr-review.js';

/** owner/name of a repository. */
export interface RepoRef {
  readonly owner: string;
  readonly repo: string;
}

export interface ReviewCommentInput {
  readonly path: string;
  readonly line: number;
  readonly side: 'RIGHT';
  readonly body: string;
}

export interface PullInfo {
  readonly number: number;
  readonly headSha: string;
  /** `owner/name` of the head repository; undefined when the fork was deleted. */
  readonly headRepo: string | undefined;
  readonly baseRepo: string;
  readonly state: string;
}

export interface SarifUploadRequest {
  readonly commitSha: string;
  readonly ref: string;
  /** base64 of the gzipped SARIF JSON. */
  readonly sarif: string;
  readonly toolName?: string;
  readonly checkoutUri?: string;
  readonly startedAt?: string;
}

export interface SarifStatus {
  readonly processingStatus: 'pending' | 'complete' | 'failed' | string;
  readonly errors: readonly string[];
  readonly analysesUrl?: string;
}

/** What podsec needs from GitHub, nothing more. */
export interface GitHubClient {
  getPull(repo: RepoRef, pull: number): Promise<PullInfo>;
  listPullFiles(repo: RepoRef, pull: number): Promise<PullFile[]>;
  listReviewComments(repo: RepoRef, pull: number): Promise<ExistingComment[]>;
  listIssueComments(repo: RepoRef, pull: number): Promise<ExistingComment[]>;
  createReview(
    repo: RepoRef,
    pull: number,
    review: { readonly commitId: string; readonly body: string; readonly comments: readonly ReviewCommentInput[] },
  ): Promise<{ id: number }>;
  updateReviewComment(repo: RepoRef, commentId: number, body: string): Promise<void>;
  createIssueComment(repo: RepoRef, pull: number, body: string): Promise<{ id: number }>;
  updateIssueComment(repo: RepoRef, commentId: number, body: string): Promise<void>;
  graphql<T>(query: string, variables: Record<string, unknown>): Promise<T>;
  uploadSarif(repo: RepoRef, request: SarifUploadRequest): Promise<{ id: string }>;
  getSarif(repo: RepoRef, sarifId: string): Promise<SarifStatus>;
}

/** Retry and pacing knobs; production defaults follow GitHub's guidance, tests make them tiny. */
export interface GitHubClientOptions {
  /** REST base URL, e.g. `https://api.github.com` or a local test server. */
  readonly baseUrl: string;
  /** Replaces the HTTP transport (tests). */
  readonly fetch?: typeof fetch;
  /** Retries for 5xx, network errors and rate limits. Default 3. */
  readonly retries?: number;
  /** Unit of backoff in ms: retry n waits n² units; a `retry-after: s` waits s units. Default 1000. */
  readonly retryBaseMs?: number;
  /** Rate-limit waits longer than this many seconds are not waited out. Default 60. */
  readonly maxRateLimitWaitSeconds?: number;
  /** Minimum ms between write requests (GitHub asks for about a second). Default 1000. */
  readonly writeIntervalMs?: number;
  /** Receives one line per retry, for the log. */
  readonly log?: (message: string) => void;
}

/**
 * Spaces calls by a fixed interval, one at a time. Stands in for the throttling plugin's built-in
 * write and notification queues, whose 1 s / 3 s spacing is not configurable and would make tests slow.
 */
class SpacedQueue {
  private last = Promise.resolve();
  private lastStart = 0;

  constructor(private readonly intervalMs: number) {}

  key(): { schedule: <T>(options: unknown, fn: (...args: unknown[]) => Promise<T> | T, ...args: unknown[]) => Promise<T> } {
    return {
      schedule: <T>(_options: unknown, fn: (...args: unknown[]) => Promise<T> | T, ...args: unknown[]): Promise<T> => {
        const run = this.last.then(async () => {
          const wait = this.lastStart + this.intervalMs - Date.now();
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
          this.lastStart = Date.now();
          return fn(...args);
        });
        this.last = run.then(
          () => undefined,
          () => undefined,
        );
        return run;
      },
    };
  }
}

type Octokit = InstanceType<typeof GitHub>;

/** Builds a client for `token` with retry, rate-limit handling and write pacing. */
export function createGitHubClient(token: string, options: GitHubClientOptions): GitHubClient {
  const retries = options.retries ?? 3;
  const base = options.retryBaseMs ?? 1000;
  const maxWait = options.maxRateLimitWaitSeconds ?? 60;
  const log = options.log ?? (() => undefined);
  const writes = new SpacedQueue(options.writeIntervalMs ?? 1000);
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method?: string; url?: string }, _octokit: unknown, retryCount: number): boolean => {
      const what = `${request.method ?? ''} ${request.url ?? ''}`.trim();
      if (retryCount >= retries || retryAfter > maxWait) {
        log(`GitHub ${kind} rate limit on ${what}; not retrying (retry after ${retryAfter}s).`);
        return false;
      }
      log(`GitHub ${kind} rate limit on ${what}; retrying after ${retryAfter}s.`);
      return true;
    };

  // Every attempt passes through the transport, so this sees the failures the plugins retry.
  const transport = (options.fetch ?? (actionsDefaults.request?.fetch as typeof fetch | undefined) ?? fetch) as typeof fetch;
  const observedFetch = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const what = `${init?.method ?? 'GET'} ${new URL(String(url)).pathname}`;
    try {
      const response = await transport(url, init);
      if (response.status >= 500 || response.status === 429) log(`GitHub answered ${response.status} to ${what}.`);
      return response;
    } catch (error) {
      log(`Request ${what} failed: ${error instanceof Error ? error.message : String(error)}.`);
      throw error;
    }
  };

  const Client = GitHub.plugin(retry, throttling);
  const octokit: Octokit = new Client(
    getOctokitOptions(token, {
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      request: {
        ...actionsDefaults.request,
        fetch: observedFetch,
      },
      // 413 (too large) joins the plugin's list: the same body will never fit.
      retry: { retries, retryAfterBaseValue: base, doNotRetry: [400, 401, 403, 404, 410, 413, 422, 451] },
      throttle: {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        retryAfterBaseValue: base,
        fallbackSecondaryRateRetryAfter: 5,
        // Duck-typed Bottleneck groups: the plugin only calls key(id).schedule(options, fn).
        write: writes as never,
        notifications: writes as never,
      },
      log: {
        debug: () => undefined,
        info: () => undefined,
        warn: (message: string) => log(message),
        error: () => undefined,
      },
    }),
  ) as Octokit;
  const repoParams = (r: RepoRef): { owner: string; repo: string } => ({ owner: r.owner, repo: r.repo });

  return {
    async getPull(repo, pull) {
      const { data } = await octokit.rest.pulls.get({ ...repoParams(repo), pull_number: pull });
      return {
        number: data.number,
        headSha: data.head.sha,
        headRepo: data.head.repo?.full_name,
        baseRepo: data.base.repo.full_name,
        state: data.state,
      };
    },
    async listPullFiles(repo, pull) {
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, { ...repoParams(repo), pull_number: pull, per_page: 100 });
      return files.map((f) => ({ filename: f.filename, status: f.status, ...(f.patch !== undefined ? { patch: f.patch } : {}) }));
    },
    async listReviewComments(repo, pull) {
      const comments = await octokit.paginate(octokit.rest.pulls.listReviewComments, {
        ...repoParams(repo),
        pull_number: pull,
        per_page: 100,
      });
      return comments.map((c) => ({
        id: c.id,
        nodeId: c.node_id,
        kind: 'review' as const,
        body: c.body,
        author: c.user?.login,
        path: c.path,
        line: c.line ?? null,
        ...(c.in_reply_to_id !== undefined ? { inReplyTo: c.in_reply_to_id } : {}),
      }));
    },
    async listIssueComments(repo, pull) {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        ...repoParams(repo),
        issue_number: pull,
        per_page: 100,
      });
      return comments.map((c) => ({
        id: c.id,
        nodeId: c.node_id,
        kind: 'issue' as const,
        body: c.body ?? '',
        author: c.user?.login,
      }));
    },
    async createReview(repo, pull, review) {
      const { data } = await octokit.rest.pulls.createReview({
        ...repoParams(repo),
        pull_number: pull,
        commit_id: review.commitId,
        event: 'COMMENT',
        body: review.body,
        comments: review.comments.map((c) => ({ path: c.path, line: c.line, side: c.side, body: c.body })),
      });
      return { id: data.id };
    },
    async updateReviewComment(repo, commentId, body) {
      await octokit.rest.pulls.updateReviewComment({ ...repoParams(repo), comment_id: commentId, body });
    },
    async createIssueComment(repo, pull, body) {
      const { data } = await octokit.rest.issues.createComment({ ...repoParams(repo), issue_number: pull, body });
      return { id: data.id };
    },
    async updateIssueComment(repo, commentId, body) {
      await octokit.rest.issues.updateComment({ ...repoParams(repo), comment_id: commentId, body });
    },
    async graphql<T>(query: string, variables: Record<string, unknown>) {
      return octokit.graphql<T>(query, variables);
    },
    async uploadSarif(repo, request) {
      const { data } = await octokit.rest.codeScanning.uploadSarif({
        ...repoParams(repo),
        commit_sha: request.commitSha,
        ref: request.ref,
        sarif: request.sarif,
        ...(request.toolName !== undefined ? { tool_name: request.toolName } : {}),
        ...(request.checkoutUri !== undefined ? { checkout_uri: request.checkoutUri } : {}),
        ...(request.startedAt !== undefined ? { started_at: request.startedAt } : {}),
      });
      if (typeof data.id !== 'string') throw new Error('GitHub accepted the SARIF upload but returned no id.');
      return { id: data.id };
    },
    async getSarif(repo, sarifId) {
      const { data } = await octokit.rest.codeScanning.getSarif({ ...repoParams(repo), sarif_id: sarifId });
      return {
        processingStatus: data.processing_status ?? 'pending',
        errors: data.errors ?? [],
        ...(data.analyses_url ? { analysesUrl: data.analyses_url } : {}),
      };
    },
  };
}
