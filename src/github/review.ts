/**
 * Carries out a review plan on a pull request: one review with inline comments on diff lines, stale
 * comments marked fixed and their threads resolved, and one sticky summary comment edited in place.
 */
import type { FailOn, Finding, ScanError } from '../findings/types.js';
import { planReview, type ExistingComment, type ReviewPlan } from '../report/pr-review.js';
import type { GitHubClient, RepoRef } from './client.js';
import { describeGitHubError, isForbidden, statusOf } from './errors.js';

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
  /** `review`: inline comments + summary; `summary`: the summary comment only. */
  readonly comment: 'review' | 'summary';
  readonly botLogin?: string;
  readonly maxInline?: number;
  /** A line of the scanned checkout, to confirm it is the line the diff shows (see ReviewPlanInput). */
  readonly scannedLine?: (file: string, line: number) => string | undefined;
  /** Which problems fail the run; they head the summary comment. */
  readonly failOn?: FailOn;
  /** `…/owner/repo/blob/<head sha>`: summary locations link to the file line. */
  readonly blobUrl?: string;
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
  readonly plan: ReviewPlan | undefined;
}

class Forbidden extends Error {}

/**
 * Publishes podsec's findings on a pull request. Never throws for GitHub failures: each is logged once
 * as a warning, and a permission error stops the remaining writes.
 */
export async function publishReview(client: GitHubClient, input: PublishReviewInput, log: PublishLog): Promise<PublishReviewOutcome> {
  const outcome = {
    reviewId: undefined as number | undefined,
    inlineComments: 0,
    fallback: false,
    staleMarked: 0,
    threadsResolved: 0,
    summary: 'skipped' as PublishReviewOutcome['summary'],
    summaryCommentId: undefined as number | undefined,
    forbidden: false,
    plan: undefined as ReviewPlan | undefined,
  };

  let files;
  let existing: ExistingComment[];
  try {
    [files, existing] = await Promise.all([
      input.comment === 'review' ? client.listPullFiles(input.repo, input.pull) : Promise.resolve([]),
      Promise.all([client.listReviewComments(input.repo, input.pull), client.listIssueComments(input.repo, input.pull)]).then(
        ([review, issue]) => [...review, ...issue],
      ),
    ]);
  } catch (error) {
    outcome.forbidden = isForbidden(error);
    log.warning(describeGitHubError('read', error));
    return outcome;
  }

  const plan = planReview({
    findings: input.findings,
    files,
    existing,
    headSha: input.headSha,
    errors: input.errors,
    ...(input.botLogin !== undefined ? { botLogin: input.botLogin } : {}),
    ...(input.maxInline !== undefined ? { maxInline: input.maxInline } : {}),
    ...(input.scannedLine !== undefined ? { scannedLine: input.scannedLine } : {}),
    ...(input.failOn !== undefined ? { failOn: input.failOn } : {}),
    ...(input.blobUrl !== undefined ? { blobUrl: input.blobUrl } : {}),
  });
  outcome.plan = plan;

  try {
    if (input.comment === 'review' && plan.reviewBody !== undefined) {
      await postReview(client, input, plan, outcome, log);
    }
    if (plan.stale.length > 0) await retireStale(client, input, plan, outcome, log);
    await postSummary(client, input, plan, outcome, log);
  } catch (error) {
    if (!(error instanceof Forbidden)) throw error;
    outcome.forbidden = true;
    log.warning(error.message);
  }
  return outcome;
}

function forbiddenOr(error: unknown, operation: 'review' | 'comment'): never {
  if (isForbidden(error)) throw new Forbidden(describeGitHubError(operation, error));
  throw error;
}

async function postReview(
  client: GitHubClient,
  input: PublishReviewInput,
  plan: ReviewPlan,
  outcome: { reviewId: number | undefined; inlineComments: number; fallback: boolean },
  log: PublishLog,
): Promise<void> {
  try {
    const review = await client.createReview(input.repo, input.pull, {
      commitId: input.headSha,
      body: plan.reviewBody ?? plan.fallbackBody,
      comments: plan.comments.map((c) => ({ path: c.path, line: c.line, side: c.side, body: c.body })),
    });
    outcome.reviewId = review.id;
    outcome.inlineComments = plan.comments.length;
    return;
  } catch (error) {
    if (statusOf(error) !== 422) {
      if (isForbidden(error)) forbiddenOr(error, 'review');
      log.warning(describeGitHubError('review', error));
      return;
    }
    log.warning(`${describeGitHubError('review', error)} Posting the findings in the review body instead of inline comments.`);
  }
  // A review is all-or-nothing: one comment GitHub will not place sinks all of them. Keep the findings.
  try {
    const review = await client.createReview(input.repo, input.pull, { commitId: input.headSha, body: plan.fallbackBody, comments: [] });
    outcome.reviewId = review.id;
    outcome.fallback = true;
  } catch (error) {
    if (isForbidden(error)) forbiddenOr(error, 'review');
    log.warning(describeGitHubError('review', error));
  }
}

const THREADS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved comments(first: 1) { nodes { databaseId } } }
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
        nodes?: { id: string; isResolved: boolean; comments?: { nodes?: { databaseId?: number | null }[] } }[];
      };
    };
  };
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
      await client.updateReviewComment(input.repo, stale.comment.id, stale.fixedBody);
      outcome.staleMarked += 1;
    } catch (error) {
      if (isForbidden(error)) forbiddenOr(error, 'comment');
      log.warning(`podsec could not mark an outdated review comment as fixed (${describeGitHubError('comment', error)})`);
    }
  }
  try {
    const wanted = new Set(plan.stale.map((s) => s.comment.id));
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
        const first = thread.comments?.nodes?.[0]?.databaseId;
        if (typeof first !== 'number' || !wanted.has(first)) continue;
        wanted.delete(first);
        if (thread.isResolved) continue;
        await client.graphql(RESOLVE_MUTATION, { threadId: thread.id });
        outcome.threadsResolved += 1;
      }
      if (!threads?.pageInfo?.hasNextPage) break;
      cursor = threads.pageInfo.endCursor ?? null;
    }
  } catch (error) {
    // The comments already say "fixed"; resolving the thread is a courtesy.
    log.info(`podsec could not resolve outdated review threads: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
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
  try {
    if (existing) {
      outcome.summaryCommentId = existing.id;
      if (existing.body === plan.summaryBody) {
        outcome.summary = 'unchanged';
        return;
      }
      await client.updateIssueComment(input.repo, existing.id, plan.summaryBody);
      outcome.summary = 'updated';
    } else if (!nothingToSay) {
      const created = await client.createIssueComment(input.repo, input.pull, plan.summaryBody);
      outcome.summaryCommentId = created.id;
      outcome.summary = 'created';
    }
  } catch (error) {
    if (isForbidden(error)) forbiddenOr(error, 'comment');
    outcome.summary = 'failed';
    log.warning(describeGitHubError('comment', error));
  }
}
