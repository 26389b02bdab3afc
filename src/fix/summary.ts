/**
 * What `podsec fix` says after planning: how many problems the edits clear, which remain and why, and for
 * what only a behaviour change would clear, the honest alternatives with the exact YAML. Pure.
 */
import type { Finding } from '../findings/types.js';
import type { CheckId } from '../policy/types.js';
import type { FixResult, WorkloadFix } from './engine.js';
import { BEHAVIOUR_REASON, fixKindOf } from './engine.js';

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

/** The alternatives to a behaviour change, with the YAML to add: a lower namespace level, a PSA exemption, a relaxation. */
export function behaviourAlternatives(fix: WorkloadFix, checks: readonly CheckId[]): string {
  const lower = checks.every((check) => fixKindOf(check) === 'behaviour' && isRestrictedOnly(check))
    ? 'baseline'
    : 'privileged';
  return [
    `  Instead of changing ${fix.kind} ${fix.name}'s behaviour, either:`,
    `  - run it in a namespace at a lower level (only workloads that need it there):`,
    '      apiVersion: v1',
    '      kind: Namespace',
    '      metadata:',
    `        name: ${fix.namespace}`,
    '        labels:',
    `          pod-security.kubernetes.io/enforce: ${lower}`,
    `  - exempt the namespace in the cluster's PodSecurityConfiguration (exemptions.namespaces: [${fix.namespace}]), or`,
    '  - relax these checks for it in .podsec.yaml, with the reason:',
    '      relaxations:',
    `        - checks: [${checks.join(', ')}]`,
    `          kinds: [${fix.kind}]`,
    `          names: [${JSON.stringify(fix.name)}]`,
    `          namespaces: [${JSON.stringify(fix.namespace)}]`,
    '          reason: <why this workload needs it>',
  ].join('\n');
}

const RESTRICTED_ONLY: ReadonlySet<CheckId> = new Set([
  'capabilities_restricted',
  'runAsUser',
  'restrictedVolumes',
  'procMount_restricted',
]);
function isRestrictedOnly(check: CheckId): boolean {
  return RESTRICTED_ONLY.has(check);
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
    if (behaviour.length > 0) lines.push(behaviourAlternatives(fix, behaviour));
  }
  // A behaviour change is never made without the alternatives beside it.
  for (const fix of result.workloads) {
    const changed = [
      ...new Set(fix.placed.filter((entry) => entry.change.kind === 'behaviour').map((entry) => entry.change.check)),
    ];
    if (changed.length === 0) continue;
    lines.push(
      '',
      `${fix.kind} ${fix.name}: ${options.written ? 'changed' : 'changes'} behaviour for ${changed.join(', ')}.`,
      behaviourAlternatives(fix, changed),
    );
  }
  if (!options.written && files > 0) lines.push('', `Apply with: ${options.command}`);
  return `${lines.join('\n')}\n`;
}
