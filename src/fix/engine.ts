/**
 * The fix engine: failing workloads + their findings + the source texts → edits to the files a person owns.
 * Pure: files are read through {@link SourceFiles}; nothing is written here.
 *
 * Per workload: the strictest level among the modes it fails is planned once (plan.ts), so one fix clears
 * enforce, warn and audit together. Each change is then placed where the field comes from:
 * - plain manifests: the manifest;
 * - Helm: the values file key the template prints (never a values file of a dependency under `charts/`);
 * - kustomize: the patch or resource file inside the overlay that sets the field, else a new
 *   strategic-merge patch in the overlay, added to its `patches`.
 * Changes that cannot be placed are reported with the place to edit by hand.
 */
import { stringify } from 'yaml';
import { effectiveNamespace, type AssessItem } from '../findings/assess.js';
import type { Finding, TargetRef } from '../findings/types.js';
import type { RepoLocation } from '../manifests/types.js';
import type { CheckId, FieldPath, Level } from '../policy/types.js';
import { LEVELS } from '../policy/types.js';
import { parseVersion } from '../policy/version.js';
import { objectPath } from '../workloads/extract.js';
import type { Workload } from '../workloads/types.js';
import { podEvaluator } from '../policy/evaluate.js';
import { applyChange, applyChanges, planPod, type FieldChange, type FixKind, type PodPlan } from './plan.js';
import { kustomizeUses, type KustomizeUses } from './kustomize-use.js';
import {
  helperSites,
  helperUnderKey,
  keySource,
  subchartChain,
  valuesFieldPath,
  type HelperBody,
  type TemplateFiles,
} from './helm-template.js';
import {
  blockLines,
  detectStyle,
  documentAt,
  documentsToRead,
  editYamlFilePieces,
  parseDocuments,
  replaceScalarAt,
  YamlEditError,
  type YamlChange,
} from './yaml-edit.js';
import { compareStrings } from '../util/compare.js';
import { itemAt } from '../util/item-at.js';

/** Reads a file of the scanned repository by its display path; undefined when it cannot be read. */
export interface SourceFiles {
  read(file: string): string | undefined;
  /** The files directly in a folder, as display paths; optional (helpers are then looked for in `_helpers.tpl`). */
  list?(folder: string): readonly string[];
  /**
   * The folders of every kustomization in the repository, as display paths; optional (then only the scanned
   * ones count when deciding whether a file another overlay builds may be edited in place).
   */
  kustomizations?(): readonly string[];
}

export interface FixOptions {
  /** Also make changes that remove what a workload asks for (privileged, host namespaces, …). */
  readonly allowBehaviourChange: boolean;
}

/** One file's text before and after the edits; `before` is undefined for a new file. */
export interface FileChange {
  readonly file: string;
  readonly before: string | undefined;
  readonly after: string;
}

/** A change that could not be made automatically, and where to make it by hand. */
export interface UnplacedChange {
  readonly change: FieldChange;
  readonly reason: string;
  readonly at?: RepoLocation;
}

/** What the engine did for one failing workload. */
export interface WorkloadFix {
  readonly target: TargetRef;
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly part?: string;
  /** The level planned for: the strictest among the failing modes. */
  readonly level: Level;
  readonly version: string;
  /** Object-relative changes made, with the file each went to. */
  readonly placed: readonly { readonly change: FieldChange; readonly path: FieldPath; readonly file: string }[];
  readonly unplaced: readonly UnplacedChange[];
  /** Findings the placed changes clear. */
  readonly cleared: readonly Finding[];
  /** Findings left, with the reason. */
  readonly remaining: readonly { readonly finding: Finding; readonly why: string }[];
  /** Files this workload's changes went to. */
  readonly files: readonly string[];
  /**
   * For a workload that needs (or made) a behaviour change: the strictest level it passes with its safe changes
   * only, the level its namespace could enforce instead of the behaviour change.
   */
  readonly levelWithoutBehaviourChange?: Exclude<Level, 'restricted'>;
}

export interface FixResult {
  readonly files: FileChange[];
  readonly workloads: WorkloadFix[];
  /** Files whose edits could not be made (the workloads' changes there count as unplaced). */
  readonly errors: { readonly file: string; readonly message: string }[];
  /** Why a fix went where it did when the first choice was not taken (a shared helper left alone). */
  readonly notes?: readonly string[];
}

export interface FixInput {
  readonly items: readonly AssessItem[];
  readonly findings: readonly Finding[];
  readonly files: SourceFiles;
  readonly options: FixOptions;
}

/** The identity shared by a workload and its findings. */
function workloadKey(target: string, kind: string, namespace: string, name: string, part: string | undefined): string {
  return [target, kind, namespace, name, part ?? ''].join('\u0000');
}

/** A pending edit of one document of one file. */
interface PendingEdit {
  readonly file: string;
  readonly docIndex: number;
  readonly change: YamlChange;
  readonly owner: number;
  /** The container (`containers/1`) or `pod` the change is for, and the placed entry it makes. */
  readonly user?: string;
  readonly entry?: WorkloadFix['placed'][number];
  /** Lines for a helper's body, and the edit at its include to make instead when the helper cannot be changed. */
  readonly helper?: {
    readonly name: string;
    readonly site: string;
    readonly fallback: Omit<PendingEdit, 'owner' | 'helper'>;
  };
}

/** The kind of fix a check needs: safe checks never need a behaviour change. */
export function fixKindOf(check: CheckId): FixKind {
  return SAFE_CHECKS.has(check) ? 'safe' : 'behaviour';
}
const SAFE_CHECKS: ReadonlySet<CheckId> = new Set([
  'allowPrivilegeEscalation',
  'runAsNonRoot',
  'seccompProfile_restricted',
  'seccompProfile_baseline',
  'appArmorProfile',
]);

/** Why a problem is left when only a behaviour change would clear it. */
export const BEHAVIOUR_REASON = 'needs a change in behaviour (--allow-behaviour-change)';

