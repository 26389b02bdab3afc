/**
 * Builds the rollout plan from what a scan already has: every workload is assessed once more, with no
 * namespace labels, at restricted and baseline (pinned to one version), so the plan knows for each
 * namespace the strictest level all its workloads pass and what blocks the next one. Exemptions and
 * relaxations apply as in the scan: they do not block a level, and the plan lists them. The scan's own
 * verdicts (under the labels the repository gives) show what existing labels would reject. Pure.
 */
import { assessWorkloads, effectiveNamespace, type AssessItem, type AssessOutput } from '../findings/assess.js';
import { compareStrings } from '../findings/check-order.js';
import { namespacePolicy, POD_SECURITY_LABEL_PREFIX } from '../findings/namespace-policy.js';
import type { Finding, Mode, WorkloadVerdict } from '../findings/types.js';
import type { KubeObject } from '../manifests/types.js';
import type { PolicyOptions } from '../options.js';
import { checkMeta } from '../policy/registry.js';
import { LEVELS, type Level } from '../policy/types.js';
import { MAX_MINOR, parseVersion, resolveEvaluatedMinor } from '../policy/version.js';
import { workloadKey, workloadResolver } from '../findings/problems.js';
import { firstSentence } from '../report/common.js';
import type {
  NamespacePlan,
  PlanBlocker,
  PlanExistingLabels,
  PlanNotCounted,
  PlanPolicy,
  PlanProblem,
  PlanRecommendation,
  PlanWorkload,
  RolloutPlan,
} from './types.js';
import { asRecord } from '../util/plain-object.js';

export interface PlanInput {
  /** Every workload of the scan, with the target and scenario it came from. */
  readonly items: readonly AssessItem[];
  /** Rendered Namespace objects. */
  readonly namespaces: readonly KubeObject[];
  readonly policy: PolicyOptions;
  readonly today: string;
  /** The scan's verdicts under the namespaces' real labels. */
  readonly verdicts: readonly WorkloadVerdict[];
  /** The config file's path, to say where config labels come from. */
  readonly configFile?: string;
}

/**
 * The version recommended labels are pinned to: the scan's enforce version when it is pinned, else the
 * cluster's version when given, else the newest version podsec knows. `latest` is never recommended:
 * its meaning moves with every cluster upgrade, which is what pinning is for.
 */
export function planVersion(policy: PolicyOptions): string {
  const enforce = policy.defaults.enforce.version;
  if (enforce !== 'latest') return enforce;
  return `v1.${policy.clusterMinor ?? MAX_MINOR}`;
}

const rank = (level: Level): number => LEVELS.indexOf(level);
const nextLevel = (level: Level): Level | undefined => LEVELS[rank(level) + 1];

/** A Kubernetes namespace name (a DNS-1123 label): the only names a kubectl command is offered for. */
export function isNamespaceName(name: string): boolean {
  return name.length <= 63 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name);
}

/**
 * The version to evaluate the plan at: the scan's own enforce version when it selects the same checks as
 * the pinned one (`latest` and the newest minor do), so the scan's cached evaluations are reused.
 */
function evaluationVersion(policy: PolicyOptions, pinned: string): string {
  const scanVersion = parseVersion(policy.defaults.enforce.version);
  const pinnedVersion = parseVersion(pinned);
  if (scanVersion === undefined || pinnedVersion === undefined) return pinned;
  return resolveEvaluatedMinor(scanVersion, policy.clusterMinor) ===
    resolveEvaluatedMinor(pinnedVersion, policy.clusterMinor)
    ? scanVersion.text
    : pinned;
}

/**
 * Every workload assessed at restricted and baseline, pinned to the plan's version, with no namespace labels:
 * what the plan is built from, and what the fix engine is asked to clear (see fixes.ts).
 */
export function planAssessment(input: Pick<PlanInput, 'items' | 'policy' | 'today'>): {
  version: string;
  assessed: AssessOutput;
} {
  const version = planVersion(input.policy);
  const evaluated = evaluationVersion(input.policy, version);
  // restricted in enforce, baseline in warn: one assessment evaluates both; privileged always passes.
  const planPolicy: PolicyOptions = {
    ...input.policy,
    defaults: {
      enforce: { level: 'restricted', version: evaluated },
      warn: { level: 'baseline', version: evaluated },
      audit: { level: 'privileged', version: evaluated },
    },
    namespaceLabels: {},
  };
  const { nextVersion: _ignored, ...withoutNext } = planPolicy;
  return {
    version,
    assessed: assessWorkloads({ items: input.items, namespaces: [], policy: withoutNext, today: input.today }),
  };
}

