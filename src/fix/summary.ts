/**
 * What `podsec fix` says after planning: how many problems the edits clear, which remain and why, and for
 * what only a behaviour change would clear, the honest alternatives with the exact YAML. Pure.
 */
import type { Finding } from '../findings/types.js';
import type { CheckId, Level } from '../policy/types.js';
import { groupByKey, groupsByKey } from '../util/group-by.js';
import type { FixResult, WorkloadFix } from './engine.js';
import { BEHAVIOUR_REASON } from './engine.js';

/** A problem: one workload failing one check (however many modes or levels report it). */
function problemKey(fix: WorkloadFix, check: CheckId): string {
  return [fix.target.path, fix.kind, fix.namespace, fix.name, fix.part ?? '', check].join('\u0000');
}

export interface FixCounts {
  readonly cleared: number;
  readonly remaining: number;
  /** Problems that are left only because a behaviour change was not allowed. */
  readonly needBehaviourChange: number;
}

export function countProblems(result: FixResult): FixCounts {
  const cleared = new Set<string>();
  const remaining = new Set<string>();
  const behaviour = new Set<string>();
  for (const fix of result.workloads) {
    for (const finding of fix.cleared) cleared.add(problemKey(fix, finding.check));
    for (const { finding, why } of fix.remaining) {
      remaining.add(problemKey(fix, finding.check));
      if (why === BEHAVIOUR_REASON) behaviour.add(problemKey(fix, finding.check));
    }
  }
  for (const key of remaining) cleared.delete(key);
  return { cleared: cleared.size, remaining: remaining.size, needBehaviourChange: behaviour.size };
}

/** A workload and the checks only a behaviour change clears for it (or cleared, when one was allowed). */
export interface BehaviourNeed {
  readonly fix: WorkloadFix;
  readonly checks: readonly CheckId[];
}

/** Namespaces written out as YAML in full; the rest are named in one comment line per level. */
const NAMESPACE_DOCUMENTS_SHOWN = 3;
/** Up to this many relaxations are written in block style; more are written one flow-style line each. */
const RELAXATIONS_IN_BLOCK_STYLE = 3;

/**
 * The alternatives to a behaviour change, with the YAML to add: a lower namespace level, a PSA exemption, a
 * relaxation. Said once for every workload that needs one, not once per workload: a namespace is written once
 * (at the strictest level all of its workloads pass without the change), and workloads of one kind and namespace that need the same
 * checks share one relaxation.
 */
export function behaviourAlternatives(needs: readonly BehaviourNeed[]): string {
  const [first] = needs;
  if (first === undefined) return '';
  // A workload planned in several scenarios (values files, overlays) is still one workload.
  const workloads = new Set(needs.map(({ fix }) => [fix.kind, fix.namespace, fix.name].join('\u0000'))).size;
  const one = workloads === 1;
  const levels = new Map<string, Level>();
  for (const { fix } of needs) {
    if (levels.get(fix.namespace) !== 'privileged')
      levels.set(fix.namespace, fix.levelWithoutBehaviourChange ?? 'privileged');
  }
  const namespaces = [...levels.keys()];
  const lines = [
    one
      ? `  Instead of changing ${first.fix.kind} ${first.fix.name}'s behaviour, either:`
      : `  Instead of changing these ${workloads} workloads' behaviour, either:`,
    `  - run ${one ? 'it' : 'them'} in ${namespaces.length === 1 ? 'a namespace' : 'namespaces'} at a lower level (only workloads that need it there):`,
  ];
  namespaces.slice(0, NAMESPACE_DOCUMENTS_SHOWN).forEach((namespace, index) => {
    if (index > 0) lines.push('      ---');
    lines.push(
      '      apiVersion: v1',
      '      kind: Namespace',
      '      metadata:',
      `        name: ${namespace}`,
      '        labels:',
      `          pod-security.kubernetes.io/enforce: ${levels.get(namespace)}`,
    );
  });
  const unshown = groupByKey(namespaces.slice(NAMESPACE_DOCUMENTS_SHOWN), (namespace) => levels.get(namespace));
  for (const [level, names] of unshown) lines.push(`      # and likewise at ${level}: ${names.join(', ')}`);
  lines.push(
    `  - exempt ${namespaces.length === 1 ? 'the namespace' : 'the namespaces'} in the cluster's PodSecurityConfiguration (exemptions.namespaces: [${namespaces.join(', ')}]), or`,
    `  - relax these checks for ${one ? 'it' : 'them'} in .podsec.yaml, with the reason:`,
    '      relaxations:',
  );
  const relaxations = groupsByKey(needs, ({ fix, checks }) => [fix.kind, fix.namespace, ...checks].join('\u0000'));
  for (const group of relaxations) {
    const { fix, checks } = group[0] as BehaviourNeed;
    const names = [...new Set(group.map((need) => need.fix.name))];
    const fields = [
      `checks: [${checks.join(', ')}]`,
      `kinds: [${fix.kind}]`,
      `names: [${names.map((name) => JSON.stringify(name)).join(', ')}]`,
      `namespaces: [${JSON.stringify(fix.namespace)}]`,
      `reason: <why ${names.length === 1 ? 'this workload needs' : 'these workloads need'} it>`,
    ];
    // Many relaxations are easier to read (and to check against the problems above) one line each.
    if (relaxations.length > RELAXATIONS_IN_BLOCK_STYLE) lines.push(`        - { ${fields.join(', ')} }`);
    else lines.push(`        - ${fields[0]}`, ...fields.slice(1).map((field) => `          ${field}`));
  }
  return lines.join('\n');
}