/** Baseline checks and the restricted check planned in their place (a restricted plan clears both or neither). */
const OVERRIDDEN_BY: Partial<Record<CheckId, CheckId>> = {
  capabilities_baseline: 'capabilities_restricted',
  hostPathVolumes: 'restrictedVolumes',
  seccompProfile_baseline: 'seccompProfile_restricted',
  procMount: 'procMount_restricted',
};

/** Plans and places fixes for every failing workload. */
export function planFixes(input: FixInput): FixResult {
  const findingsByWorkload = new Map<string, Finding[]>();
  for (const finding of input.findings) {
    if (finding.suppressed || finding.upcoming) continue;
    for (const target of finding.targets) {
      const key = workloadKey(target.path, finding.kind, finding.namespace, finding.name, finding.part);
      const list = findingsByWorkload.get(key) ?? [];
      if (!list.includes(finding)) list.push(finding);
      findingsByWorkload.set(key, list);
    }
  }
  const edits: PendingEdit[] = [];
  const newPatches: NewPatches = new Map();
  const scannedOverlays = input.items
    .filter((item) => item.targetRef.kind === 'kustomize')
    .map((item) => item.targetRef.path.replace(/\/$/, ''));
  const uses = kustomizeUses(input.files, [
    ...new Set([...scannedOverlays, ...(scannedOverlays.length > 0 ? (input.files.kustomizations?.() ?? []) : [])]),
  ]);
  const drafts: {
    item: AssessItem;
    findings: Finding[];
    level: Level;
    version: string;
    placed: WorkloadFix['placed'][number][];
    unplaced: UnplacedChange[];
    needBehaviourChange: readonly CheckId[];
    plan: PodPlan;
  }[] = [];
  const seen = new Set<string>();
  for (const item of input.items) {
    const { workload, targetRef } = item;
    const namespace = effectiveNamespace(workload, item.defaultNamespace);
    const key = workloadKey(targetRef.path, workload.kind, namespace, workload.name, workload.part);
    // Only the findings of this render: Helm scenarios of one chart render the same workload differently.
    const findings = findingsByWorkload
      .get(key)
      ?.filter((finding) =>
        finding.targets.some(
          (target) =>
            target.path === targetRef.path &&
            (targetRef.scenarios.length === 0 ||
              targetRef.scenarios.some((scenario) => target.scenarios.includes(scenario))),
        ),
      );
    if (!findings || findings.length === 0) continue;
    // Helm scenarios render the same workload more than once; each render is planned (values may differ).
    const strictest = findings.reduce((best, finding) =>
      LEVELS.indexOf(finding.level) > LEVELS.indexOf(best.level) ? finding : best,
    );
    const version = parseVersion(strictest.version);
    if (!version) continue;
    const plan = planPod(workload.pod, strictest.level, version, input.options.allowBehaviourChange);
    const owner = drafts.length;
    const draft = {
      item,
      findings,
      level: strictest.level,
      version: strictest.version,
      placed: [] as WorkloadFix['placed'][number][],
      unplaced: [] as UnplacedChange[],
      needBehaviourChange: plan.needBehaviourChange,
      plan,
    };
    drafts.push(draft);
    const scenarioKey = `${key}\u0000${targetRef.scenarios.join(',')}`;
    if (seen.has(scenarioKey)) continue;
    seen.add(scenarioKey);
    for (const change of placeFallbacks(workload, plan.changes, input.files, targetRef)) {
      const placed = placeChange(workload, change, targetRef, input.files, newPatches, uses);
      if ('reason' in placed) draft.unplaced.push(placed);
      else {
        const entry = {
          change,
          path: objectPath(workload, change.path),
          file: placed.newFile ?? placed.edits[0]?.file ?? '',
        };
        const user = userOf(change);
        // Written out, not spread: a file of thousands of workloads makes this object once per change.
        for (const edit of placed.edits)
          edits.push({
            file: edit.file,
            docIndex: edit.docIndex,
            change: edit.change,
            ...(edit.helper === undefined ? {} : { helper: edit.helper }),
            owner,
            user,
            entry,
          });
        draft.placed.push(entry);
      }
    }
  }

  const notes: string[] = [];
  settleHelperEdits(edits, drafts, input.files, notes);
  settleSharedLines(edits, drafts);
  const newFiles = new Map([...newPatches].map(([file, patch]) => [file, stringify(patch)]));
  const { files, errors, failedFiles } = applyEdits(edits, input.files, newFiles);
  const workloads = drafts.map((draft): WorkloadFix => {
    const placed = draft.placed.filter((entry) => !failedFiles.has(entry.file));
    const unplaced = [
      ...draft.unplaced,
      ...draft.placed
        .filter((entry) => failedFiles.has(entry.file))
        .map((entry) => ({
          change: entry.change,
          reason: `${entry.file} could not be edited: ${failedFiles.get(entry.file) ?? ''}`,
        })),
    ];
    // Each finding is judged at its own level: the pod with only the changes that were placed, evaluated again
    // (by the plan's own evaluator when every planned change was placed: that pod is the one it planned).
    const placedChanges = placed.map((entry) => entry.change);
    const allPlaced =
      placedChanges.length === draft.plan.changes.length &&
      placedChanges.every((change, index) => change === draft.plan.changes[index]);
    const cleared: Finding[] = [];
    const remaining: { finding: Finding; why: string }[] = [];
    // One evaluator for the workload's findings: the modes of one level share their checks' results.
    const evaluateFixed = allPlaced
      ? draft.plan.evaluateChanged
      : podEvaluator(applyChanges(draft.item.workload.pod, placedChanges));
    for (const finding of draft.findings) {
      const version = parseVersion(finding.version);
      const stillFails =
        version === undefined || evaluateFixed(finding.level, version).some((failure) => failure.id === finding.check);
      if (!stillFails) {
        cleared.push(finding);
        continue;
      }
      const blocked = unplaced.find(
        (entry) => entry.change.check === finding.check || OVERRIDDEN_BY[finding.check] === entry.change.check,
      );
      // A safe check can wait on a behaviour change (allowPrivilegeEscalation next to privileged: true).
      const needsBehaviour =
        !input.options.allowBehaviourChange &&
        (fixKindOf(finding.check) === 'behaviour' || draft.needBehaviourChange.length > 0);
      remaining.push({
        finding,
        why: blocked ? blocked.reason : needsBehaviour ? BEHAVIOUR_REASON : 'no automatic fix for this check',
      });
    }
    const { workload, targetRef } = draft.item;
    const behaviourNeeded =
      remaining.some((entry) => entry.why === BEHAVIOUR_REASON) ||
      placedChanges.some((change) => change.kind === 'behaviour');
    return {
      ...(behaviourNeeded
        ? {
            levelWithoutBehaviourChange: levelWithSafeChanges(
              workload.pod,
              placedChanges.filter((change) => change.kind !== 'behaviour'),
              draft.version,
            ),
          }
        : {}),
      target: targetRef,
      kind: workload.kind,
      namespace: effectiveNamespace(workload, draft.item.defaultNamespace),
      name: workload.name,
      ...(workload.part === undefined ? {} : { part: workload.part }),
      level: draft.level,
      version: draft.version,
      placed,
      unplaced,
      cleared,
      remaining,
      files: [...new Set(placed.map((entry) => entry.file))],
    };
  });
  return { files, workloads: mergeScenarioDuplicates(workloads), errors, notes };
}

