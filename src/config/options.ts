/**
 * The one place where built-in defaults, the config file and flags (CLI flags or action inputs) become
 * ScanOptions. Precedence, lowest first: built-in defaults → admission configuration file → config
 * file → flags. Used by the CLI and the GitHub Action alike.
 */
import path from 'node:path';
import { FAIL_ON_VALUES, MODES, type FailOn, type Mode } from '../findings/types.js';
import type { HelmOptions, ModePolicies, ModePolicy, ScanOptions, TargetOptions } from '../options.js';
import type { Level } from '../policy/types.js';
import { globError, levelError, versionError } from './fields.js';
import type { AdmissionPolicy, ModeSetting, PodsecConfig } from './types.js';
import { clusterMinorOf } from './validate.js';

/** Issue 4: with nothing configured, enforce baseline and warn/audit restricted, all at latest. */
export const DEFAULT_MODE_POLICIES: ModePolicies = {
  enforce: { level: 'baseline', version: 'latest' },
  warn: { level: 'restricted', version: 'latest' },
  audit: { level: 'restricted', version: 'latest' },
};
export const DEFAULT_HELM_RELEASE_NAME = 'release-name';
export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
export const DEFAULT_FAIL_ON: FailOn = 'enforce';

/**
 * Flag values exactly as typed (strings), from the CLI or action inputs. Field names match the CLI's
 * RawScanFlags so it can be passed as is. Absent or empty lists mean "not given".
 */
export interface FlagOverrides {
  /** Sets the level of all three modes. */
  readonly level?: string;
  /** Sets the version of all three modes. */
  readonly version?: string;
  /** `restricted`, `restricted:v1.30`; applied after level/version. */
  readonly enforce?: string;
  readonly warn?: string;
  readonly audit?: string;
  readonly nextVersion?: string;
  /** `v1.33` or `1.33`. */
  readonly clusterVersion?: string;
  /** Added to the config file's exclusions. */
  readonly exclude?: readonly string[];
  /** Helm binary. */
  readonly helm?: string;
  /** Kustomize binary (`kustomize` or `kubectl`). */
  readonly kustomize?: string;
  /** Replace the config file's helm values files / `--set` values when given. */
  readonly values?: readonly string[];
  readonly set?: readonly string[];
  readonly namespace?: string;
  readonly releaseName?: string;
  readonly kubeVersion?: string;
  readonly apiVersions?: readonly string[];
  readonly ciScenarios?: boolean;
  readonly network?: boolean;
  readonly enableHelm?: boolean;
  /** Seconds (`120`) or a duration (`90s`, `2m`, `1500ms`). */
  readonly timeout?: string;
  readonly concurrency?: string;
  /** `fail` or `warn`. */
  readonly renderErrors?: string;
  readonly failOn?: string;
  /** `INDEX/TOTAL`, 1-based (`2/4`). */
  readonly shard?: string;
  /** True turns inline `podsec.dev/ignore` annotations off. */
  readonly ignoreInline?: boolean;
  /** True lets `-` (standard input) be empty; otherwise empty input is an error. */
  readonly allowEmptyInput?: boolean;
}

/** Bad flag values or contradictory settings. Exit code 2; `messages` holds every problem. */
export class OptionsError extends Error {
  override readonly name = 'OptionsError';
  readonly exitCode = 2;
  constructor(readonly messages: readonly string[]) {
    super(messages.join('\n'));
  }
}

export interface ResolveInput {
  /** The scanned root. */
  readonly cwd: string;
  readonly paths: readonly string[];
  readonly config?: PodsecConfig;
  /** The parsed `admissionConfiguration` file, if the config named one. */
  readonly admission?: AdmissionPolicy;
  readonly flags: FlagOverrides;
  /** YYYY-MM-DD. */
  readonly today: string;
  /** Directory of the config file; config target paths are relative to it. Defaults to cwd. */
  readonly configDir?: string;
  /** Used for the default render concurrency; defaults to 4. */
  readonly cpuCount?: number;
}

/**
 * `restricted`, `restricted:v1.30` or `:v1.30` (version only). Errors name the flag text and the
 * expected form.
 */