function where(finding: Finding): string {
  return `${finding.file}:${finding.line}`;
}

/** The summary `podsec fix` prints after the diff (or after writing). */
export function renderFixSummary(
  result: FixResult,
  options: { readonly written: boolean; readonly command: string },
): string {
  const counts = countProblems(result);
  const lines: string[] = [];
  const files = result.files.length;
  const verb = options.written ? 'changed' : 'would change';
  lines.push(
    files === 0
      ? 'podsec fix: nothing to change.'
      : `podsec fix: ${verb} ${files} ${files === 1 ? 'file' : 'files'}; the edits clear ${counts.cleared} ${counts.cleared === 1 ? 'problem' : 'problems'}.`,
  );
  for (const error of result.errors) lines.push(`podsec: ${error.file}: ${error.message}`);
  for (const note of result.notes ?? []) lines.push(`note: ${note}`);
  const withRemaining = result.workloads.filter((fix) => fix.remaining.length > 0);
  if (counts.remaining > 0)
    lines.push('', `${counts.remaining} ${counts.remaining === 1 ? 'problem remains' : 'problems remain'}:`);
  const needed: BehaviourNeed[] = [];
  for (const fix of withRemaining) {
    const seen = new Set<CheckId>();
    for (const { finding, why } of fix.remaining) {
      if (seen.has(finding.check)) continue;
      seen.add(finding.check);
      const at = fix.unplaced.find((entry) => entry.reason === why && entry.at)?.at;
      const byHand =
        at && (at.file !== finding.file || at.line !== finding.line) ? ` (edit ${at.file}:${at.line})` : '';
      lines.push(
        `  ${where(finding)} ${fix.kind} ${fix.name}${fix.part ? ` ${fix.part}` : ''}: ${finding.check}: ${why}${byHand}`,
      );
    }
    const behaviour = [...seen].filter((check) =>
      fix.remaining.some((r) => r.finding.check === check && r.why === BEHAVIOUR_REASON),
    );
    if (behaviour.length > 0) needed.push({ fix, checks: behaviour });
  }
  if (needed.length > 0) lines.push(behaviourAlternatives(needed));
  // A behaviour change is never made without the alternatives beside it.
  const changes: BehaviourNeed[] = [];
  for (const fix of result.workloads) {
    const changed = [
      ...new Set(fix.placed.filter((entry) => entry.change.kind === 'behaviour').map((entry) => entry.change.check)),
    ];
    if (changed.length === 0) continue;
    if (changes.length === 0) lines.push('');
    lines.push(
      `${fix.kind} ${fix.name}: ${options.written ? 'changed' : 'changes'} behaviour for ${changed.join(', ')}.`,
    );
    changes.push({ fix, checks: changed });
  }
  if (changes.length > 0) lines.push(behaviourAlternatives(changes));
  if (!options.written && files > 0) lines.push('', `Apply with: ${options.command}`);
  return `${lines.join('\n')}\n`;
}
