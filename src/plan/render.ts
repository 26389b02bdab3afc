/** The rollout plan as terminal text, Markdown (the `podsec plan` page and a job summary section) and JSON. Pure. */
import { formatLocation, plural, printable } from '../report/common.js';
import { cell, escapeInline } from '../report/summary.js';
import { MAX_EDITED_BLOCKERS } from './fixes.js';
import type { NamespacePlan, PlanBlocker, PlanEditKind, PlanProblem, PlanWorkload, RolloutPlan } from './types.js';

function workloadName(workload: PlanWorkload): string {
  const name = workload.name === '' ? '(unnamed)' : workload.name;
  return workload.part === undefined ? `${workload.kind} ${name}` : `${workload.kind} ${name} ${workload.part}`;
}

function policyText(policy: { level: string; version: string }): string {
  return `${policy.level}:${policy.version}`;
}

/** One line saying where the namespace stands. */
export function namespaceHeadline(plan: NamespacePlan): string {
  if (plan.exempt) return 'exempt from Pod Security (exemptions.namespaces): labels have no effect here';
  if (plan.workloads.length === 0) return `no workloads in the scanned files; every level passes`;
  const next =
    plan.next === undefined
      ? ''
      : `; ${plural(plan.blockers.length, 'workload')} ${plan.blockers.length === 1 ? 'blocks' : 'block'} ${plan.next}`;
  return `enforce can be ${policyText(plan.passes)} today${next}`;
}

const EDIT_KIND: Readonly<Record<PlanEditKind, string>> = {
  safe: 'safe',
  'changes-behaviour': 'changes behaviour: it takes away something the workload asks for',
};

/** The fix of one problem: where the engine's edit changes it, else the check's advice. */
function problemFix(problem: PlanProblem): string {
  if (problem.edit === undefined) return problem.fix;
  const kind = problem.edit.kind === 'safe' ? 'safe edit' : 'edit that changes behaviour';
  return `${kind} at ${formatLocation(problem.edit.file, problem.edit.line)} (below)`;
}

/** The lines of a blocker's combined edit, `indent`ed, each file's unified diff as it is. */
function editLines(blocker: PlanBlocker, indent: string): string[] {
  if (blocker.edit === undefined) return [];
  const lines = [`${indent}edit (${EDIT_KIND[blocker.edit.kind]}):`];
  for (const file of blocker.edit.files)
    for (const line of file.diff.replace(/\n$/, '').split('\n')) lines.push(`${indent}  ${printable(line)}`);
  return lines;
}

/** Said when the plan has more blocking workloads than it plans edits for. */
function editsLeftOutNote(count: number): string {
  return `The fix engine's edits are shown for the first ${MAX_EDITED_BLOCKERS} blocking workloads; ${plural(count, 'other')} ${count === 1 ? 'has' : 'have'} the checks' advice only.`;
}

/** Why problems that do not block a level are left out. */
const NOT_COUNTED_NOTE =
  'Relaxations are podsec settings: Pod Security Admission does not know them, so these pods are still rejected at a level they fail unless the cluster exempts them.';