export function parseModeFlag(text: string): { setting: ModeSetting } | { error: string } {
  const colon = text.indexOf(':');
  const levelText = colon < 0 ? text : text.slice(0, colon);
  const versionText = colon < 0 ? undefined : text.slice(colon + 1);
  if (levelText === '' && (versionText === undefined || versionText === '')) {
    return { error: `${JSON.stringify(text)} must be LEVEL or LEVEL:VERSION, e.g. restricted:v1.30` };
  }
  const setting: { level?: Level; version?: string } = {};
  if (levelText !== '') {
    const problem = levelError(levelText);
    if (problem !== undefined) return { error: problem };
    setting.level = levelText as Level;
  }
  if (versionText !== undefined) {
    const problem = versionError(versionText);
    if (problem !== undefined) return { error: `version ${problem}` };
    setting.version = versionText;
  }
  return { setting };
}

function parseDurationMs(text: string): number | undefined {
  const match = /^([1-9][0-9]*)(ms|s|m)?$/.exec(text.trim());
  if (!match) return undefined;
  const amount = Number(match[1]);
  return match[2] === 'ms' ? amount : match[2] === 'm' ? amount * 60_000 : amount * 1000;
}

const nonEmpty = <T>(list: readonly T[] | undefined): list is readonly T[] => list !== undefined && list.length > 0;

/** Builds the ScanOptions for a scan; throws OptionsError listing every bad flag value. */
export function resolveScanOptions(input: ResolveInput): ScanOptions {
  const { flags } = input;
  const config = input.config ?? {};
  const errors: string[] = [];
  const defaults = resolveModePolicies(input, config, errors);
  const { nextVersion, clusterMinor } = resolveVersions(flags, config, errors);
  const exclude = [...(config.exclude ?? []), ...(flags.exclude ?? [])];
  for (const glob of flags.exclude ?? []) {
    const problem = globError(glob);
    if (problem !== undefined) errors.push(`--exclude: ${problem}`);
  }
  const run = resolveRunSettings(flags, config, input.cpuCount, errors);
  if (flags.namespace !== undefined && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(flags.namespace)) {
    errors.push(
      `--namespace: ${JSON.stringify(flags.namespace)} must be a valid namespace name (lowercase letters, digits and '-')`,
    );
  }
  if (errors.length > 0) throw new OptionsError(errors);

  return {
    cwd: input.cwd,
    paths: input.paths.map((given) => relativeToCwd(given, input.cwd)),
    exclude,
    targets: (config.targets ?? []).map((target) => relativeTarget(target, input.cwd, input.configDir)),
    policy: {
      defaults,
      namespaceLabels: config.namespaces ?? {},
      exemptions: {
        namespaces: union(input.admission?.exemptions.namespaces, config.exemptions?.namespaces),
        runtimeClasses: union(input.admission?.exemptions.runtimeClasses, config.exemptions?.runtimeClasses),
        usernames: union(input.admission?.exemptions.usernames, config.exemptions?.usernames),
      },
      relaxations: config.relaxations ?? [],
      podTemplateKinds: config.podTemplateKinds ?? [],
      ...(nextVersion !== undefined ? { nextVersion } : {}),
      ...(clusterMinor !== undefined ? { clusterMinor } : {}),
      allowInlineIgnores: flags.ignoreInline === true ? false : (config.inlineIgnores ?? true),
    },
    render: {
      helm: resolveHelm(flags, config, input.cwd),
      kustomize: {
        ...((flags.kustomize ?? config.kustomize?.binary)
          ? { binary: binaryFromCwd(flags.kustomize, input.cwd) ?? config.kustomize?.binary }
          : {}),
        enableHelm: flags.enableHelm ?? config.kustomize?.enableHelm ?? false,
      },
      network: flags.network ?? config.network ?? false,
      timeoutMs: run.timeoutMs,
      maxOutputBytes: DEFAULT_MAX_OUTPUT_BYTES,
      concurrency: run.concurrency,
      renderErrorsFail: run.renderErrors === 'fail',
    },
    today: input.today,
    ...(flags.allowEmptyInput === true ? { allowEmptyInput: true } : {}),
    ...(run.shard ? { shard: run.shard } : {}),
    failOn: run.failOn,
  };
}

/**
 * The policy of each mode: built-in defaults (or the admission configuration's), then the config file's
 * level/version and per-mode defaults, then `--level`/`--version`, then `--enforce`/`--warn`/`--audit`.
 */
