/**
 * SARIF 2.1.0 for GitHub code scanning: one run, one rule per Pod Security Standards check, results
 * with repo-relative locations and stable fingerprints, suppressions, and the scan's errors as tool
 * notifications. GitHub's limits are applied here, so whatever uploads the file needs no extra logic.
 */
import { buildProblems, formatPolicies, problemMessage, type Problem } from '../findings/problems.js';
import type { FailOn, Finding, ScanError, ScanResult, Severity, Suppression } from '../findings/types.js';
import type { RepoLocation } from '../manifests/types.js';
import { allCheckMeta } from '../policy/registry.js';
import type { CheckId, CheckMeta } from '../policy/types.js';
import { checkPageUrl, fixLine, PODSEC_REPOSITORY_URL, problemTitle } from './advice.js';
import { clip, controllerEnforceNote, formatTarget, plainText, renderedTargets, workloadLabel } from './common.js';
import type {
  SarifBaselineState,
  SarifFix,
  SarifLevel,
  SarifLocation,
  SarifLog,
  SarifNotification,
  SarifRegion,
  SarifReportingDescriptor,
  SarifResult,
  SarifRun,
  SarifSuppression,
} from './sarif-types.js';
import { compactJsonPieces, JsonList } from './json-pieces.js';

export type * from './sarif-types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Where podsec lives; callers with the real repository URL pass `informationUri`. */
export const DEFAULT_INFORMATION_URI = PODSEC_REPOSITORY_URL;
/** The base id every artifact location is relative to: the root of the scanned repository. */
export const SRCROOT = '%SRCROOT%';

/** GitHub code scanning limits (docs: "SARIF results file limits"). */
export const SARIF_LIMITS = {
  resultsPerRun: 25_000,
  /** Of those, code scanning stores and shows the most severe 5,000. */
  resultsShownPerRun: 5_000,
  locationsPerResult: 10,
  relatedLocationsPerResult: 1_000,
  tagsPerRule: 20,
  textLength: 1_024,
  ruleNameLength: 255,
} as const;

/** Options for {@link buildSarif}. */
export interface SarifOptions {
  /** podsec's version (semver), shown by code scanning next to the tool name. */
  readonly toolVersion: string;
  /**
   * Code scanning category. One upload per tool + category replaces the previous one, so a matrix of
   * scans needs distinct categories. Slashes at either end are ignored.
   */
  readonly category?: string;
  /** At most this many results (default and hard maximum: GitHub's 25,000 per run). */
  readonly maxResults?: number;
  /** podsec's home page; check documentation links are built from it. */
  readonly informationUri?: string;
  /** The check catalogue; defaults to the policy registry's. */
  readonly checks?: readonly CheckMeta[];
  /**
   * Absolute path of the scanned repository root (forward slashes). Only used to turn an absolute
   * finding path into a repo-relative one; findings normally carry repo-relative paths already.
   */
  readonly srcRoot?: string;
  /** Which problems fail the run (default `enforce`); recorded per result as `blocking`. */
  readonly failOn?: FailOn;
  /** The safe fix for a finding, when `podsec fix` has one (see fix/sarif-fixes.ts). */
  readonly fixes?: (finding: Finding) => readonly SarifFix[] | undefined;
  /**
   * A baseline comparison was made (`--baseline`, the action's `baseline` input): every compared result
   * gets `baselineState` (SARIF 2.1.0 §3.27.24), `unchanged` for existing problems and `new` otherwise.
   */
  readonly baselineCompared?: boolean;
}

const LEVEL_BY_SEVERITY: Readonly<Record<Severity, SarifLevel>> = { error: 'error', warning: 'warning', note: 'note' };