/** The findings that block `level` in a namespace: counted (not exempted or relaxed) and of the current version. */
export function blockingFindings(findings: readonly Finding[], namespace: string, level: Level): Finding[] {
  return findings.filter(
    (finding) =>
      finding.namespace === namespace &&
      finding.level === level &&
      finding.suppressed === undefined &&
      finding.upcoming !== true,
  );
}

export function buildRolloutPlan(input: PlanInput): RolloutPlan {
  const { version, assessed } = planAssessment(input);

  const workloadsByNamespace = new Map<string, Map<string, PlanWorkload>>();
  for (const verdict of assessed.verdicts) {
    if (verdict.mode !== 'enforce') continue;
    const list = workloadsByNamespace.get(verdict.namespace) ?? new Map<string, PlanWorkload>();
    list.set(workloadKey(verdict), planWorkload(verdict));
    workloadsByNamespace.set(verdict.namespace, list);
  }
  const keyOf = workloadResolver(assessed.verdicts);
  const findingsByNamespace = new Map<string, Finding[]>();
  for (const finding of assessed.findings) {
    if (finding.upcoming === true) continue;
    const list = findingsByNamespace.get(finding.namespace) ?? [];
    list.push(finding);
    findingsByNamespace.set(finding.namespace, list);
  }

  const labelled = existingLabels(input);
  const names = new Map<string, Set<NamespacePlan['seenIn'][number]>>();
  const see = (name: string, where: NamespacePlan['seenIn'][number]): void => {
    const set = names.get(name) ?? new Set();
    set.add(where);
    names.set(name, set);
  };
  for (const item of input.items) see(effectiveNamespace(item.workload, item.defaultNamespace), 'workloads');
  for (const [name, entry] of labelled) see(name, entry.from === 'config' ? 'config' : 'manifest');
  for (const name of input.policy.exemptions.namespaces) see(name, 'exemption');

  const namespaces: NamespacePlan[] = [];
  for (const name of [...names.keys()].sort(compareStrings)) {
    const workloadMap = workloadsByNamespace.get(name) ?? new Map<string, PlanWorkload>();
    const workloadOf = (finding: Finding): PlanWorkload => workloadMap.get(keyOf(finding)) ?? findingWorkload(finding);
    const findings = findingsByNamespace.get(name) ?? [];
    const failsAt = (level: Level): Finding[] => blockingFindings(findings, name, level);
    const passesLevel: Level =
      failsAt('restricted').length === 0 ? 'restricted' : failsAt('baseline').length === 0 ? 'baseline' : 'privileged';
    const next = nextLevel(passesLevel);
    const exempt = input.policy.exemptions.namespaces.includes(name);
    const notCounted: PlanNotCounted[] = findings
      .filter((finding) => finding.suppressed !== undefined)
      .map((finding) => ({
        workload: workloadOf(finding),
        check: finding.check,
        level: finding.level,
        suppressed: finding.suppressed as NonNullable<Finding['suppressed']>,
      }));
    const passes: PlanPolicy = { level: passesLevel, version };
    const workloads = [...workloadMap.values()];
    const existing = labelled.get(name);
    namespaces.push({
      name,
      seenIn: [...(names.get(name) ?? [])].sort(compareStrings),
      workloads,
      exempt,
      passes,
      ...(next !== undefined ? { next } : {}),
      blockers: next === undefined ? [] : blockers(failsAt(next), workloadOf),
      notCounted: dedupNotCounted(notCounted),
      ...(exempt ? {} : { recommendation: recommend(name, passesLevel, version) }),
      ...(existing !== undefined && !exempt ? { existing: compareLabels(name, existing, passesLevel, input) } : {}),
    });
  }
  return { version, namespaces };
}

function planWorkload(
  item: Pick<WorkloadVerdict, 'kind' | 'name' | 'part' | 'file' | 'line' | 'targets'>,
): PlanWorkload {
  return {
    kind: item.kind,
    name: item.name,
    ...(item.part !== undefined ? { part: item.part } : {}),
    file: item.file,
    line: item.line,
    targets: item.targets.map((target) => target.path),
  };
}

function findingWorkload(finding: Finding): PlanWorkload {
  return planWorkload(finding);
}

/** The findings that block a level, per workload, one entry per check. */
function blockers(findings: readonly Finding[], workloadOf: (finding: Finding) => PlanWorkload): PlanBlocker[] {
  const byWorkload = new Map<PlanWorkload, Map<string, PlanProblem>>();
  for (const finding of findings) {
    const workload = workloadOf(finding);
    const problems = byWorkload.get(workload) ?? new Map<string, PlanProblem>();
    if (!problems.has(finding.check)) {
      problems.set(finding.check, {
        check: finding.check,
        detail: finding.detail,
        file: finding.file,
        line: finding.line,
        fix: firstSentence(checkMeta(finding.check).fix),
      });
    }
    byWorkload.set(workload, problems);
  }
  return [...byWorkload.entries()].map(([workload, problems]) => ({ workload, problems: [...problems.values()] }));
}