/** Baseline when the pod with `safeChanges` passes it at `version`, else privileged. */
function levelWithSafeChanges(
  pod: Workload['pod'],
  safeChanges: readonly FieldChange[],
  version: string,
): Exclude<Level, 'restricted'> {
  const parsed = parseVersion(version);
  if (parsed === undefined) return 'privileged';
  return podEvaluator(applyChanges(pod, safeChanges))('baseline', parsed).length === 0 ? 'baseline' : 'privileged';
}

function lessStrict(
  first: WorkloadFix['levelWithoutBehaviourChange'],
  second: WorkloadFix['levelWithoutBehaviourChange'],
): Pick<WorkloadFix, 'levelWithoutBehaviourChange'> {
  const level = first === 'privileged' || second === 'privileged' ? 'privileged' : (first ?? second);
  return level === undefined ? {} : { levelWithoutBehaviourChange: level };
}

/** One entry per workload: Helm scenarios that render the same workload are merged (left in one = left). */
function mergeScenarioDuplicates(workloads: WorkloadFix[]): WorkloadFix[] {
  const byKey = new Map<string, WorkloadFix>();
  for (const fix of workloads) {
    const key = workloadKey(fix.target.path, fix.kind, fix.namespace, fix.name, fix.part);
    const known = byKey.get(key);
    if (!known) {
      byKey.set(key, fix);
      continue;
    }
    const remaining = [
      ...known.remaining,
      ...fix.remaining.filter((entry) => !known.remaining.some((other) => other.finding === entry.finding)),
    ];
    const left = new Set(remaining.map((entry) => entry.finding));
    byKey.set(key, {
      ...known,
      target: { ...known.target, scenarios: [...new Set([...known.target.scenarios, ...fix.target.scenarios])] },
      placed: [...known.placed, ...fix.placed],
      unplaced: [...known.unplaced, ...fix.unplaced],
      cleared: [...new Set([...known.cleared, ...fix.cleared])].filter((finding) => !left.has(finding)),
      remaining,
      files: [...new Set([...known.files, ...fix.files])],
      // The namespace level must let the workload in as every scenario renders it.
      ...lessStrict(known.levelWithoutBehaviourChange, fix.levelWithoutBehaviourChange),
    });
  }
  return [...byKey.values()];
}

// ---------------------------------------------------------------------------------------------------------
// Placement

type Placement = { readonly edits: Omit<PendingEdit, 'owner'>[]; readonly newFile?: string } | UnplacedChange;

function isYamlFile(file: string): boolean {
  return /\.(ya?ml|json)$/i.test(file);
}

function isUnder(file: string, folder: string): boolean {
  return folder === '.' || folder === '' || file.startsWith(`${folder.replace(/\/$/, '')}/`);
}

/** YAML path of a change for the node at `offset`: the document holding it, and a prefix for `List` items. */
function manifestDocument(text: string, workload: Workload): { docIndex: number; prefix: FieldPath } {
  const span = workload.object.position([]);
  const offset = lineOffset(text, span.line);
  return {
    docIndex: documentAt(text, offset),
    prefix: workload.object.itemIndex === undefined ? [] : ['items', workload.object.itemIndex],
  };
}

/** Line start offsets of the text lineOffset was last asked about (placing many changes in one file reads it once). */
let lineStarts: { readonly text: string; readonly starts: readonly number[] } | undefined;

function lineOffset(text: string, line: number): number {
  if (lineStarts?.text !== text) {
    const starts = [0];
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    lineStarts = { text, starts };
  }
  return line < 1 ? 0 : (lineStarts.starts[line - 1] ?? text.length);
}

function yamlChange(change: FieldChange, path: FieldPath): YamlChange {
  return change.action === 'delete' ? { action: 'delete', path } : { action: change.action, path, value: change.value };
}

/**
 * Pod-level settings (runAsNonRoot, seccompProfile) go on the pod when every container needs them; when the
 * pod's security context has no place in the sources (a chart that prints only the containers' contexts
 * from values), the same setting goes on each container instead.
 */
