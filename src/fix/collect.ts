/**
 * A scan that keeps its workloads: the fix engine needs the rendered objects (to locate fields and read the
 * pod), which a plain scan lets go as soon as it has assessed them. Same deps, same result.
 */
import type { AssessItem } from '../findings/assess.js';
import type { ScanResult, TargetRef } from '../findings/types.js';
import type { ScanOptions } from '../options.js';
import type { RenderOutcome } from '../render/types.js';
import { assembleResult, mapBounded, type ScanDeps } from '../scan.js';
import { extractWorkloads } from '../workloads/extract.js';

export interface ScanWithWorkloads {
  readonly result: ScanResult;
  readonly items: AssessItem[];
}

export async function scanKeepingWorkloads(options: ScanOptions, deps: ScanDeps): Promise<ScanWithWorkloads> {
  const discovered = await deps.discover(options);
  const outcomes = await mapBounded(discovered.targets, Math.max(1, options.render.concurrency), (target) =>
    target.ref.kind === 'manifest' ? deps.loadManifests(target, options) : deps.render(target, options),
  );
  const result = assembleResult(outcomes, discovered.errors, options);
  return { result, items: outcomes.flatMap((outcome) => itemsOf(outcome, options)) };
}

function itemsOf(outcome: RenderOutcome, options: ScanOptions): AssessItem[] {
  return outcome.scenarios.flatMap((scenario) => {
    const targetRef: TargetRef = { ...outcome.target, scenarios: outcome.target.kind === 'helm' ? [scenario.scenario] : [] };
    return extractWorkloads(scenario.objects, options.policy.podTemplateKinds).workloads.map((workload) => ({ workload, targetRef, defaultNamespace: scenario.defaultNamespace }));
  });
}
