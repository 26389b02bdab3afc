/**
 * Carries out a review plan on a pull request: one review with inline comments on diff lines, stale
 * comments marked fixed and their threads resolved, and one sticky summary comment edited in place.
 */
import { randomBytes } from 'node:crypto';
import type { FailOn, Finding, ScanError, WorkloadVerdict } from '../findings/types.js';
import type { BaselineTally } from '../baseline/render.js';
import {
  DEFAULT_BOT_LOGIN,
  planReview,
  SUMMARY_MARKER,
  type ExistingComment,
  type ReviewPlan,
  type ReviewPlanInput,
} from '../report/pr-review.js';
import type { GitHubClient, RepoRef } from './client.js';
import {
  apiMessageOf,
  describeGitHubError,
  isForbidden,
  rateLimitOf,
  statusOf,
  stopsWrites,
  type GitHubOperation,
} from './errors.js';

export interface PublishLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface PublishReviewInput {
  readonly repo: RepoRef;
  readonly pull: number;
  /** PR head commit: review comments are anchored to it. */
  readonly headSha: string;
  readonly findings: readonly Finding[];
  readonly errors: readonly ScanError[];
  /** Every workload's verdict: the summary comment counts workloads as the other reports do. */
  readonly workloads?: readonly WorkloadVerdict[];
  /** `review`: inline comments + summary; `summary`: the summary comment only. */
  readonly comment: 'review' | 'summary';
  readonly botLogin?: string;
  readonly maxInline?: number;
  /** A line of the scanned checkout, to confirm it is the line the diff shows (see ReviewPlanInput). */
  readonly scannedLine?: (file: string, line: number) => string | undefined;
  /** How many files the pull request changes, when the caller has read the pull request already. */
  readonly changedFiles?: number;
  /** Where the full report is (the workflow run), for bodies clipped to GitHub's size limit. */
  readonly reportUrl?: string;
  /** Which problems fail the run; they head the summary comment. */
  readonly failOn?: FailOn;
  /** `…/owner/repo/blob/<head sha>`: summary locations link to the file line. */
  readonly blobUrl?: string;
  /** The comparison with a baseline, when one was made (its counts head the summary comment). */
  readonly baseline?: BaselineTally;
  /** The fix an inline comment can carry (see ReviewPlanInput); absent without a checkout of the scanned code. */
  readonly fixFor?: ReviewPlanInput['fixFor'];
}

export interface PublishReviewOutcome {
  readonly reviewId: number | undefined;
  readonly inlineComments: number;
  /** True when GitHub rejected the inline comments and the findings went into the review body. */
  readonly fallback: boolean;
  readonly staleMarked: number;
  readonly threadsResolved: number;
  readonly summary: 'created' | 'updated' | 'unchanged' | 'skipped' | 'failed';
  readonly summaryCommentId: number | undefined;
  /** True when GitHub refused a write for lack of permission; later writes were skipped. */
  readonly forbidden: boolean;
  /** True when a rate limit stopped the writes; later writes were skipped. */
  readonly rateLimited: boolean;
  readonly plan: ReviewPlan | undefined;
}

/** GitHub refuses comment, review and issue comment bodies longer than this many characters. */
export const GITHUB_BODY_LIMIT = 65_536;
/** podsec's bodies stay this far below it, pointer included. */
const BODY_BUDGET = GITHUB_BODY_LIMIT - 536;

/**
 * Clips a body to fit GitHub's limit, ending with a pointer to the full report. Never ends inside a code
 * fence: a clipped ```suggestion block would offer half a line as the fix.
 */
