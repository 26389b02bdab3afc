/**
 * Command-line parsing. Flags become plain data here; their meaning (defaults, precedence over the
 * config file) is decided once, in config/options.ts, for the CLI and the action alike.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { FlagOverrides } from '../config/options.js';
import { itemAt } from '../util/item-at.js';
import { didYouMean } from './did-you-mean.js';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'markdown';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'markdown'];

/** A usage error: bad flag, missing value. Exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface ScanCommand {
  readonly command: 'scan';
  readonly paths: string[];
  readonly format: OutputFormat;
  readonly output?: string;
  readonly sarifFile?: string;
  readonly jsonFile?: string;
  readonly config?: string;
  readonly admissionConfig?: string;
  readonly debug: boolean;
  readonly color?: boolean;
  /** The paths are changed files (the pre-commit hook): scan the chart or overlay each belongs to. */
  readonly changed: boolean;
  readonly report: ReportFlags;
  readonly flags: RawScanFlags;
  /** A JSON report of an earlier scan: problems it already had do not fail (src/baseline). */
  readonly baseline?: string;
  /** Add the rollout plan to the reports. */
  readonly plan?: boolean;
}

/** `podsec plan`: a scan whose output is the per-namespace rollout plan (src/plan). */
export interface PlanCommand extends Omit<ScanCommand, 'command'> {
  readonly command: 'plan';
}

export interface MergeCommand {
  readonly command: 'merge';
  readonly files: string[];
  readonly format: OutputFormat;
  readonly output?: string;
  readonly failOn?: string;
  readonly debug: boolean;
  readonly color?: boolean;
  readonly report: ReportFlags;
}

/** How much the human-readable reports show. */
export interface ReportFlags {
  /** Field paths, every policy's message, related locations, targets and passing workloads. */
  readonly verbose: boolean;
  /** List suppressed problems instead of only counting them. */
  readonly showSuppressed: boolean;
}

/** `podsec fix`: scan's options, plus whether to write and whether behaviour may change. */
export interface FixCommand extends Omit<ScanCommand, 'command'> {
  readonly command: 'fix';
  readonly write: boolean;
  readonly allowBehaviourChange: boolean;
}

export type Command =
  | ScanCommand
  | PlanCommand
  | FixCommand
  | MergeCommand
  | { readonly command: 'help'; readonly topic?: string }
  | { readonly command: 'version' }
  | { readonly command: 'checks' }
  | { readonly command: 'explain'; readonly check: string };

/** The commands, as typed; unknown ones get a did-you-mean from this list. */
export const COMMANDS = ['scan', 'plan', 'fix', 'merge', 'checks', 'explain', 'version', 'help'] as const;

/** Scan flags exactly as typed; validated and interpreted by resolveScanOptions (the action fills the same type). */
export type RawScanFlags = FlagOverrides;

