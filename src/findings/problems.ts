/**
 * The unit every report shows: a *problem* is one workload × check × primary location. The scan's
 * findings are one per `level:version`, so the same field breaking the enforce, warn and audit
 * policies is three findings but one problem, which names every policy it breaks and takes its
 * severity from the strictest mode. Counts are defined here once, so every output agrees.
 */
import { hash } from 'node:crypto';
import type { RepoLocation } from '../manifests/types.js';
import { groupsByKey } from '../util/group-by.js';
import { itemAt } from '../util/item-at.js';
import { jsonString, quotedOnce } from '../util/json-string.js';
import { compareByPlace } from './check-order.js';
import { findingFails } from './exit-code.js';
import type { FailOn, Finding, Mode, ScanResult, Severity, Suppression, TargetRef, WorkloadVerdict } from './types.js';
import { MODES } from './types.js';

/** One policy a problem breaks: a mode and the `level:version` that mode applies. */
export interface BrokenPolicy {
  readonly mode: Mode;
  readonly level: Finding['level'];
  readonly version: string;
  /** True when this policy is broken only at the next version (an upgrade preview). */
  readonly upcoming: boolean;
  readonly suppressed?: Suppression;
}

/** One workload × check × primary location, with every finding (one per `level:version`) behind it. */
export interface Problem extends Pick<
  Finding,
  | 'check'
  | 'file'
  | 'line'
  | 'column'
  | 'endLine'
  | 'endColumn'
  | 'apiVersion'
  | 'kind'
  | 'namespace'
  | 'name'
  | 'part'
  | 'field'
> {
  /** Stable identity across runs: check, file, object and field; never the line, level or version. */
  readonly id: string;
  /** Container names the upstream detail names (empty for pod-level fields). */
  readonly containers: readonly string[];
  /** The findings, strictest mode first (enforce, warn, audit, then next-version previews). */
  readonly findings: readonly Finding[];
  /** Every broken policy, strictest first: `enforce baseline:latest, warn restricted:v1.33`. */
  readonly policies: readonly BrokenPolicy[];
  /** Modes with an unsuppressed, current-version finding. */
  readonly modes: readonly Mode[];
  /** From the strictest counted mode (enforce = error, warn = warning, audit = note). */
  readonly severity: Severity;
  /** Set when every finding is suppressed: the problem is folded and never counts. */
  readonly suppressed?: Suppression;
  /** True when every unsuppressed finding appears only at the next version. */
  readonly upcoming: boolean;
  /** Whether the problem fails the run under the fail policy it was built with. */
  readonly blocking: boolean;
  readonly related: readonly RepoLocation[];
  readonly targets: readonly TargetRef[];
  /** Context for a controller under enforce (the object is accepted, its Pods are rejected). */
  readonly note?: string;
}

/**
 * enforce 0, warn 1, audit 2. Compared with the three names rather than looked up by name in a record: building tens of
 * thousands of problems asks for it several times for each.
 */
function modeRank(mode: Mode): number {
  return mode === 'enforce' ? 0 : mode === 'warn' ? 1 : 2;
}

/** enforce 1, warn 2, audit 4: one bit per mode. */
function modeBit(mode: Mode): number {
  return 1 << modeRank(mode);
}

/** Identity of the object plus check and field: the line is left out so moving code keeps the id. */
export function problemId(
  item: Pick<Finding, 'check' | 'file' | 'kind' | 'namespace' | 'name' | 'part' | 'field'>,
): string {
  // `JSON.stringify([check, file, kind, namespace, name, part ?? '', field])`, written part by part (see jsonString and
  // quotedOnce):
  // the same characters without an array and a serializer call for each of tens of thousands of problems.
  const key =
    `[${quotedOnce(item.check)},${quotedOnce(item.file)},${idObjectPart(item.kind, item.namespace, item.name)},` +
    `${quotedOnce(item.part ?? '')},${quotedOnce(item.field)}]`;
  // The one-shot hash: a report of tens of thousands of problems hashes as many short keys.
  return hash('sha256', key, 'hex').slice(0, 32);
}

