/**
 * The one place that talks to the GitHub API. Everything else in podsec goes through the small
 * {@link GitHubClient} interface, so tests can point it at a local server (or a fake object).
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { GitHub, defaults as actionsDefaults, getOctokitOptions } from '@actions/github/lib/utils';
import type { ExistingComment, PullFile } from '../report/pr-review.js';
import { apiMessageOf, statusOf, WritesStopped } from './errors.js';

/** owner/name of a repository. */
export interface RepoRef {
  readonly owner: string;
  readonly repo: string;
}

export interface ReviewCommentInput {
  readonly path: string;
  /** First line of a multi-line comment; `line` is its last, on the same side and in the same hunk. */
  readonly startLine?: number;
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
  /** How many files the pull request changes; `pulls.listFiles` lists at most 3,000 of them. */
  readonly changedFiles: number | undefined;
}

/** A review on the pull request, as far as podsec needs it to recognise its own. */
export interface ExistingReview {
  readonly id: number;
  readonly body: string;
  readonly author: string | undefined;
  readonly commitId: string | undefined;
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
  listReviews(repo: RepoRef, pull: number): Promise<ExistingReview[]>;
  /**
   * Creates a review. GitHub has no idempotency key, so a create that fails in transit is not resent
   * blindly: the reviews are listed first, and `isOurs` recognises one the failed attempt did create.
   */
  createReview(
    repo: RepoRef,
    pull: number,
    review: { readonly commitId: string; readonly body: string; readonly comments: readonly ReviewCommentInput[] },
    isOurs: (review: ExistingReview) => boolean,
  ): Promise<{ id: number }>;
  updateReviewComment(repo: RepoRef, commentId: number, body: string): Promise<void>;
  /** Creates an issue comment; like createReview, checks with `isOurs` before resending a failed create. */
  createIssueComment(
    repo: RepoRef,
    pull: number,
    body: string,
    isOurs: (comment: ExistingComment) => boolean,
  ): Promise<{ id: number }>;
  updateIssueComment(repo: RepoRef, commentId: number, body: string): Promise<void>;
  graphql<T>(query: string, variables: Record<string, unknown>): Promise<T>;
  uploadSarif(repo: RepoRef, request: SarifUploadRequest): Promise<{ id: string }>;
  getSarif(repo: RepoRef, sarifId: string): Promise<SarifStatus>;
}

/** Time as the client sees it; tests pass a virtual clock so rate-limit waits take no real time. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Retry and pacing knobs; production defaults follow GitHub's guidance, tests make them tiny. */
export interface GitHubClientOptions {
  /** REST base URL, e.g. `https://api.github.com` or a local test server. */
  readonly baseUrl: string;
  /** Replaces the HTTP transport (tests). */
  readonly fetch?: typeof fetch;
  /** Retries for 5xx and network errors. Default 3. */
  readonly retries?: number;
  /**
   * How long "one second" lasts, in ms (default 1000): retry n after a 5xx waits n² of them, and a
   * rate limit's `retry-after: s` waits s of them. Tests shrink it.
   */
  readonly retryBaseMs?: number;
  /** Where rate-limit and create-retry waits happen. Default: the system clock. */
  readonly clock?: Clock;
  /** Primary rate-limit waits longer than this many seconds are not waited out. Default 60. */
  readonly maxRateLimitWaitSeconds?: number;
  /** Minimum ms between write requests (GitHub asks for about a second). Default 1000. */
  readonly writeIntervalMs?: number;
  /** Receives one line per retry, wait or give-up, for the log. */
  readonly log?: (message: string) => void;
}

/** GitHub: "wait for at least one minute before retrying" a secondary limit that names no time. */
const SECONDARY_FALLBACK_SECONDS = 60;
/** After this many secondary rate limits in one run podsec writes nothing more. */
const SECONDARY_LIMITS_BEFORE_STOP = 2;

/**
 * Spaces calls by a fixed interval, one at a time. Stands in for the throttling plugin's built-in
 * write and notification queues, whose 1 s / 3 s spacing is not configurable and would make tests slow.
 */