const scanOptions = {
  level: { type: 'string' },
  'policy-version': { type: 'string' },
  // The policy version's first spelling; still accepted so existing scripts keep working.
  version: { type: 'string' },
  enforce: { type: 'string' },
  warn: { type: 'string' },
  audit: { type: 'string' },
  'next-version': { type: 'string' },
  'cluster-version': { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  sarif: { type: 'string' },
  json: { type: 'string' },
  config: { type: 'string', short: 'c' },
  'admission-config': { type: 'string' },
  exclude: { type: 'string', multiple: true },
  helm: { type: 'string' },
  kustomize: { type: 'string' },
  values: { type: 'string', short: 'f', multiple: true },
  set: { type: 'string', multiple: true },
  namespace: { type: 'string', short: 'n' },
  'release-name': { type: 'string' },
  'kube-version': { type: 'string' },
  'api-versions': { type: 'string', multiple: true },
  network: { type: 'boolean' },
  'enable-helm': { type: 'boolean' },
  timeout: { type: 'string' },
  concurrency: { type: 'string' },
  'fail-on': { type: 'string' },
  'render-errors': { type: 'string' },
  shard: { type: 'string' },
  'ignore-inline': { type: 'boolean' },
  'allow-empty-input': { type: 'boolean' },
  baseline: { type: 'string' },
  plan: { type: 'boolean' },
  changed: { type: 'boolean' },
  debug: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  verbose: { type: 'boolean' },
  'show-suppressed': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

const fixOptions = {
  ...scanOptions,
  write: { type: 'boolean' },
  'allow-behaviour-change': { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

const mergeOptions = {
  format: scanOptions.format,
  output: scanOptions.output,
  'fail-on': scanOptions['fail-on'],
  debug: scanOptions.debug,
  color: scanOptions.color,
  'no-color': scanOptions['no-color'],
  verbose: scanOptions.verbose,
  'show-suppressed': scanOptions['show-suppressed'],
  help: scanOptions.help,
} as const satisfies ParseArgsConfig['options'];

const helpOnly = { help: scanOptions.help } as const satisfies ParseArgsConfig['options'];

/** Parses argv (without `node` and the script). Throws UsageError with a one-line message. */
export function parseCommandLine(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') {
    return { command: 'help', topic: first === 'help' ? rest[0] : undefined };
  }
  if (first === 'version' || first === '--version' || first === '--about') return { command: 'version' };
  if (first === 'scan') return parseScan(rest);
  if (first === 'plan') return parsePlan(rest);
  if (first === 'merge') return parseMerge(rest);
  if (first === 'fix') return parseFix(rest);
  if (first === 'checks') return parseChecks(rest);
  if (first === 'explain') return parseExplain(rest);
  if (first.startsWith('-')) {
    throw new UsageError(
      `unknown option ${first}${didYouMean(first, ['--help', '--version'])} (commands: ${COMMANDS.join(', ')}; see podsec help)`,
    );
  }
  throw new UsageError(`unknown command "${first}"${didYouMean(first, COMMANDS)} (commands: ${COMMANDS.join(', ')})`);
}

function parseChecks(argv: readonly string[]): Command {
  const { values, positionals } = parseStrict(argv, helpOnly, 'checks');
  if (values.help) return { command: 'help', topic: 'checks' };
  if (positionals.length > 0)
    throw new UsageError(`checks takes no arguments (to read one check: podsec explain ${positionals[0]})`);
  return { command: 'checks' };
}

function parseExplain(argv: readonly string[]): Command {
  const { values, positionals } = parseStrict(argv, helpOnly, 'explain');
  if (values.help) return { command: 'help', topic: 'explain' };
  if (positionals.length !== 1)
    throw new UsageError('explain needs one check id, e.g. podsec explain runAsNonRoot (podsec checks lists them)');
  return { command: 'explain', check: itemAt(positionals, 0) };
}

/** `--policy-version` or its first spelling `--version`; both at once must agree. */
function policyVersion(values: { readonly 'policy-version'?: string; readonly version?: string }): string | undefined {
  const current = values['policy-version'];
  const old = values.version;
  if (current !== undefined && old !== undefined && current !== old) {
    throw new UsageError(`--policy-version ${current} and --version ${old} disagree; give --policy-version only`);
  }
  return current ?? old;
}

function parseFix(argv: readonly string[]): Command {
  const { values, positionals } = parseStrict(argv, fixOptions, 'fix');
  if (values.help) return { command: 'help', topic: 'fix' };
  return {
    ...scanCommand(values, positionals),
    command: 'fix',
    write: values.write ?? false,
    allowBehaviourChange: values['allow-behaviour-change'] ?? false,
  };
}

function parseScan(argv: readonly string[]): Command {
  // `podsec scan --version` with nothing after it: the user wants podsec's version, not a policy version.
  if (argv[argv.length - 1] === '--version') {
    throw new UsageError(
      "scan --version needs a policy version (latest or v1.N; spelled --policy-version now); podsec --version prints podsec's version",
    );
  }
  const { values, positionals } = parseStrict(argv, scanOptions, 'scan');
  if (values.help) return { command: 'help', topic: 'scan' };
  return scanCommand(values, positionals);
}

function scanCommand(
  values: ReturnType<typeof parseStrict<typeof scanOptions>>['values'],
  positionals: string[],
): ScanCommand {
  return {
    command: 'scan',
    paths: positionals,
    format: parseFormat(values.format),
    output: values.output,
    sarifFile: values.sarif,
    jsonFile: values.json,
    config: values.config,
    admissionConfig: values['admission-config'],
    changed: values.changed ?? false,
    debug: values.debug ?? false,
    color: colorChoice(values.color, values['no-color']),
    report: { verbose: values.verbose ?? false, showSuppressed: values['show-suppressed'] ?? false },
    flags: {
      level: values.level,
      version: policyVersion(values),
      enforce: values.enforce,
      warn: values.warn,
      audit: values.audit,
      nextVersion: values['next-version'],
      clusterVersion: values['cluster-version'],
      exclude: values.exclude ?? [],
      helm: values.helm,
      kustomize: values.kustomize,
      values: values.values ?? [],
      set: values.set ?? [],
      namespace: values.namespace,
      releaseName: values['release-name'],
      kubeVersion: values['kube-version'],
      apiVersions: values['api-versions'] ?? [],
      network: values.network,
      enableHelm: values['enable-helm'],
      timeout: values.timeout,
      concurrency: values.concurrency,
      failOn: values['fail-on'],
      renderErrors: values['render-errors'],
      shard: values.shard,
      ignoreInline: values['ignore-inline'],
      allowEmptyInput: values['allow-empty-input'],
    },
    ...(values.baseline !== undefined ? { baseline: values.baseline } : {}),
    ...(values.plan === true ? { plan: true } : {}),
  };
}

function parsePlan(argv: readonly string[]): Command {
  const scan = parseScan(argv);
  if (scan.command !== 'scan') return { command: 'help', topic: 'plan' };
  if (scan.format === 'sarif') throw new UsageError('plan writes text, markdown or json, not sarif');
  if (scan.baseline !== undefined)
    throw new UsageError('--baseline is a scan option; plan does not compare with a baseline');
  const { command: _scan, ...rest } = scan;
  return { ...rest, command: 'plan' };
}

function parseMerge(argv: readonly string[]): Command {
  const { values, positionals } = parseStrict(argv, mergeOptions, 'merge');
  if (values.help) return { command: 'help', topic: 'merge' };
  if (positionals.length === 0) throw new UsageError('merge needs at least one JSON result file');
  return {
    command: 'merge',
    files: positionals,
    format: parseFormat(values.format),
    output: values.output,
    failOn: values['fail-on'],
    debug: values.debug ?? false,
    color: colorChoice(values.color, values['no-color']),
    report: { verbose: values.verbose ?? false, showSuppressed: values['show-suppressed'] ?? false },
  };
}

function parseStrict<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: readonly string[],
  options: T,
  command: string,
) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(usageMessage(error, options, command));
  }
}