export function clipBody(body: string, reportUrl?: string): string {
  if (body.length <= BODY_BUDGET) return body;
  const where = reportUrl !== undefined ? `the [workflow run](${reportUrl})` : 'the workflow run';
  const pointer = `\n\n… (clipped: GitHub accepts at most ${GITHUB_BODY_LIMIT.toLocaleString('en-US')} characters here; the full report is in ${where}: its job summary and podsec's JSON report)`;
  let kept = body.slice(0, BODY_BUDGET - pointer.length);
  // Do not split a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1);
  const fences = kept.match(/^```/gm) ?? [];
  if (fences.length % 2 === 1) kept = kept.slice(0, kept.lastIndexOf('\n```') + 1 || kept.lastIndexOf('```'));
  return `${kept.trimEnd()}${pointer}`;
}

/** A write failure after which the remaining writes of the run are skipped (permission or rate limit). */
class StopWrites extends Error {
  constructor(
    message: string,
    readonly forbidden: boolean,
  ) {
    super(message);
  }
}

function stopOr(error: unknown, operation: GitHubOperation): void {
  if (stopsWrites(error)) throw new StopWrites(describeGitHubError(operation, error), isForbidden(error));
}

/**
 * Publishes podsec's findings on a pull request. Never throws for GitHub failures: each is logged once
 * as a warning, and a permission error or a rate limit stops the remaining writes.
 */
export async function publishReview(
  client: GitHubClient,
  input: PublishReviewInput,
  log: PublishLog,
): Promise<PublishReviewOutcome> {
  const outcome = {
    reviewId: undefined as number | undefined,
    inlineComments: 0,
    fallback: false,
    staleMarked: 0,
    threadsResolved: 0,
    summary: 'skipped' as PublishReviewOutcome['summary'],
    summaryCommentId: undefined as number | undefined,
    forbidden: false,
    rateLimited: false,
    plan: undefined as ReviewPlan | undefined,
  };

  // One read after another: GitHub asks integrations not to send requests concurrently.
  let files: Awaited<ReturnType<GitHubClient['listPullFiles']>> = [];
  let existing: ExistingComment[];
  let changedFiles = input.changedFiles;
  try {
    if (input.comment === 'review') {
      changedFiles ??= (await client.getPull(input.repo, input.pull)).changedFiles;
      files = await client.listPullFiles(input.repo, input.pull);
    }
    existing = [
      ...(await client.listReviewComments(input.repo, input.pull)),
      ...(await client.listIssueComments(input.repo, input.pull)),
    ];
  } catch (error) {
    outcome.forbidden = isForbidden(error);
    outcome.rateLimited = rateLimitOf(error) !== undefined;
    log.warning(describeGitHubError('read', error));
    return outcome;
  }
  const truncated = changedFiles !== undefined && files.length < changedFiles;
  if (truncated) {
    log.warning(
      `GitHub lists only ${files.length} of the ${changedFiles} files this pull request changes; findings in the other files are listed in the summary comment, not commented inline.`,
    );
  }

  const plan = planReview({
    findings: input.findings,
    files,
    existing,
    headSha: input.headSha,
    errors: input.errors,
    ...(input.workloads !== undefined ? { workloads: input.workloads } : {}),
    ...(input.botLogin !== undefined ? { botLogin: input.botLogin } : {}),
    ...(input.maxInline !== undefined ? { maxInline: input.maxInline } : {}),
    ...(input.scannedLine !== undefined ? { scannedLine: input.scannedLine } : {}),
    ...(truncated && changedFiles !== undefined
      ? { fileListTruncated: { listed: files.length, total: changedFiles } }
      : {}),
    ...(input.failOn !== undefined ? { failOn: input.failOn } : {}),
    ...(input.blobUrl !== undefined ? { blobUrl: input.blobUrl } : {}),
    ...(input.baseline !== undefined ? { baseline: input.baseline } : {}),
    ...(input.fixFor !== undefined ? { fixFor: input.fixFor } : {}),
  });
  outcome.plan = plan;

  try {
    if (input.comment === 'review' && plan.reviewBody !== undefined) {
      await postReview(client, input, plan, outcome, log);
    }
    if (plan.stale.length > 0) await retireStale(client, input, plan, outcome, log);
    await postSummary(client, input, plan, outcome, log);
  } catch (error) {
    if (!(error instanceof StopWrites)) throw error;
    outcome.forbidden = error.forbidden;
    outcome.rateLimited = !error.forbidden;
    log.warning(error.message);
  }
  return outcome;
}

async function postReview(
  client: GitHubClient,
  input: PublishReviewInput,
  plan: ReviewPlan,
  outcome: { reviewId: number | undefined; inlineComments: number; fallback: boolean },
  log: PublishLog,
): Promise<void> {
  // GitHub has no idempotency key: a marker unique to this attempt tells whether a create that failed in
  // transit did happen after all, so it is never posted twice.
  const attempt = `<!-- podsec:review ${randomBytes(8).toString('hex')} -->`;
  const create = (body: string, comments: ReviewPlan['comments']): Promise<{ id: number }> => {
    const marked = `${attempt}\n${clipBody(body, input.reportUrl)}`;
    return client.createReview(
      input.repo,
      input.pull,
      {
        commitId: input.headSha,
        body: marked,
        comments: comments.map((c) => ({
          path: c.path,
          ...(c.startLine !== undefined ? { startLine: c.startLine } : {}),
          line: c.line,
          side: c.side,
          body: clipBody(c.body, input.reportUrl),
        })),
      },
      (review) => review.body.includes(attempt),
    );
  };
  try {
    outcome.reviewId = (await create(plan.reviewBody ?? plan.fallbackBody, plan.comments)).id;
    outcome.inlineComments = plan.comments.length;
    return;
  } catch (error) {
    stopOr(error, 'review');
    if (statusOf(error) !== 422) {
      log.warning(describeGitHubError('review', error));
      return;
    }
    log.warning(
      `${describeGitHubError('review', error)} Posting the findings in the review body instead of inline comments.`,
    );
  }
  // A review is all-or-nothing: one comment GitHub will not place sinks all of them. Keep the findings.
  try {
    outcome.reviewId = (await create(plan.fallbackBody, [])).id;
    outcome.fallback = true;
  } catch (error) {
    stopOr(error, 'review');
    log.warning(describeGitHubError('review', error));
  }
}

// Threads are matched on the GraphQL node id of their first comment, which REST returns as `node_id`.
// (`databaseId` is an Int: GitHub's 64-bit comment ids no longer fit in it.)
const THREADS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved comments(first: 1) { nodes { id } } }
      }
    }
  }
}`;

const RESOLVE_MUTATION = `mutation($threadId: ID!) {
  resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } }
}`;

interface ThreadsPage {
  repository?: {
    pullRequest?: {
      reviewThreads?: {
        pageInfo?: { hasNextPage?: boolean; endCursor?: string | null };
        nodes?: { id: string; isResolved: boolean; comments?: { nodes?: { id?: string | null }[] } }[];
      };
    };
  };
}

/** Why a GraphQL call failed, in one line: GitHub's status and message, or the GraphQL errors. */
function reasonOf(error: unknown): string {
  const status = statusOf(error);
  if (status !== undefined) return `GitHub answered ${status}: ${apiMessageOf(error)}`;
  const message = error instanceof Error ? error.message : String(error);
  return message
    .split('\n')
    .map((line) => line.replace(/^\s*-\s*/, '').trim())
    .filter((line) => line !== '' && !/^Request failed due to following response errors:?$/.test(line))
    .join('; ');
}

/** Marks gone findings as fixed (an edit, never a delete: people may have replied) and resolves their threads. */
async function retireStale(
  client: GitHubClient,
  input: PublishReviewInput,
  plan: ReviewPlan,
  outcome: { staleMarked: number; threadsResolved: number },
  log: PublishLog,
): Promise<void> {
  for (const stale of plan.stale) {
    try {
      await client.updateReviewComment(input.repo, stale.comment.id, clipBody(stale.fixedBody, input.reportUrl));
      outcome.staleMarked += 1;
    } catch (error) {
      stopOr(error, 'comment');
      log.warning(
        `podsec could not mark an outdated review comment as fixed (${describeGitHubError('comment', error)})`,
      );
    }
  }
  const wanted = new Set(plan.stale.map((s) => s.comment.nodeId).filter((id): id is string => id !== undefined));
  const total = wanted.size;
  try {
    let cursor: string | null = null;
    for (let page = 0; page < 20 && wanted.size > 0; page += 1) {
      const data: ThreadsPage = await client.graphql<ThreadsPage>(THREADS_QUERY, {
        owner: input.repo.owner,
        repo: input.repo.repo,
        number: input.pull,
        cursor,
      });
      const threads = data.repository?.pullRequest?.reviewThreads;
      for (const thread of threads?.nodes ?? []) {
        const first = thread.comments?.nodes?.[0]?.id;
        if (typeof first !== 'string' || !wanted.has(first)) continue;
        wanted.delete(first);
        if (thread.isResolved) continue;
        await client.graphql(RESOLVE_MUTATION, { threadId: thread.id });
        outcome.threadsResolved += 1;
      }
      if (!threads?.pageInfo?.hasNextPage) break;
      cursor = threads.pageInfo.endCursor ?? null;
    }
  } catch (error) {
    stopOr(error, 'comment');
    log.warning(
      `podsec marked ${total === 1 ? 'a fixed finding' : `${total} fixed findings`} in ${total === 1 ? 'its comment' : 'their comments'} but could not resolve ${total - outcome.threadsResolved === 1 ? 'the review thread' : 'the review threads'}: ${reasonOf(error)}.`,
    );
    return;
  }
  if (wanted.size > 0) {
    log.warning(
      `podsec could not resolve ${wanted.size} review ${wanted.size === 1 ? 'thread' : 'threads'} of fixed findings: GitHub did not list ${wanted.size === 1 ? 'it' : 'them'} among the pull request's review threads.`,
    );
  }
}

async function postSummary(
  client: GitHubClient,
  input: PublishReviewInput,
  plan: ReviewPlan,
  outcome: { summary: PublishReviewOutcome['summary']; summaryCommentId: number | undefined },
  log: PublishLog,
): Promise<void> {
  const existing = plan.summaryComment;
  const nothingToSay = !input.findings.some((f) => f.suppressed === undefined) && input.errors.length === 0;
  const body = clipBody(plan.summaryBody, input.reportUrl);
  const botLogin = input.botLogin ?? DEFAULT_BOT_LOGIN;
  try {
    if (existing) {
      outcome.summaryCommentId = existing.id;
      if (existing.body === body) {
        outcome.summary = 'unchanged';
        return;
      }
      await client.updateIssueComment(input.repo, existing.id, body);
      outcome.summary = 'updated';
    } else if (!nothingToSay) {
      const created = await client.createIssueComment(
        input.repo,
        input.pull,
        body,
        (c) => c.author === botLogin && c.body.includes(SUMMARY_MARKER),
      );
      outcome.summaryCommentId = created.id;
      outcome.summary = 'created';
    }
  } catch (error) {
    stopOr(error, 'comment');
    outcome.summary = 'failed';
    log.warning(describeGitHubError('comment', error));
  }
}
