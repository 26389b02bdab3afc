/**
 * The unit every report shows: a *problem* is one workload × check × primary location. The scan's
 * findings are one per `level:version`, so the same field breaking the enforce, warn and audit
 * policies is three findings but one problem, which names every policy it breaks and takes its
 * severity from the strictest mode. Counts are defined here once, so every output agrees.
 */
import { createHash } from 'node:crypto';
import type { RepoLocation } from '../manifests/types.js';
import { itemAt } from '../util/item-at.js';
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

const MODE_RANK: Readonly<Record<Mode, number>> = { enforce: 0, warn: 1, audit: 2 };

/** Identity of the object plus check and field: the line is left out so moving code keeps the id. */
export function problemId(
  item: Pick<Finding, 'check' | 'file' | 'kind' | 'namespace' | 'name' | 'part' | 'field'>,
): string {
  const key = [item.check, item.file, item.kind, item.namespace, item.name, item.part ?? '', item.field];
  return createHash('sha256').update(JSON.stringify(key)).digest('hex').slice(0, 32);
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
  const strictest = Math.min(...finding.modes.map((mode) => MODE_RANK[mode]), 3);
  return strictest + (finding.upcoming === true ? 4 : 0) + (finding.suppressed !== undefined ? 8 : 0);
}

/**
 * Groups findings into problems and orders them as people should read them: blocking first (enforce
 * before warn before audit), next-version previews after, suppressed last; then file, line, check.
 */
export function buildProblems(findings: readonly Finding[], failOn: FailOn = 'enforce'): Problem[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = groupKey(finding);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [finding]);
    else list.push(finding);
  }
  const problems = [...groups.values()].map((group) => toProblem(group, failOn));
  return problems.sort(compareProblems);
}

function toProblem(group: readonly Finding[], failOn: FailOn): Problem {
  const findings = [...group].sort((a, b) => findingRank(a) - findingRank(b));
  const first = itemAt(findings, 0);
  const policies: BrokenPolicy[] = [];
  for (const finding of findings) {
    for (const mode of finding.modes) {
      policies.push({
        mode,
        level: finding.level,
        version: finding.version,
        upcoming: finding.upcoming === true,
        ...(finding.suppressed === undefined ? {} : { suppressed: finding.suppressed }),
      });
    }
  }
  policies.sort(
    (a, b) =>
      Number(a.suppressed !== undefined) - Number(b.suppressed !== undefined) ||
      Number(a.upcoming) - Number(b.upcoming) ||
      MODE_RANK[a.mode] - MODE_RANK[b.mode],
  );
  const live = findings.filter((finding) => finding.suppressed === undefined);
  const current = live.filter((finding) => finding.upcoming !== true);
  const modes = MODES.filter((mode) => current.some((finding) => finding.modes.includes(mode)));
  const severityFrom = current.length > 0 ? current : live.length > 0 ? live : findings;
  const severity = itemAt(
    severityFrom.map((finding) => finding.severity).sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b]),
    0,
  );
  const related: RepoLocation[] = [];
  const targets: TargetRef[] = [];
  const containers: string[] = [];
  for (const finding of findings) {
    for (const location of finding.related) {
      if (!related.some((r) => r.file === location.file && r.line === location.line && r.column === location.column))
        related.push(location);
    }
    for (const target of finding.targets) mergeTarget(targets, target);
    for (const name of containerNames(finding.detail)) if (!containers.includes(name)) containers.push(name);
  }
  const note = live.find((finding) => finding.note !== undefined && finding.upcoming !== true)?.note;
  return {
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
    ...(first.part === undefined ? {} : { part: first.part }),
    field: first.field,
    containers,
    findings,
    policies,
    modes,
    severity,
    ...(live.length === 0 && first.suppressed !== undefined ? { suppressed: first.suppressed } : {}),
    upcoming: live.length > 0 && current.length === 0,
    blocking: findings.some((finding) => findingFails(finding, failOn)),
    related,
    targets,
    ...(note === undefined ? {} : { note }),
  };
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, note: 2 };

function mergeTarget(targets: TargetRef[], ref: TargetRef): void {
  const index = targets.findIndex((t) => t.kind === ref.kind && t.path === ref.path);
  if (index < 0) {
    targets.push(ref);
    return;
  }
  const existing = itemAt(targets, index);
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
  return strictest === undefined ? 4 : MODE_RANK[strictest] + (problem.blocking ? 0 : 1);
}

function compareProblems(a: Problem, b: Problem): number {
  return Number(b.blocking) - Number(a.blocking) || problemTier(a) - problemTier(b) || compareByPlace(a, b);
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
  const keys = new Set<string>();
  const filesByObject = new Map<string, Set<string>>();
  const keyByObject = new Map<string, string>();
  for (const verdict of verdicts) {
    const key = workloadKey(verdict);
    keys.add(key);
    const object = objectKey(verdict);
    const files = filesByObject.get(object) ?? new Set<string>();
    files.add(verdict.file);
    filesByObject.set(object, files);
    keyByObject.set(object, key);
  }
  return (item) => {
    const own = workloadKey(item);
    if (keys.has(own)) return own;
    const object = objectKey(item);
    return filesByObject.get(object)?.size === 1 ? (keyByObject.get(object) ?? own) : own;
  };
}

/**
 * Counts over problems and workloads. A verdict that says "not allowed" without any finding for that
 * workload and mode still counts its workload as failing that mode, so a failure never disappears.
 */
export function countProblems(result: ScanResult, problems: readonly Problem[]): ProblemCounts {
  const keyOf = workloadResolver(result.workloads);
  const all = new Set<string>();
  const blockingWorkloads = new Set<string>();
  const withProblems = new Set<string>();
  const perMode: Record<Mode, { problems: number; workloads: Set<string> }> = {
    enforce: { problems: 0, workloads: new Set() },
    warn: { problems: 0, workloads: new Set() },
    audit: { problems: 0, workloads: new Set() },
  };
  const seenInMode = new Set<string>();
  let counted = 0;
  let blocking = 0;
  let suppressed = 0;
  let upcoming = 0;
  for (const problem of problems) {
    const key = keyOf(problem);
    all.add(key);
    for (const policy of problem.policies) seenInMode.add(`${key}\u0000${policy.mode}`);
    if (problem.blocking) {
      blocking++;
      blockingWorkloads.add(key);
    }
    if (problem.suppressed !== undefined) {
      suppressed++;
      continue;
    }
    if (problem.upcoming) {
      upcoming++;
      continue;
    }
    counted++;
    withProblems.add(key);
    for (const mode of problem.modes) {
      perMode[mode].problems++;
      perMode[mode].workloads.add(key);
    }
  }
  for (const verdict of result.workloads) {
    const key = workloadKey(verdict);
    all.add(key);
    if (!verdict.allowed && verdict.exempt === undefined && !seenInMode.has(`${key}\u0000${verdict.mode}`)) {
      perMode[verdict.mode].workloads.add(key);
      if (verdict.mode === 'enforce') blockingWorkloads.add(key);
    }
  }
  const byMode = Object.fromEntries(
    MODES.map((mode) => [mode, { problems: perMode[mode].problems, workloads: perMode[mode].workloads.size }]),
  ) as Record<Mode, ModeCounts>;
  return {
    workloads: all.size,
    passed: all.size - blockingWorkloads.size,
    failed: blockingWorkloads.size,
    problems: counted,
    blocking,
    workloadsWithProblems: withProblems.size,
    byMode,
    suppressed,
    upcoming,
    errors: result.errors.length,
    notices: result.notices.length,
  };
}