function placeFallbacks(
  workload: Workload,
  changes: readonly FieldChange[],
  files: SourceFiles,
  target: TargetRef,
): FieldChange[] {
  if (target.kind !== 'helm') return [...changes];
  const out: FieldChange[] = [];
  for (const change of changes) {
    const podLevel = change.path[0] === 'spec' && change.path[1] === 'securityContext' && change.action === 'set';
    if (podLevel && 'reason' in placeChange(workload, change, target, files, new Map())) {
      const spec = (workload.pod.spec ?? {}) as Record<string, unknown>;
      for (const list of ['initContainers', 'containers', 'ephemeralContainers']) {
        const items = Array.isArray(spec[list]) ? (spec[list] as unknown[]) : [];
        items.forEach((_, index) => out.push({ ...change, path: ['spec', list, index, ...change.path.slice(1)] }));
      }
    } else out.push(change);
  }
  return out;
}

function placeChange(
  workload: Workload,
  change: FieldChange,
  target: TargetRef,
  files: SourceFiles,
  newPatches: NewPatches,
  uses?: KustomizeUses,
): Placement {
  const path = objectPath(workload, change.path);
  const located = workload.object.locate(path);
  switch (target.kind) {
    case 'manifest': {
      const file = workload.object.file;
      const text = files.read(file);
      if (text === undefined || !isYamlFile(file))
        return { change, reason: `${file} cannot be read`, at: located.primary };
      const { docIndex, prefix } = manifestDocument(text, workload);
      return { edits: [{ file, docIndex, change: yamlChange(change, [...prefix, ...path]) }] };
    }
    case 'helm':
      return placeInChart(workload, change, path, located, target, files);
    case 'kustomize':
      return placeInKustomize(
        workload,
        change,
        path,
        located,
        target,
        files,
        newPatches,
        uses ?? kustomizeUses(files, [target.path]),
      );
  }
}

function placeInChart(
  workload: Workload,
  change: FieldChange,
  path: FieldPath,
  located: { primary: RepoLocation; related: readonly RepoLocation[]; exact: boolean },
  target: TargetRef,
  files: SourceFiles,
): Placement {
  const chartFolder = target.path.replace(/\/$/, '');
  const primary = located.primary;
  const values = placeInValues(change, primary, located.related, target, files);
  if (!('reason' in values) || !isUnder(primary.file, chartFolder)) return values;
  const chain = subchartChain(chartFolder, primary.file);
  // A missing field: what in the template would print its key decides where it goes.
  const found = workload.object.position(path).foundPath;
  const rest = path.slice(found.length);
  if (change.action !== 'delete' && !located.exact && typeof rest[0] === 'string') {
    const source = keySource(templateFiles(files, primary.file), primary.file, primary.line, rest[0]);
    if (source.kind === 'values')
      return placeAtValuesKey(
        change,
        chartFolder,
        [...chain, ...valuesFieldPath(source, rest)],
        target,
        files,
        primary,
      );
    if (source.kind === 'blocked')
      return {
        change,
        reason: chain.length > 0 ? `${source.reason} (${dependencyAdvice(chain, chartFolder)})` : source.reason,
        at: primary,
      };
  }
  if (chain.length > 0)
    return {
      change,
      reason: `${primary.file} belongs to the dependency ${chain.join('/')} and takes no value for this field; ${dependencyAdvice(chain, chartFolder)}`,
      at: primary,
    };
  return (
    placeAtExactScalar(change, located, files) ?? placeInTemplate(workload, change, path, primary, files) ?? values
  );
}

/** What to do about a field a vendored dependency writes itself. */
function dependencyAdvice(chain: readonly string[], chartFolder: string): string {
  const charts = `${chartFolder === '' || chartFolder === '.' ? '' : `${chartFolder}/`}charts/${chain.join('/charts/')}`;
  return `podsec does not edit ${charts}: set it through a values key if a newer version of ${chain[chain.length - 1] ?? 'the dependency'} offers one, or change the chart upstream`;
}

/** The chart files a template's helpers may be in: its chart's `templates/` folder (not its dependencies'). */
function templateFiles(files: SourceFiles, file: string): TemplateFiles {
  const folder = file.slice(0, file.lastIndexOf('/templates/') + '/templates'.length);
  const listed = files.list?.(folder) ?? [`${folder}/_helpers.tpl`];
  return {
    read: (name) => files.read(name),
    templates: [file, ...listed.filter((name) => name !== file && /\.(tpl|ya?ml)$/.test(name))],
  };
}

/**
 * A field missing under a literal `key:` line of a template (`securityContext:` followed by its settings) is
 * added as literal lines right below it, at the indentation of the lines that follow.
 */