/** node's parseArgs messages are long and miss the likely fix: one line, with a did-you-mean for unknown flags. */
function usageMessage(error: unknown, options: NonNullable<ParseArgsConfig['options']>, command: string): string {
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
  const code = (error as { code?: string }).code;
  const unknown = /^Unknown option '([^']+)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown !== undefined) {
    const flags = Object.entries(options).flatMap(([name, option]) => [
      `--${name}`,
      ...('short' in option && option.short ? [`-${option.short}`] : []),
    ]);
    const flag = itemAt(unknown.split('='), 0);
    const suggestion = didYouMean(flag, flags);
    // A file whose name starts with a dash looks like a flag; say how to pass it.
    const asPath =
      suggestion === '' && command !== 'checks' && command !== 'explain'
        ? `; a path that starts with - goes after --, as in podsec ${command} -- ${unknown}`
        : '';
    return `unknown option ${flag} for ${command}${suggestion}${asPath} (see podsec help)`;
  }
  const missing = /^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(message)?.[1];
  if (missing !== undefined) return `${missing} needs a value (see podsec help)`;
  return `${message.replace(/\.$/, '')} (see podsec help)`;
}

function parseFormat(text: string | undefined): OutputFormat {
  if (text === undefined) return 'text';
  if ((OUTPUT_FORMATS as readonly string[]).includes(text)) return text as OutputFormat;
  throw new UsageError(`format "${text}" is not one of ${OUTPUT_FORMATS.join(', ')}`);
}