function resolveModePolicies(input: ResolveInput, config: PodsecConfig, errors: string[]): ModePolicies {
  const { flags } = input;
  const start = input.admission?.defaults ?? DEFAULT_MODE_POLICIES;
  const modes: Record<Mode, { level: Level; version: string }> = {
    enforce: { ...start.enforce },
    warn: { ...start.warn },
    audit: { ...start.audit },
  };
  const apply = (targets: readonly Mode[], setting: ModeSetting): void => {
    for (const mode of targets) {
      if (setting.level !== undefined) modes[mode].level = setting.level;
      if (setting.version !== undefined) modes[mode].version = setting.version;
    }
  };
  apply(MODES, {
    ...(config.level ? { level: config.level } : {}),
    ...(config.version ? { version: config.version } : {}),
  });
  for (const mode of MODES) {
    const setting = config.defaults?.[mode];
    if (setting) apply([mode], setting);
  }

  if (flags.level !== undefined) {
    const problem = levelError(flags.level);
    if (problem !== undefined) errors.push(`--level: ${problem}`);
    else apply(MODES, { level: flags.level as Level });
  }
  if (flags.version !== undefined) {
    const problem = versionError(flags.version);
    if (problem !== undefined) errors.push(`--version: ${problem}`);
    else apply(MODES, { version: flags.version });
  }
  for (const mode of MODES) {
    const text = flags[mode];
    if (text === undefined) continue;
    const parsed = parseModeFlag(text);
    if ('error' in parsed) errors.push(`--${mode}: ${parsed.error}`);
    else apply([mode], parsed.setting);
  }
  return { enforce: modes.enforce as ModePolicy, warn: modes.warn, audit: modes.audit };
}

/** The next version to preview and the cluster version to emulate, flags over config. */
function resolveVersions(
  flags: FlagOverrides,
  config: PodsecConfig,
  errors: string[],
): { nextVersion?: string; clusterMinor?: number } {
  const nextVersion = flags.nextVersion ?? config.nextVersion;
  if (flags.nextVersion !== undefined) {
    const problem = versionError(flags.nextVersion);
    if (problem !== undefined) errors.push(`--next-version: ${problem}`);
  }
  const clusterVersion = flags.clusterVersion ?? config.clusterVersion;
  const clusterMinor = clusterVersion === undefined ? undefined : clusterMinorOf(clusterVersion);
  if (clusterVersion !== undefined && clusterMinor === undefined) {
    errors.push(`--cluster-version: ${JSON.stringify(clusterVersion)} must be a cluster version such as v1.33`);
  }
  return {
    ...(nextVersion !== undefined ? { nextVersion } : {}),
    ...(clusterMinor !== undefined ? { clusterMinor } : {}),
  };
}

/** How the scan runs: render timeout and concurrency, what render errors and findings do, the shard. */
interface RunSettings {
  readonly timeoutMs: number;
  readonly concurrency: number;
  readonly renderErrors: 'fail' | 'warn';
  readonly failOn: FailOn;
  readonly shard: ScanOptions['shard'];
}

