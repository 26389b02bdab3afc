/**
 * One scan as both front ends run it: config file → scan options → scan, with the scan's dependencies
 * disposed afterwards whatever happens (the command runner keeps private folders in the temp dir).
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { loadAdmission, loadConfig } from './config/load.js';
import { OptionsError, resolveScanOptions, type FlagOverrides } from './config/options.js';
import type { LoadedConfig } from './config/types.js';
import type { AssessItem } from './findings/assess.js';
import type { ScanResult } from './findings/types.js';
import { createNodeScanDeps } from './node-deps.js';
import type { ScanOptions } from './options.js';
import { nodeSourceFiles } from './node-sources.js';
import { withPlanFixes } from './plan/fixes.js';
import type { RolloutPlan } from './plan/types.js';
import { scan, type ScanDeps } from './scan.js';

export interface RunScanInput {
  /** Where podsec runs: paths, the config file and flag-given files are relative to it. */
  readonly cwd: string;
  /** Paths to scan; empty means `.`. */
  readonly paths: readonly string[];
  readonly configPath?: string;
  /** An AdmissionConfiguration file that replaces the one the config file names. */
  readonly admissionConfig?: string;
  readonly flags: FlagOverrides;
  /** YYYY-MM-DD, for relaxation expiry; defaults to today (UTC). */
  readonly today?: string;
  /** Also build the per-namespace rollout plan into the result. */
  readonly plan?: boolean;
  /** Told which config file was loaded, before the scan starts (the CLI names it on stderr). */
  readonly onConfig?: (loaded: LoadedConfig) => void;
  /** Wraps the dependencies the scan uses (the CLI's progress line). */
  readonly wrapDeps?: (deps: ScanDeps) => ScanDeps;
  /** Filled with the assessed workloads (the fix engine reads the rendered objects); absent: let them go. */
  readonly keepItems?: AssessItem[];
  /** Injected dependencies (tests); the real ones are created, and disposed, here. */
  readonly deps?: ScanDeps;
}

/** Runs one scan. Throws OptionsError for a bad config file or bad flags. */
export async function runScan(input: RunScanInput): Promise<{ result: ScanResult; options: ScanOptions }> {
  const { loaded, errors } = loadConfig({
    cwd: input.cwd,
    ...(input.configPath !== undefined ? { configPath: input.configPath } : {}),
  });
  if (!loaded) throw new OptionsError(errors);
  let admission = loaded.admission;
  if (input.admissionConfig !== undefined) {
    const read = loadAdmission(input.cwd, path.resolve(input.cwd, input.admissionConfig), '--admission-config');
    if (!read.policy) throw new OptionsError(read.errors);
    admission = read.policy;
  }
  const resolved = resolveScanOptions({
    cwd: input.cwd,
    paths: input.paths.length > 0 ? input.paths : ['.'],
    config: loaded.config,
    ...(admission !== undefined ? { admission } : {}),
    configDir: loaded.dir,
    flags: input.flags,
    today: input.today ?? new Date().toISOString().slice(0, 10),
    cpuCount: availableParallelism(),
  });
  input.onConfig?.(loaded);
  const options: ScanOptions = input.plan === true ? { ...resolved, plan: true } : resolved;
  const deps = input.deps ?? createNodeScanDeps();
  // The plan's blockers get the fix engine's edits, which read the rendered objects: keep them for it.
  const items = input.keepItems ?? (options.plan === true ? [] : undefined);
  let result: ScanResult;
  try {
    result = await scan(options, input.wrapDeps ? input.wrapDeps(deps) : deps, items);
  } finally {
    if ('dispose' in deps && typeof deps.dispose === 'function') deps.dispose();
  }
  if (result.plan !== undefined && items !== undefined)
    result = { ...result, plan: planWithFixes(result.plan, items, options, input.cwd) };
  return { result, options };
}

/** The plan with the fix engine's edits; as it was (the checks' advice) when planning the edits fails. */
function planWithFixes(
  plan: RolloutPlan,
  items: readonly AssessItem[],
  options: ScanOptions,
  cwd: string,
): RolloutPlan {
  try {
    return withPlanFixes({ plan, items, policy: options.policy, today: options.today, files: nodeSourceFiles(cwd) });
  } catch {
    return plan;
  }
}
