/**
 * Orchestration only: discover → render/parse → extract → assess → one deterministic ScanResult.
 * Every side effect (file system, helm, kustomize) comes in through ScanDeps, so this module is pure
 * control flow and can be driven by fakes and by the real thing alike.
 */
import { assessWorkloads, type AssessItem } from './findings/assess.js';
import type { ScanError, ScanResult, TargetRef, TargetSummary } from './findings/types.js';
import type { KubeObject } from './manifests/types.js';
import type { ScanOptions } from './options.js';
import type { RenderOutcome } from './render/types.js';
import { extractWorkloads } from './workloads/extract.js';

/** A thing to scan, as discovery found it. */
export interface ScanTarget {
  readonly ref: TargetRef;
  /** Absolute path on disk; absent for stdin. */
  readonly absolutePath?: string;
}

/** The side effects a scan needs. `createNodeScanDeps()` in node-deps.ts provides the real ones. */
export interface ScanDeps {
  discover(options: ScanOptions): Promise<{ targets: ScanTarget[]; errors: ScanError[] }>;
  /** Reads and parses one plain manifest file (or stdin) into a single-scenario outcome. */
  loadManifests(target: ScanTarget, options: ScanOptions): Promise<RenderOutcome>;
  /** Renders a Helm chart or kustomization. */
  render(target: ScanTarget, options: ScanOptions): Promise<RenderOutcome>;
}

/** Runs one scan. Never throws for bad input: problems are returned as `errors`. */
export async function scan(options: ScanOptions, deps: ScanDeps): Promise<ScanResult> {
  const discovered = await deps.discover(options);
  const outcomes = await mapBounded(discovered.targets, Math.max(1, options.render.concurrency), (target) =>
    target.ref.kind === 'manifest' ? deps.loadManifests(target, options) : deps.render(target, options),
  );
  return assembleResult(outcomes, discovered.errors, options);
}

/** Turns render outcomes into the final result. Exported for tests and for merging shard results. */
export function assembleResult(
  outcomes: readonly RenderOutcome[],
  discoveryErrors: readonly ScanError[],
  options: ScanOptions,
): ScanResult {
  const errors: ScanError[] = [...discoveryErrors];
  const notices: ScanError[] = [];
  const items: AssessItem[] = [];
  const namespaceObjects: KubeObject[] = [];
  const targets: TargetSummary[] = [];

  for (const outcome of outcomes) {
    errors.push(...outcome.errors);
    let workloadCount = 0;
    for (const scenario of outcome.scenarios) {
      const targetRef: TargetRef = {
        ...outcome.target,
        scenarios: outcome.target.kind === 'helm' ? [scenario.scenario] : [],
      };
      const extracted = extractWorkloads(scenario.objects, options.policy.podTemplateKinds);
      for (const error of extracted.errors) errors.push({ ...error, target: outcome.target });
      for (const object of scenario.objects) {
        if (isNamespace(object)) namespaceObjects.push(object);
      }
      for (const workload of extracted.workloads) {
        items.push({ workload, targetRef, defaultNamespace: scenario.defaultNamespace });
      }
      workloadCount += extracted.workloads.length;
    }
    targets.push({ ref: outcome.target, workloads: workloadCount });
    // A chart or overlay that renders no workload is suspicious (a values switch, a wrong path);
    // say so instead of passing silently. Plain files without workloads (Services, ConfigMaps) are normal.
    if (outcome.target.kind !== 'manifest' && workloadCount === 0 && outcome.scenarios.length > 0) {
      notices.push({
        file: outcome.target.path,
        message: `${outcome.target.kind === 'helm' ? 'chart' : 'kustomization'} rendered no pod-producing workloads`,
        target: outcome.target,
      });
    }
  }

  const assessed = assessWorkloads({
    items,
    namespaces: namespaceObjects,
    policy: options.policy,
    today: options.today,
  });
  errors.push(...assessed.errors);
  notices.push(...assessed.notices);

  return {
    findings: assessed.findings,
    workloads: assessed.verdicts,
    errors: sortErrors(errors),
    targets,
    notices: sortErrors(notices),
  };
}

function isNamespace(object: KubeObject): boolean {
  return object.value['kind'] === 'Namespace' && object.value['apiVersion'] === 'v1';
}

function sortErrors(errors: ScanError[]): ScanError[] {
  return errors
    .map((error, index) => ({ error, index }))
    .sort(
      (a, b) =>
        compareStrings(a.error.file, b.error.file) ||
        (a.error.line ?? 0) - (b.error.line ?? 0) ||
        a.index - b.index,
    )
    .map(({ error }) => error);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Maps with at most `limit` calls in flight; results keep the input order. */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