/** The object's part of the last problem id's key, and the object it is of. */
let lastIdObject = { kind: '', namespace: '', name: '', text: '"","",""' };

/**
 * `"kind","namespace","name"` in a problem id's key. A workload's problems come one after another: its part is written
 * once for them all (the kind's string is the workload's own, so it would be looked up anew for each workload too).
 */
function idObjectPart(kind: string, namespace: string, name: string): string {
  const last = lastIdObject;
  if (last.name === name && last.namespace === namespace && last.kind === kind) return last.text;
  const text = `${quotedOnce(kind)},${jsonString(namespace)},${jsonString(name)}`;
  lastIdObject = { kind, namespace, name, text };
  return text;
}

function groupKey(finding: Finding): string {
  return [
    finding.check,
    finding.file,
    finding.line,
    finding.column,
    finding.apiVersion,
    finding.kind,
    finding.namespace,
    finding.name,
    finding.part ?? '',
  ].join('\u0000');
}

/** Whether two findings have the fields {@link groupKey} joins alike (and so the same key). */
function sameGroup(a: Finding, b: Finding): boolean {
  return a.check === b.check && a.file === b.file && a.line === b.line && a.column === b.column && sameObject(a, b);
}

/** Whether two findings, verdicts or problems are of one object: the fields {@link objectKey} joins alike. */
function sameObject(
  a: Pick<Finding, 'apiVersion' | 'kind' | 'namespace' | 'name' | 'part'>,
  b: Pick<Finding, 'apiVersion' | 'kind' | 'namespace' | 'name' | 'part'>,
): boolean {
  return (
    a.apiVersion === b.apiVersion &&
    a.kind === b.kind &&
    a.namespace === b.namespace &&
    a.name === b.name &&
    (a.part ?? '') === (b.part ?? '')
  );
}