export function renderPlanText(plan: RolloutPlan): string {
  const lines: string[] = [
    `Rollout plan: ${plural(plan.namespaces.length, 'namespace')}, labels pinned to ${plan.version}`,
  ];
  if (plan.editsLeftOut !== undefined) lines.push(editsLeftOutNote(plan.editsLeftOut));
  for (const ns of plan.namespaces) {
    lines.push(
      '',
      `namespace ${printable(ns.name)} (${plural(ns.workloads.length, 'workload')}): ${namespaceHeadline(ns)}`,
    );
    for (const workload of ns.workloads)
      lines.push(
        `  - ${printable(workloadName(workload))} (${printable(formatLocation(workload.file, workload.line))})`,
      );
    if (ns.blockers.length > 0) {
      lines.push(`  blocks ${ns.next}:`);
      for (const blocker of ns.blockers) {
        lines.push(`    ${printable(workloadName(blocker.workload))}`);
        for (const problem of blocker.problems) {
          lines.push(
            `      ${problem.check}: ${printable(problem.detail)} (${printable(formatLocation(problem.file, problem.line))})`,
          );
          const fix = problemFix(problem);
          if (fix !== '') lines.push(`        fix: ${printable(fix)}`);
        }
        lines.push(...editLines(blocker, '      '));
      }
    }
    if (ns.notCounted.length > 0) {
      lines.push('  not counted (exempted or relaxed):');
      for (const entry of ns.notCounted) {
        lines.push(
          `    ${printable(workloadName(entry.workload))}: ${entry.check} at ${entry.level} (${entry.suppressed.source}: ${printable(entry.suppressed.reason)})`,
        );
      }
      if (ns.notCounted.some((entry) => entry.suppressed.source !== 'exemption')) lines.push(`    ${NOT_COUNTED_NOTE}`);
    }
    if (ns.existing !== undefined) {
      const from =
        ns.existing.from === 'config' ? 'config' : formatLocation(ns.existing.from.file, ns.existing.from.line);
      lines.push(`  existing labels (${printable(from)}): ${printable(ns.existing.summary)}`);
      for (const workload of ns.existing.rejects) lines.push(`    rejected: ${printable(workloadName(workload))}`);
    }
    const rec = ns.recommendation;
    if (rec !== undefined) {
      lines.push(
        `  recommended: enforce=${policyText(rec.enforce)} warn=${policyText(rec.warn)} audit=${policyText(rec.audit)}`,
      );
      if (rec.command !== undefined) lines.push(`    ${rec.command}`);
      else lines.push('    (not a valid namespace name: no kubectl command)');
      lines.push('    Namespace manifest:', ...rec.manifest.split('\n').map((line) => `      ${printable(line)}`));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A fenced block whose fence is longer than any run of backticks in the text. */
function fenced(text: string, language: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${text}\n${fence}`;
}

/**
 * The plan as Markdown. `headingLevel` 2 for a page of its own (`podsec plan -o markdown`), 3 for a
 * section of the job summary.
 */
export function renderPlanMarkdown(
  plan: RolloutPlan,
  headingLevel: 2 | 3 = 2,
  options: { readonly tableOnly?: boolean } = {},
): string {
  const h = '#'.repeat(headingLevel);
  const out: string[] = [
    `${h} Pod Security rollout plan`,
    '',
    `Labels pinned to \`${plan.version}\`. Enforce what passes today; warn and audit at the next level, so its violations show up before it is enforced.`,
    '',
  ];
  if (plan.editsLeftOut !== undefined) out.push(editsLeftOutNote(plan.editsLeftOut), '');
  out.push(
    '| Namespace | Workloads | Enforce today | Blocks the next level | Existing labels |',
    '| --- | ---: | --- | --- | --- |',
  );
  for (const ns of plan.namespaces) {
    const today = ns.exempt ? 'exempt' : `\`${policyText(ns.passes)}\``;
    const blocks = ns.next === undefined || ns.exempt ? '' : `${ns.next}: ${plural(ns.blockers.length, 'workload')}`;
    out.push(
      `| ${cell(ns.name)} | ${ns.workloads.length} | ${today} | ${blocks} | ${ns.existing === undefined ? '' : cell(ns.existing.summary)} |`,
    );
  }
  if (options.tableOnly === true) {
    out.push(
      '',
      'The plan of each namespace (blockers, labels, commands) is too long for this page: run `podsec plan` or read the `plan` field of the JSON report.',
    );
    return `${out.join('\n')}\n`;
  }
  for (const ns of plan.namespaces) {
    out.push('', `${h}# Namespace ${escapeInline(ns.name)}`, '', `${escapeInline(namespaceHeadline(ns))}.`, '');
    if (ns.blockers.length > 0) {
      out.push(
        `What blocks ${ns.next}:`,
        '',
        '| Workload | Check | Problem | Where | Fix |',
        '| --- | --- | --- | --- | --- |',
      );
      for (const blocker of ns.blockers) {
        for (const problem of blocker.problems) {
          out.push(
            `| ${cell(workloadName(blocker.workload))} | ${problem.check} | ${cell(problem.detail)} | ${cell(formatLocation(problem.file, problem.line))} | ${cell(problemFix(problem))} |`,
          );
        }
      }
      out.push('');
      for (const blocker of ns.blockers) {
        if (blocker.edit === undefined) continue;
        const diff = blocker.edit.files.map((file) => file.diff.replace(/\n$/, '')).join('\n');
        out.push(
          `<details><summary>Edit for ${escapeInline(workloadName(blocker.workload))} (${EDIT_KIND[blocker.edit.kind]})</summary>`,
          '',
          fenced(diff, 'diff'),
          '',
          '</details>',
          '',
        );
      }
    }
    if (ns.notCounted.length > 0) {
      out.push('Not counted (exempted or relaxed):', '');
      for (const entry of ns.notCounted)
        out.push(
          `- ${escapeInline(workloadName(entry.workload))}: ${entry.check} at ${entry.level} (${entry.suppressed.source}: ${escapeInline(entry.suppressed.reason)})`,
        );
      if (ns.notCounted.some((entry) => entry.suppressed.source !== 'exemption')) out.push('', NOT_COUNTED_NOTE);
      out.push('');
    }
    if (ns.existing !== undefined) {
      const from =
        ns.existing.from === 'config' ? 'the config' : formatLocation(ns.existing.from.file, ns.existing.from.line);
      out.push(`Existing labels (${escapeInline(from)}): **${escapeInline(ns.existing.summary)}**.`);
      for (const workload of ns.existing.rejects) out.push(`- rejected: ${escapeInline(workloadName(workload))}`);
      out.push('');
    }
    const rec = ns.recommendation;
    if (rec !== undefined) {
      out.push(
        `Recommended: enforce \`${policyText(rec.enforce)}\`, warn \`${policyText(rec.warn)}\`, audit \`${policyText(rec.audit)}\`.`,
        '',
      );
      if (rec.command !== undefined) out.push(fenced(rec.command, 'sh'), '');
      out.push(fenced(rec.manifest, 'yaml'), '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
