/**
 * `baseline: auto`: checks out the pull request's base commit next to the workspace (a detached git
 * worktree of the same clone), so the same scan can run there and serve as the baseline. When the clone
 * is shallow and lacks the commit, just that commit is fetched from `origin`, with the credentials the
 * checkout left in the clone's git config (no token passes through podsec).
 *
 * The base commit is untrusted input like the head: git runs from an argument array without a shell, the
 * commit must be a full hexadecimal object id (never an option or a ref name), no hooks run, no LFS or
 * submodule content is fetched, and the scan of the worktree uses exactly the head's options (network
 * off unless the user turned it on, same render safety).
 */
import { execa } from 'execa';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** How git is run; tests may pass their own. */
export interface GitRunner {
  run(
    args: readonly string[],
    cwd: string,
  ): Promise<{ readonly exitCode: number; readonly stdout: string; readonly stderr: string }>;
}

/** A full SHA-1 or SHA-256 object id. */
export function isObjectId(text: string): boolean {
  return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(text);
}

/** Settings that keep a checkout of untrusted content from running anything. */
const SAFE_CONFIG = ['-c', 'core.hooksPath=/dev/null', '-c', 'submodule.recurse=false', '-c', 'core.fsmonitor=false'];

/** The real git: no shell, no prompts, no LFS downloads while checking out. */
export function createGitRunner(env: Readonly<Record<string, string | undefined>> = process.env): GitRunner {
  return {
    async run(args, cwd) {
      const result = await execa('git', [...SAFE_CONFIG, ...args], {
        cwd,
        reject: false,
        shell: false,
        stdin: 'ignore',
        env: { ...withoutSecrets(env), GIT_TERMINAL_PROMPT: '0', GIT_LFS_SKIP_SMUDGE: '1', GCM_INTERACTIVE: 'never' },
        extendEnv: false,
        timeout: 300_000,
        maxBuffer: 16 * 1024 * 1024,
      });
      return {
        exitCode: result.exitCode ?? 1,
        stdout: String(result.stdout ?? ''),
        stderr: String(result.stderr ?? ''),
      };
    },
  };
}

/**
 * The environment without action inputs and anything named like a secret: git needs none of them (the
 * checkout's credentials are in the clone's git config), and what git does not get it cannot leak.
 */
function withoutSecrets(env: Readonly<Record<string, string | undefined>>): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => !/^INPUT_|TOKEN|SECRET|PASSWORD|CREDENTIAL/i.test(name)),
  );
}

/** A checked-out base commit; `remove()` deletes the worktree and its bookkeeping in the clone. */
export interface BaseCheckout {
  readonly dir: string;
  /** Whether the commit had to be fetched (the clone was shallow or did not have it). */
  readonly fetched: boolean;
  remove(): Promise<void>;
}

/** Why the base commit could not be checked out; the message names the commit and git's last words. */
export class BaseCheckoutError extends Error {
  override readonly name = 'BaseCheckoutError';
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' / ');
}

/** Checks out `sha` of the clone at `repoDir` into a new temporary folder under `tempRoot`. */
export async function checkoutBase(
  git: GitRunner,
  repoDir: string,
  sha: string,
  tempRoot: string = tmpdir(),
): Promise<BaseCheckout> {
  if (!isObjectId(sha)) throw new BaseCheckoutError(`the base commit ${JSON.stringify(sha)} is not a full commit id`);
  const has = async (): Promise<boolean> =>
    (await git.run(['cat-file', '-e', `${sha}^{commit}`], repoDir)).exitCode === 0;
  let fetched = false;
  if (!(await has())) {
    const fetch = await git.run(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha], repoDir);
    if (fetch.exitCode !== 0 || !(await has())) {
      throw new BaseCheckoutError(
        `cannot fetch the base commit ${sha} from origin: ${lastLines(fetch.stderr) || `git exited with ${fetch.exitCode}`}`,
      );
    }
    fetched = true;
  }
  const dir = mkdtempSync(path.join(tempRoot, 'podsec-base-'));
  const added = await git.run(['worktree', 'add', '--detach', '--force', dir, sha], repoDir);
  if (added.exitCode !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new BaseCheckoutError(
      `cannot check out the base commit ${sha}: ${lastLines(added.stderr) || `git exited with ${added.exitCode}`}`,
    );
  }
  return {
    dir,
    fetched,
    async remove() {
      await git.run(['worktree', 'remove', '--force', dir], repoDir);
      rmSync(dir, { recursive: true, force: true });
      await git.run(['worktree', 'prune'], repoDir);
    },
  };
}
