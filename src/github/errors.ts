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
          .map((e) => (typeof e === 'string' ? e : typeof (e as { message?: unknown })?.message === 'string' ? (e as { message: string }).message : ''))
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

/** True when the token lacks a permission (or the repository feature is off). */
export function isForbidden(error: unknown): boolean {
  const status = statusOf(error);
  return status === 403 || status === 401;
}

/** One actionable line for a failed GitHub call. */
export function describeGitHubError(operation: GitHubOperation, error: unknown): string {
  const status = statusOf(error);
  const message = apiMessageOf(error);
  const got = status !== undefined ? `GitHub answered ${status}: ${message}` : `the request failed: ${message}`;
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