/**
 * `security-severity` per check: code scanning maps 7.0–8.9 to "high" and 4.0–6.9 to "medium".
 * Baseline checks block known privilege escalations, so they are high; the ones that hand a
 * container the host outright (privileged, host namespaces, host paths, Windows host process)
 * sit at the top, the ones that widen the attack surface without direct host access (ports, probes,
 * sysctls, AppArmor/seccomp opt-outs) at 7.5. Restricted checks are hardening, so medium; those
 * that also cover a baseline problem at restricted (procMount, volumes, added capabilities) sit
 * at the top of that band, profile and identity defaults lower.
 */
const SECURITY_SEVERITY: Readonly<Record<CheckId, string>> = {
  privileged: '8.8',
  windowsHostProcess: '8.8',
  hostNamespaces: '8.6',
  hostPathVolumes: '8.4',
  capabilities_baseline: '8.0',
  procMount: '7.8',
  seLinuxOptions: '7.8',
  appArmorProfile: '7.5',
  seccompProfile_baseline: '7.5',
  hostPorts: '7.5',
  hostProbesAndHostLifecycle: '7.5',
  sysctls: '7.5',
  procMount_restricted: '6.9',
  restrictedVolumes: '6.8',
  capabilities_restricted: '6.5',
  allowPrivilegeEscalation: '6.5',
  runAsUser: '6.0',
  runAsNonRoot: '5.5',
  seccompProfile_restricted: '5.0',
};

/**
 * Builds a SARIF log with one run. Pure: the same result and options give the same log.
 * Results beyond `maxResults` are dropped least severe first (errors, then warnings, then notes;
 * suppressed last), and a notification plus `run.properties.truncation` say so.
 */
export function buildSarif(result: ScanResult, options: SarifOptions): SarifLog {
  return sarifLog(result, options, (results) => results.all());
}

/**
 * {@link renderSarif}'s text in pieces, for writing as they are made: the results are converted and stringified
 * a batch at a time, so neither the whole log nor its text (tens of megabytes for ten thousand workloads) is held
 * at once. The pieces join to exactly `JSON.stringify(buildSarif(result, options))` and a newline.
 */
export function* sarifPieces(result: ScanResult, options: SarifOptions): Generator<string> {
  yield* compactJsonPieces(sarifLog(result, options, (results) => results));
  yield '\n';
}

/** A SARIF log whose one run holds its results as `resultsAs` gives them: converted, or still to be. */
type SarifLogWith<R> = Omit<SarifLog, 'runs'> & {
  readonly runs: readonly [Omit<SarifRun, 'results'> & { readonly results: R }];
};

