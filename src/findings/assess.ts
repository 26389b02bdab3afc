/**
 * Turns extracted workloads into findings and verdicts the way the cluster would decide them:
 * namespace labels pick each mode's policy, PSA exemptions apply, each distinct `level:version` is
 * evaluated once, and config relaxations or inline annotations mark findings as suppressed (never
 * dropped). Pure: everything it needs comes in through AssessInput.
 */
import picomatch from 'picomatch';
import type { KubeObject, LocatedField, RepoLocation } from '../manifests/types.js';
import type { ModePolicies, PolicyOptions, Relaxation } from '../options.js';
import { aggregateMessage, podEvaluator, type PodEvaluation } from '../policy/evaluate.js';
import { parseVersion, resolveEvaluatedMinor } from '../policy/version.js';
import {
  LEVELS,
  type CheckFailure,
  type CheckId,
  type FieldPath,
  type Level,
  type PodLike,
  type PolicyVersion,
} from '../policy/types.js';
import { compareStrings } from '../util/compare.js';
import { itemAt } from '../util/item-at.js';
import { flattened, shared } from '../policy/flat-string.js';
import { asRecord } from '../util/plain-object.js';
import type { Workload } from '../workloads/types.js';
import { containerNamesRequired, objectPath, workloadShapeProblems } from '../workloads/extract.js';
import { podMetadataFits, podSpecFits } from '../workloads/validate-pod.js';
import { recordReads, sameReads, type Reads } from '../policy/recorded-reads.js';
import { compareByPlace, isCheckId } from './check-order.js';
import { fingerprintObjectPart, fingerprintOf, fingerprintPolicyPart } from './fingerprint.js';
import { invalidNamespaceMessage, namespacePolicy } from './namespace-policy.js';
import {
  MODES,
  type Finding,
  type Mode,
  type ScanError,
  type Severity,
  type Suppression,
  type TargetRef,
  type WorkloadVerdict,
} from './types.js';

/** Inline relaxation annotations, on the workload's metadata or its pod template. */
export const IGNORE_ANNOTATION = 'podsec.dev/ignore';
export const IGNORE_REASON_ANNOTATION = 'podsec.dev/ignore-reason';
export const IGNORE_EXPIRES_ANNOTATION = 'podsec.dev/ignore-expires';

/** One workload from one render scenario. */
export interface AssessItem {
  readonly workload: Workload;
  /** The target and the one scenario the workload came from. */
  readonly targetRef: TargetRef;
  /** The namespace the target deploys to (helm `--namespace`, kustomize `namespace:`). */
  readonly defaultNamespace?: string | undefined;
  /**
   * Set on an item {@link slimItem} reduced: gives back the full workload (its object freshly parsed), for
   * what the results cached during warmAssessment do not cover.
   */
  readonly reload?: () => Workload;
}

export interface AssessInput {
  /** Taken in order, each once. */
  readonly items: Iterable<AssessItem>;
  /** Rendered `Namespace` objects; their Pod Security labels override config-declared ones. */
  readonly namespaces?: readonly KubeObject[];
  readonly policy: PolicyOptions;
  /** YYYY-MM-DD, for relaxation expiry. */
  readonly today: string;
}

export interface AssessOutput {
  readonly findings: Finding[];
  readonly verdicts: WorkloadVerdict[];
  readonly notices: ScanError[];
  readonly errors: ScanError[];
}

const SEVERITY: Readonly<Record<Mode, Severity>> = { enforce: 'error', warn: 'warning', audit: 'note' };
const LEVEL_RANK = (level: Level): number => LEVELS.indexOf(level);

/** The namespace a workload lands in: its own, else the target's, else `default`. */
export function effectiveNamespace(workload: Workload, defaultNamespace?: string): string {
  return workload.namespace || defaultNamespace || 'default';
}

/** Dotted form of a path: `spec.template.spec.containers[0].securityContext`. */
export function dottedPath(path: FieldPath): string {
  const strings = pathStringsOf(path);
  return (strings.dotted ??= writeDottedPath(path));
}

