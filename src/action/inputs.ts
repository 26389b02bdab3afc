/**
 * The action's inputs: every name is a constant here, and they are parsed once into the same
 * FlagOverrides the CLI produces (validated later by resolveScanOptions, exactly like CLI flags) plus
 * the settings only the action has.
 */
import type { FlagOverrides } from '../config/options.js';

/** Input names as action.yml declares them. */
export const Inputs = {
  Paths: 'paths',
  Config: 'config',
  Level: 'level',
  Version: 'version',
  Enforce: 'enforce',
  Warn: 'warn',
  Audit: 'audit',
  HelmBinary: 'helm-binary',
  KustomizeBinary: 'kustomize-binary',
  Values: 'values',
  Set: 'set',
  Namespace: 'namespace',
  KubeVersion: 'kube-version',
  Network: 'network',
  FailOn: 'fail-on',
  SarifFile: 'sarif-file',
  ResultFile: 'result-file',
  UploadSarif: 'upload-sarif',
  Category: 'category',
  Comment: 'comment',
  Mode: 'mode',
  ArtifactDir: 'artifact-dir',
  Token: 'token',
  CommentAuthor: 'comment-author',
  Shard: 'shard',
  Results: 'results',
  Baseline: 'baseline',
  Plan: 'plan',
} as const;

/** Output names as action.yml declares them. */
export const Outputs = {
  SarifFile: 'sarif-file',
  ResultFile: 'result-file',
  Violations: 'violations',
  EnforceViolations: 'enforce-violations',
  WarnViolations: 'warn-violations',
  AuditViolations: 'audit-violations',
  Errors: 'errors',
  Passed: 'passed',
} as const;

export type CommentMode = 'review' | 'summary' | 'off';
export type RunMode = 'scan' | 'publish' | 'both' | 'merge';

export const COMMENT_MODES: readonly CommentMode[] = ['review', 'summary', 'off'];
export const RUN_MODES: readonly RunMode[] = ['scan', 'publish', 'both', 'merge'];

/** Everything the action was asked to do, validated. */
export interface ActionSettings {
  /** Paths to scan, relative to the workspace; empty means the whole workspace. */
  readonly paths: readonly string[];
  readonly configPath: string | undefined;
  /** Scan flags, as the CLI would have them; resolveScanOptions validates their values. */
  readonly flags: FlagOverrides;
  /** Where the SARIF log is written, relative to the workspace. */
  readonly sarifFile: string;
  /** Where the JSON report is written, relative to the workspace. */
  readonly resultFile: string;
  readonly uploadSarif: boolean;
  readonly category: string | undefined;
  readonly comment: CommentMode;
  readonly mode: RunMode;
  readonly artifactDir: string;
  /** `mode: merge`: JSON result files (or directories of them) of sharded scans. */
  readonly results: readonly string[];
  readonly token: string;
  /** Whose comments are podsec's own (the token's login). */
  readonly commentAuthor: string;
  /** `auto` (the pull request's base commit) or a JSON report file; problems found there do not fail. */
  readonly baseline?: string;
  /** Add the per-namespace rollout plan to the job summary and the result file. Default true. */
  readonly plan: boolean;
}

/** Bad input values: every problem, one line each. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}

/**
 * Splits a list input: one item per line, and within a line by whitespace; double quotes keep spaces
 * (`"my charts/api"`). Blank lines and `#` comment lines are ignored.
 */
export function splitList(text: string): string[] {
  const items: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    for (const match of trimmed.matchAll(/"([^"]*)"|(\S+)/g)) {
      const item = match[1] ?? match[2];
      if (item !== undefined && item !== '') items.push(item);
    }
  }
  return items;
}

/** One item per non-blank line (for `--set` values, which may contain spaces). */
export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/**
 * Parses the inputs. `get` returns an input's raw value ('' when not set), as `core.getInput` does.
 * Throws InputError listing every bad value.
 */