function placeInTemplate(
  workload: Workload,
  change: FieldChange,
  path: FieldPath,
  primary: RepoLocation,
  files: SourceFiles,
): Placement | undefined {
  if (change.action === 'delete') return undefined;
  const found = workload.object.position(path).foundPath;
  const rest = path.slice(found.length);
  const parentKey = found[found.length - 1];
  if (rest.length === 0 || parentKey === undefined || typeof rest[0] !== 'string') return undefined;
  const text = files.read(primary.file);
  if (text === undefined) return undefined;
  const lines = text.split('\n');
  const keyLine = (lines[primary.line - 1] ?? '').replace(/\r$/, '');
  let keyIndent: number;
  let indent: number;
  if (typeof parentKey === 'number') {
    // A list item (`- name: {{ .name }}`, one per `range` turn): its keys sit after the dash.
    const item = /^(\s*-\s+)[A-Za-z0-9_]+:[ \t]*\S/.exec(keyLine);
    if (!item) return undefined;
    keyIndent = (item[1] ?? '').length - 1;
    indent = (item[1] ?? '').length;
  } else {
    const match = /^(\s*)(- +)?([A-Za-z0-9_]+):\s*$/.exec(keyLine);
    if (!match || match[3] !== parentKey) return undefined;
    keyIndent = (match[1] ?? '').length + (match[2] ?? '').length;
    const next = lines.slice(primary.line).find((candidate) => candidate.trim() !== '');
    const nextIndent = next === undefined ? 0 : next.length - next.trimStart().length;
    indent = nextIndent > keyIndent ? nextIndent : keyIndent + 2;
  }
  // The block may set the key on another branch (`{{- if … }}` + `securityContext:`): a second one would clash.
  const keyPattern = new RegExp(`^\\s*(- +)?${rest[0]}:`);
  for (const candidate of lines.slice(primary.line)) {
    if (candidate.trim() === '') continue;
    const candidateIndent = candidate.length - candidate.trimStart().length;
    if (candidateIndent <= keyIndent && !candidate.trimStart().startsWith('{{')) break;
    if (keyPattern.test(candidate) && candidateIndent === indent) return undefined;
  }
  const value = change.action === 'append' ? [change.value] : change.value;
  const atSite: Omit<PendingEdit, 'owner'> = {
    file: primary.file,
    docIndex: TEMPLATE_INSERT,
    change: { action: 'set', path: [primary.line, indent, ...rest], value },
  };
  // The key's whole body is an own helper (`{{- include "x.securityContext" . | nindent 12 }}`): the helper is
  // the one place to change, if every include of it is fixed the same way (decided once all are placed).
  const helper =
    typeof parentKey === 'string'
      ? helperUnderKey(templateFiles(files, primary.file), primary.file, primary.line)
      : undefined;
  const helperText = helper === undefined ? undefined : files.read(helper.file);
  if (helper && helperText !== undefined && !helperSetsKey(helperText, helper, String(rest[0]))) {
    return {
      edits: [
        {
          file: helper.file,
          docIndex: TEMPLATE_INSERT,
          change: { action: 'set', path: [helper.defineLine, helper.indent, ...rest], value },
          helper: { name: helper.name, site: helper.site, fallback: atSite },
        },
      ],
    };
  }
  return { edits: [atSite] };
}