function dedupNotCounted(list: readonly PlanNotCounted[]): PlanNotCounted[] {
  const seen = new Map<string, PlanNotCounted>();
  for (const entry of list) {
    const key = [entry.workload.file, entry.workload.line, entry.workload.kind, entry.workload.name, entry.check].join(
      '\u0000',
    );
    // The strictest level it was found at is enough to name; restricted comes first in assessment order.
    if (!seen.has(key)) seen.set(key, entry);
  }
  return [...seen.values()];
}

const MODE_ORDER: readonly Mode[] = ['enforce', 'warn', 'audit'];

/** enforce at what passes today; warn and audit one level stricter (restricted stays restricted). */
export function recommend(name: string, passes: Level, version: string): PlanRecommendation {
  const ahead = nextLevel(passes) ?? passes;
  const policies: Record<Mode, PlanPolicy> = {
    enforce: { level: passes, version },
    warn: { level: ahead, version },
    audit: { level: ahead, version },
  };
  const labels: Record<string, string> = {};
  for (const mode of MODE_ORDER) {
    labels[`${POD_SECURITY_LABEL_PREFIX}${mode}`] = policies[mode].level;
    labels[`${POD_SECURITY_LABEL_PREFIX}${mode}-version`] = policies[mode].version;
  }
  const valid = isNamespaceName(name);
  const manifest = [
    'apiVersion: v1',
    'kind: Namespace',
    'metadata:',
    `  name: ${valid ? name : JSON.stringify(name)}`,
    '  labels:',
    ...Object.entries(labels).map(([key, value]) => `    ${key}: ${value}`),
  ].join('\n');
  const command = valid
    ? `kubectl label --overwrite ns ${name} ${Object.entries(labels)
        .map(([key, value]) => `${key}=${value}`)
        .join(' ')}`
    : undefined;
  return { ...policies, labels, manifest, ...(command !== undefined ? { command } : {}) };
}

interface LabelSource {
  readonly labels: Record<string, string>;
  readonly from: PlanExistingLabels['from'];
}

/** Pod Security labels the repository gives each namespace: a rendered Namespace (first wins), else the config. */
function existingLabels(input: PlanInput): Map<string, LabelSource> {
  const out = new Map<string, LabelSource>();
  const rendered = [...input.namespaces].sort(
    (a, b) => compareStrings(a.file, b.file) || a.documentIndex - b.documentIndex,
  );
  for (const object of rendered) {
    const metadata = asRecord(object.value['metadata']);
    const name = metadata?.['name'];
    if (typeof name !== 'string' || name === '' || out.has(name)) continue;
    const at = object.locate(['metadata']).primary;
    out.set(name, {
      labels: podSecurityLabels(asRecord(metadata?.['labels'])),
      from: { file: at.file, line: at.line },
    });
  }
  for (const [name, labels] of Object.entries(input.policy.namespaceLabels)) {
    if (!out.has(name))
      out.set(name, {
        labels: podSecurityLabels(labels),
        from: input.configFile !== undefined ? { file: input.configFile } : 'config',
      });
  }
  return out;
}

function podSecurityLabels(labels: Readonly<Record<string, unknown>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(labels ?? {}))
    if (key.startsWith(POD_SECURITY_LABEL_PREFIX) && typeof value === 'string') out[key] = value;
  return out;
}

function compareLabels(name: string, source: LabelSource, passes: Level, input: PlanInput): PlanExistingLabels {
  const { policies } = namespacePolicy(source.labels, input.policy.defaults);
  const enforce = policies.enforce;
  const rejected = new Map<string, PlanWorkload>();
  for (const verdict of input.verdicts) {
    if (verdict.namespace !== name || verdict.mode !== 'enforce' || verdict.allowed || verdict.exempt !== undefined)
      continue;
    rejected.set(workloadKey(verdict), planWorkload(verdict));
  }
  const rejects = [...rejected.values()];
  const policyText = `enforce=${enforce.level}:${enforce.version}`;
  const base = { from: source.from, labels: source.labels, enforce, rejects };
  if (rejects.length > 0) {
    return {
      ...base,
      verdict: 'too-strict',
      summary: `labels would reject ${rejects.length} ${rejects.length === 1 ? 'workload' : 'workloads'} (${policyText})`,
    };
  }
  if (rank(enforce.level) < rank(passes)) {
    return { ...base, verdict: 'too-loose', summary: `could tighten enforce to ${passes} (labels say ${policyText})` };
  }
  return { ...base, verdict: 'matches', summary: `labels match what the workloads pass (${policyText})` };
}