function colorChoice(color: boolean | undefined, noColor: boolean | undefined): boolean | undefined {
  if (noColor) return false;
  return color;
}

export const HELP_TEXT = `podsec: check Kubernetes workloads against the Pod Security Standards, as Pod Security Admission would.

Usage:
  podsec scan [PATH...] [options]     scan manifests, Helm charts and kustomize overlays (default PATH: .)
  podsec plan [PATH...] [options]     a Pod Security rollout plan per namespace (takes the scan options)
  podsec fix [PATH...] [options]      print the edits that make failing workloads pass (scan's options)
  podsec merge FILE... [options]      merge JSON results of sharded scans into one report
  podsec checks                       list the checks: id, level, versions, title
  podsec explain CHECK                print a check's page: rule, fields, allowed values, message, fix
  podsec version, podsec --version    print podsec's version
  podsec help                         this text

PATH may be a file, a directory (searched recursively), or - for standard input.
Empty standard input is an error (exit 2), so a failed command before the pipe fails the scan;
--allow-empty-input accepts it.

Policy:
  --level LEVEL            privileged, baseline or restricted for all three modes
  --policy-version VER     latest or v1.N for all three modes (--version VER, the older spelling, still works)
  --enforce LEVEL[:VER]    set one mode (also --warn, --audit), e.g. --warn restricted:v1.30
  --next-version VERSION   also report, as notes, what would fail at a newer version
  --cluster-version v1.N   the cluster's version: what "latest" means there
  -c, --config FILE        config file (default: .podsec.yaml or .podsec.yml in the working directory, if present;
                           text output names the file used on stderr)
  --admission-config FILE  the cluster's PodSecurityConfiguration or AdmissionConfiguration, as is
  --ignore-inline          do not honour podsec.dev/ignore annotations

Rendering:
  --helm BIN               helm binary (default: helm on PATH, else the one installed with podsec)
  --kustomize BIN          kustomize binary (default: kustomize on PATH, else kubectl kustomize)
  -f, --values FILE        Helm values file, repeatable, applied in order
  --set KEY=VALUE          Helm --set, repeatable
  -n, --namespace NS       namespace for Helm releases
  --release-name NAME      Helm release name
  --kube-version V         Helm --kube-version
  --api-versions GV        Helm --api-versions, repeatable
  --enable-helm            allow helmCharts in kustomizations
  --network                allow network while rendering (remote bases, chart dependencies)
  --timeout SECONDS        per-render timeout (default 120)
  --concurrency N          renders in parallel (default: number of cores)
  --exclude GLOB           leave out matching files and directories, repeatable
  --shard I/N              scan only shard I of N (stable assignment of targets)
  --changed                the PATHs are changed files (the pre-commit hook): scan the chart or kustomize
                           overlay each belongs to, or the file itself if it is a manifest

Output:
  --format FORMAT          text, json, sarif or markdown (a job summary) (default text)
  -o, --output FILE        write the report to FILE instead of standard output
  --sarif FILE             also write SARIF to FILE
  --json FILE              also write JSON to FILE
  --fail-on WHAT           enforce (default), warn, audit, any or none
  --baseline FILE          a JSON report of an earlier scan: problems it already had are reported
                           as existing and do not fail; only new problems do
  --plan                   add the per-namespace rollout plan to the report (see podsec plan)
  --render-errors WHAT     fail (default: exit 2) or warn (report render errors, exit by findings)
  --verbose                also show field paths, each policy's message, related lines and passing workloads
  --show-suppressed        list suppressed problems (text and markdown) instead of only counting them
  --no-color, --color      force colour off or on
  --debug                  show stack traces for unexpected errors

Fix (podsec fix):
  --write                  apply the edits instead of printing them as a unified diff
  --allow-behaviour-change also remove what workloads ask for (privileged, host namespaces, hostPath, ...)

Standard error: every input, configuration and render error on its own line (file: message), unless a
text report on the terminal already lists them, then one line saying why the run failed. Scans that take more
than two seconds show progress there when it is a terminal (not in CI).

Exit codes: 0 no failing findings, 1 findings that fail the run, 2 usage, configuration, input or render errors.
`;