export function parseInputs(get: (name: string) => string): ActionSettings {
  const problems: string[] = [];
  const value = (name: string): string | undefined => {
    const text = get(name).trim();
    return text === '' ? undefined : text;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const text = value(name);
    if (text === undefined) return fallback;
    if (['true', 'True', 'TRUE'].includes(text)) return true;
    if (['false', 'False', 'FALSE'].includes(text)) return false;
    problems.push(`input "${name}" must be true or false, got ${JSON.stringify(text)}`);
    return fallback;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const text = value(name);
    if (text === undefined) return fallback;
    if ((allowed as readonly string[]).includes(text)) return text as T;
    problems.push(`input "${name}" is ${JSON.stringify(text)}; expected one of ${allowed.join(', ')}`);
    return fallback;
  };
  const filePath = (name: string, fallback: string): string => {
    // An input set to an empty string is indistinguishable from "not set"; keep the default.
    const text = get(name).trim() === '' ? fallback : get(name).trim();
    if (text.includes('\0') || /[\r\n]/.test(text)) {
      problems.push(`input "${name}" must be a single file path`);
      return fallback;
    }
    return text;
  };

  const flags: {
    -readonly [K in keyof FlagOverrides]: FlagOverrides[K];
  } = {};
  const setText = (
    key:
      | 'level'
      | 'version'
      | 'enforce'
      | 'warn'
      | 'audit'
      | 'helm'
      | 'kustomize'
      | 'namespace'
      | 'kubeVersion'
      | 'failOn'
      | 'shard',
    name: string,
  ): void => {
    const text = value(name);
    if (text !== undefined) flags[key] = text;
  };
  setText('level', Inputs.Level);
  setText('version', Inputs.Version);
  setText('enforce', Inputs.Enforce);
  setText('warn', Inputs.Warn);
  setText('audit', Inputs.Audit);
  setText('helm', Inputs.HelmBinary);
  setText('kustomize', Inputs.KustomizeBinary);
  setText('namespace', Inputs.Namespace);
  setText('kubeVersion', Inputs.KubeVersion);
  setText('failOn', Inputs.FailOn);
  setText('shard', Inputs.Shard);
  const values = splitList(get(Inputs.Values));
  if (values.length > 0) flags.values = values;
  const set = splitLines(get(Inputs.Set));
  if (set.length > 0) flags.set = set;
  // Only an explicit `network: true` changes the config file's choice; the default stays the file's.
  if (value(Inputs.Network) !== undefined) flags.network = bool(Inputs.Network, false);

  const mode = oneOf(Inputs.Mode, RUN_MODES, 'both');
  const comment = oneOf(Inputs.Comment, COMMENT_MODES, 'review');
  const uploadSarif = bool(Inputs.UploadSarif, false);
  const artifactDir = filePath(Inputs.ArtifactDir, 'podsec-results');
  const sarifFile = filePath(Inputs.SarifFile, 'podsec.sarif');
  const resultFile = filePath(Inputs.ResultFile, 'podsec.json');
  const category = value(Inputs.Category);
  if (category !== undefined && !/^[A-Za-z0-9_.\-/:]{1,200}$/.test(category)) {
    problems.push(`input "category" is ${JSON.stringify(category)}; use letters, digits and . _ - / : (at most 200)`);
  }

  const paths = splitList(get(Inputs.Paths));
  for (const p of paths) {
    if (p.includes('\0')) problems.push(`input "paths" holds a path with a NUL byte`);
  }

  const results = splitList(get(Inputs.Results));
  if (mode === 'merge' && results.length === 0)
    problems.push('mode "merge" needs the "results" input: the JSON result files of the shards');

  const baseline = get(Inputs.Baseline).trim() === '' ? undefined : filePath(Inputs.Baseline, '');
  const plan = bool(Inputs.Plan, true);

  if (problems.length > 0) throw new InputError(problems);
  return {
    ...(baseline !== undefined ? { baseline } : {}),
    plan,
    paths,
    configPath: value(Inputs.Config),
    flags,
    sarifFile,
    resultFile,
    uploadSarif,
    category,
    comment,
    mode,
    artifactDir,
    results,
    commentAuthor: value(Inputs.CommentAuthor) ?? 'github-actions[bot]',
    token: get(Inputs.Token).trim(),
  };
}
