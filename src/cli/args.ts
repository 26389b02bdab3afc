/**
 * Command-line parsing. Flags become plain data here; their meaning (defaults, precedence over the
 * config file) is decided once, in config/options.ts, for the CLI and the action alike.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { FlagOverrides } from '../config/options.js';

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
  readonly flags: RawScanFlags;
}

export interface MergeCommand {
  readonly command: 'merge';
  readonly files: string[];
  readonly format: OutputFormat;
  readonly output?: string;
  readonly failOn?: string;
  readonly debug: boolean;
  readonly color?: boolean;
}

/** `podsec fix`: scan's options, plus whether to write and whether behaviour may change. */
export interface FixCommand extends Omit<ScanCommand, 'command'> {
  readonly command: 'fix';
  readonly write: boolean;
  readonly allowBehaviourChange: boolean;
}

export type Command =
  | ScanCommand
  | FixCommand
  | MergeCommand
  | { readonly command: 'help'; readonly topic?: string }
  | { readonly command: 'version' };

/** Scan flags exactly as typed; validated and interpreted by resolveScanOptions (the action fills the same type). */
export type RawScanFlags = FlagOverrides;

const scanOptions = {
  level: { type: 'string' },
  version: { type: 'string' },
  enforce: { type: 'string' },
  warn: { type: 'string' },
  audit: { type: 'string' },
  'next-version': { type: 'string' },
  'cluster-version': { type: 'string' },
  format: { type: 'string', short: 'o' },
  output: { type: 'string' },
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
  debug: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
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
  help: scanOptions.help,
} as const satisfies ParseArgsConfig['options'];

/** Parses argv (without `node` and the script). Throws UsageError with a one-line message. */
export function parseCommandLine(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') {
    return { command: 'help', topic: first === 'help' ? rest[0] : undefined };
  }
  if (first === 'version' || first === '--about') return { command: 'version' };
  if (first === 'scan') return parseScan(rest);
  if (first === 'merge') return parseMerge(rest);
  if (first === 'fix') return parseFix(rest);
  throw new UsageError(`unknown command "${first}"; expected scan, fix, merge, help or version`);
}

function parseFix(argv: readonly string[]): Command {
  const { values, positionals } = parseStrict(argv, fixOptions);
  if (values.help) return { command: 'help', topic: 'fix' };
  return { ...scanCommand(values, positionals), command: 'fix', write: values.write ?? false, allowBehaviourChange: values['allow-behaviour-change'] ?? false };
}

function parseScan(argv: readonly string[]): Command {
  const { values, positionals } = parseStrict(argv, scanOptions);
  if (values.help) return { command: 'help', topic: 'scan' };
  return scanCommand(values, positionals);
}

function scanCommand(values: ReturnType<typeof parseStrict<typeof scanOptions>>['values'], positionals: string[]): ScanCommand {
  return {
    command: 'scan',
    paths: positionals,
    format: parseFormat(values.format),
    output: values.output,
    sarifFile: values.sarif,
    jsonFile: values.json,
    config: values.config,
    admissionConfig: values['admission-config'],
    debug: values.debug ?? false,
    color: colorChoice(values.color, values['no-color']),
    flags: {
      level: values.level,
      version: values.version,
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
    },
  };
}

function parseMerge(argv: readonly string[]): Command {
  const { values, positionals } = parseStrict(argv, mergeOptions);
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
  };
}

function parseStrict<T extends NonNullable<ParseArgsConfig['options']>>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    // node's messages are good but long; keep the first sentence and point at --help.
    const message = error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
    throw new UsageError(`${message.replace(/\.$/, '')} (see podsec help)`);
  }
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
  podsec fix [PATH...] [options]      print the edits that make failing workloads pass (scan's options)
  podsec merge FILE... [options]      merge JSON results of sharded scans into one report
  podsec version                      print podsec's version
  podsec help                         this text

PATH may be a file, a directory (searched recursively), or - for standard input.

Policy:
  --level LEVEL            privileged, baseline or restricted for all three modes
  --version VERSION        latest or v1.N for all three modes
  --enforce LEVEL[:VER]    set one mode (also --warn, --audit), e.g. --warn restricted:v1.30
  --next-version VERSION   also report, as notes, what would fail at a newer version
  --cluster-version v1.N   the cluster's version: what "latest" means there
  -c, --config FILE        config file (default: .podsec.yaml in the working directory, if present)
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

Output:
  -o, --format FORMAT      text, json, sarif or markdown (a job summary) (default text)
  --output FILE            write the report to FILE instead of standard output
  --sarif FILE             also write SARIF to FILE
  --json FILE              also write JSON to FILE
  --fail-on WHAT           enforce (default), warn, audit, any or none
  --render-errors WHAT     fail (default: exit 2) or warn (report render errors, exit by findings)
  --no-color, --color      force colour off or on
  --debug                  show stack traces for unexpected errors

Fix (podsec fix):
  --write                  apply the edits instead of printing them as a unified diff
  --allow-behaviour-change also remove what workloads ask for (privileged, host namespaces, hostPath, ...)

Exit codes: 0 no failing findings, 1 findings that fail the run, 2 usage, configuration, input or render errors.
`;