function sarifLog<R>(
  result: ScanResult,
  options: SarifOptions,
  resultsAs: (results: JsonList<Problem, SarifResult>) => R,
): SarifLogWith<R> {
  const informationUri = options.informationUri ?? DEFAULT_INFORMATION_URI;
  const catalogue = options.checks ?? allCheckMeta();
  const rules: SarifReportingDescriptor[] = catalogue.map((meta) => ruleFor(meta, informationUri));
  const ruleIndex = new Map<string, number>(rules.map((rule, index) => [rule.id, index]));
  const metaById = new Map<string, CheckMeta>(catalogue.map((meta) => [meta.id, meta]));

  // A check the catalogue does not know still needs a rule: a result must never point nowhere.
  for (const finding of result.findings) {
    if (!ruleIndex.has(finding.check)) {
      ruleIndex.set(finding.check, rules.length);
      rules.push(fallbackRule(finding));
    }
  }

  // One result per problem (rule × location); its level comes from the strictest mode it breaks.
  const problems = buildProblems(result.findings, options.failOn);
  const limit = Math.max(0, Math.min(options.maxResults ?? SARIF_LIMITS.resultsPerRun, SARIF_LIMITS.resultsPerRun));
  const { kept, omitted } = selectResults(problems, limit);
  const paths = { srcRoot: options.srcRoot };
  const results = new JsonList(kept, (problem: Problem) =>
    withBaselineState(
      withFixes(
        sarifResult(problem, ruleIndex.get(problem.check) ?? 0, metaById.get(problem.check), paths),
        fixesOf(problem, options.fixes),
      ),
      options.baselineCompared === true ? baselineState(problem) : undefined,
    ),
  );

  const notifications: SarifNotification[] = [
    ...result.errors.map((error) => notification(error, 'error', paths)),
    ...result.notices.map((notice) => notification(notice, 'note', paths)),
  ];
  const omittedTotal = omitted.error + omitted.warning + omitted.note;
  if (omittedTotal > 0) {
    notifications.push({
      level: 'warning',
      message: {
        text:
          `Only the ${kept.length} most severe of ${problems.length} results are included, ` +
          `because podsec writes at most ${limit.toLocaleString('en-US')} per run (code scanning accepts 25,000 and shows the 5,000 most severe); left out: ${omitted.error} errors, ` +
          `${omitted.warning} warnings, ${omitted.note} notes. The JSON report lists every finding.`,
      },
    });
  }

  if (kept.length > SARIF_LIMITS.resultsShownPerRun) {
    notifications.push({
      level: 'note',
      message: {
        text:
          `Code scanning shows only the ${SARIF_LIMITS.resultsShownPerRun.toLocaleString('en-US')} most severe of the ${kept.length.toLocaleString('en-US')} results in this run; ` +
          'the JSON report lists every finding.',
      },
    });
  }

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'podsec',
            semanticVersion: options.toolVersion,
            version: options.toolVersion,
            informationUri,
            rules,
          },
        },
        automationDetails: { id: automationId(options.category) },
        originalUriBaseIds: {
          [SRCROOT]: {
            // GitHub's documented form: the checkout as a file URI with a trailing slash.
            ...(options.srcRoot !== undefined && options.srcRoot !== '' ? { uri: srcRootUri(options.srcRoot) } : {}),
            description: { text: 'The root of the scanned repository.' },
          },
        },
        invocations: [
          {
            executionSuccessful: result.errors.length === 0,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: resultsAs(results),
        ...(omittedTotal > 0
          ? {
              properties: {
                truncation: {
                  totalResults: problems.length,
                  emittedResults: kept.length,
                  maxResults: limit,
                  omitted: { ...omitted },
                },
              },
            }
          : {}),
      },
    ],
  };
}

/**
 * {@link buildSarif} as compact JSON (size matters: code scanning caps the gzipped upload at 10 MB), made from
 * {@link sarifPieces}: only the text is ever held whole, not the log's objects as well.
 */
export function renderSarif(result: ScanResult, options: SarifOptions): string {
  return [...sarifPieces(result, options)].join('');
}

/** `podsec/` or `podsec/<category>/`: the trailing slash makes the whole id the category. */
function automationId(category: string | undefined): string {
  const trimmed = (category ?? '').replace(/^\/+|\/+$/g, '').trim();
  return trimmed === '' ? 'podsec/' : `podsec/${trimmed}/`;
}