/** Whether a helper's body already has the key at its keys' indentation (on some branch). */
function helperSetsKey(text: string, helper: HelperBody, key: string): boolean {
  const pattern = new RegExp(`^ {${helper.indent}}${key}:`);
  const lines = text.split('\n');
  for (let n = helper.defineLine + 1; n <= lines.length; n++) {
    const line = lines[n - 1] ?? '';
    if (/\{\{-?\s*define\b/.test(line)) break;
    if (pattern.test(line)) return true;
  }
  return false;
}

/**
 * A helper is changed only when every include of it (in the chart's own templates) is fixed by this run with the
 * same settings; otherwise each include gets the lines itself, and a note says why the helper was left alone.
 */
function settleHelperEdits(
  edits: PendingEdit[],
  drafts: readonly { placed: WorkloadFix['placed'][number][] }[],
  files: SourceFiles,
  notes: string[],
): void {
  const groups = new Map<string, PendingEdit[]>();
  for (const edit of edits) {
    if (!edit.helper) continue;
    const key = `${edit.file}:${String(edit.change.path[0])}`;
    groups.set(key, [...(groups.get(key) ?? []), edit]);
  }
  for (const [place, group] of groups) {
    const first = itemAt(group, 0) as PendingEdit & { helper: NonNullable<PendingEdit['helper']> };
    const siteFile = first.helper.site.slice(0, first.helper.site.lastIndexOf(':'));
    const sites = helperSites(templateFiles(files, siteFile), first.helper.name);
    const covered = new Set(group.map((edit) => edit.helper?.site));
    const uncovered = sites.filter((site) => !covered.has(site));
    const settings = new Map<string, string[]>();
    for (const edit of group) {
      const key = `${edit.owner}\u0000${edit.helper?.site ?? ''}`;
      settings.set(key, [
        ...(settings.get(key) ?? []),
        JSON.stringify([edit.change.path.slice(2), 'value' in edit.change ? edit.change.value : null]),
      ]);
    }
    const shapes = new Set([...settings.values()].map((list) => [...new Set(list)].sort().join('\n')));
    if (uncovered.length === 0 && shapes.size === 1) continue;
    const why =
      uncovered.length > 0
        ? `it is also included at ${uncovered.join(', ')}, which this fix does not change`
        : 'the workloads that include it need different settings';
    notes.push(
      `helper "${first.helper.name}" (${place}) left as it is: ${why}; the settings go in at each include instead.`,
    );
    for (const edit of group) {
      const index = edits.indexOf(edit);
      const site = (edit.helper as NonNullable<PendingEdit['helper']>).fallback;
      const entry = edit.entry === undefined ? undefined : { ...edit.entry, file: site.file };
      edits.splice(index, 1, {
        ...site,
        owner: edit.owner,
        ...(edit.user === undefined ? {} : { user: edit.user }),
        ...(entry === undefined ? {} : { entry }),
      });
      const draft = drafts[edit.owner];
      if (draft && entry)
        draft.placed = draft.placed.map((candidate) => (candidate === edit.entry ? entry : candidate));
    }
  }
}

function userOf(change: FieldChange): string {
  const [, list, index] = change.path;
  return typeof index === 'number' && typeof list === 'string' && /[cC]ontainers$/.test(list)
    ? `${list}/${index}`
    : 'pod';
}

/**
 * A template line printed once per container (inside a `range`) takes one set of lines for all of them: when the
 * containers need different settings (one is privileged and must not get `allowPrivilegeEscalation: false`),
 * nothing is added there and the changes are left with the reason.
 */
function settleSharedLines(
  edits: PendingEdit[],
  drafts: readonly { placed: WorkloadFix['placed'][number][]; unplaced: UnplacedChange[] }[],
): void {
  const groups = new Map<string, PendingEdit[]>();
  for (const edit of edits) {
    if (edit.docIndex !== TEMPLATE_INSERT || edit.helper) continue;
    const key = `${edit.file}:${String(edit.change.path[0])}`;
    groups.set(key, [...(groups.get(key) ?? []), edit]);
  }
  for (const [place, group] of groups) {
    const settings = new Map<string, Set<string>>();
    for (const edit of group) {
      const key = `${edit.owner}\u0000${edit.user ?? ''}`;
      const set = settings.get(key) ?? new Set<string>();
      set.add(JSON.stringify([edit.change.path.slice(2), 'value' in edit.change ? edit.change.value : null]));
      settings.set(key, set);
    }
    if (new Set([...settings.values()].map((set) => [...set].sort().join('\n'))).size <= 1) continue;
    for (const edit of group) {
      edits.splice(edits.indexOf(edit), 1);
      const draft = drafts[edit.owner];
      if (!draft || !edit.entry) continue;
      const entry = edit.entry;
      draft.placed = draft.placed.filter((candidate) => candidate !== entry);
      draft.unplaced.push({
        change: entry.change,
        reason: `${place} is printed for several containers that need different settings; edit it by hand`,
      });
    }
  }
}

/** Marks a pending edit as lines to insert into a template below a line (path: line, indent, field path). */
const TEMPLATE_INSERT = -2;

function placeInValues(
  change: FieldChange,
  primary: RepoLocation,
  related: readonly RepoLocation[],
  target: TargetRef,
  files: SourceFiles,
): Placement {
  const values = related.find((location) => location.valuesKey !== undefined);
  if (!values?.valuesKey)
    return { change, reason: `the field is written in the template ${primary.file}; add it there`, at: primary };
  const chartFolder = target.path.replace(/\/$/, '');
  if (!isUnder(values.file, chartFolder))
    return { change, reason: `the value comes from ${values.file}, outside the chart's own files`, at: values };
  // A dependency's own values file (`charts/<name>/values.yaml`): the parent chart sets the same key under the
  // dependency's name in its own values file.
  const chain = subchartChain(chartFolder, values.file);
  if (chain.length > 0)
    return placeAtValuesKey(change, chartFolder, [...chain, ...values.valuesKey], target, files, values);
  if (files.read(values.file) === undefined) return { change, reason: `${values.file} cannot be read`, at: values };
  // The values key may name the field's parent (a block printed whole): the rest of the field path follows it.
  return { edits: [{ file: values.file, docIndex: 0, change: yamlChange(change, values.valuesKey) }] };
}

/**
 * A values key of the chart (with dependencies' keys under their names). Helm merges mappings of later values
 * files into earlier ones, so the chart's own `values.yaml` is the place, unless a later values file of the
 * render decides the value itself (sets the key, or a value that is not a mapping on its way).
 */
function placeAtValuesKey(
  change: FieldChange,
  chartFolder: string,
  key: FieldPath,
  target: TargetRef,
  files: SourceFiles,
  at: RepoLocation,
): Placement {
  const prefix = chartFolder === '' || chartFolder === '.' ? '' : `${chartFolder}/`;
  const scenarioFiles = target.scenarios
    .filter((scenario) => /\.ya?ml$/.test(scenario))
    .map((scenario) => `${prefix}${scenario}`);
  const deciding = scenarioFiles.filter((file) => decidesKey(files.read(file), key));
  const file = deciding[deciding.length - 1] ?? `${prefix}values.yaml`;
  if (files.read(file) === undefined)
    return { change, reason: `${file} cannot be read; set ${key.join('.')} there`, at };
  return { edits: [{ file, docIndex: 0, change: yamlChange(change, key) }] };
}

/** Whether a values text decides the value at `key`: it sets the key, or something that is not a mapping on its way. */
function decidesKey(text: string | undefined, key: FieldPath): boolean {
  if (text === undefined) return false;
  let value = documentsToRead(text)[0]?.toJS({ maxAliasCount: 100 }) as unknown;
  for (const [depth, segment] of key.entries()) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return depth > 0;
    if (!Object.hasOwn(value, segment)) return false;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return true;
}

/** Container lists and volumes are matched by `name` between the rendered object and a source file. */
const NAMED_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers', 'volumes']);

/** The path of `path` in a source document, matching named list items by name; undefined when they differ. */
function mapByNames(rendered: unknown, source: unknown, path: FieldPath): FieldPath | undefined {
  const out: (string | number)[] = [];
  let r: unknown = rendered;
  let s: unknown = source;
  for (let i = 0; i < path.length; i++) {
    const segment = itemAt(path, i);
    if (typeof segment === 'number' && NAMED_LISTS.has(String(path[i - 1]))) {
      const item = Array.isArray(r) ? (r[segment] as Record<string, unknown> | undefined) : undefined;
      const name = item?.name;
      if (!Array.isArray(s)) return undefined;
      const index = s.findIndex((candidate) => (candidate as Record<string, unknown> | null)?.name === name);
      if (index < 0) return undefined;
      out.push(index);
      r = item;
      s = s[index];
      continue;
    }
    out.push(segment);
    r = (r as Record<string | number, unknown> | undefined)?.[segment];
    s = s !== null && typeof s === 'object' ? (s as Record<string | number, unknown>)[segment] : undefined;
    if (s === undefined) return [...out, ...path.slice(i + 1)];
  }
  return out;
}

/** A scalar the located line sets literally (a JSON 6902 `value:`, an inline patch) is changed right there. */
function placeAtExactScalar(
  change: FieldChange,
  located: { primary: RepoLocation; exact: boolean },
  files: SourceFiles,
): Placement | undefined {
  if (change.action !== 'set' || !located.exact || !['string', 'number', 'boolean'].includes(typeof change.value))
    return undefined;
  const { file, line, column } = located.primary;
  const text = files.read(file);
  if (text === undefined) return undefined;
  const keys = [String(change.path[change.path.length - 1]), 'value'];
  const after = replaceScalarAt(text, line, column, change.value as string | number | boolean, keys);
  if (after === undefined) return undefined;
  return {
    edits: [{ file, docIndex: -1, change: { action: 'set', path: [line, column, ...keys], value: change.value } }],
  };
}

function placeInKustomize(
  workload: Workload,
  change: FieldChange,
  path: FieldPath,
  located: { primary: RepoLocation; exact: boolean },
  target: TargetRef,
  files: SourceFiles,
  newPatches: NewPatches,
  uses: KustomizeUses,
): Placement {
  const overlay = target.path.replace(/\/$/, '');
  const primary = located.primary;
  const file = primary.file;
  const kustomizationFile = /(^|\/)kustomization\.ya?ml$|(^|\/)Kustomization$/.test(file);
  // The overlay's own kustomization (an inline patch), or a file no other kustomization of the scan uses except
  // through this overlay: edited in place. A file others use too gets a new patch in this overlay instead.
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
  const owned = kustomizationFile ? folder === (overlay === '' ? '.' : overlay) : uses.ownedBy(file, overlay);
  if (owned) {
    const exact = placeAtExactScalar(change, located, files);
    if (exact) return exact;
  }
  if (owned && isYamlFile(file) && !kustomizationFile) {
    const text = files.read(file);
    const placed = text === undefined ? undefined : placeInSourceDocument(workload, change, path, primary, file, text);
    if (placed) return placed;
  }
  return placeInNewPatch(workload, change, path, overlay, files, newPatches);
}

/** A resource file or strategic-merge patch: the document at the located line, matched by kind and name. */
function placeInSourceDocument(
  workload: Workload,
  change: FieldChange,
  path: FieldPath,
  primary: RepoLocation,
  file: string,
  text: string,
): Placement | undefined {
  const docs = documentsToRead(text);
  const docIndex = documentAt(text, lineOffset(text, primary.line));
  const doc = docs[docIndex];
  const value = doc?.toJS({ maxAliasCount: 100 }) as Record<string, unknown> | undefined;
  if (!value || typeof value !== 'object' || Array.isArray(value) || value.kind !== workload.kind) return undefined;
  const mapped = mapByNames(workload.object.value, value, path);
  if (!mapped) return undefined;
  return { edits: [{ file, docIndex, change: yamlChange(change, mapped) }] };
}

/** Name of the strategic-merge patch podsec adds to an overlay for one workload. */
export function fixPatchFile(overlay: string, kind: string, name: string): string {
  const safe = `${kind}-${name}`.toLowerCase().replace(/[^a-z0-9.-]+/g, '-');
  return `${overlay === '.' ? '' : `${overlay}/`}podsec-fix-${safe}.yaml`;
}

/** Strategic-merge patches podsec writes into overlays, built as objects and printed once at the end. */
type NewPatches = Map<string, Record<string, unknown>>;

function placeInNewPatch(
  workload: Workload,
  change: FieldChange,
  path: FieldPath,
  overlay: string,
  files: SourceFiles,
  newPatches: NewPatches,
): Placement {
  const kustomization = ['kustomization.yaml', 'kustomization.yml', 'Kustomization']
    .map((name) => (overlay === '.' ? name : `${overlay}/${name}`))
    .find((candidate) => files.read(candidate) !== undefined);
  if (!kustomization) return { change, reason: `no kustomization file found in ${overlay}` };
  const identity = sourceIdentity(workload, files);
  const patchFile = fixPatchFile(overlay, workload.kind, identity.name);
  if (files.read(patchFile) !== undefined)
    return { change, reason: `${patchFile} already exists; podsec does not overwrite it` };
  let patch = newPatches.get(patchFile);
  if (!patch) {
    patch = { apiVersion: workload.apiVersion, kind: workload.kind, metadata: identity };
    newPatches.set(patchFile, patch);
  }
  // Named list items go in by name, as a strategic merge matches them.
  let node: Record<string | number, unknown> = patch;
  let rendered: unknown = workload.object.value;
  for (let i = 0; i < path.length - 1; i++) {
    const segment = itemAt(path, i);
    const next = itemAt(path, i + 1);
    rendered = (rendered as Record<string | number, unknown> | undefined)?.[segment];
    if (typeof next === 'number' && NAMED_LISTS.has(String(segment))) {
      const item = (rendered as unknown[] | undefined)?.[next] as Record<string, unknown> | undefined;
      const list = (node[segment] ??= []) as Record<string, unknown>[];
      let entry = list.find((candidate) => candidate.name === item?.name);
      if (!entry) {
        entry = { name: item?.name };
        list.push(entry);
      }
      node = entry;
      rendered = item;
      i++;
      continue;
    }
    node = (node[segment] ??= {}) as Record<string | number, unknown>;
  }
  const last = itemAt(path, path.length - 1);
  node[last] = change.action === 'delete' ? null : change.action === 'append' ? [change.value] : change.value;
  const relative = patchFile.slice(overlay === '.' ? 0 : overlay.length + 1);
  return {
    edits: [
      { file: kustomization, docIndex: 0, change: { action: 'append', path: ['patches'], value: { path: relative } } },
    ],
    newFile: patchFile,
  };
}

/**
 * The object's name and namespace in the file it came from, before an overlay's prefix, suffix or namespace:
 * what a patch in the overlay is matched against.
 */
function sourceIdentity(workload: Workload, files: SourceFiles): { name: string; namespace?: string } {
  const located = workload.object.locate(['metadata', 'name']);
  // The patch that renames it comes first; the resource itself is among the related places.
  for (const at of [located.primary, ...located.related]) {
    const text = at.file === '' ? undefined : files.read(at.file);
    if (text === undefined || !isYamlFile(at.file) || /(^|\/)kustomization\.ya?ml$/.test(at.file)) continue;
    const doc = documentsToRead(text)[documentAt(text, lineOffset(text, at.line))];
    const value = doc?.toJS({ maxAliasCount: 100 }) as
      { kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } } | undefined;
    if (value?.kind === workload.kind && typeof value.metadata?.name === 'string') {
      const namespace = value.metadata.namespace;
      return { name: value.metadata.name, ...(typeof namespace === 'string' ? { namespace } : {}) };
    }
  }
  return { name: workload.name, ...(workload.namespace ? { namespace: workload.namespace } : {}) };
}

// ---------------------------------------------------------------------------------------------------------
// Applying

/** Equal for edits that write the same change to the same document of a file. */
function editKey(edit: PendingEdit): string {
  return `${edit.docIndex}\u0000${JSON.stringify(edit.change)}`;
}

function applyEdits(
  edits: readonly PendingEdit[],
  files: SourceFiles,
  newFiles: ReadonlyMap<string, string>,
): { files: FileChange[]; errors: FixResult['errors']; failedFiles: Map<string, string> } {
  const byFile = new Map<string, PendingEdit[]>();
  const known = new Map<string, Set<string>>();
  for (const edit of edits) {
    const list = byFile.get(edit.file) ?? [];
    const keys = known.get(edit.file) ?? new Set<string>();
    const key = editKey(edit);
    // A change already written the same way (`patches` entries, list appends) is not repeated.
    if (keys.has(key)) continue;
    keys.add(key);
    list.push(edit);
    byFile.set(edit.file, list);
    known.set(edit.file, keys);
  }
  const out: FileChange[] = [];
  const errors: FixResult['errors'] = [];
  const failedFiles = new Map<string, string>();
  for (const [file, list] of [...byFile].sort(([a], [b]) => compareStrings(a, b))) {
    const before = files.read(file);
    const base = before;
    if (base === undefined) continue;
    // Additions first; removals last, later list items before earlier ones so indexes stay true.
    const ordered = [
      ...list.filter((edit) => edit.change.action !== 'delete'),
      ...list
        .filter((edit) => edit.change.action === 'delete')
        .sort((a, b) => compareDeletes(b.change.path, a.change.path)),
    ];
    try {
      // Line-and-column edits (which keep line numbers) first, then template lines bottom to top, then documents.
      let text = base;
      const atLines = ordered
        .filter((edit) => edit.docIndex === -1)
        .sort(
          (a, b) =>
            Number(b.change.path[0]) - Number(a.change.path[0]) || Number(b.change.path[1]) - Number(a.change.path[1]),
        );
      for (const edit of atLines) {
        const [line, column, ...keys] = edit.change.path;
        const replaced = replaceScalarAt(
          text,
          Number(line),
          Number(column),
          (edit.change as { value: string | number | boolean }).value,
          keys.map(String),
        );
        if (replaced === undefined)
          throw new YamlEditError(`line ${String(edit.change.path[0])} no longer holds the value`);
        text = replaced;
      }
      text = insertTemplateLines(
        text,
        ordered.filter((edit) => edit.docIndex === TEMPLATE_INSERT),
      );
      // A file that parsed before must parse after (templates, which are not YAML yet, are checked by rendering).
      if (atLines.length > 0 && isYamlFile(file) && documentsToRead(base).every((doc) => doc.errors.length === 0))
        for (const doc of parseDocuments(text))
          if (doc.errors.length > 0)
            throw new YamlEditError(`the edit would not parse: ${doc.errors[0]?.message ?? ''}`);
      const change = changeOf(
        file,
        base,
        editYamlFilePieces(
          text,
          ordered.filter((edit) => edit.docIndex >= 0),
        ),
      );
      if (change) out.push(change);
    } catch (error) {
      const message = error instanceof YamlEditError ? error.message : String(error);
      errors.push({ file, message });
      failedFiles.set(file, message);
    }
  }
  for (const [file, text] of newFiles)
    if (
      !failedFiles.size ||
      ![...failedFiles.keys()].some(
        (failed) =>
          /kustomization\.ya?ml$|Kustomization$/.test(failed) &&
          file.startsWith(failed.slice(0, failed.lastIndexOf('/') + 1)),
      )
    )
      out.push({ file, before: undefined, after: text });
  out.sort((a, b) => compareStrings(a.file, b.file));
  return { files: out, errors, failedFiles };
}

/**
 * A file's change from its edited text in pieces, or undefined when the pieces put together are the text as it was.
 * The edited text is put together when it is first read: a scan's text or markdown report only counts what the
 * fixes clear, and a file of ten thousand workloads then never holds its whole edited text next to the original.
 */
function changeOf(file: string, before: string, pieces: string[]): FileChange | undefined {
  let length = 0;
  for (const piece of pieces) length += piece.length;
  if (length === before.length) {
    // Rare (a change of a value to one as long): told apart by the whole texts.
    const after = pieces.join('');
    return after === before ? undefined : { file, before, after };
  }
  let parts: string[] | undefined = pieces;
  let after: string | undefined;
  return {
    file,
    before,
    get after(): string {
      after ??= (parts ?? []).join('');
      parts = undefined;
      return after;
    },
  };
}

/** Inserts template lines below their key lines, one combined block per key line, in the template's style. */
function insertTemplateLines(text: string, edits: readonly PendingEdit[]): string {
  if (edits.length === 0) return text;
  const byLine = new Map<number, { indent: number; value: Record<string, unknown> }>();
  for (const edit of edits) {
    const [line, indent, ...field] = edit.change.path as [number, number, ...(string | number)[]];
    const entry = byLine.get(line) ?? { indent, value: {} };
    byLine.set(line, entry);
    applyChange(entry.value, {
      action: 'set',
      path: field,
      value: (edit.change as { value: unknown }).value,
      kind: 'safe',
      check: 'runAsNonRoot',
    });
  }
  const style = detectStyle(text);
  const lines = text.split('\n');
  for (const [line, entry] of [...byLine].sort((a, b) => b[0] - a[0])) {
    const cr = (lines[line - 1] ?? '').endsWith('\r') ? '\r' : '';
    const block = Object.entries(entry.value)
      .flatMap(([key, value]) => blockLines(key, value, entry.indent, style))
      .map((added) => `${added}${cr}`);
    lines.splice(line, 0, ...block);
  }
  return lines.join('\n');
}

function compareDeletes(a: FieldPath, b: FieldPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = itemAt(a, i);
    const y = itemAt(b, i);
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}