function writeDottedPath(path: FieldPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (isIdentifier(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  // Kept as a finding's `field` until the report is written, and alike for many workloads (see shared).
  return shared(out);
}

/**
 * The strings written for one field path, found segment by segment: the workloads of a repository name the same few
 * hundred paths tens of thousands of times, and a segment (a property name or an index) is looked up faster than
 * a path's string is written and then looked up whole.
 */
interface PathStrings {
  readonly next: Map<string | number, PathStrings>;
  dotted?: string;
  key?: string;
}

const pathStrings: PathStrings = { next: new Map() };
/** How many PathStrings there are below pathStrings: bounded, for a long-lived process reading many repositories. */
let pathStringCount = 0;

function pathStringsOf(path: FieldPath): PathStrings {
  if (pathStringCount > 20_000) {
    pathStrings.next.clear();
    pathStringCount = 0;
  }
  let strings = pathStrings;
  for (const segment of path) {
    let next = strings.next.get(segment);
    if (next === undefined) {
      next = { next: new Map() };
      strings.next.set(segment, next);
      pathStringCount++;
    }
    strings = next;
  }
  return strings;
}

/** Whether `segment` matches `^[A-Za-z_][A-Za-z0-9_]*$` (tested without a pattern: once per segment of every path placed). */
function isIdentifier(segment: string): boolean {
  if (segment.length === 0) return false;
  for (let index = 0; index < segment.length; index++) {
    const code = segment.charCodeAt(index);
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
    if (!letter && (index === 0 || code < 48 || code > 57)) return false;
  }
  return true;
}

/** Why a controller's enforce violation reads differently from a Pod's. */
export function controllerEnforceNote(kind: string): string {
  let note = enforceNotesByKind.get(kind);
  if (note === undefined) {
    if (enforceNotesByKind.size >= 1_000) enforceNotesByKind.clear();
    // Kept by every enforce finding and verdict of a controller: one copy per kind (see shared).
    note = shared(
      `Pod Security Admission enforces on Pods only: this ${kind} will be accepted, but the Pods it creates will be rejected`,
    );
    enforceNotesByKind.set(kind, note);
  }
  return note;
}

/**
 * The notes by kind: asked for by every enforce finding and verdict of a controller, where writing the sentence and
 * looking it up among the shared strings took longer than finding it by its kind. Bounded, for a long-lived process.
 */
const enforceNotesByKind = new Map<string, string>();

function stringMap(value: unknown): Record<string, string> {
  const record = asRecord(value);
  if (!record) return {};
  return Object.fromEntries(
    Object.entries(record).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

interface NamespaceState {
  readonly policies: ModePolicies;
}

/** Namespace name → policy, from config labels overlaid by rendered Namespace objects. */
function buildNamespaces(
  input: AssessInput,
  errors: ScanError[],
  notices: ScanError[],
): (name: string) => NamespaceState {
  const defaults = input.policy.defaults;
  const labelsByName = new Map<string, { labels: Record<string, string>; from?: KubeObject }>();
  for (const [name, labels] of Object.entries(input.policy.namespaceLabels))
    labelsByName.set(name, { labels: { ...labels } });

  const rendered = [...(input.namespaces ?? [])].sort(
    (a, b) => compareStrings(a.file, b.file) || a.documentIndex - b.documentIndex,
  );
  for (const object of rendered) {
    const metadata = asRecord(object.value.metadata);
    const name = typeof metadata?.name === 'string' ? metadata.name : undefined;
    if (name === undefined || name === '') continue;
    const labels = stringMap(metadata?.labels);
    const parsed = namespacePolicy(labels, defaults);
    if (parsed.errors.length > 0) {
      // Point at the first bad label, the line a person has to change.
      const badKey = /^metadata\.labels\[([^\]]+)\]/.exec(itemAt(parsed.errors, 0))?.[1];
      const at = object.locate(badKey === undefined ? ['metadata', 'labels'] : ['metadata', 'labels', badKey]).primary;
      errors.push({
        file: at.file,
        line: at.line,
        column: at.column,
        message: invalidNamespaceMessage(name, parsed.errors),
      });
    }
    if (input.policy.exemptions.namespaces.includes(name)) {
      const ignored = ignoredPolicyOfExemptNamespace(labels, parsed.policies, defaults);
      if (ignored !== undefined) {
        const at = object.locate(['metadata', 'labels']).primary;
        // The controller's own warning when such a Namespace is created.
        notices.push({
          file: at.file,
          line: at.line,
          column: at.column,
          message: `namespace "${name}" is exempt from Pod Security, and the policy (${ignored}) will be ignored`,
        });
      }
    }
    const known = labelsByName.get(name);
    if (known && !sameLabels(psaLabels(known.labels), psaLabels(labels))) {
      const at = object.locate(['metadata', 'labels']).primary;
      const what = known.from ? `another Namespace "${name}" in ${known.from.file}` : `the config's namespaces.${name}`;
      notices.push({
        file: at.file,
        line: at.line,
        message: known.from
          ? `Namespace "${name}" has different Pod Security labels than ${what}; the first one is used`
          : `Namespace "${name}" is rendered with Pod Security labels that differ from ${what}; the rendered labels are used`,
      });
      if (known.from) continue;
    }
    if (!known || !known.from) labelsByName.set(name, { labels, from: object });
  }

  const cache = new Map<string, NamespaceState>();
  return (name) => {
    let state = cache.get(name);
    if (!state) {
      state = { policies: namespacePolicy(labelsByName.get(name)?.labels, defaults).policies };
      cache.set(name, state);
    }
    return state;
  };
}

/**
 * The list of policies an exempt namespace's labels ask for (`enforce=restricted:v1.0, warn=…`): modes in
 * the order enforce, audit, warn that are labelled (level or version) and not privileged; undefined when
 * there are none or the labels change nothing against the defaults (upstream
 * `admission/admission.go`, which evaluates an exempt namespace's pods against nothing).
 */
function ignoredPolicyOfExemptNamespace(
  labels: Record<string, string>,
  policies: ModePolicies,
  defaults: ModePolicies,
): string | undefined {
  const parts: string[] = [];
  for (const mode of ['enforce', 'audit', 'warn'] as const) {
    const labelled =
      labels[`pod-security.kubernetes.io/${mode}`] !== undefined ||
      labels[`pod-security.kubernetes.io/${mode}-version`] !== undefined;
    const policy = policies[mode];
    if (labelled && policy.level !== 'privileged') parts.push(`${mode}=${policy.level}:${policy.version}`);
  }
  const differs = MODES.some(
    (mode) => policies[mode].level !== defaults[mode].level || policies[mode].version !== defaults[mode].version,
  );
  return parts.length > 0 && differs ? parts.join(', ') : undefined;
}

function psaLabels(labels: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).filter(([key]) => key.startsWith('pod-security.kubernetes.io/')));
}
function sameLabels(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}

interface CompiledRelaxation {
  readonly relaxation: Relaxation;
  readonly expired: boolean;
  matches(namespace: string, workload: Workload): boolean;
}

function compileRelaxations(relaxations: readonly Relaxation[], today: string): CompiledRelaxation[] {
  return relaxations.map((relaxation) => {
    const glob = (globs: readonly string[] | undefined): ((text: string) => boolean) => {
      if (!globs || globs.length === 0) return () => true;
      const matcher = picomatch([...globs], { dot: true });
      return (text) => matcher(text);
    };
    const namespaceMatch = glob(relaxation.namespaces);
    const kindMatch = glob(relaxation.kinds);
    const nameMatch = glob(relaxation.names);
    const selector = Object.entries(relaxation.matchLabels ?? {});
    return {
      relaxation,
      // Applies through the expiry day itself; stops the day after.
      expired: relaxation.expires !== undefined && today > relaxation.expires,
      matches(namespace, workload) {
        if (!namespaceMatch(namespace) || !kindMatch(workload.kind) || !nameMatch(workload.name)) return false;
        if (selector.length === 0) return true;
        const own = stringMap(asRecord(workload.object.value.metadata)?.labels);
        const template = stringMap(asRecord(workload.pod.metadata)?.labels);
        return (
          selector.every(([key, value]) => own[key] === value) ||
          selector.every(([key, value]) => template[key] === value)
        );
      },
    };
  });
}

interface InlineIgnore {
  readonly checks: ReadonlySet<CheckId>;
  readonly suppression: Suppression;
}

/** The annotations `podsec.dev/ignore` is read from: the workload's own, then its pod template's. */
function ignoreSources(workload: Workload): { annotations: Record<string, string>; path: FieldPath }[] {
  const sources: { annotations: Record<string, string>; path: FieldPath }[] = [
    {
      annotations: stringMap(asRecord(workload.object.value.metadata)?.annotations),
      path: ['metadata', 'annotations'],
    },
  ];
  if (workload.podPath.length > 0) {
    sources.push({
      annotations: stringMap(asRecord(workload.pod.metadata)?.annotations),
      path: objectPath(workload, ['metadata', 'annotations']),
    });
  }
  return sources;
}

/** Whether `podsec.dev/ignore` is set (as a string) on the workload or its pod template: most have neither. */
function hasIgnoreAnnotation(workload: Workload): boolean {
  const own = asRecord(asRecord(workload.object.value.metadata)?.annotations);
  if (typeof own?.[IGNORE_ANNOTATION] === 'string') return true;
  if (workload.podPath.length === 0) return false;
  return typeof asRecord(asRecord(workload.pod.metadata)?.annotations)?.[IGNORE_ANNOTATION] === 'string';
}

/** Where the workload's `podsec.dev/ignore` annotations are (the lines their notices and errors point at). */
function ignoreAnnotationPaths(workload: Workload): FieldPath[] {
  if (!hasIgnoreAnnotation(workload)) return [];
  return ignoreSources(workload)
    .filter(({ annotations }) => annotations[IGNORE_ANNOTATION] !== undefined)
    .map(({ path }) => [...path, IGNORE_ANNOTATION]);
}

/** Reads `podsec.dev/ignore` from the workload's metadata and its pod template; problems become errors. */
function inlineIgnores(
  item: AssessItem,
  input: AssessInput,
  errors: ScanError[],
  notices: ScanError[],
): InlineIgnore[] {
  const { workload } = item;
  if (!hasIgnoreAnnotation(workload)) return [];
  const sources = ignoreSources(workload);
  const out: InlineIgnore[] = [];
  for (const { annotations, path } of sources) {
    const list = annotations[IGNORE_ANNOTATION];
    if (list === undefined) continue;
    const at = locateOnce(workload, [...path, IGNORE_ANNOTATION]).primary;
    const where = { file: at.file, line: at.line, column: at.column, target: item.targetRef };
    const object = `${workload.kind} "${workload.name}"`;
    if (!input.policy.allowInlineIgnores) {
      notices.push({
        ...where,
        message: `${object}: ${IGNORE_ANNOTATION} is not applied because inline ignores are turned off`,
      });
      continue;
    }
    const names = list
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '');
    const unknown = names.filter((name) => !isCheckId(name));
    const reason = annotations[IGNORE_REASON_ANNOTATION]?.trim() ?? '';
    const expires = annotations[IGNORE_EXPIRES_ANNOTATION];
    const problems: string[] = [];
    if (names.length === 0) problems.push(`${IGNORE_ANNOTATION} names no check`);
    if (unknown.length > 0)
      problems.push(
        `${IGNORE_ANNOTATION} names unknown check${unknown.length > 1 ? 's' : ''} ${unknown.map((name) => JSON.stringify(name)).join(', ')}`,
      );
    if (reason === '')
      problems.push(
        `${IGNORE_ANNOTATION} needs a ${IGNORE_REASON_ANNOTATION} annotation (a sentence saying why the check is relaxed)`,
      );
    if (expires !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(expires))
      problems.push(`${IGNORE_EXPIRES_ANNOTATION} ${JSON.stringify(expires)} must be a date written YYYY-MM-DD`);
    if (problems.length > 0) {
      errors.push({ ...where, message: `${object}: ${problems.join('; ')}; the annotation is not applied` });
      continue;
    }
    if (expires !== undefined && input.today > expires) {
      notices.push({
        ...where,
        message: `${object}: ${IGNORE_ANNOTATION} (${names.join(', ')}) expired on ${expires} and no longer applies`,
      });
      continue;
    }
    out.push({
      checks: new Set(names as CheckId[]),
      suppression: { reason, source: 'annotation', ...(expires !== undefined ? { expires } : {}) },
    });
  }
  return out;
}

