/**
 * Reads a rollout plan back from a JSON report (its `plan` field), for the action's publish step: the report
 * comes from the scan step's artifact, so it is untrusted like the rest of it. Every field is checked and
 * unknown ones are dropped. The recommendation is not read but made again from the namespace, the level it
 * passes and the version, so a `kubectl` command or a Namespace manifest in the summary is always podsec's
 * own, never text from the artifact.
 */
import { isCheckId } from '../findings/check-order.js';
import type { Suppression } from '../findings/types.js';
import { LEVELS, type CheckId, type Level } from '../policy/types.js';
import { arr, fail, int, LIMITS, obj, oneOf, optStr, relPath, str } from '../report/untrusted.js';
import { recommend } from './build.js';
import type {
  NamespacePlan,
  PlanBlocker,
  PlanEdit,
  PlanEditKind,
  PlanExistingLabels,
  PlanNotCounted,
  PlanPolicy,
  PlanProblem,
  PlanWorkload,
  RolloutPlan,
} from './types.js';

const SEEN_IN: readonly NamespacePlan['seenIn'][number][] = ['workloads', 'manifest', 'config', 'exemption'];
const EDIT_KINDS: readonly PlanEditKind[] = ['safe', 'changes-behaviour'];
const VERDICTS: readonly PlanExistingLabels['verdict'][] = ['too-strict', 'too-loose', 'matches'];
const SUPPRESSION_SOURCES: readonly Suppression['source'][] = ['exemption', 'config', 'annotation', 'baseline'];
/** A unified diff of one file's fix is small; a larger one is refused. */
const MAX_DIFF = 256 * 1024;

/** The `plan` field of a report; undefined when there is none. Throws `Invalid` naming the bad field. */
export function readPlan(value: unknown): RolloutPlan | undefined {
  if (value === undefined) return undefined;
  const o = obj(value, 'plan');
  const version = str(o['version'], 'plan.version', 32);
  const editsLeftOut =
    o['editsLeftOut'] === undefined ? undefined : int(o['editsLeftOut'], 'plan.editsLeftOut', 1, LIMITS.items);
  return {
    version,
    ...(editsLeftOut !== undefined ? { editsLeftOut } : {}),
    namespaces: arr(o['namespaces'], 'plan.namespaces').map((item, i) => namespacePlan(item, `plan.namespaces[${i}]`)),
  };
}

function namespacePlan(value: unknown, where: string): NamespacePlan {
  const o = obj(value, where);
  const name = str(o['name'], `${where}.name`, 512);
  if (typeof o['exempt'] !== 'boolean') fail(`${where}.exempt`, 'true or false');
  const exempt = o['exempt'];
  const passes = policy(o['passes'], `${where}.passes`);
  const next = o['next'] === undefined ? undefined : level(o['next'], `${where}.next`);
  const existing = o['existing'] === undefined ? undefined : existingLabels(o['existing'], `${where}.existing`);
  return {
    name,
    seenIn: arr(o['seenIn'], `${where}.seenIn`, SEEN_IN.length).map((item, i) =>
      oneOf(item, SEEN_IN, `${where}.seenIn[${i}]`),
    ),
    workloads: arr(o['workloads'], `${where}.workloads`).map((item, i) => workload(item, `${where}.workloads[${i}]`)),
    exempt,
    passes,
    ...(next !== undefined ? { next } : {}),
    blockers: arr(o['blockers'], `${where}.blockers`).map((item, i) => blocker(item, `${where}.blockers[${i}]`)),
    notCounted: arr(o['notCounted'], `${where}.notCounted`).map((item, i) =>
      notCounted(item, `${where}.notCounted[${i}]`),
    ),
    ...(exempt ? {} : { recommendation: recommend(name, passes.level, passes.version) }),
    ...(existing !== undefined ? { existing } : {}),
  };
}

function level(value: unknown, where: string): Level {
  return oneOf<Level>(value, LEVELS, where);
}

function policy(value: unknown, where: string): PlanPolicy {
  const o = obj(value, where);
  const version = str(o['version'], `${where}.version`, 32);
  if (!/^(latest|v1\.\d{1,3})$/.test(version)) fail(`${where}.version`, 'latest or v1.N');
  return { level: level(o['level'], `${where}.level`), version };
}

function line(value: unknown, where: string): number {
  return int(value, where, 1, LIMITS.line);
}

function check(value: unknown, where: string): CheckId {
  const text = str(value, where, 64);
  if (!isCheckId(text)) fail(where, 'an upstream check id');
  return text;
}