function ruleFor(meta: CheckMeta, informationUri: string): SarifReportingDescriptor {
  const docsPage = checkPageUrl(meta.id, informationUri);
  const levelName = meta.level === 'baseline' ? 'Baseline' : 'Restricted';
  const overrides =
    meta.overrides.length > 0
      ? `At the restricted level this check replaces the baseline check${meta.overrides.length === 1 ? '' : 's'} ${meta.overrides.map((id) => `\`${id}\``).join(', ')}.`
      : '';
  const markdown = [
    `**${problemTitle(meta.id)}** — ${meta.title}, Pod Security Standards ${levelName} level (\`${meta.id}\`)`,
    meta.description,
    `**Allowed:** ${meta.allowed}`,
    ...(overrides === '' ? [] : [overrides]),
    `**How to fix**\n\n${meta.fix}`,
    `[Kubernetes Pod Security Standards](${meta.docsUrl}) · [podsec: ${meta.id}](${docsPage})`,
  ].join('\n\n');
  const text = [
    `${problemTitle(meta.id)}: ${meta.title} (Pod Security Standards, ${meta.level}; check ${meta.id}).`,
    plainText(meta.description),
    `Allowed: ${plainText(meta.allowed)}`,
    ...(overrides === '' ? [] : [plainText(overrides)]),
    `How to fix: ${plainText(meta.fix)}`,
    `Kubernetes documentation: ${meta.docsUrl}`,
    `podsec documentation: ${docsPage}`,
  ].join('\n\n');

  return {
    id: meta.id,
    name: ruleName(meta.level, meta.title, meta.id),
    // Code scanning titles alerts with this: it names the problem, not the rule.
    shortDescription: { text: clip(problemTitle(meta.id), SARIF_LIMITS.textLength) },
    fullDescription: { text: clip(sentence(plainText(meta.description)), SARIF_LIMITS.textLength) },
    help: { text, markdown },
    helpUri: docsPage,
    defaultConfiguration: { level: meta.level === 'baseline' ? 'error' : 'warning' },
    properties: {
      tags: ['security', 'kubernetes', 'pod-security', `pss-${meta.level}`],
      precision: 'very-high',
      'security-severity': SECURITY_SEVERITY[meta.id] ?? (meta.level === 'baseline' ? '7.5' : '5.0'),
    },
  };
}

function fallbackRule(finding: Finding): SarifReportingDescriptor {
  const restricted = finding.level === 'restricted';
  return {
    id: finding.check,
    name: ruleName(finding.level, finding.check, finding.check),
    shortDescription: { text: `Pod Security Standards check ${finding.check}.` },
    fullDescription: { text: `Pod Security Standards check ${finding.check} (${finding.level}).` },
    help: { text: `Pod Security Standards check ${finding.check}. See the podsec documentation for this check.` },
    defaultConfiguration: { level: restricted ? 'warning' : 'error' },
    properties: {
      tags: ['security', 'kubernetes', 'pod-security', `pss-${finding.level}`],
      precision: 'very-high',
      'security-severity': restricted ? '5.0' : '7.5',
    },
  };
}

/** Keeps the `limit` most important problems, in report order; counts the rest by severity. */
function selectResults(
  problems: readonly Problem[],
  limit: number,
): { kept: Problem[]; omitted: Record<Severity, number> } {
  const omitted: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  // Problems come blocking first and suppressed last, so the first `limit` are the ones to keep.
  problems.slice(limit).forEach((problem) => omitted[problem.severity]++);
  return { kept: problems.slice(0, limit), omitted };
}

interface PathOptions {
  readonly srcRoot?: string;
}

function withFixes(result: SarifResult, fixes: readonly SarifFix[] | undefined): SarifResult {
  return fixes && fixes.length > 0 ? { ...result, fixes } : result;
}

function withBaselineState(result: SarifResult, state: SarifBaselineState | undefined): SarifResult {
  return state === undefined ? result : { ...result, baselineState: state };
}

/**
 * Where a problem stands against the baseline: `unchanged` when the baseline already had it (its findings
 * carry the `baseline` suppression), `new` when a finding of it is not suppressed. A problem suppressed
 * only by a relaxation, an annotation or an exemption was not compared (baselines leave those out), so it
 * gets no state. Fixed problems are not written as `absent` results: code scanning does not read
 * `baselineState` and would open an alert for each (see docs/adoption.md).
 */
function baselineState(problem: Problem): SarifBaselineState | undefined {
  if (problem.findings.some((finding) => finding.suppressed === undefined)) return 'new';
  return problem.findings.some((finding) => finding.suppressed?.source === 'baseline') ? 'unchanged' : undefined;
}

/** The safe fix of a problem: the one its findings (one per broken policy) share. */
function fixesOf(problem: Problem, fixes: SarifOptions['fixes']): readonly SarifFix[] | undefined {
  if (fixes === undefined) return undefined;
  for (const finding of problem.findings) {
    const found = fixes(finding);
    if (found !== undefined && found.length > 0) return found;
  }
  return undefined;
}