function runtimeClassOf(workload: Workload): string | undefined {
  const value = asRecord(workload.pod.spec)?.runtimeClassName;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

interface Group {
  readonly level: Level;
  readonly version: string;
  readonly modes: Mode[];
}

/** A group as evaluated: its parsed version and the keys its evaluations are cached under. */
interface PlannedGroup extends Group {
  /** Undefined when the version does not parse (the group then fails nothing). */
  readonly parsed: PolicyVersion | undefined;
  readonly evaluationKey: string;
  /** Set when the group also gets notes for what the next Kubernetes version will reject. */
  readonly nextEvaluationKey: string | undefined;
}

/** What a namespace's policies ask for: the groups to evaluate, and the group each mode's verdict reads. */
interface PolicyPlan {
  readonly groups: readonly PlannedGroup[];
  readonly groupOfMode: Readonly<Record<Mode, PlannedGroup>>;
  readonly emulationMinor: number | undefined;
  readonly nextVersion: PolicyVersion | undefined;
  /** The keys of every evaluation the plan asks for: namespaces labelled alike have plans of one key. */
  readonly evaluationsKey: string;
}

/** Modes sharing a `level:version`, evaluated once; in enforce, warn, audit order. */
function groupModes(policies: ModePolicies): Group[] {
  const groups: Group[] = [];
  for (const mode of MODES) {
    const { level, version } = policies[mode];
    const group = groups.find((g) => g.level === level && g.version === version);
    if (group) group.modes.push(mode);
    else groups.push({ level, version, modes: [mode] });
  }
  return groups;
}

// Policies are few (one per distinct namespace labelling) and shared by every workload under them.
const plans = new WeakMap<ModePolicies, PolicyPlan>();

function planOf(
  policies: ModePolicies,
  emulation: { emulationMinor?: number },
  nextVersion: PolicyVersion | undefined,
): PolicyPlan {
  const known = plans.get(policies);
  if (known && known.emulationMinor === emulation.emulationMinor && known.nextVersion === nextVersion) return known;
  const groups = groupModes(policies).map((group): PlannedGroup => {
    const parsed = parseVersion(group.version);
    return {
      ...group,
      parsed,
      evaluationKey: parsed ? evaluationKey(group.level, parsed, emulation) : '',
      nextEvaluationKey: checksNextVersion(group, parsed, emulation, nextVersion)
        ? evaluationKey(group.level, nextVersion, {})
        : undefined,
    };
  });
  const groupFor = (mode: Mode): PlannedGroup =>
    groups.find((group) => group.modes.includes(mode)) ?? itemAt(groups, 0);
  const plan: PolicyPlan = {
    groups,
    groupOfMode: { enforce: groupFor('enforce'), warn: groupFor('warn'), audit: groupFor('audit') },
    emulationMinor: emulation.emulationMinor,
    nextVersion,
    evaluationsKey: groups
      .map((group) => `${group.evaluationKey}\u0000${group.nextEvaluationKey ?? ''}`)
      .join('\u0000'),
  };
  plans.set(policies, plan);
  return plan;
}

/*
 * Per-workload results that do not depend on other targets, cached on the workload so that warmAssessment()
 * can compute them while later targets still render and assessWorkloads(), which has to wait for every
 * target, finds them ready. All are pure; the cache only saves time. A slim item's workload shares the
 * state of the workload it was made from.
 */
interface WarmState {
  shapeProblems: ShapeProblems | undefined;
  /** Failures by {@link evaluationKey}. */
  evaluations: Map<string, CheckFailure[]> | undefined;
  /** Runs each check once across levels; only while evaluations are still being added (not kept by slim items). */
  evaluator: PodEvaluation | undefined;
  /** The object itself, where every verdict points. */
  objectAt: LocatedField | undefined;
  /** Other fields, by {@link pathKey}. */
  locations: Map<string, LocatedField> | undefined;
  /** Where each failure points; levels share the failures of the checks they both run, and so their places. */
  placements: Map<CheckFailure, Placement> | undefined;
}

type ShapeProblems = ReturnType<typeof workloadShapeProblems>;

/** The shape problems of every well-formed pod answered as alike: none, shared (never changed). */
const NO_SHAPE_PROBLEMS: ShapeProblems = [];

/**
 * Where a workload holds the state of its warming and assessment: on the workload itself. A WeakMap entry per
 * workload cost more to add than the rest of making a slim item (the engine gives each key object an identity hash
 * first), and, kept until the workload is assessed, more to keep: the garbage collector goes over such entries apart
 * from other objects. A workload that cannot take a property (frozen) keeps its state in {@link frozenStates}.
 */
const WARM_STATE = Symbol('warm state');

/** The states of frozen workloads. */
const frozenStates = new WeakMap<Workload, WarmState>();

/** A workload that may hold its state itself (see WARM_STATE). */
type StatefulWorkload = Workload & { [WARM_STATE]?: WarmState };

/** The workload's state, when it has one yet. */
function knownWarmState(workload: Workload): WarmState | undefined {
  return (workload as StatefulWorkload)[WARM_STATE] ?? frozenStates.get(workload);
}

function warmStateOf(workload: Workload): WarmState {
  let state = knownWarmState(workload);
  if (state === undefined) {
    state = {
      shapeProblems: undefined,
      evaluations: undefined,
      evaluator: undefined,
      objectAt: undefined,
      locations: undefined,
      placements: undefined,
    };
    if (Object.isExtensible(workload)) (workload as StatefulWorkload)[WARM_STATE] = state;
    else frozenStates.set(workload, state);
  }
  return state;
}

/**
 * A copy of the workload (its fields, shared) without the state warming and assessment keep with it, which the
 * copy so does not keep alive: for what reads the workload after the assessment (the fix engine), never the state.
 */
export function withoutWarmState(workload: Workload): Workload {
  const { [WARM_STATE]: _state, ...fields } = workload as StatefulWorkload;
  return fields;
}

// Shared by every workload without findings: such results are never changed.
const NO_FAILURES: CheckFailure[] = [];

/*
 * The functions below take the workload's state when their caller has it: a workload's state is asked for a dozen
 * times while it is warmed and assessed, and a caller that looked it up once passes it on rather than each of them
 * looking it up again.
 */

function shapeProblemsOf(workload: Workload, state = warmStateOf(workload)): ShapeProblems {
  return (state.shapeProblems ??= workloadShapeProblems(workload));
}

function evaluationKey(level: Level, version: PolicyVersion, emulation: { emulationMinor?: number }): string {
  return `${level}:${version.text}:${emulation.emulationMinor ?? ''}`;
}

function evaluateOnce(
  workload: Workload,
  level: Level,
  version: PolicyVersion,
  emulation: { emulationMinor?: number },
  key: string,
  state = warmStateOf(workload),
): CheckFailure[] {
  let failures = state.evaluations?.get(key);
  if (failures === undefined) {
    state.evaluator ??= podEvaluator(workload.pod);
    failures = keptFailures(state.evaluator(level, version, emulation.emulationMinor));
    ownEvaluations(state).set(key, failures);
  }
  return failures;
}

/** A cache key for a field path: segments as they are, numbers marked, so no two paths share one. */
function pathKey(path: FieldPath): string {
  const strings = pathStringsOf(path);
  return (strings.key ??= writePathKey(path));
}

function writePathKey(path: FieldPath): string {
  let key = '';
  for (const segment of path) key += typeof segment === 'number' ? `\u0000#${segment}` : `\u0000${segment}`;
  // Kept as a cache key for as long as the workload, and alike for many workloads (see shared).
  return shared(key);
}

function locateOnce(workload: Workload, path: FieldPath, state = warmStateOf(workload)): LocatedField {
  if (path.length === 0) return (state.objectAt ??= workload.object.locate(path));
  const locations = (state.locations ??= new Map());
  const key = pathKey(path);
  let located = locations.get(key);
  if (located === undefined) {
    located = workload.object.locate(path);
    locations.set(key, located);
  }
  return located;
}

/** Whether a group also gets notes for what the next Kubernetes version will reject (`nextVersion`). */
function checksNextVersion(
  group: Group,
  version: PolicyVersion | undefined,
  emulation: { emulationMinor?: number },
  nextVersion: PolicyVersion | undefined,
): nextVersion is PolicyVersion {
  return (
    nextVersion !== undefined &&
    version !== undefined &&
    group.level !== 'privileged' &&
    resolveEvaluatedMinor(version, emulation.emulationMinor) < resolveEvaluatedMinor(nextVersion)
  );
}

function emulationOf(policy: PolicyOptions): { emulationMinor?: number } {
  return policy.clusterMinor === undefined ? {} : { emulationMinor: policy.clusterMinor };
}

/** What warming needs from the policy options, worked out once per options object. */
interface WarmSetup {
  readonly emulation: { emulationMinor?: number };
  readonly nextVersion: PolicyVersion | undefined;
  readonly planByNamespace: Map<string, PolicyPlan>;
  /** Answers to reuse for pods that read alike (see answerAsAlike), by the plan's evaluations key. */
  readonly alike: Map<string, AlikeAnswer[]>;
  /** Pods answered by running the checks on a recording view, and pods answered from an earlier one. */
  recorded: number;
  reused: number;
}

/**
 * Every evaluation a plan asks for of one pod, with what the checks read of the pod: another pod that holds the same
 * at every place read has the same answers (recorded-reads.ts).
 */
interface AlikeAnswer {
  readonly reads: Reads;
  /** Shared by every workload answered from it, until one of them adds an evaluation (see ownEvaluations). */
  readonly evaluations: Map<string, CheckFailure[]>;
}

/** The evaluations of kept answers: shared as they are by the workloads that read alike, never changed. */
const alikeEvaluations = new WeakSet<Map<string, CheckFailure[]>>();

/**
 * The state's evaluations as a map of its own, to add to: a copy when it is the shared map of a kept answer (most
 * workloads get that one as it is, rather than a copy each that would never change).
 */
function ownEvaluations(state: WarmState): Map<string, CheckFailure[]> {
  let evaluations = state.evaluations;
  if (evaluations === undefined) evaluations = state.evaluations = new Map();
  else if (alikeEvaluations.has(evaluations)) evaluations = state.evaluations = new Map(evaluations);
  return evaluations;
}

/** The failure lists of kept answers: shared by many workloads, never copied for one (see dropPlacedPaths). */
const alikeFailureLists = new WeakSet<CheckFailure[]>();

/** How many answers are kept per plan, and tried for each pod. */
const ALIKE_ANSWERS = 16;
/**
 * Recording runs the checks several times slower: after this many recordings, pods are answered by recording only
 * while at least half of them have been answered from an earlier one.
 */
const ALIKE_TRIAL = 64;

const warmSetups = new WeakMap<PolicyOptions, WarmSetup>();

function warmSetupOf(policy: PolicyOptions): WarmSetup {
  let setup = warmSetups.get(policy);
  if (setup === undefined) {
    setup = {
      emulation: emulationOf(policy),
      nextVersion: policy.nextVersion === undefined ? undefined : parseVersion(policy.nextVersion),
      planByNamespace: new Map(),
      alike: new Map(),
      recorded: 0,
      reused: 0,
    };
    warmSetups.set(policy, setup);
  }
  return setup;
}

/**
 * Does ahead of time, for one target's workloads, what assessWorkloads will need from each of them alone:
 * shape checks, evaluation under the policy their namespace has from the config (rendered Namespace
 * objects may still change it: then assessWorkloads evaluates again) and the location of every field
 * those evaluations name. Called while other targets render; the result of the scan is the same without it.
 */
export function warmAssessment(items: readonly AssessItem[], policy: PolicyOptions): void {
  const setup = warmSetupOf(policy);
  const { emulation, nextVersion, planByNamespace } = setup;
  for (const { workload, defaultNamespace } of items) {
    const state = warmStateOf(workload);
    locateOnce(workload, [], state);
    for (const path of ignoreAnnotationPaths(workload)) locateOnce(workload, path, state);
    const namespace = effectiveNamespace(workload, defaultNamespace);
    let plan = planByNamespace.get(namespace);
    if (plan === undefined) {
      plan = planOf(
        namespacePolicy(policy.namespaceLabels[namespace], policy.defaults).policies,
        emulation,
        nextVersion,
      );
      planByNamespace.set(namespace, plan);
    }
    answerAsAlike(workload, plan, setup, state);
    const shapeProblems = shapeProblemsOf(workload, state);
    if (shapeProblems.length > 0) {
      const firstPath = shapeProblems.find((problem) => problem.path !== undefined)?.path;
      if (firstPath !== undefined) locateOnce(workload, firstPath, state);
      continue;
    }
    for (const group of plan.groups) {
      if (!group.parsed) continue;
      const failures = evaluateOnce(workload, group.level, group.parsed, emulation, group.evaluationKey, state);
      locateFailures(workload, failures, state);
      if (group.nextEvaluationKey !== undefined && nextVersion !== undefined)
        locateFailures(
          workload,
          evaluateOnce(workload, group.level, nextVersion, {}, group.nextEvaluationKey, state),
          state,
        );
    }
  }
}

/**
 * Fills in the workload's shape check and evaluations under `plan` from an earlier pod that read alike, else runs them
 * on a recording view of the pod and keeps the answer for later pods. Leaves both to the usual path when the workload
 * is not well-formed (the problems name its own paths) or recording does not pay (see ALIKE_TRIAL). The answers are
 * those the usual path gives: the checks and the shape test are pure functions of the pod.
 */
function answerAsAlike(workload: Workload, plan: PolicyPlan, setup: WarmSetup, state: WarmState): void {
  if (state.shapeProblems !== undefined || state.evaluations !== undefined) return;
  if (workload.problems !== undefined && workload.problems.length > 0) return;
  // The shape test of labels and annotations reads every value (to see it is a string), and label values differ from
  // pod to pod: that part runs as usual, the test of the spec is recorded with the checks.
  if (!podMetadataFits(workload.pod.metadata)) return;
  const requireNames = containerNamesRequired(workload);
  const key = requireNames ? plan.evaluationsKey : `${plan.evaluationsKey}\u0000unnamed`;
  let answers = setup.alike.get(key);
  if (answers === undefined) {
    answers = [];
    setup.alike.set(key, answers);
  }
  for (let index = 0; index < answers.length; index++) {
    const answer = itemAt(answers, index);
    if (!sameReads(answer.reads, workload.pod)) continue;
    // Answers that keep being reused move to the front, where they are tried first.
    if (index > 0) {
      answers[index] = itemAt(answers, index - 1);
      answers[index - 1] = answer;
    }
    setup.reused++;
    state.shapeProblems = NO_SHAPE_PROBLEMS;
    state.evaluations = answer.evaluations;
    return;
  }
  if (setup.recorded >= ALIKE_TRIAL && setup.reused < setup.recorded) return;
  setup.recorded++;
  const { emulation, nextVersion } = setup;
  const { answer: evaluations, reads } = recordReads(workload.pod, (pod) => {
    if (!podSpecFits((pod as PodLike).spec, requireNames)) return undefined;
    const evaluate = podEvaluator(pod);
    const out: [string, CheckFailure[]][] = [];
    for (const group of plan.groups) {
      if (!group.parsed) continue;
      out.push([group.evaluationKey, evaluate(group.level, group.parsed, emulation.emulationMinor)]);
      if (group.nextEvaluationKey !== undefined && nextVersion !== undefined)
        out.push([group.nextEvaluationKey, evaluate(group.level, nextVersion)]);
    }
    return out;
  });
  // A pod that is not well-formed is left to the usual path, which words its problems.
  if (evaluations === undefined || reads === undefined) return;
  for (const entry of evaluations) {
    entry[1] = keptFailures(entry[1]);
    if (entry[1].length > 0) alikeFailureLists.add(entry[1]);
    for (const failure of entry[1]) firstFields.set(failure, { podPath: undefined, fullPath: [], field: '' });
  }
  const kept = new Map(evaluations);
  alikeEvaluations.add(kept);
  answers.unshift({ reads, evaluations: kept });
  if (answers.length > ALIKE_ANSWERS) answers.pop();
  state.shapeProblems = NO_SHAPE_PROBLEMS;
  state.evaluations = kept;
}

/** Failures as evaluateOnce keeps them: the shared empty list, or the list with every detail flat. */
function keptFailures(failures: CheckFailure[]): CheckFailure[] {
  if (failures.length === 0) return NO_FAILURES;
  // Kept with the workload, then by its findings, until the report is written (see flattened).
  for (const failure of failures) flattened(failure.detail);
  return failures;
}

function locateFailures(workload: Workload, failures: readonly CheckFailure[], state: WarmState): void {
  for (const failure of failures) placeOnce(workload, failure, state);
}

function placeOnce(workload: Workload, failure: CheckFailure, state = warmStateOf(workload)): Placement {
  const placements = (state.placements ??= new Map());
  let place = placements.get(failure);
  if (place === undefined) {
    place = placeFailure(workload, failure);
    placements.set(failure, place);
  }
  return place;
}

/**
 * The item reduced to what assessWorkloads reads once warmAssessment has run for it: the workload's identity,
 * the labels and annotations relaxations and inline ignores read, and the cached shape check, evaluations and
 * locations; not the object's value, its pod or its position index, which can then be collected while the
 * scan goes on. `reload` must give the same workload back, freshly built: assessWorkloads uses it when the
 * cached results do not cover what it needs (a rendered Namespace that gives the namespace another policy).
 */
export function slimItem(item: AssessItem, reload: () => Workload): AssessItem {
  const { workload } = item;
  const { object } = workload;
  // Cached by warmAssessment already; the slim workload could not compute it.
  const state = warmStateOf(workload);
  shapeProblemsOf(workload, state);
  // Held the pod (through its defaulted copy) and check results that evaluations already keep.
  state.evaluator = undefined;
  dropPlacedPaths(state);
  let full: Workload | undefined;
  const fullWorkload = (): Workload => (full ??= reload());
  const slimObject: KubeObject = {
    value: {
      apiVersion: object.value['apiVersion'],
      kind: object.value['kind'],
      metadata: slimMetadata(object.value['metadata']),
    },
    file: object.file,
    documentIndex: object.documentIndex,
    ...(object.itemIndex === undefined ? {} : { itemIndex: object.itemIndex }),
    position: (path) => fullWorkload().object.position(path),
    locate: (path) => fullWorkload().object.locate(path),
  };
  const runtimeClassName = asRecord(workload.pod.spec)?.['runtimeClassName'];
  const slimPod: PodLike = {
    metadata: slimMetadata(workload.pod.metadata),
    spec: runtimeClassName === undefined ? {} : { runtimeClassName },
  };
  const slim: { -readonly [K in keyof StatefulWorkload]: StatefulWorkload[K] } = {
    apiVersion: workload.apiVersion,
    kind: workload.kind,
    name: workload.name,
    pod: slimPod,
    podPath: workload.podPath,
    isPod: workload.isPod,
    object: slimObject,
    // The same cached results, now found through the slim workload.
    [WARM_STATE]: state,
  };
  // Set only when present, as on the full workload.
  if (workload.namespace !== undefined) slim.namespace = workload.namespace;
  if (workload.part !== undefined) slim.part = workload.part;
  if (workload.translatePath !== undefined) slim.translatePath = workload.translatePath;
  if (workload.problems !== undefined) slim.problems = workload.problems;
  return {
    workload: slim,
    targetRef: item.targetRef,
    ...(item.defaultNamespace === undefined ? {} : { defaultNamespace: item.defaultNamespace }),
    reload: fullWorkload,
  };
}

/**
 * Replaces each cached failure by a copy without its paths, which only placing it reads: every failure warmAssessment
 * evaluated is placed already, and a slim item whose evaluations are not all cached is assessed from its full
 * workload, made anew (see withEvaluations). The paths (arrays of arrays, each with room to grow) were a fifth of
 * what a workload kept until assessment.
 */
function dropPlacedPaths(state: WarmState): void {
  const { evaluations, placements } = state;
  if (evaluations === undefined || placements === undefined) return;
  let copies: Map<CheckFailure, { readonly copy: CheckFailure; readonly place: Placement }> | undefined;
  for (const failures of evaluations.values()) {
    // Lists shared by pods that read alike (see answerAsAlike) are kept once for all of them, paths and all.
    if (failures.length === 0 || alikeFailureLists.has(failures)) continue;
    copies ??= new Map();
    for (const failure of failures) {
      const place = placements.get(failure);
      if (place !== undefined && !copies.has(failure)) {
        const copy = { id: failure.id, reason: failure.reason, detail: shared(failure.detail), paths: PLACED };
        copies.set(failure, { copy, place });
      }
    }
  }
  if (copies === undefined) return;
  const slimPlacements = new Map<CheckFailure, Placement>();
  const own = ownEvaluations(state);
  for (const [key, failures] of evaluations) {
    if (failures.length === 0) continue;
    if (alikeFailureLists.has(failures)) {
      for (const failure of failures) {
        const place = placements.get(failure);
        if (place !== undefined) slimPlacements.set(failure, place);
      }
      continue;
    }
    own.set(
      key,
      failures.map((failure) => {
        const placed = copies.get(failure);
        if (placed === undefined) return failure;
        slimPlacements.set(placed.copy, placed.place);
        return placed.copy;
      }),
    );
  }
  state.placements = slimPlacements;
}

/** The paths of a failure that is placed already (see dropPlacedPaths); placing it again would be a mistake. */
const PLACED: readonly FieldPath[] = Object.freeze([]);

/** Labels and annotations: what relaxations (`matchLabels`) and inline ignores read from metadata. */
function slimMetadata(metadata: unknown): Record<string, unknown> | undefined {
  const record = asRecord(metadata);
  if (!record) return undefined;
  const slim: Record<string, unknown> = {};
  if (record['labels'] !== undefined) slim['labels'] = record['labels'];
  if (record['annotations'] !== undefined) slim['annotations'] = record['annotations'];
  return slim;
}

/** The item with its full workload when it is slim and its evaluations under `plan` are not all cached. */
function withEvaluations(item: AssessItem, plan: PolicyPlan): AssessItem {
  if (item.reload === undefined || shapeProblemsOf(item.workload).length > 0) return item;
  const cached = knownWarmState(item.workload)?.evaluations;
  for (const group of plan.groups) {
    if (!group.parsed) continue;
    if (cached?.has(group.evaluationKey) !== true) return { ...item, workload: item.reload() };
    if (group.nextEvaluationKey !== undefined && !cached.has(group.nextEvaluationKey))
      return { ...item, workload: item.reload() };
  }
  return item;
}

/** What assessWorkloads collects, in the order it finds it. */
interface Collected {
  readonly findings: Finding[];
  readonly verdicts: WorkloadVerdict[];
  readonly notices: ScanError[];
  readonly errors: ScanError[];
}

/** What every workload's assessment reads: the input and what is worked out from it once. */
interface AssessContext {
  readonly input: AssessInput;
  readonly policyOf: (namespace: string) => NamespaceState;
  readonly relaxations: readonly CompiledRelaxation[];
  readonly emulation: { emulationMinor?: number };
  readonly nextVersion: PolicyVersion | undefined;
}

/** The fields of a workload that each of its findings and verdicts repeats. */
type WorkloadIdentity = Pick<Finding, 'apiVersion' | 'kind' | 'namespace' | 'name' | 'part'>;

/** Why Pod Security lets a workload through whatever it holds. */
interface Exemption {
  readonly kind: NonNullable<WorkloadVerdict['exempt']>;
  readonly suppression: Suppression;
}

/** Assesses every workload; see the module comment. Output order is deterministic. */
export function assessWorkloads(input: AssessInput): AssessOutput {
  const out: Collected = { findings: [], verdicts: [], notices: [], errors: [] };
  const context: AssessContext = {
    input,
    policyOf: buildNamespaces(input, out.errors, out.notices),
    relaxations: compileRelaxations(input.policy.relaxations, input.today),
    emulation: emulationOf(input.policy),
    nextVersion: input.policy.nextVersion === undefined ? undefined : parseVersion(input.policy.nextVersion),
  };
  out.notices.push(...expiredRelaxationNotices(context.relaxations));
  for (const given of input.items) {
    // A slim item (see slimItem) gets its full workload back when its cached evaluations do not cover its policies.
    const policies = context.policyOf(effectiveNamespace(given.workload, given.defaultNamespace)).policies;
    const plan = planOf(policies, context.emulation, context.nextVersion);
    assessItem(withEvaluations(given, plan), plan, context, out);
  }
  return {
    findings: sortFindings(mergeFindings(out.findings)),
    verdicts: sortVerdicts(mergeVerdicts(out.verdicts)),
    notices: dedupErrors(out.notices),
    errors: dedupErrors(out.errors),
  };
}

function expiredRelaxationNotices(relaxations: readonly CompiledRelaxation[]): ScanError[] {
  return relaxations
    .filter((relaxation) => relaxation.expired)
    .map(({ relaxation: { origin, checks, expires, reason } }) => ({
      file: origin?.file ?? '.podsec.yaml',
      message: `${origin ? `${origin.path} ` : 'a relaxation '}(${checks.join(', ')}) expired on ${expires} and no longer applies: ${reason}`,
    }));
}

/** One workload's findings, verdicts and errors. */
function assessItem(item: AssessItem, plan: PolicyPlan, context: AssessContext, out: Collected): void {
  const { workload } = item;
  const namespace = effectiveNamespace(workload, item.defaultNamespace);
  const state = warmStateOf(workload);
  const objectAt = locateOnce(workload, [], state).primary;

  const shapeProblems = shapeProblemsOf(workload, state);
  if (shapeProblems.length > 0) {
    // Point at the first wrongly typed field: that is the line to fix.
    const firstPath = shapeProblems.find((problem) => problem.path !== undefined)?.path;
    const at = firstPath === undefined ? objectAt : locateOnce(workload, firstPath, state).primary;
    const messages = shapeProblems.map((problem) => problem.message);
    out.errors.push({
      file: at.file,
      line: at.line,
      column: at.column,
      target: item.targetRef,
      message: invalidObjectMessage(workload, messages),
    });
    return;
  }

  const exemption = exemptionOf(workload, namespace, context.input.policy.exemptions);
  const relaxations =
    context.relaxations.length === 0
      ? context.relaxations
      : context.relaxations.filter((r) => !r.expired && r.matches(namespace, workload));
  const suppressionFor = suppressionLookup(
    exemption,
    relaxations,
    inlineIgnores(item, context.input, out.errors, out.notices),
  );
  const { apiVersion, kind, name, part } = workload;
  // `part` only when set; a literal of its own rather than spread in from an object made for each workload.
  const base: WorkloadIdentity =
    part === undefined ? { apiVersion, kind, namespace, name } : { apiVersion, kind, namespace, name, part };
  // The targets list is never changed once made; every verdict and finding of this item may share it.
  const targets = [item.targetRef];
  const failuresByGroup = evaluateGroups(item, state, base, targets, plan, suppressionFor, context, out.findings);

  // Modes of one group (warn and audit, typically) count the same failures and word them alike: what the mode before
  // counted and wrote is kept in these.
  let previousGroup: PlannedGroup | undefined;
  let previousCounted: CheckFailure[] = NO_FAILURES;
  let previousWordingMode: Mode | undefined;
  let previousMessage = '';
  for (const mode of MODES) {
    const group = plan.groupOfMode[mode];
    const { level, version } = group;
    let counted: CheckFailure[];
    if (previousGroup === group) counted = previousCounted;
    else {
      const failures = failuresByGroup.get(group) ?? NO_FAILURES;
      counted = exemption || failures.length === 0 ? NO_FAILURES : unsuppressed(failures, suppressionFor);
    }
    const allowed = counted.length === 0;
    let message = '';
    let wordingMode: Mode = mode;
    if (!allowed) {
      wordingMode = mode === 'enforce' ? 'enforce' : 'warn';
      message =
        previousGroup === group && previousWordingMode === wordingMode
          ? previousMessage
          : verdictMessage(counted, wordingMode, level, version);
    }
    previousGroup = group;
    previousCounted = counted;
    previousWordingMode = wordingMode;
    previousMessage = message;
    const note = !allowed && mode === 'enforce' && !workload.isPod ? controllerEnforceNote(workload.kind) : undefined;
    out.verdicts.push(
      verdictOf(objectAt, base, mode, group, allowed ? undefined : message, exemption?.kind, targets, note),
    );
  }
}

/**
 * A verdict, its fields in the order reports have always had (three verdicts for each workload). Most verdicts (no
 * `part`, no exemption) are made by one literal each: V8 then keeps every field inside the object, where fields added
 * one by one would go to a separate list grown as they come, for each of tens of thousands of verdicts.
 */
function verdictOf(
  objectAt: RepoLocation,
  base: WorkloadIdentity,
  mode: Mode,
  { level, version }: Group,
  message: string | undefined,
  exempt: WorkloadVerdict['exempt'],
  targets: readonly TargetRef[],
  note: string | undefined,
): WorkloadVerdict {
  const { file, line } = objectAt;
  const { apiVersion, kind, namespace, name } = base;
  if (base.part === undefined && exempt === undefined) {
    if (message === undefined)
      return { file, line, apiVersion, kind, namespace, name, mode, level, version, allowed: true, targets };
    const verdict: Writable<WorkloadVerdict> = {
      file,
      line,
      apiVersion,
      kind,
      namespace,
      name,
      mode,
      level,
      version,
      allowed: false,
      message,
      targets,
    };
    if (note !== undefined) verdict.note = note;
    return verdict;
  }
  const verdict = { file, line } as Writable<WorkloadVerdict>;
  withIdentity(verdict, base);
  verdict.mode = mode;
  verdict.level = level;
  verdict.version = version;
  verdict.allowed = message === undefined;
  if (message !== undefined) verdict.message = message;
  if (exempt !== undefined) verdict.exempt = exempt;
  verdict.targets = targets;
  if (note !== undefined) verdict.note = note;
  return verdict;
}

/** The failures no suppression lets through: the list itself when none does (most workloads). */
function unsuppressed(
  failures: CheckFailure[],
  suppressionFor: (check: CheckId) => Suppression | undefined,
): CheckFailure[] {
  for (const failure of failures)
    if (suppressionFor(failure.id) !== undefined) return failures.filter((f) => suppressionFor(f.id) === undefined);
  return failures;
}

/** Verdict messages of the failure lists shared by pods that read alike, by list; see verdictMessage. */
const messagesByList = new WeakMap<readonly CheckFailure[], Omit<WrittenMessage, 'reason'>[]>();

/**
 * `aggregateMessage(failures, mode, level, version)`, written once for a failure list that pods reading alike share
 * (see answerAsAlike): thousands of workloads made from one template get the same few messages. Failure lists that
 * differ (pods that read differently but fail alike) still get one string for one text: the JSON report compares
 * each verdict's message with the one before to reuse its written form, and two copies of a 500-character message
 * are compared character by character (120 ms for 30,000 verdicts) where one string is compared by reference.
 */
function verdictMessage(failures: CheckFailure[], mode: Mode, level: Level, version: string): string {
  if (!alikeFailureLists.has(failures)) return aggregateMessage(failures, mode, level, version);
  let written = messagesByList.get(failures);
  if (written === undefined) {
    written = [];
    messagesByList.set(failures, written);
  }
  for (const entry of written)
    if (entry.mode === mode && entry.level === level && entry.version === version) return entry.message;
  const message = shared(aggregateMessage(failures, mode, level, version));
  written.push({ mode, level, version, message });
  return message;
}

/** A PSA exemption by namespace or runtime class, which lets every check through. */
function exemptionOf(
  workload: Workload,
  namespace: string,
  exemptions: PolicyOptions['exemptions'],
): Exemption | undefined {
  if (exemptions.namespaces.includes(namespace)) {
    return {
      kind: 'namespace',
      suppression: {
        reason: `namespace "${namespace}" is exempt from Pod Security (exemptions.namespaces)`,
        source: 'exemption',
      },
    };
  }
  const runtimeClass = runtimeClassOf(workload);
  if (runtimeClass !== undefined && exemptions.runtimeClasses.includes(runtimeClass)) {
    return {
      kind: 'runtimeClass',
      suppression: {
        reason: `runtime class "${runtimeClass}" is exempt from Pod Security (exemptions.runtimeClasses)`,
        source: 'exemption',
      },
    };
  }
  return undefined;
}

/** What lets a check through on one workload: an exemption first, then a config relaxation, then an inline ignore. */
function suppressionLookup(
  exemption: Exemption | undefined,
  relaxations: readonly CompiledRelaxation[],
  inline: readonly InlineIgnore[],
): (check: CheckId) => Suppression | undefined {
  return (check) => {
    if (exemption) return exemption.suppression;
    const relaxed = relaxations.find((r) => r.relaxation.checks.includes(check));
    if (relaxed) {
      const { reason, expires } = relaxed.relaxation;
      return { reason, source: 'config', ...(expires !== undefined ? { expires } : {}) };
    }
    return inline.find((ignore) => ignore.checks.has(check))?.suppression;
  };
}

/**
 * Evaluates each distinct `level:version` of the workload's policies once and adds its findings, then
 * the notes for what only the next version rejects (one per level and check, naming every mode).
 * Returns the failures by group, for the verdicts.
 */
function evaluateGroups(
  item: AssessItem,
  state: WarmState,
  base: WorkloadIdentity,
  targets: readonly TargetRef[],
  plan: PolicyPlan,
  suppressionFor: (check: CheckId) => Suppression | undefined,
  context: AssessContext,
  findings: Finding[],
): Map<PlannedGroup, CheckFailure[]> {
  const { emulation, nextVersion } = context;
  const { workload } = item;
  const failuresByGroup = new Map<PlannedGroup, CheckFailure[]>();
  const owner: FindingOwner = { base, targets, objectPart: undefined };
  let upcoming: Map<string, { group: Group; failure: CheckFailure; version: string }> | undefined;
  for (const group of plan.groups) {
    const version = group.parsed;
    const failures = version
      ? evaluateOnce(workload, group.level, version, emulation, group.evaluationKey, state)
      : NO_FAILURES;
    failuresByGroup.set(group, failures);
    for (const failure of failures)
      findings.push(
        currentFinding(item, owner, failure, placeOnce(workload, failure, state), group, suppressionFor(failure.id)),
      );
    if (group.nextEvaluationKey !== undefined && nextVersion !== undefined) {
      const next = evaluateOnce(workload, group.level, nextVersion, {}, group.nextEvaluationKey, state);
      for (const failure of next) {
        if (failures.some((f) => f.id === failure.id)) continue;
        upcoming ??= new Map();
        const key = `${group.level}:${failure.id}`;
        const seen = upcoming.get(key);
        if (seen)
          upcoming.set(key, { ...seen, group: { ...seen.group, modes: [...seen.group.modes, ...group.modes] } });
        else
          upcoming.set(key, {
            group: { level: group.level, version: group.version, modes: [...group.modes] },
            failure,
            version: nextVersion.text,
          });
      }
    }
  }
  // Evaluations are all cached now; the evaluator would only hold the pod.
  state.evaluator = undefined;
  if (upcoming) {
    for (const { group, failure, version } of upcoming.values()) {
      findings.push(
        upcomingFinding(
          owner,
          failure,
          placeOnce(workload, failure, state),
          group,
          version,
          suppressionFor(failure.id),
        ),
      );
    }
  }
  return failuresByGroup;
}

/** The API server's wording for an object that fails validation before admission. */
function invalidObjectMessage(workload: Workload, problems: readonly string[]): string {
  const list = problems.length === 1 ? problems[0] : `[${problems.join(', ')}]`;
  const slash = workload.apiVersion.indexOf('/');
  const qualifiedKind = slash < 0 ? workload.kind : `${workload.kind}.${workload.apiVersion.slice(0, slash)}`;
  return `${qualifiedKind} ${JSON.stringify(workload.name)} is invalid: ${list}`;
}

/** A policy the workload breaks now, in the words of its first mode. */
function currentFinding(
  item: AssessItem,
  owner: FindingOwner,
  failure: CheckFailure,
  place: Placement,
  group: Group,
  suppressed: Suppression | undefined,
): Finding {
  const mode = itemAt(group.modes, 0);
  const note =
    group.modes.includes('enforce') && !item.workload.isPod ? controllerEnforceNote(owner.base.kind) : undefined;
  return findingOf(
    owner,
    failure,
    place,
    { level: group.level, version: group.version, modes: group.modes, severity: SEVERITY[mode], wordingMode: mode },
    suppressed,
    note,
    false,
  );
}

/** What the next Kubernetes version will reject: it has not happened yet, so it is a note worded as warnings are. */
function upcomingFinding(
  owner: FindingOwner,
  failure: CheckFailure,
  place: Placement,
  group: Group,
  nextVersion: string,
  suppressed: Suppression | undefined,
): Finding {
  return findingOf(
    owner,
    failure,
    place,
    { level: group.level, version: nextVersion, modes: group.modes, severity: 'note', wordingMode: 'warn' },
    suppressed,
    undefined,
    true,
  );
}

/** The policy a finding breaks, and how it is worded and ranked. */
interface FindingPolicy extends Group {
  readonly severity: Severity;
  /** The mode whose words the message uses (`violates` for enforce, `would violate` otherwise). */
  readonly wordingMode: Mode;
}

/** Where a failure points; see {@link placeFailure}. */
interface Placement {
  readonly primary: RepoLocation;
  readonly related: readonly RepoLocation[];
  /** The dotted object-relative path of the failure's first field. */
  readonly field: string;
}

/** What every finding of one workload repeats. */
interface FindingOwner {
  readonly base: WorkloadIdentity;
  /** The item's targets, shared by its findings and verdicts (never changed once made). */
  readonly targets: readonly TargetRef[];
  /** The workload's part of every fingerprint's text (see fingerprintObjectPart), written for its first finding. */
  objectPart: string | undefined;
}

function findingOf(
  owner: FindingOwner,
  failure: CheckFailure,
  place: Placement,
  policy: FindingPolicy,
  suppressed: Suppression | undefined,
  note: string | undefined,
  upcoming: boolean,
): Finding {
  const { primary, related, field } = place;
  const { level, version } = policy;
  const { base, targets } = owner;
  const words = findingWords(failure, policy.wordingMode, level, version);
  const objectPart = (owner.objectPart ??= fingerprintObjectPart(base.kind, base.namespace, base.name));
  const fingerprint = fingerprintOf(words.fingerprintPart, primary.file, objectPart, field);
  if (base.part === undefined && suppressed === undefined) {
    // Most findings: one literal with every field that is there, in the key order reports have always had, which V8
    // keeps inside the object (fields added one by one go to a separate list, grown as they come).
    const finding: Writable<Finding> = {
      file: primary.file,
      line: primary.line,
      column: primary.column,
      endLine: primary.endLine,
      endColumn: primary.endColumn,
      apiVersion: base.apiVersion,
      kind: base.kind,
      namespace: base.namespace,
      name: base.name,
      check: failure.id,
      level,
      version,
      reason: failure.reason,
      detail: failure.detail,
      message: words.message,
      modes: policy.modes,
      severity: policy.severity,
      field,
      targets,
      related,
      fingerprint,
    };
    if (note !== undefined) finding.note = note;
    if (upcoming) finding.upcoming = true;
    return finding;
  }
  // Filled in field by field, in the key order reports have always had: optional fields assigned rather than spread
  // in from an object made for each, for tens of thousands of findings.
  const finding = {
    file: primary.file,
    line: primary.line,
    column: primary.column,
    endLine: primary.endLine,
    endColumn: primary.endColumn,
  } as Writable<Finding>;
  withIdentity(finding, base);
  finding.check = failure.id;
  finding.level = level;
  finding.version = version;
  finding.reason = failure.reason;
  finding.detail = failure.detail;
  finding.message = words.message;
  // The group's modes, shared: a finding's modes are never changed (merging makes new lists).
  finding.modes = policy.modes;
  finding.severity = policy.severity;
  finding.field = field;
  finding.targets = targets;
  finding.related = related;
  if (suppressed) finding.suppressed = suppressed;
  finding.fingerprint = fingerprint;
  if (note !== undefined) finding.note = note;
  if (upcoming) finding.upcoming = true;
  return finding;
}

/** A message {@link findingMessage} wrote, with what it was written from besides the failure's detail. */
interface WrittenMessage {
  readonly reason: string;
  readonly mode: Mode;
  readonly level: Level;
  readonly version: string;
  readonly message: string;
}

/** What a finding says and the start of its fingerprint's text, alike for one failure's detail, check and policy. */
interface FindingWords extends WrittenMessage {
  readonly check: CheckId;
  /** See fingerprintPolicyPart. */
  readonly fingerprintPart: string;
}

/** The words of single failures by the failure's detail; bounded, for a long-lived process. */
const wordsByDetail = new Map<string, FindingWords[]>();

/**
 * `aggregateMessage([failure], mode, level, version)` and `fingerprintPolicyPart(failure.id, level, version)`, written
 * once for each detail, check, reason and policy: the findings of workloads made from one template repeat a few dozen
 * messages, which are looked up by their detail (most often one of the strings {@link shared} keeps, whose hash is
 * known) rather than written and then looked up whole.
 */
function findingWords(failure: CheckFailure, mode: Mode, level: Level, version: string): FindingWords {
  let written = wordsByDetail.get(failure.detail);
  if (written === undefined) {
    if (wordsByDetail.size >= 10_000) wordsByDetail.clear();
    written = [];
    wordsByDetail.set(shared(failure.detail), written);
  }
  for (const entry of written) {
    if (
      entry.check === failure.id &&
      entry.reason === failure.reason &&
      entry.mode === mode &&
      entry.level === level &&
      entry.version === version
    )
      return entry;
  }
  const words: FindingWords = {
    check: failure.id,
    reason: failure.reason,
    mode,
    level,
    version,
    message: aggregateMessage([failure], mode, level, version),
    fingerprintPart: fingerprintPolicyPart(failure.id, level, version),
  };
  written.push(words);
  return words;
}

/** A finding or verdict being filled in, field by field. */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Adds the workload's identity to a finding or verdict, in its fields' order (`part` only when set). */
function withIdentity(target: Writable<WorkloadIdentity>, base: WorkloadIdentity): void {
  target.apiVersion = base.apiVersion;
  target.kind = base.kind;
  target.namespace = base.namespace;
  target.name = base.name;
  if (base.part !== undefined) target.part = base.part;
}

/**
 * Where a failure points: the field of its first path, and as related places the fields of its other
 * paths (`also: …`) with the values lines and patches behind each. Called once per failure (placeOnce),
 * which keeps the result: the located fields themselves are not kept.
 */
function placeFailure(workload: Workload, failure: CheckFailure): Placement {
  const { paths } = failure;
  const { fullPath, field } = firstFieldOf(workload, failure);
  const located = workload.object.locate(fullPath);
  // Most failures have one path and nothing related: they share one empty list, kept by their findings.
  if (paths.length <= 1 && located.related.length === 0)
    return { primary: located.primary, related: NOTHING_RELATED, field };
  const related: RepoLocation[] = [...located.related];
  const samePlace = (a: RepoLocation, b: RepoLocation): boolean =>
    a.file === b.file && a.line === b.line && a.column === b.column;
  for (let index = 1; index < paths.length; index++) {
    const extraPath = objectPath(workload, itemAt(paths, index));
    const extraLocated = workload.object.locate(extraPath);
    const extra = extraLocated.primary;
    if (!samePlace(located.primary, extra) && !related.some((r) => samePlace(r, extra)))
      related.push(withMessage(extra, shared(`also: ${dottedPath(extraPath)}`)));
    // The other containers' values lines and patches are places to change too.
    for (const more of extraLocated.related) if (!related.some((r) => samePlace(r, more))) related.push(more);
  }
  return { primary: located.primary, related, field: dottedPath(fullPath) };
}

const NOTHING_RELATED: readonly RepoLocation[] = Object.freeze([]);

/** The object path of a failure's first field and its dotted form, for workloads whose pod sits at `podPath`. */
interface FirstField {
  podPath: FieldPath | undefined;
  fullPath: FieldPath;
  field: string;
}

/**
 * The first fields of the failures that pods reading alike share (see answerAsAlike), kept with each failure: the
 * workloads made from one template place the same failures, each at its own line, in fields of the same paths.
 */
const firstFields = new WeakMap<CheckFailure, FirstField>();

function firstFieldOf(workload: Workload, failure: CheckFailure): { fullPath: FieldPath; field: string } {
  const { paths } = failure;
  // Synthesized pods (Argo Workflows) do not sit at one prefix: objectPath translates each path.
  const known = workload.translatePath === undefined ? firstFields.get(failure) : undefined;
  if (known !== undefined && known.podPath === workload.podPath) return known;
  const fullPath = objectPath(workload, paths.length === 0 ? [] : itemAt(paths, 0));
  const field = dottedPath(fullPath);
  if (known !== undefined) {
    known.podPath = workload.podPath;
    known.fullPath = fullPath;
    known.field = field;
  }
  return { fullPath, field };
}

/**
 * The place with a message. Written out field by field: V8 gives each object made by a spread followed by a field
 * (`{ ...place, message }`) a hidden class of its own, and ten thousand related places took 3 MB of them.
 */
function withMessage(place: RepoLocation, message: string): RepoLocation {
  const { file, line, column, endLine, endColumn, valuesKey } = place;
  return valuesKey === undefined
    ? { file, line, column, endLine, endColumn, message }
    : { file, line, column, endLine, endColumn, message, valuesKey };
}

/** Adds a target to a list, combining scenarios when the same chart or overlay is already there. */
export function addTarget(targets: readonly TargetRef[], ref: TargetRef): TargetRef[] {
  const index = targets.findIndex((t) => t.kind === ref.kind && t.path === ref.path);
  if (index < 0) return [...targets, ref];
  const existing = itemAt(targets, index);
  const scenarios = [...existing.scenarios];
  for (const scenario of ref.scenarios) if (!scenarios.includes(scenario)) scenarios.push(scenario);
  const out = [...targets];
  out[index] = { ...existing, scenarios };
  return out;
}

function suppressionKey(s: Suppression | undefined): string {
  return s ? `${s.source}\u0000${s.reason}\u0000${s.expires ?? ''}` : '';
}

/** Findings seen in several targets or scenarios become one, listing them all. */
function mergeFindings(findings: Finding[]): Finding[] {
  // Most scans read each object once: no two findings share a fingerprint, and there is nothing to merge.
  const fingerprints = new Set<string>();
  for (const finding of findings) fingerprints.add(finding.fingerprint);
  if (fingerprints.size === findings.length) return withTargetsSorted(findings);
  // Looked up by fingerprint, then told apart by place, suppression and version.
  const byFingerprint = new Map<string, number[]>();
  const merged = mergeAlike(
    findings,
    {
      find: (finding) => byFingerprint.get(finding.fingerprint),
      start: (finding, index) => byFingerprint.set(finding.fingerprint, [index]),
    },
    sameFinding,
    (seen, finding) => {
      let targets = [...seen.targets];
      for (const target of finding.targets) targets = addTarget(targets, target);
      const modes = MODES.filter((m) => seen.modes.includes(m) || finding.modes.includes(m));
      const severity = seen.upcoming ? seen.severity : SEVERITY[itemAt(modes, 0)];
      return { ...seen, targets, modes, severity };
    },
  );
  // A single target is in order already (most findings: one file, one scenario).
  return withTargetsSorted(merged);
}

/** Two findings with one fingerprint that are one: the same place, suppression and version. */
function sameFinding(a: Finding, b: Finding): boolean {
  return (
    a.line === b.line &&
    a.column === b.column &&
    (a.upcoming === true) === (b.upcoming === true) &&
    suppressionKey(a.suppressed) === suppressionKey(b.suppressed)
  );
}

function mergeVerdicts(verdicts: WorkloadVerdict[]): WorkloadVerdict[] {
  const lineAndMode = (verdict: WorkloadVerdict): number => verdict.line * MODES.length + MODES.indexOf(verdict.mode);
  // Most scans read each object once: no two verdicts share a file, line and mode, and there is nothing to merge.
  if (allDistinct(verdicts, lineAndMode)) return withTargetsSorted(verdicts);
  // Looked up by file, line and mode (one line holds one verdict per mode of one object, most often), then told apart
  // by workload and outcome.
  const byFile = new Map<string, Map<number, number[]>>();
  const merged = mergeAlike(
    verdicts,
    {
      find: (verdict) => byFile.get(verdict.file)?.get(lineAndMode(verdict)),
      start: (verdict, index) =>
        listFor(byFile, verdict.file, () => new Map<number, number[]>()).set(lineAndMode(verdict), [index]),
    },
    sameVerdict,
    (seen, verdict) => {
      let targets = [...seen.targets];
      for (const target of verdict.targets) targets = addTarget(targets, target);
      return { ...seen, targets };
    },
  );
  return withTargetsSorted(merged);
}

/**
 * The items with those `same` says are one merged into the first of them, in the order first seen. Only items that
 * share a list of indexes (`table`, looked up by a cheap key) are compared: tens of thousands of findings or
 * verdicts are merged without a key string built for each.
 */
function mergeAlike<T>(
  items: readonly T[],
  table: {
    /** The indexes kept under the item's key. */
    readonly find: (item: T) => number[] | undefined;
    /** Keeps a list of `index` alone under the item's key, which has none yet. */
    readonly start: (item: T, index: number) => void;
  },
  same: (a: T, b: T) => boolean,
  merge: (seen: T, item: T) => T,
): T[] {
  const merged: T[] = [];
  for (const item of items) {
    const indexes = table.find(item);
    const index = indexes?.find((i) => same(itemAt(merged, i), item));
    if (index === undefined) {
      // A list is made with its first index: one made empty and then pushed to keeps room for 17, and most keys only
      // ever have one (the lists are kept until every item is merged).
      if (indexes === undefined) table.start(item, merged.length);
      else indexes.push(merged.length);
      merged.push(item);
    } else merged[index] = merge(itemAt(merged, index), item);
  }
  return merged;
}

/** Whether no two verdicts have the same file and `lineAndMode`. */
function allDistinct(verdicts: readonly WorkloadVerdict[], lineAndMode: (verdict: WorkloadVerdict) => number): boolean {
  const seen = new Map<string, Set<number>>();
  // Verdicts of one file come one after the other (a target's items in order): its set is looked up once for them.
  let file: string | undefined;
  let lines = new Set<number>();
  for (const verdict of verdicts) {
    if (verdict.file !== file) {
      file = verdict.file;
      lines = listFor(seen, file, () => new Set<number>());
    }
    const key = lineAndMode(verdict);
    if (lines.has(key)) return false;
    lines.add(key);
  }
  return true;
}

/** The findings or verdicts, those of several targets with their targets in report order (in place). */
function withTargetsSorted<T extends { readonly targets: readonly TargetRef[] }>(items: T[]): T[] {
  for (let index = 0; index < items.length; index++) {
    const item = itemAt(items, index);
    if (item.targets.length >= 2) items[index] = { ...item, targets: sortTargets(item.targets) };
  }
  return items;
}

/** The value kept under `key`, made on first use. */
function listFor<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** Two verdicts of one file, line and mode that are one: the same workload, saying the same. */
function sameVerdict(a: WorkloadVerdict, b: WorkloadVerdict): boolean {
  return (
    a.kind === b.kind &&
    a.namespace === b.namespace &&
    a.name === b.name &&
    (a.part ?? '') === (b.part ?? '') &&
    a.mode === b.mode &&
    a.level === b.level &&
    a.version === b.version &&
    a.allowed === b.allowed &&
    (a.message ?? '') === (b.message ?? '') &&
    (a.exempt ?? '') === (b.exempt ?? '')
  );
}

/** Targets in report order. */
export function sortTargets(targets: readonly TargetRef[]): TargetRef[] {
  return [...targets].sort((a, b) => compareStrings(a.path, b.path) || compareStrings(a.kind, b.kind));
}

/** Findings in report order (sorts in place). */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      compareByPlace(a, b) ||
      Number(a.upcoming ?? false) - Number(b.upcoming ?? false) ||
      LEVEL_RANK(a.level) - LEVEL_RANK(b.level) ||
      compareStrings(a.version, b.version) ||
      compareStrings(a.field, b.field) ||
      compareStrings(suppressionKey(a.suppressed), suppressionKey(b.suppressed)),
  );
}

/** Verdicts in report order (sorts in place). */
export function sortVerdicts(verdicts: WorkloadVerdict[]): WorkloadVerdict[] {
  return verdicts.sort(
    (a, b) =>
      compareStrings(a.file, b.file) ||
      a.line - b.line ||
      compareStrings(a.kind, b.kind) ||
      compareStrings(a.namespace, b.namespace) ||
      compareStrings(a.name, b.name) ||
      MODES.indexOf(a.mode) - MODES.indexOf(b.mode) ||
      compareStrings(a.message ?? '', b.message ?? ''),
  );
}

function dedupErrors(errors: ScanError[]): ScanError[] {
  const seen = new Map<string, ScanError>();
  for (const error of errors) {
    const key = [error.file, error.line ?? 0, error.column ?? 0, error.message].join('\u0000');
    const known = seen.get(key);
    if (!known) seen.set(key, error);
    else if (known.target && error.target && known.target.path === error.target.path) {
      seen.set(key, { ...known, target: itemAt(addTarget([known.target], error.target), 0) });
    }
  }
  return [...seen.values()];
}