function resolveRunSettings(
  flags: FlagOverrides,
  config: PodsecConfig,
  cpuCount: number | undefined,
  errors: string[],
): RunSettings {
  let timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (flags.timeout !== undefined) {
    const parsed = parseDurationMs(flags.timeout);
    if (parsed === undefined)
      errors.push(
        `--timeout: ${JSON.stringify(flags.timeout)} must be seconds (120) or a duration such as 90s, 2m, 1500ms`,
      );
    else timeoutMs = parsed;
  }
  let concurrency = config.concurrency ?? Math.max(1, cpuCount ?? 4);
  if (flags.concurrency !== undefined) {
    if (!/^[1-9][0-9]*$/.test(flags.concurrency))
      errors.push(`--concurrency: ${JSON.stringify(flags.concurrency)} must be a whole number of at least 1`);
    else concurrency = Number(flags.concurrency);
  }
  let renderErrors = config.renderErrors ?? 'fail';
  if (flags.renderErrors !== undefined) {
    if (flags.renderErrors !== 'fail' && flags.renderErrors !== 'warn')
      errors.push(`--render-errors: ${JSON.stringify(flags.renderErrors)} is not one of fail, warn`);
    else renderErrors = flags.renderErrors;
  }
  let failOn: FailOn = config.failOn ?? DEFAULT_FAIL_ON;
  if (flags.failOn !== undefined) {
    if (!(FAIL_ON_VALUES as readonly string[]).includes(flags.failOn))
      errors.push(`--fail-on: ${JSON.stringify(flags.failOn)} is not one of ${FAIL_ON_VALUES.join(', ')}`);
    else failOn = flags.failOn as FailOn;
  }
  let shard: ScanOptions['shard'];
  if (flags.shard !== undefined) {
    const match = /^([1-9][0-9]*)\/([1-9][0-9]*)$/.exec(flags.shard);
    if (!match || Number(match[1]) > Number(match[2]))
      errors.push(`--shard: ${JSON.stringify(flags.shard)} must be INDEX/TOTAL with 1 <= INDEX <= TOTAL, e.g. 2/4`);
    else shard = { index: Number(match[1]), total: Number(match[2]) };
  }
  return { timeoutMs, concurrency, renderErrors, failOn, shard };
}

/** Helm settings: flags replace the config file's, list by list. */
function resolveHelm(flags: FlagOverrides, config: PodsecConfig, cwd: string): HelmOptions {
  const helm = config.helm ?? {};
  return {
    ...((flags.helm ?? helm.binary) ? { binary: binaryFromCwd(flags.helm, cwd) ?? helm.binary } : {}),
    releaseName: flags.releaseName ?? helm.releaseName ?? DEFAULT_HELM_RELEASE_NAME,
    ...((flags.namespace ?? helm.namespace) ? { namespace: flags.namespace ?? helm.namespace } : {}),
    // Values files given as flags or inputs are relative to where podsec runs, as with helm itself;
    // those in the config file stay relative to their chart.
    valuesFiles: nonEmpty(flags.values)
      ? flags.values.map((file) => path.resolve(cwd, file))
      : [...(helm.valuesFiles ?? [])],
    set: nonEmpty(flags.set) ? [...flags.set] : [...(helm.set ?? [])],
    ...((flags.kubeVersion ?? helm.kubeVersion) ? { kubeVersion: flags.kubeVersion ?? helm.kubeVersion } : {}),
    apiVersions: nonEmpty(flags.apiVersions) ? [...flags.apiVersions] : [...(helm.apiVersions ?? [])],
    ciScenarios: flags.ciScenarios ?? helm.ciScenarios ?? true,
  };
}

/**
 * A binary given as a flag or input: a path (`./bin/helm`) is relative to where podsec runs, as the user typed
 * it, even though renders run in the chart's folder; a bare name (`helm`) stays a name looked up on PATH.
 * The config file can only name commands (see config/validate.ts), so its values never get here.
 */
function binaryFromCwd(given: string | undefined, cwd: string): string | undefined {
  if (given === undefined || given === '') return given;
  return given.includes('/') ? path.resolve(cwd, given) : given;
}

function union(a: readonly string[] | undefined, b: readonly string[] | undefined): string[] {
  return [...new Set([...(a ?? []), ...(b ?? [])])];
}

/**
 * An absolute path inside the working directory, written relative to it (`/home/runner/work/shop/shop/deploy`
 * → `deploy`), so every location podsec reports is repository-relative whatever form the paths take.
 * Relative paths and paths outside the working directory stay as given.
 */
function relativeToCwd(given: string, cwd: string): string {
  if (!path.isAbsolute(given)) return given;
  const relative = path.relative(path.resolve(cwd), path.resolve(given));
  if (relative === '') return '.';
  if (relative.startsWith('..') || path.isAbsolute(relative)) return given;
  return relative.split(path.sep).join('/');
}

/** Config target paths are relative to the config file; ScanOptions paths are relative to cwd. */
function relativeTarget(target: TargetOptions, cwd: string, configDir: string | undefined): TargetOptions {
  if (configDir === undefined || path.resolve(configDir) === path.resolve(cwd)) return target;
  const relative = path.relative(cwd, path.resolve(configDir, target.path)).split(path.sep).join('/');
  return { ...target, path: relative === '' ? '.' : relative };
}