function sarifResult(
  problem: Problem,
  ruleIndex: number,
  meta: CheckMeta | undefined,
  paths: PathOptions,
): SarifResult {
  const related = problem.related.slice(0, SARIF_LIMITS.relatedLocationsPerResult).map((location, index) => ({
    id: index + 1,
    ...physical(location, paths),
    message: { text: nonEmpty(location.message, 'Related source of this value.') },
  }));
  const targets = problem.targets.map(formatTarget);
  return {
    ruleId: problem.check,
    ruleIndex,
    level: LEVEL_BY_SEVERITY[problem.severity],
    message: { text: resultMessage(problem, meta) },
    locations: [physical(problem, paths)],
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    partialFingerprints: { primaryLocationLineHash: problem.id },
    ...(problem.suppressed === undefined ? {} : { suppressions: [suppression(problem.suppressed)] }),
    properties: {
      modes: [...problem.modes],
      policies: problem.policies.map((policy) => `${policy.mode} ${policy.level}:${policy.version}`),
      messages: problem.findings.map((finding) => finding.message),
      blocking: problem.blocking,
      apiVersion: problem.apiVersion,
      kind: problem.kind,
      namespace: problem.namespace,
      name: problem.name,
      ...(problem.containers.length > 0 ? { containers: [...problem.containers] } : {}),
      field: problem.field,
      ...(targets.length > 0 ? { targets } : {}),
      ...(problem.upcoming ? { upcoming: true } : {}),
    },
  };
}

/**
 * The first sentence is what code scanning shows when space is short, so it names the object and
 * carries the upstream words; the policies it breaks, what happens to controllers and a short fix follow.
 */
function resultMessage(problem: Problem, meta: CheckMeta | undefined): string {
  const parts: string[] = [];
  const prefix = problem.upcoming ? 'After an upgrade to the next version, ' : '';
  parts.push(sentence(`${prefix}${workloadLabel(problem)}: ${problemMessage(problem)}`));
  parts.push(sentence(`Breaks ${formatPolicies(problem.policies)}`));
  // A suppressed problem will not be enforced as configured, so the controller note would mislead.
  const note = problem.suppressed === undefined ? controllerEnforceNote(problem) : undefined;
  if (note !== undefined) parts.push(sentence(note));
  const rendered = renderedTargets(problem.targets);
  if (rendered.length > 0) parts.push(sentence(`Seen in ${rendered.map(formatTarget).join('; ')}`));
  const hint = meta === undefined ? '' : fixLine(problem);
  if (hint !== '') parts.push(`Fix: ${sentence(hint)}`);
  return parts.join(' ');
}

function suppression(suppressed: Suppression): SarifSuppression {
  const { reason, source, expires } = suppressed;
  return {
    kind: source === 'annotation' ? 'inSource' : 'external',
    status: 'accepted',
    justification: nonEmpty(reason, `Suppressed by ${source}.`),
    properties: { source, ...(expires === undefined ? {} : { expires }) },
  };
}

function notification(error: ScanError, level: SarifLevel, paths: PathOptions): SarifNotification {
  const text = sentence(nonEmpty(error.message, 'Unknown problem'));
  const target = error.target === undefined ? '' : ` (${formatTarget(error.target)})`;
  const location = errorLocation(error, paths);
  return {
    level,
    message: { text: `${error.file === '' ? '' : `${error.file}${target}: `}${text}` },
    ...(location === undefined ? {} : { locations: [location] }),
  };
}