class SpacedQueue {
  private last = Promise.resolve();
  private lastStart = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly intervalMs: number,
    private readonly clock: Clock,
  ) {}

  key(): {
    schedule: <T>(options: unknown, fn: (...args: unknown[]) => Promise<T> | T, ...args: unknown[]) => Promise<T>;
  } {
    return {
      schedule: <T>(_options: unknown, fn: (...args: unknown[]) => Promise<T> | T, ...args: unknown[]): Promise<T> => {
        const run = this.last.then(async () => {
          const wait = this.lastStart + this.intervalMs - this.clock.now();
          if (wait > 0) await this.clock.sleep(wait);
          this.lastStart = this.clock.now();
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

/**
 * A failure in transit or on GitHub's side: the request may or may not have taken effect. Octokit reports a
 * dropped connection as status 500; an error without a status never reached GitHub (WritesStopped).
 */
function isTransient(error: unknown): boolean {
  const status = statusOf(error);
  return status !== undefined && status >= 500;
}

/** True for requests that change something (GraphQL queries are POSTs that only read). */
function isWrite(options: { method?: string; url?: string; query?: unknown }): boolean {
  const method = (options.method ?? 'GET').toUpperCase();
  if (method === 'GET' || method === 'HEAD') return false;
  if (/\/graphql$/.test(options.url ?? '') && typeof options.query === 'string')
    return !/^\s*query\b/.test(options.query);
  return true;
}

type Octokit = InstanceType<typeof GitHub>;

/** The options with their defaults filled in. */
interface ClientSettings {
  readonly retries: number;
  /** How long "one second" lasts, in ms. */
  readonly unit: number;
  readonly clock: Clock;
  readonly maxRateLimitWaitSeconds: number;
  readonly log: (message: string) => void;
}

type RequestInfo = { method?: string; url?: string };

const describeRequest = (request: RequestInfo): string => `${request.method ?? ''} ${request.url ?? ''}`.trim();

/** Builds a client for `token` with retries, rate-limit handling and write pacing. */
export function createGitHubClient(token: string, options: GitHubClientOptions): GitHubClient {
  const settings: ClientSettings = {
    retries: options.retries ?? 3,
    unit: options.retryBaseMs ?? 1000,
    clock: options.clock ?? systemClock,
    maxRateLimitWaitSeconds: options.maxRateLimitWaitSeconds ?? 60,
    log: options.log ?? (() => undefined),
  };
  const octokit = createOctokit(token, options, settings);
  const reads = pullRequestReads(octokit);
  return {
    ...reads,
    ...pullRequestWrites(octokit, reads, settings),
    async graphql<T>(query: string, variables: Record<string, unknown>) {
      return octokit.graphql<T>(query, variables);
    },
    ...codeScanning(octokit),
  };
}

/**
 * Rate-limit handling for the throttling plugin, which owns rate limits (the retry plugin is told not to
 * touch 403 and 429). Its own wait is switched off (retryAfterBaseValue 0) so that every wait happens here,
 * on the injectable clock. After too many secondary limits, `stopped` says why podsec writes no more.
 */
function rateLimitHandlers(settings: ClientSettings): {
  onPrimaryLimit: (retryAfter: number, request: RequestInfo, octokit: unknown, retryCount: number) => Promise<boolean>;
  onSecondaryLimit: (retryAfter: number, request: RequestInfo) => Promise<boolean>;
  stopped: () => string | undefined;
} {
  const { clock, log, unit } = settings;
  let secondaryLimits = 0;
  let stopped: string | undefined;
  return {
    async onPrimaryLimit(retryAfter, request, _octokit, retryCount) {
      if (retryCount >= 1 || retryAfter > settings.maxRateLimitWaitSeconds) {
        log(
          `GitHub API rate limit of the token is used up on ${describeRequest(request)}; it resets in ${retryAfter}s, not waiting.`,
        );
        return false;
      }
      log(
        `GitHub API rate limit of the token is used up on ${describeRequest(request)}; waiting ${retryAfter}s for the reset.`,
      );
      await clock.sleep(retryAfter * unit);
      return true;
    },
    async onSecondaryLimit(retryAfter, request) {
      secondaryLimits += 1;
      if (secondaryLimits >= SECONDARY_LIMITS_BEFORE_STOP) {
        stopped = `GitHub's secondary rate limit was hit ${secondaryLimits} times in this run; podsec stops writing to GitHub until the next run.`;
        log(`${stopped} (${describeRequest(request)})`);
        return false;
      }
      // Without retry-after GitHub asks for at least a minute, longer with each further limit.
      const seconds = retryAfter > 0 ? retryAfter : SECONDARY_FALLBACK_SECONDS * 2 ** (secondaryLimits - 1);
      log(
        `GitHub secondary rate limit on ${describeRequest(request)}; waiting ${seconds}s before retrying${retryAfter > 0 ? ' (retry-after)' : ''}.`,
      );
      await clock.sleep(seconds * unit);
      return true;
    },
    stopped: () => stopped,
  };
}

/** The transport with a log line for each failure; every attempt passes through it, so it sees what the plugins retry. */
function observingFetch(transport: typeof fetch, log: (message: string) => void): typeof fetch {
  return async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
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
}

/** Octokit with the retry and throttling plugins, paced writes, and no writes once rate limits said stop. */
function createOctokit(token: string, options: GitHubClientOptions, settings: ClientSettings): Octokit {
  const { log } = settings;
  const writes = new SpacedQueue(options.writeIntervalMs ?? 1000, settings.clock);
  const limits = rateLimitHandlers(settings);
  const transport = (options.fetch ??
    (actionsDefaults.request?.fetch as typeof fetch | undefined) ??
    fetch) as typeof fetch;
  const Client = GitHub.plugin(retry, throttling);
  const octokit: Octokit = new Client(
    getOctokitOptions(token, {
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      request: {
        ...actionsDefaults.request,
        fetch: observingFetch(transport, log),
      },
      // 403 and 429 belong to the throttling plugin; 413 (too large) joins the list: the same body will never fit.
      retry: {
        retries: settings.retries,
        retryAfterBaseValue: settings.unit,
        doNotRetry: [400, 401, 403, 404, 410, 413, 422, 429, 451],
      },
      throttle: {
        onRateLimit: limits.onPrimaryLimit,
        onSecondaryRateLimit: limits.onSecondaryLimit,
        retryAfterBaseValue: 0,
        // 0 means "GitHub named no time": onSecondaryLimit then waits a minute or more.
        fallbackSecondaryRateRetryAfter: 0,
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
  octokit.hook.before('request', (request) => {
    const stopped = limits.stopped();
    if (stopped !== undefined && isWrite(request as { method?: string; url?: string; query?: unknown }))
      throw new WritesStopped(stopped);
  });
  return octokit;
}

/**
 * Sends a create once per attempt (the retry plugin is off for it). After a failure in transit the
 * create may have happened anyway, so before each retry `findOurs` looks for it.
 */
async function createOnce<T>(
  settings: ClientSettings,
  what: string,
  create: () => Promise<T>,
  findOurs: () => Promise<T | undefined>,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await create();
    } catch (error) {
      if (!isTransient(error) || attempt > settings.retries) throw error;
      settings.log(
        `Creating the ${what} failed (${statusOf(error) ?? 'no answer'}: ${apiMessageOf(error)}); checking whether GitHub created it before retrying.`,
      );
      await settings.clock.sleep(attempt ** 2 * settings.unit);
      const ours = await findOurs();
      if (ours !== undefined) {
        settings.log(`GitHub had created the ${what}; not creating it again.`);
        return ours;
      }
    }
  }
}

/** Request options for a create that createOnce retries itself. */
const ONCE = { request: { retries: 0 } };

const repoParams = (r: RepoRef): { owner: string; repo: string } => ({ owner: r.owner, repo: r.repo });

type PullRequestReads = Pick<
  GitHubClient,
  'getPull' | 'listPullFiles' | 'listReviewComments' | 'listIssueComments' | 'listReviews'
>;

function pullRequestReads(octokit: Octokit): PullRequestReads {
  return {
    async getPull(repo, pull) {
      const { data } = await octokit.rest.pulls.get({ ...repoParams(repo), pull_number: pull });
      return {
        number: data.number,
        headSha: data.head.sha,
        headRepo: data.head.repo?.full_name,
        baseRepo: data.base.repo.full_name,
        state: data.state,
        changedFiles: typeof data.changed_files === 'number' ? data.changed_files : undefined,
      };
    },
    async listPullFiles(repo, pull) {
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
        ...repoParams(repo),
        pull_number: pull,
        per_page: 100,
      });
      return files.map((f) => ({
        filename: f.filename,
        status: f.status,
        ...(f.patch !== undefined ? { patch: f.patch } : {}),
      }));
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
    async listReviews(repo, pull) {
      const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, {
        ...repoParams(repo),
        pull_number: pull,
        per_page: 100,
      });
      return reviews.map((r) => ({
        id: r.id,
        body: r.body ?? '',
        author: r.user?.login,
        commitId: r.commit_id ?? undefined,
      }));
    },
  };
}

type PullRequestWrites = Pick<
  GitHubClient,
  'createReview' | 'updateReviewComment' | 'createIssueComment' | 'updateIssueComment'
>;

/** Reviews and comments; a create that fails in transit looks for its result through `reads` before retrying. */
function pullRequestWrites(octokit: Octokit, reads: PullRequestReads, settings: ClientSettings): PullRequestWrites {
  return {
    async createReview(repo, pull, review, isOurs) {
      return createOnce(
        settings,
        'pull request review',
        async () => {
          const { data } = await octokit.rest.pulls.createReview({
            ...repoParams(repo),
            pull_number: pull,
            commit_id: review.commitId,
            event: 'COMMENT',
            body: review.body,
            comments: review.comments.map((c) => ({
              path: c.path,
              ...(c.startLine !== undefined ? { start_line: c.startLine, start_side: c.side } : {}),
              line: c.line,
              side: c.side,
              body: c.body,
            })),
            ...ONCE,
          });
          return { id: data.id };
        },
        async () => {
          const found = (await reads.listReviews(repo, pull)).find(isOurs);
          return found ? { id: found.id } : undefined;
        },
      );
    },
    async updateReviewComment(repo, commentId, body) {
      await octokit.rest.pulls.updateReviewComment({ ...repoParams(repo), comment_id: commentId, body });
    },
    async createIssueComment(repo, pull, body, isOurs) {
      return createOnce(
        settings,
        'pull request comment',
        async () => {
          const { data } = await octokit.rest.issues.createComment({
            ...repoParams(repo),
            issue_number: pull,
            body,
            ...ONCE,
          });
          return { id: data.id };
        },
        async () => {
          const found = (await reads.listIssueComments(repo, pull)).find(isOurs);
          return found ? { id: found.id } : undefined;
        },
      );
    },
    async updateIssueComment(repo, commentId, body) {
      await octokit.rest.issues.updateComment({ ...repoParams(repo), comment_id: commentId, body });
    },
  };
}

function codeScanning(octokit: Octokit): Pick<GitHubClient, 'uploadSarif' | 'getSarif'> {
  return {
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
