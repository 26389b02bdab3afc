/**
 * Turns GitHub API failures into one sentence a user can act on. Never includes request headers
 * (the token) or request bodies.
 */

/** What podsec was doing when GitHub refused. */
export type GitHubOperation = 'review' | 'comment' | 'sarif' | 'read';

/** The HTTP status of an Octokit error, when it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** GitHub's own message (`Resource not accessible by integration`), without our request details. */
export function apiMessageOf(error: unknown): string {
  const data = (error as { response?: { data?: unknown } } | null)?.response?.data;
  if (data && typeof data === 'object' && typeof (data as { message?: unknown }).message === 'string') {
    const errors = (data as { errors?: unknown }).errors;
    const extra = Array.isArray(errors)
      ? errors
          .map((e) =>
            typeof e === 'string'
              ? e
              : typeof (e as { message?: unknown })?.message === 'string'
                ? (e as { message: string }).message
                : '',
          )
          .filter((e) => e !== '')
          .join('; ')
      : '';
    const message = (data as { message: string }).message;
    return extra ? `${message} (${extra})` : message;
  }
  if (typeof data === 'string' && data.trim() !== '' && data.length < 300) return data.trim();
  const message = error instanceof Error ? error.message : String(error);
  // Octokit messages can end with the documentation URL; keep them short and free of request data.
  return message.split(' - https://')[0]?.trim() ?? message;
}

/** The response headers of an Octokit error (lower-case names), when it has them. */
function headersOf(error: unknown): Record<string, unknown> {
  const headers = (error as { response?: { headers?: unknown } } | null)?.response?.headers;
  return headers !== null && typeof headers === 'object' ? (headers as Record<string, unknown>) : {};
}

/**
 * Which rate limit a 403 or 429 is, if any. GitHub answers both with either status: the primary limit
 * (the token's hourly budget) says `x-ratelimit-remaining: 0`; a secondary limit (too much, too fast)
 * says so in its message.
 */
export function rateLimitOf(error: unknown): 'primary' | 'secondary' | undefined {
  const status = statusOf(error);
  if (status !== 403 && status !== 429) return undefined;
  if (String(headersOf(error)['x-ratelimit-remaining']) === '0') return 'primary';
  const text = `${apiMessageOf(error)} ${error instanceof Error ? error.message : ''}`;
  if (/secondary rate limit|abuse detection/i.test(text) || status === 429) return 'secondary';
  return undefined;
}

/** When the primary limit resets (`x-ratelimit-reset`, epoch seconds), as `HH:MM UTC`. */
function resetTime(error: unknown): string | undefined {
  const reset = Number(headersOf(error)['x-ratelimit-reset']);
  if (!Number.isFinite(reset) || reset <= 0) return undefined;
  return `${new Date(reset * 1000).toISOString().slice(11, 16)} UTC`;
}

/** True when the token lacks a permission (or the repository feature is off); rate limits are not that. */
export function isForbidden(error: unknown): boolean {
  const status = statusOf(error);
  return status === 401 || (status === 403 && rateLimitOf(error) === undefined);
}

/**
 * Thrown by the client instead of sending a write once GitHub's secondary rate limit was hit twice in the
 * run: GitHub may ban integrations that keep writing through it.
 */
export class WritesStopped extends Error {
  override readonly name = 'WritesStopped';
}

/** True for failures after which the remaining writes of the run are pointless: permission or rate limit. */
export function stopsWrites(error: unknown): boolean {
  return error instanceof WritesStopped || isForbidden(error) || rateLimitOf(error) !== undefined;
}

function rateLimitMessage(what: string, error: unknown, got: string): string {
  if (rateLimitOf(error) === 'primary') {
    const reset = resetTime(error);
    return `podsec could not ${what}: the token's GitHub API rate limit is used up${reset !== undefined ? ` until ${reset}` : ''} (${got}). This is not a permission problem; podsec skipped its remaining writes, and the findings are in the annotations and the job summary.`;
  }
  return `podsec could not ${what}: GitHub's secondary rate limit (too many requests in a short time) was hit for the second time in this run (${got}). This is not a permission problem; podsec stopped writing for this run, and the findings are in the annotations and the job summary.`;
}

/** One actionable line for a failed GitHub call. */
export function describeGitHubError(operation: GitHubOperation, error: unknown): string {
  const status = statusOf(error);
  const message = apiMessageOf(error);
  const got = status !== undefined ? `GitHub answered ${status}: ${message}` : `the request failed: ${message}`;
  if (error instanceof WritesStopped) return error.message;
  if (rateLimitOf(error) !== undefined) {
    const what = {
      review: 'post its pull request review',
      comment: 'update its pull request comments',
      sarif: 'upload SARIF',
      read: 'read the pull request',
    }[operation];
    return rateLimitMessage(what, error, got);
  }
  switch (operation) {
    case 'review':
    case 'comment':
      if (status === 401 || status === 403) {
        return `podsec could not write to the pull request (${got}). Give the job \`permissions: pull-requests: write\` (and \`contents: read\`); pull requests from forks and Dependabot get a read-only token — use \`mode: scan\` there and \`mode: publish\` in a \`workflow_run\` workflow, or set \`comment: off\`.`;
      }
      if (status === 404) {
        return `podsec could not find the pull request (${got}). Check that the token can read this repository.`;
      }
      return `podsec could not post its pull request ${operation === 'review' ? 'review' : 'summary comment'} (${got}).`;
    case 'sarif':
      if (status === 401 || status === 403) {
        return `podsec could not upload SARIF (${got}). Give the job \`permissions: security-events: write\` and make sure code scanning is enabled for the repository (private repositories need GitHub Code Security); pull requests from forks get a read-only token.`;
      }
      if (status === 413) {
        return `podsec could not upload SARIF: the file is too large for code scanning (${got}). GitHub accepts at most 10 MB gzipped; narrow \`paths\` or split the scan with \`category\`/\`shard\`.`;
      }
      if (status === 404) {
        return `podsec could not upload SARIF (${got}). The repository was not found or code scanning is not available for it; check the token and that code scanning is enabled.`;
      }
      if (status === 400) {
        return `podsec could not upload SARIF: GitHub rejected it as invalid (${got}).`;
      }
      return `podsec could not upload SARIF (${got}).`;
    case 'read':
      if (status === 401 || status === 403) {
        return `podsec could not read the pull request (${got}). Give the job \`permissions: pull-requests: read\` or \`write\`.`;
      }
      return `podsec could not read the pull request (${got}).`;
  }
}