/** Errors name a file, a chart directory or stdin (`-`); only real paths get a location. */
function errorLocation(error: ScanError, paths: PathOptions): SarifLocation | undefined {
  if (error.file === '' || error.file === '-') return undefined;
  const artifactLocation = artifact(error.file, paths);
  if (error.line === undefined || error.line < 1) return { physicalLocation: { artifactLocation } };
  const region: SarifRegion =
    error.column === undefined || error.column < 1
      ? { startLine: error.line }
      : { startLine: error.line, startColumn: error.column };
  return { physicalLocation: { artifactLocation, region } };
}

function physical(
  location: Pick<RepoLocation, 'file' | 'line' | 'column' | 'endLine' | 'endColumn'>,
  paths: PathOptions,
): SarifLocation {
  return { physicalLocation: { artifactLocation: artifact(location.file, paths), region: region(location) } };
}

/** Every region field filled and consistent: code scanning requires all four, and end never precedes start. */
function region(location: Pick<RepoLocation, 'line' | 'column' | 'endLine' | 'endColumn'>): Required<SarifRegion> {
  const startLine = Math.max(1, Math.trunc(location.line));
  const startColumn = Math.max(1, Math.trunc(location.column));
  let endLine = Math.max(startLine, Math.trunc(location.endLine));
  let endColumn = Math.max(1, Math.trunc(location.endColumn));
  if (!Number.isFinite(endLine)) endLine = startLine;
  if (endLine === startLine && endColumn < startColumn) endColumn = startColumn;
  return { startLine, startColumn, endLine, endColumn };
}

/** `file:///home/runner/work/shop/shop/` for the checkout root, each segment percent-encoded. */
function srcRootUri(root: string): string {
  const posix = root.replace(/\\/g, '/').replace(/\/+$/, '');
  const encoded = posix
    .split('/')
    .map((segment, index) => (index === 0 && segment.endsWith(':') ? segment : encodeURIComponent(segment)))
    .join('/');
  return `file://${encoded.startsWith('/') ? '' : '/'}${encoded}/`;
}

/**
 * A repo-relative URI against `%SRCROOT%`, with each segment percent-encoded (a `:` in a file name
 * would otherwise read as a scheme). An absolute path under `srcRoot` is made relative; any other
 * absolute path becomes a `file:` URI, which code scanning relativises against the checkout.
 */
function artifact(file: string, paths: PathOptions): { uri: string; uriBaseId?: string } {
  let path = file.replace(/\\/g, '/');
  const root = paths.srcRoot?.replace(/\\/g, '/').replace(/\/+$/, '');
  if (root !== undefined && root !== '' && path.startsWith(`${root}/`)) path = path.slice(root.length + 1);
  while (path.startsWith('./')) path = path.slice(2);
  const absolute = path.startsWith('/') || /^[A-Za-z]:\//.test(path);
  const encoded = path
    .split('/')
    .map((segment, index) => (absolute && index === 0 && segment.endsWith(':') ? segment : encodeURIComponent(segment)))
    .join('/');
  if (absolute) return { uri: `file://${encoded.startsWith('/') ? '' : '/'}${encoded}` };
  return { uri: encoded === '' ? '.' : encoded, uriBaseId: SRCROOT };
}

/**
 * A PascalCase name from level and title (`BaselinePrivilegedContainers`). The level prefix keeps the
 * name distinct from the id (SARIF wants the id opaque and the name readable; `AppArmor profile`
 * alone would spell the id again).
 */
function ruleName(level: string, title: string, fallback: string): string {
  const words = `${level} ${title}`.match(/[A-Za-z0-9]+/g) ?? [];
  // `SELinux` → `Selinux`, `ID` → `Id`: runs of capitals are not Pascal case to SARIF's validator.
  const name = words
    .map((word) =>
      /[A-Z]{2}/.test(word)
        ? word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()
        : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join('');
  return clip(name === '' ? fallback : name, SARIF_LIMITS.ruleNameLength);
}

/** Ends a message with a period (SARIF's message guidance), unless it already ends a sentence. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function nonEmpty(text: string | undefined, fallback: string): string {
  return text === undefined || text.trim() === '' ? fallback : text;
}
