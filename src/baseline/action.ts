/**
 * The action's `baseline` input: `auto` scans the pull request's base commit with the same options and
 * compares; anything else is a JSON report file in the workspace (e.g. an artifact of the default branch).
 */
import type { ScanResult } from '../findings/types.js';
import type { ScanOptions } from '../options.js';
import { scan, type ScanDeps } from '../scan.js';
import { applyBaseline, baselineFromResult, type BaselineComparison } from './compare.js';
import { compareWithBaselineFile } from './file.js';
import { BaseCheckoutError, checkoutBase, type GitRunner } from './git-base.js';

export const AUTO_BASELINE = 'auto';

export interface ActionBaselineInput {
  /** `auto` or a file path relative to the workspace. */
  readonly baseline: string;
  readonly result: ScanResult;
  /** The head scan's options: the base commit is scanned with exactly these, in its own folder. */
  readonly options: ScanOptions;
  readonly workspace: string;
  /** The pull request's base commit, when the event has one. */
  readonly baseSha: string | undefined;
  readonly eventName: string;
  readonly git: GitRunner;
  /** Fresh scan dependencies for the base scan (disposed after it, when they can be). */
  readonly scanDeps: () => ScanDeps;
  readonly tempRoot?: string;
  readonly log: (message: string) => void;
}

export async function compareForAction(
  input: ActionBaselineInput,
): Promise<{ result: ScanResult; comparison?: BaselineComparison }> {
  if (input.baseline !== AUTO_BASELINE) return compareWithBaselineFile(input.result, input.workspace, input.baseline);
  if (input.baseSha === undefined) {
    input.log(
      `podsec: baseline: auto compares a pull request with its base commit; this ${input.eventName} run has none, so every problem counts.`,
    );
    return { result: input.result };
  }
  const label = `base commit ${input.baseSha.slice(0, 12)}`;
  let baseResult: ScanResult;
  try {
    const checkout = await checkoutBase(input.git, input.workspace, input.baseSha, input.tempRoot);
    input.log(`podsec: scanning the ${label}${checkout.fetched ? ' (fetched from origin)' : ''} as the baseline.`);
    const deps = input.scanDeps();
    try {
      baseResult = await scan({ ...input.options, cwd: checkout.dir, plan: false }, deps);
    } finally {
      if ('dispose' in deps && typeof deps.dispose === 'function') deps.dispose();
      await checkout.remove();
    }
  } catch (error) {
    if (!(error instanceof BaseCheckoutError)) throw error;
    return {
      result: {
        ...input.result,
        errors: [...input.result.errors, { file: label, message: `baseline: auto: ${error.message}` }],
      },
    };
  }
  const compared = applyBaseline(input.result, baselineFromResult(baseResult, label));
  if (baseResult.errors.length === 0) return compared;
  // Problems in targets the base could not render have nothing to match: say why they count as new.
  const notice = {
    file: label,
    message: `the scan of the ${label} had ${baseResult.errors.length} ${baseResult.errors.length === 1 ? 'error' : 'errors'}; problems in what it could not read count as new`,
  };
  return { ...compared, result: { ...compared.result, notices: [...compared.result.notices, notice] } };
}
