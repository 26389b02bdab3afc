/**
 * What makes two findings "the same problem" from one scan to the next. Line numbers, columns, file
 * paths and the policy level are left out on purpose: inserted lines, a reformatted values file or a moved
 * template must not turn an existing problem into a new one. What is kept:
 * - the workload: kind, namespace, name (and the pod part for objects with several pods);
 * - the check id;
 * - the subject: upstream's detail text, which names the containers, volumes or pod fields at fault and
 *   the offending values (`containers "app", "sidecar" must set ...`). The same check failing for another
 *   container, or for one more, changes it, so that problem is new;
 * - the targets (chart, overlay or manifest paths) it was seen in; see `sameTargets` for renames.
 */

/** The fields of a finding a baseline needs: what a JSON report keeps of each one. */
export interface ProblemFields {
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly part?: string | undefined;
  readonly check: string;
  readonly detail: string;
}

/** One problem of a baseline, with the target paths it was seen in. */
export interface BaselineProblem extends ProblemFields {
  /** Paths of the charts, overlays or manifest files the problem was seen in. */
  readonly targets: readonly string[];
}

/** The identity of a problem without its targets. */
export function problemKey(problem: ProblemFields): string {
  return JSON.stringify([
    problem.kind,
    problem.namespace,
    problem.name,
    problem.part ?? '',
    problem.check,
    problem.detail,
  ]);
}

/**
 * Whether a problem seen in `current` targets is the one seen in `previous` targets. The same target path
 * matches. A target that was renamed or moved (a chart folder renamed, an overlay moved) matches too: a
 * current target the earlier scan did not have, against an earlier target the current scan no longer has.
 * A workload rendered by two targets that both still exist stays two problems.
 */
export function sameTargets(
  current: readonly string[],
  previous: readonly string[],
  scans: { readonly currentTargets: ReadonlySet<string>; readonly previousTargets: ReadonlySet<string> },
): boolean {
  if (current.length === 0 && previous.length === 0) return true;
  if (current.some((path) => previous.includes(path))) return true;
  const added = current.some((path) => !scans.previousTargets.has(path));
  const gone = previous.some((path) => !scans.currentTargets.has(path));
  return added && gone;
}
