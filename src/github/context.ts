/**
 * The workflow run as podsec sees it: event, repository, pull request, and whether the token can write.
 * Read from the runner's environment and event file; the payload is parsed defensively.
 */
import { asRecord } from '../util/plain-object.js';
import type { RepoRef } from './client.js';

export interface PullRequestRef {
  readonly number: number;
  /** The PR head commit: review comments must be anchored here, not on the merge commit. */
  readonly headSha: string;
  /** `owner/name` of the head repository; undefined when the fork was deleted. */
  readonly headRepo: string | undefined;
  /** The base commit the pull request is compared with (`baseline: auto` scans it). */
  readonly baseSha?: string;
}

export interface EventContext {
  readonly eventName: string;
  readonly repo: RepoRef | undefined;
  /** GITHUB_SHA: for pull_request events the synthetic merge commit. */
  readonly sha: string | undefined;
  readonly ref: string | undefined;
  readonly actor: string | undefined;
  readonly apiUrl: string;
  readonly serverUrl: string;
  readonly workspace: string | undefined;
  readonly pullRequest: PullRequestRef | undefined;
  /** Why the token is read-only here, when it is (fork or Dependabot pull request). */
  readonly readOnlyReason: string | undefined;
  /** `workflow_run.head_sha` of a workflow_run event: the trusted commit the artifact must match. */
  readonly workflowRunHeadSha: string | undefined;
  /** `workflow_run.head_branch`: the trusted branch of a scanned push (not of a pull request). */
  readonly workflowRunHeadBranch: string | undefined;
  /** `workflow_run.event`: what triggered the scan run (`pull_request`, `push`, …). */
  readonly workflowRunEvent: string | undefined;
  readonly payload: Record<string, unknown>;
}

const PULL_REQUEST_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]);

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `owner/name` → RepoRef; undefined for anything else. */
export function parseRepo(fullName: string | undefined): RepoRef | undefined {
  if (!fullName) return undefined;
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(fullName);
  return match && match[1] && match[2] ? { owner: match[1], repo: match[2] } : undefined;
}

/**
 * Reads the event context. `readFile` returns the event file's text (injected for tests); a missing
 * or unreadable event file yields an empty payload, not an error.
 */
export function readEventContext(
  env: Readonly<Record<string, string | undefined>>,
  readFile: (path: string) => string,
): EventContext {
  let payload: Record<string, unknown> = {};
  const eventPath = env['GITHUB_EVENT_PATH'];
  if (eventPath) {
    try {
      payload = asRecord(JSON.parse(readFile(eventPath))) ?? {};
    } catch {
      payload = {};
    }
  }
  const eventName = env['GITHUB_EVENT_NAME'] ?? '';
  const repository = asRecord(payload['repository']);
  const repoName = text(env['GITHUB_REPOSITORY']) ?? text(repository?.['full_name']);
  const actor = text(env['GITHUB_ACTOR']);

  let pullRequest: PullRequestRef | undefined;
  let readOnlyReason: string | undefined;
  const pr = asRecord(payload['pull_request']);
  if (PULL_REQUEST_EVENTS.has(eventName) && pr) {
    const number = pr['number'];
    const head = asRecord(pr['head']);
    const headSha = text(head?.['sha']);
    const headRepo = asRecord(head?.['repo']);
    const headRepoName = text(headRepo?.['full_name']);
    if (typeof number === 'number' && Number.isSafeInteger(number) && number > 0 && headSha) {
      const baseSha = text(asRecord(pr['base'])?.['sha']);
      pullRequest = { number, headSha, headRepo: headRepoName, ...(baseSha ? { baseSha } : {}) };
    }
    // pull_request_target runs with the base repository's token, so forks can write there.
    if (eventName !== 'pull_request_target') {
      const baseName =
        text(asRecord(asRecord(pr['base'])?.['repo'])?.['full_name']) ?? text(repository?.['full_name']) ?? repoName;
      const fork =
        headRepo?.['fork'] === true ||
        headRepoName === undefined ||
        (baseName !== undefined && headRepoName !== baseName);
      if (fork) readOnlyReason = `this pull request comes from a fork (${headRepoName ?? 'deleted repository'})`;
    }
  }
  if (
    !readOnlyReason &&
    actor === 'dependabot[bot]' &&
    eventName !== 'pull_request_target' &&
    eventName !== 'workflow_run'
  ) {
    readOnlyReason = 'this run was triggered by Dependabot';
  }

  const workflowRun = asRecord(payload['workflow_run']);
  return {
    eventName,
    repo: parseRepo(repoName),
    sha: text(env['GITHUB_SHA']),
    ref: text(env['GITHUB_REF']),
    actor,
    apiUrl: text(env['GITHUB_API_URL']) ?? 'https://api.github.com',
    serverUrl: text(env['GITHUB_SERVER_URL']) ?? 'https://github.com',
    workspace: text(env['GITHUB_WORKSPACE']),
    pullRequest,
    readOnlyReason,
    workflowRunHeadSha: eventName === 'workflow_run' ? text(workflowRun?.['head_sha']) : undefined,
    workflowRunHeadBranch: eventName === 'workflow_run' ? text(workflowRun?.['head_branch']) : undefined,
    workflowRunEvent: eventName === 'workflow_run' ? text(workflowRun?.['event']) : undefined,
    payload,
  };
}