function workload(value: unknown, where: string): PlanWorkload {
  const o = obj(value, where);
  const part = optStr(o['part'], `${where}.part`);
  return {
    kind: str(o['kind'], `${where}.kind`, 512),
    name: str(o['name'], `${where}.name`, 512),
    ...(part !== undefined ? { part } : {}),
    file: relPath(o['file'], `${where}.file`),
    line: line(o['line'], `${where}.line`),
    targets: arr(o['targets'], `${where}.targets`, 1000).map((item, i) => str(item, `${where}.targets[${i}]`, 4096)),
  };
}

function problem(value: unknown, where: string): PlanProblem {
  const o = obj(value, where);
  const editValue = o['edit'] === undefined ? undefined : obj(o['edit'], `${where}.edit`);
  return {
    check: check(o['check'], `${where}.check`),
    detail: str(o['detail'], `${where}.detail`),
    file: relPath(o['file'], `${where}.file`),
    line: line(o['line'], `${where}.line`),
    fix: str(o['fix'], `${where}.fix`),
    ...(editValue !== undefined
      ? {
          edit: {
            kind: oneOf(editValue['kind'], EDIT_KINDS, `${where}.edit.kind`),
            file: relPath(editValue['file'], `${where}.edit.file`),
            line: line(editValue['line'], `${where}.edit.line`),
          },
        }
      : {}),
  };
}

function edit(value: unknown, where: string): PlanEdit {
  const o = obj(value, where);
  return {
    kind: oneOf(o['kind'], EDIT_KINDS, `${where}.kind`),
    files: arr(o['files'], `${where}.files`, 100).map((item, i) => {
      const file = obj(item, `${where}.files[${i}]`);
      const name = relPath(file['file'], `${where}.files[${i}].file`);
      const diff = str(file['diff'], `${where}.files[${i}].diff`, MAX_DIFF);
      // The diff must be of the file it says it is.
      if (!diff.startsWith(`--- a/${name}\n+++ b/${name}\n`) && !diff.startsWith(`--- /dev/null\n+++ b/${name}\n`))
        fail(`${where}.files[${i}].diff`, `a unified diff of ${name}`);
      return { file: name, line: line(file['line'], `${where}.files[${i}].line`), diff };
    }),
  };
}

function blocker(value: unknown, where: string): PlanBlocker {
  const o = obj(value, where);
  return {
    workload: workload(o['workload'], `${where}.workload`),
    problems: arr(o['problems'], `${where}.problems`, 64).map((item, i) => problem(item, `${where}.problems[${i}]`)),
    ...(o['edit'] !== undefined ? { edit: edit(o['edit'], `${where}.edit`) } : {}),
  };
}

function notCounted(value: unknown, where: string): PlanNotCounted {
  const o = obj(value, where);
  const suppressed = obj(o['suppressed'], `${where}.suppressed`);
  const expires = optStr(suppressed['expires'], `${where}.suppressed.expires`);
  return {
    workload: workload(o['workload'], `${where}.workload`),
    check: check(o['check'], `${where}.check`),
    level: level(o['level'], `${where}.level`),
    suppressed: {
      reason: str(suppressed['reason'], `${where}.suppressed.reason`),
      source: oneOf(suppressed['source'], SUPPRESSION_SOURCES, `${where}.suppressed.source`),
      ...(expires !== undefined ? { expires } : {}),
    },
  };
}

function labels(value: unknown, where: string): Record<string, string> {
  const o = obj(value, where);
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(o).slice(0, 16))
    out[str(key, `${where} key`, 253)] = str(text, `${where}.${key}`, 63);
  return out;
}

function existingLabels(value: unknown, where: string): PlanExistingLabels {
  const o = obj(value, where);
  const fromValue = o['from'];
  let from: PlanExistingLabels['from'];
  if (fromValue === 'config') from = 'config';
  else {
    const at = obj(fromValue, `${where}.from`);
    from = {
      file: relPath(at['file'], `${where}.from.file`),
      ...(at['line'] !== undefined ? { line: line(at['line'], `${where}.from.line`) } : {}),
    };
  }
  return {
    from,
    labels: labels(o['labels'], `${where}.labels`),
    enforce: policy(o['enforce'], `${where}.enforce`),
    rejects: arr(o['rejects'], `${where}.rejects`).map((item, i) => workload(item, `${where}.rejects[${i}]`)),
    verdict: oneOf(o['verdict'], VERDICTS, `${where}.verdict`),
    summary: str(o['summary'], `${where}.summary`, 512),
  };
}