/** `container "a"`, `containers "a", "b"`, `pod or container "a"` in an upstream detail → the names. */
export function containerNames(detail: string): string[] {
  const names: string[] = [];
  for (const phrase of detail.matchAll(/containers? ((?:"(?:[^"\\]|\\.)*"(?:, | and )?)+)/g)) {
    for (const quoted of (phrase[1] ?? '').matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
      const name = quoted[1] ?? '';
      if (!names.includes(name)) names.push(name);
    }
  }
  return names;
}

function findingRank(finding: Finding): number {
  // A loop, not Math.min(...modes.map(…)): the sort of each problem's findings asks for it twice per comparison.
  let strictest = 3;
  for (const mode of finding.modes) strictest = Math.min(strictest, modeRank(mode));
  return strictest + (finding.upcoming === true ? 4 : 0) + (finding.suppressed !== undefined ? 8 : 0);
}

/**
 * Groups findings into problems and orders them as people should read them: blocking first (enforce
 * before warn before audit), next-version previews after, suppressed last; then file, line, check.
 */
export function buildProblems(findings: readonly Finding[], failOn: FailOn = 'enforce'): readonly Problem[] {
  // Every output of one run (terminal, JSON, SARIF, the job summary) reads the same problems: they are
  // built once per findings list and fail-on. Findings lists are never changed once a scan made them.
  return oncePerFailOn(builtProblems, findings, failOn, () => groupProblems(findings, failOn));
}

const builtProblems = new WeakMap<readonly Finding[], Map<FailOn, readonly Problem[]>>();

/**
 * How many problems fail the run under `failOn`, and in how many workloads: the blocking problems of
 * `buildProblems(findings, failOn)`, which are exactly the problems its failing findings (`failing`) make alone. Read
 * from those problems when a report has built them already, else counted by the findings' keys without building any.
 */
export function blockingCounts(
  findings: readonly Finding[],
  failing: readonly Finding[],
  failOn: FailOn,
): { readonly problems: number; readonly workloads: number } {
  const workloads = new Set<string>();
  const built = builtProblems.get(findings)?.get(failOn);
  if (built !== undefined) {
    let blocking = 0;
    for (const problem of built) {
      if (!problem.blocking) continue;
      blocking++;
      workloads.add(workloadKey(problem));
    }
    return { problems: blocking, workloads: workloads.size };
  }
  const groups = new Set<string>();
  for (const finding of failing) {
    groups.add(groupKey(finding));
    workloads.add(workloadKey(finding));
  }
  return { problems: groups.size, workloads: workloads.size };
}

/** The value `build` makes for `key` and `failOn`, made on first use and kept while `key` lives. */
export function oncePerFailOn<K extends object, V>(
  cache: WeakMap<K, Map<FailOn, V>>,
  key: K,
  failOn: FailOn,
  build: () => V,
): V {
  let byFailOn = cache.get(key);
  if (byFailOn === undefined) {
    byFailOn = new Map();
    cache.set(key, byFailOn);
  }
  let value = byFailOn.get(failOn);
  if (value === undefined) {
    value = build();
    byFailOn.set(failOn, value);
  }
  return value;
}

function groupProblems(findings: readonly Finding[], failOn: FailOn): readonly Problem[] {
  // Findings as a scan orders them are grouped by runs (see groupsInPlaceOrder); in any other order, by key.
  const inPlaceOrder = groupsInPlaceOrder(findings);
  const groups = inPlaceOrder ?? groupsByKey(findings, groupKey);
  // Upstream details repeat across workloads (`container "app" must not set …`): read each one once.
  const namesByDetail = new Map<string, readonly string[]>();
  const containersOf = (detail: string): readonly string[] => {
    let names = namesByDetail.get(detail);
    if (names === undefined) {
      names = containerNames(detail);
      namesByDetail.set(detail, names);
    }
    return names;
  };
  if (inPlaceOrder !== undefined) return inRankOrder(inPlaceOrder, (group) => toProblem(group, failOn, containersOf));
  const ranked: RankedProblem[] = [];
  for (const group of groups) {
    const problem = toProblem(group, failOn, containersOf);
    ranked.push({ problem, tier: problemTier(problem) });
  }
  ranked.sort(compareRanked);
  return ranked.map((entry) => entry.problem);
}

/** The highest {@link problemTier}. */
const LAST_TIER = 5;

/**
 * The problems of `groups`, which are in place order, as sorting them by {@link compareRanked} orders them: a problem's
 * place is that of every finding of its group, so groups made in place order are problems in place order, and a
 * stable pass that puts each in its blocking and tier bucket as it is made keeps that order within each (no sort of
 * tens of thousands of problems, and no ranked entry made for each).
 */
function inRankOrder(groups: readonly Finding[][], problemOf: (group: Finding[]) => Problem): Problem[] {
  const buckets: Problem[][] = Array.from({ length: 2 * (LAST_TIER + 1) }, () => []);
  for (const group of groups) {
    const problem = problemOf(group);
    itemAt(buckets, (problem.blocking ? 0 : LAST_TIER + 1) + problemTier(problem)).push(problem);
  }
  const problems: Problem[] = [];
  for (const bucket of buckets) for (const problem of bucket) problems.push(problem);
  return problems;
}

/**
 * The findings' groups (one per problem) in the order first seen, when the findings are in place order (as a scan
 * gives them, see compareByPlace), else undefined. The findings of one group are then among a run of findings alike
 * in place, object and check, whose groups are the last ones made: a finding looks for its group only there, and no
 * key is built for each of tens of thousands of groups.
 */
function groupsInPlaceOrder(findings: readonly Finding[]): Finding[][] | undefined {
  const groups: Finding[][] = [];
  let runStart: Finding | undefined;
  let runGroups = 0;
  for (const finding of findings) {
    const order = runStart === undefined ? -1 : compareByPlace(runStart, finding);
    // Out of place order, a group's findings could be in several runs.
    if (order > 0) return undefined;
    if (order < 0) {
      runStart = finding;
      runGroups = groups.length;
    }
    let known: Finding[] | undefined;
    for (let index = groups.length - 1; index >= runGroups && known === undefined; index--) {
      const group = itemAt(groups, index);
      if (sameGroup(itemAt(group, 0), finding)) known = group;
    }
    // A list is made with its first finding: one made empty and then pushed to keeps room for 17.
    if (known === undefined) groups.push([finding]);
    else known.push(finding);
  }
  return groups;
}

/** A problem with its tier, worked out once instead of in every comparison of the sort. */
interface RankedProblem {
  readonly problem: Problem;
  readonly tier: number;
}

function compareRanked(a: RankedProblem, b: RankedProblem): number {
  return (
    Number(b.problem.blocking) - Number(a.problem.blocking) || a.tier - b.tier || compareByPlace(a.problem, b.problem)
  );
}

/** `group` is the caller's own list: it is ordered in place and kept as the problem's findings. */
function toProblem(group: Finding[], failOn: FailOn, containersOf: (detail: string) => readonly string[]): Problem {
  const findings = group.length > 1 ? group.sort((a, b) => findingRank(a) - findingRank(b)) : group;
  const first = itemAt(findings, 0);
  // Most problems have one finding, whose policies are in order already.
  const policies = findings.length === 1 ? policiesOf(first) : findings.flatMap(policiesOf).sort(comparePolicies);
  // One pass over the findings: whether one fails the run, how many are live (unsuppressed) and current (live, not only
  // at the next version), the modes the current ones break, the strictest severity among the current ones (else the
  // live ones, else all), and the first live current note.
  let live = 0;
  let current = 0;
  let blocking = false;
  let modeBits = 0;
  let severityOfAll: Severity | undefined;
  let severityOfLive: Severity | undefined;
  let severityOfCurrent: Severity | undefined;
  let note: string | undefined;
  for (const finding of findings) {
    const { severity } = finding;
    if (!blocking && findingFails(finding, failOn)) blocking = true;
    severityOfAll = stricter(severityOfAll, severity);
    if (finding.suppressed === undefined) {
      live++;
      severityOfLive = stricter(severityOfLive, severity);
      if (finding.upcoming !== true) {
        current++;
        severityOfCurrent = stricter(severityOfCurrent, severity);
        modeBits |= modeBitsOf(finding.modes);
        if (note === undefined && finding.note !== undefined) note = finding.note;
      }
    }
  }
  const { related, targets, containers } =
    findings.length === 1 && first.targets.length === 1 && first.related.length <= 1
      ? // Most problems: one finding of one target, whose lists are the problem's (as collecting them would give).
        { related: first.related, targets: first.targets, containers: containersOf(first.detail) }
      : placesOf(findings, containersOf);
  const modes = modesOfBits(modeBits);
  const severity = (current > 0 ? severityOfCurrent : live > 0 ? severityOfLive : severityOfAll) as Severity;
  // Problems are kept until the last report is written: every field that is always there is in the one literal, so
  // V8 keeps them inside the object, where fields added later would take a separate, regrown list in each of tens of
  // thousands of problems. The rare optional fields come after. Lists alike in content are shared between problems
  // (a problem's lists are never changed once it is built).
  const problem: { -readonly [K in keyof Problem]: Problem[K] } = {
    id: problemId(first),
    check: first.check,
    file: first.file,
    line: first.line,
    column: first.column,
    endLine: first.endLine,
    endColumn: first.endColumn,
    apiVersion: first.apiVersion,
    kind: first.kind,
    namespace: first.namespace,
    name: first.name,
    field: first.field,
    containers: containers.length === 0 ? NO_CONTAINERS : containers,
    findings,
    policies,
    modes,
    severity,
    upcoming: live > 0 && current === 0,
    blocking,
    related: related.length === 0 ? NO_LOCATIONS : related,
    targets,
  };
  if (first.part !== undefined) problem.part = first.part;
  if (live === 0 && first.suppressed !== undefined) problem.suppressed = first.suppressed;
  if (note !== undefined) problem.note = note;
  return problem;
}

/**
 * The places, targets and container names of a problem's findings, each once. Lists alike in content are shared with
 * the first finding or between problems (a problem's lists are never changed once it is built).
 */
function placesOf(
  findings: readonly Finding[],
  containersOf: (detail: string) => readonly string[],
): { related: readonly RepoLocation[]; targets: readonly TargetRef[]; containers: readonly string[] } {
  const first = itemAt(findings, 0);
  const related: RepoLocation[] = [];
  const targets: TargetRef[] = [];
  const containers: string[] = [];
  // Whether every finding has the same one-target list and the same detail (as most problems' findings do).
  const firstTargets = first.targets;
  let oneTargetList = firstTargets.length === 1;
  let oneDetail = true;
  for (const finding of findings) {
    if (finding.targets !== firstTargets) oneTargetList = false;
    if (finding.detail !== first.detail) oneDetail = false;
    for (const location of finding.related) {
      if (!related.some((r) => r.file === location.file && r.line === location.line && r.column === location.column))
        related.push(location);
    }
    for (const target of finding.targets) mergeTarget(targets, target);
    for (const name of containersOf(finding.detail)) if (!containers.includes(name)) containers.push(name);
  }
  return {
    // The first finding's places come first: as many places in all means they are all, as its own list has them.
    related: related.length === first.related.length ? first.related : related,
    targets: oneTargetList ? firstTargets : targets,
    containers: oneDetail ? containersOf(first.detail) : containers,
  };
}

/**
 * The policies one finding breaks, one per mode, strictest mode first (the order {@link comparePolicies} gives them).
 * Every problem of a report names one of a handful of unsuppressed lists: those are made once each and shared, as
 * are the policies in them (neither is changed once made), rather than made for each of tens of thousands of problems.
 */
function policiesOf(finding: Finding): readonly BrokenPolicy[] {
  const { level, version, suppressed } = finding;
  const upcoming = finding.upcoming === true;
  const bits = modeBitsOf(finding.modes);
  if (suppressed !== undefined)
    return modesOfBits(bits).map((mode) => ({ mode, level, version, upcoming, suppressed }));
  const shared = sharedPoliciesOf(version, level);
  // Frozen: a list reached from every problem of every report must not change under any of them.
  return (shared.lists[bits * 2 + Number(upcoming)] ??= Object.freeze(
    modesOfBits(bits).map(
      (mode) =>
        (shared.policies[modeRank(mode) * 2 + Number(upcoming)] ??= Object.freeze({ mode, level, version, upcoming })),
    ),
  ));
}

/** The unsuppressed policies of one `level:version`, by mode and next-version flag, and their lists by mode bits. */
interface SharedPolicies {
  readonly policies: BrokenPolicy[];
  readonly lists: (readonly BrokenPolicy[])[];
}

const sharedPolicies = new Map<string, Map<Finding['level'], SharedPolicies>>();

/** The policies {@link sharedPoliciesOf} gave last, and for what: most problems in a row are of one `level:version`. */
let lastShared:
  { readonly version: string; readonly level: Finding['level']; readonly shared: SharedPolicies } | undefined;

function sharedPoliciesOf(version: string, level: Finding['level']): SharedPolicies {
  if (lastShared !== undefined && lastShared.version === version && lastShared.level === level)
    return lastShared.shared;
  let byLevel = sharedPolicies.get(version);
  if (byLevel === undefined) {
    // Versions come from configuration: a long-lived process still keeps only a bounded number.
    if (sharedPolicies.size >= 100) sharedPolicies.clear();
    byLevel = new Map();
    sharedPolicies.set(version, byLevel);
  }
  let shared = byLevel.get(level);
  if (shared === undefined) {
    shared = { policies: [], lists: [] };
    byLevel.set(level, shared);
  }
  lastShared = { version, level, shared };
  return shared;
}

function comparePolicies(a: BrokenPolicy, b: BrokenPolicy): number {
  return (
    Number(a.suppressed !== undefined) - Number(b.suppressed !== undefined) ||
    Number(a.upcoming) - Number(b.upcoming) ||
    modeRank(a.mode) - modeRank(b.mode)
  );
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, note: 2 };

/** The stricter of two severities; the first one seen when they are alike. */
function stricter(seen: Severity | undefined, severity: Severity): Severity {
  return seen === undefined || SEVERITY_RANK[severity] < SEVERITY_RANK[seen] ? severity : seen;
}

/** Lists of modes by their {@link modeBit} sum, strictest first, made once each. */
const modesByBits: (readonly Mode[] | undefined)[] = [];

function modesOfBits(bits: number): readonly Mode[] {
  return (modesByBits[bits] ??= MODES.filter((mode) => (bits & modeBit(mode)) !== 0));
}

function modeBitsOf(modes: readonly Mode[]): number {
  let bits = 0;
  for (const mode of modes) bits |= modeBit(mode);
  return bits;
}

const NO_CONTAINERS: readonly string[] = Object.freeze([]);
const NO_LOCATIONS: readonly RepoLocation[] = Object.freeze([]);

function mergeTarget(targets: TargetRef[], ref: TargetRef): void {
  const index = targets.findIndex((t) => t.kind === ref.kind && t.path === ref.path);
  if (index < 0) {
    targets.push(ref);
    return;
  }
  const existing = itemAt(targets, index);
  // The same target again (a problem's findings of one scenario, most often): nothing to add.
  if (ref === existing || ref.scenarios.every((scenario) => existing.scenarios.includes(scenario))) return;
  targets[index] = {
    ...existing,
    scenarios: [...existing.scenarios, ...ref.scenarios.filter((s) => !existing.scenarios.includes(s))],
  };
}

/** 0 blocking-strictest … : suppressed last, next-version previews just before them. */
export function problemTier(problem: Problem): number {
  if (problem.suppressed !== undefined) return 5;
  if (problem.upcoming) return 4;
  const strictest = problem.modes[0];
  return strictest === undefined ? 4 : modeRank(strictest) + (problem.blocking ? 0 : 1);
}

/** `enforce baseline:latest, warn restricted:v1.33, audit restricted:latest` (suppressed and next-version policies marked). */
export function formatPolicies(policies: readonly BrokenPolicy[]): string {
  return policies
    .map((policy) => {
      const tags = [policy.upcoming ? 'next version' : '', policy.suppressed !== undefined ? 'suppressed' : ''].filter(
        (tag) => tag !== '',
      );
      return `${policy.mode} ${policy.level}:${policy.version}${tags.length > 0 ? ` (${tags.join(', ')})` : ''}`;
    })
    .join(', ');
}

/** The upstream detail of the strictest finding: `host namespaces (hostNetwork=true, hostPID=true)`. */
export function problemMessage(problem: Problem): string {
  const first = itemAt(problem.findings, 0);
  return first.detail === '' ? first.reason : `${first.reason} (${first.detail})`;
}

// --- counting --------------------------------------------------------------------------------------

/** Per PSA mode: problems that break this mode's policy and the workloads that have them. */
export interface ModeCounts {
  readonly problems: number;
  readonly workloads: number;
}

/** The numbers every output prints (text, markdown, PR comment, JSON summary, action outputs, stderr). */
export interface ProblemCounts {
  /** Every workload scanned. */
  readonly workloads: number;
  /** Workloads with no blocking problem. */
  readonly passed: number;
  /** Workloads with at least one blocking problem. */
  readonly failed: number;
  /** Unsuppressed problems at the current version. */
  readonly problems: number;
  /** Problems that fail the run under fail-on. */
  readonly blocking: number;
  /** Workloads with at least one unsuppressed, current problem. */
  readonly workloadsWithProblems: number;
  readonly byMode: Readonly<Record<Mode, ModeCounts>>;
  /** Problems whose every policy is suppressed (exemption, relaxation or annotation). */
  readonly suppressed: number;
  /** Problems that appear only at the next version. */
  readonly upcoming: number;
  readonly errors: number;
  readonly notices: number;
}

/** The identity of one workload object across findings and verdicts. */
export function workloadKey(
  item: Pick<Finding | WorkloadVerdict | Problem, 'file' | 'apiVersion' | 'kind' | 'namespace' | 'name' | 'part'>,
): string {
  return [item.file, item.apiVersion, item.kind, item.namespace, item.name, item.part ?? ''].join('\u0000');
}

/** Identity of an object regardless of the file it was read from. */
export function objectKey(
  item: Pick<Finding | WorkloadVerdict | Problem, 'apiVersion' | 'kind' | 'namespace' | 'name' | 'part'>,
): string {
  return [item.apiVersion, item.kind, item.namespace, item.name, item.part ?? ''].join('\u0000');
}

/**
 * Maps a problem to its workload's key. A problem can point at a different file than its object (a
 * kustomize patch sets the field, the base holds the resource); then the verdict for the same object
 * is used when exactly one file holds such an object.
 */
export function workloadResolver(
  verdicts: readonly WorkloadVerdict[],
): (item: Pick<Problem, 'file' | 'apiVersion' | 'kind' | 'namespace' | 'name' | 'part'>) => string {
  return resolverFor(verdicts, workloadKeys(verdicts));
}

/**
 * `verdicts.map(workloadKey)`. A workload's verdicts (one per mode) are next to each other: a verdict of the same
 * file and object as the one before takes its key.
 */
function workloadKeys(verdicts: readonly WorkloadVerdict[]): string[] {
  const keys: string[] = [];
  let previous: WorkloadVerdict | undefined;
  let previousKey = '';
  for (const verdict of verdicts) {
    if (previous === undefined || previous.file !== verdict.file || !sameObject(previous, verdict))
      previousKey = workloadKey(verdict);
    keys.push(previousKey);
    previous = verdict;
  }
  return keys;
}

/** {@link workloadResolver} over verdicts whose keys (`workloadKey`) are already known, index for index. */
function resolverFor(
  verdicts: readonly WorkloadVerdict[],
  verdictKeys: readonly string[],
): (item: Pick<Problem, 'file' | 'apiVersion' | 'kind' | 'namespace' | 'name' | 'part'>) => string {
  const keys = new Set<string>(verdictKeys);
  // Made the first time an item's own key is not a verdict's (a kustomize patch's problem): most scans have none, and
  // a key for each of tens of thousands of objects would be made for nothing.
  let keyByObject: Map<string, string | null> | undefined;
  return (item) => {
    const own = workloadKey(item);
    if (keys.has(own)) return own;
    keyByObject ??= verdictKeysByObject(verdicts, verdictKeys);
    return keyByObject.get(objectKey(item)) ?? own;
  };
}

/**
 * Per object, its verdicts' key when they are all in one file, else null. Verdicts of one object differ in key only
 * when they differ in file, so no set of files is needed for each of tens of thousands of objects.
 */
function verdictKeysByObject(
  verdicts: readonly WorkloadVerdict[],
  verdictKeys: readonly string[],
): Map<string, string | null> {
  const keyByObject = new Map<string, string | null>();
  let previousVerdict: WorkloadVerdict | undefined;
  let object = '';
  verdicts.forEach((verdict, index) => {
    // As in workloadKeys: the object key of the verdict before, when it is of the same object.
    if (previousVerdict === undefined || !sameObject(previousVerdict, verdict)) object = objectKey(verdict);
    previousVerdict = verdict;
    const key = itemAt(verdictKeys, index);
    const known = keyByObject.get(object);
    if (known === undefined) keyByObject.set(object, key);
    else if (known !== null && known !== key) keyByObject.set(object, null);
  });
  return keyByObject;
}

/** Per workload, one bit each: blocking, has a counted problem, and per mode (enforce, warn, audit) counted and seen. */
const BLOCKING = 1;
const WITH_PROBLEMS = 2;
const COUNTED_IN: Readonly<Record<Mode, number>> = { enforce: 4, warn: 8, audit: 16 };
const SEEN_IN: Readonly<Record<Mode, number>> = { enforce: 32, warn: 64, audit: 128 };

/**
 * Counts over problems and workloads. A verdict that says "not allowed" without any finding for that
 * workload and mode still counts its workload as failing that mode, so a failure never disappears.
 */
export function countProblems(result: ScanResult, problems: readonly Problem[]): ProblemCounts {
  // Workloads are numbered by key and marked with bits: a report can count tens of thousands.
  const verdictKeys = workloadKeys(result.workloads);
  const keyOf = resolverFor(result.workloads, verdictKeys);
  const numbers = new Map<string, number>();
  const marks: number[] = [];
  const numberOf = (key: string): number => {
    let number = numbers.get(key);
    if (number === undefined) {
      number = marks.length;
      numbers.set(key, number);
      marks.push(0);
    }
    return number;
  };
  const perMode: Record<Mode, number> = { enforce: 0, warn: 0, audit: 0 };
  let counted = 0;
  let blocking = 0;
  let suppressed = 0;
  let upcoming = 0;
  // Problems of one workload mostly come one after the other (in place order within each tier): they share its number.
  let previous: Problem | undefined;
  let previousWorkload = 0;
  for (const problem of problems) {
    const workload =
      previous !== undefined && previous.file === problem.file && sameObject(previous, problem)
        ? previousWorkload
        : numberOf(keyOf(problem));
    previous = problem;
    previousWorkload = workload;
    let mark = itemAt(marks, workload);
    for (const policy of problem.policies) mark |= SEEN_IN[policy.mode];
    if (problem.blocking) {
      blocking++;
      mark |= BLOCKING;
    }
    if (problem.suppressed !== undefined) suppressed++;
    else if (problem.upcoming) upcoming++;
    else {
      counted++;
      mark |= WITH_PROBLEMS;
      for (const mode of problem.modes) {
        perMode[mode]++;
        mark |= COUNTED_IN[mode];
      }
    }
    marks[workload] = mark;
  }
  result.workloads.forEach((verdict, index) => {
    const workload = numberOf(itemAt(verdictKeys, index));
    if (!verdict.allowed && verdict.exempt === undefined && (itemAt(marks, workload) & SEEN_IN[verdict.mode]) === 0) {
      marks[workload] =
        itemAt(marks, workload) | COUNTED_IN[verdict.mode] | (verdict.mode === 'enforce' ? BLOCKING : 0);
    }
  });
  const having = (bit: number): number => marks.reduce((total, mark) => total + ((mark & bit) === 0 ? 0 : 1), 0);
  const byMode = Object.fromEntries(
    MODES.map((mode) => [mode, { problems: perMode[mode], workloads: having(COUNTED_IN[mode]) }]),
  ) as Record<Mode, ModeCounts>;
  const failed = having(BLOCKING);
  return {
    workloads: marks.length,
    passed: marks.length - failed,
    failed,
    problems: counted,
    blocking,
    workloadsWithProblems: having(WITH_PROBLEMS),
    byMode,
    suppressed,
    upcoming,
    errors: result.errors.length,
    notices: result.notices.length,
  };
}
