/**
 * Orchestration only: discover → render/parse → extract → assess → one deterministic ScanResult.
 * Every side effect (file system, helm, kustomize) comes in through ScanDeps, so this module is pure
 * control flow and can be driven by fakes and by the real thing alike.
 */
import { assessWorkloads, slimItem, warmAssessment, withoutWarmState, type AssessItem } from './findings/assess.js';
import { compareStrings } from './findings/check-order.js';
import type { ScanError, ScanResult, TargetRef, TargetSummary } from './findings/types.js';
import type { ObjectSink } from './manifests/parse.js';
import type { InputError, KubeObject } from './manifests/types.js';
import type { ScanOptions } from './options.js';
import { buildRolloutPlan } from './plan/build.js';
import type { RenderedScenario, RenderOutcome } from './render/types.js';
import { extractWorkloads } from './workloads/extract.js';
import type { Workload } from './workloads/types.js';
import { itemAt } from './util/item-at.js';

/** A thing to scan, as discovery found it. */
export interface ScanTarget {
  readonly ref: TargetRef;
  /** Absolute path on disk; absent for stdin. */
  readonly absolutePath?: string;
}

/** The side effects a scan needs. `createNodeScanDeps()` in node-deps.ts provides the real ones. */
export interface ScanDeps {
  discover(options: ScanOptions): Promise<{ targets: ScanTarget[]; errors: ScanError[] }>;
  /**
   * Reads and parses one plain manifest file (or stdin) into a single-scenario outcome. With `sink`, the objects
   * may instead be handed to it as they are read (the scenario then lists none, and must have `reload`), so the
   * scan can be done with each before the next is read.
   */
  loadManifests(target: ScanTarget, options: ScanOptions, sink?: ObjectSink): Promise<RenderOutcome>;
  /** Renders a Helm chart or kustomization. */
  render(target: ScanTarget, options: ScanOptions): Promise<RenderOutcome>;
}

/**
 * Targets in flight per render slot. The real deps bound helm/kustomize *processes* to the render concurrency
 * (see node-deps.ts); keeping more targets in flight than that lets one target read its files or parse its
 * output while the others keep every render slot busy. Overlays that share one kustomize build (see
 * render/kustomize/batch.ts) each hold a place while they wait for it, so the window is wide enough for the
 * charts behind them to start meanwhile.
 */
const TARGETS_PER_RENDER_SLOT = 8;

/**
 * Runs one scan. Never throws for bad input: problems are returned as `errors`. `keepItems`, when given,
 * receives every workload with its target (the fix engine needs them; a plain scan lets them go).
 */
export async function scan(options: ScanOptions, deps: ScanDeps, keepItems?: AssessItem[]): Promise<ScanResult> {
  const discovered = await deps.discover(options);
  const inFlight = Math.max(1, options.render.concurrency) * TARGETS_PER_RENDER_SLOT;
  // Each outcome is reduced to its workloads and Namespaces as soon as it arrives, so the other rendered
  // objects (Services, ConfigMaps, …) and their parse trees can be collected while the scan goes on.
  const targets = discovered.targets;
  const prepared = new Array<PreparedOutcome>(targets.length);
  // The rollout plan and the fix engine read the workloads' objects; otherwise they can go once assessed.
  const keepObjects = keepItems !== undefined || options.plan === true;
  await mapBounded(startOrder(targets), inFlight, async (index) => {
    const target = itemAt(targets, index);
    if (target.ref.kind !== 'manifest') {
      prepared[index] = prepareOutcome(await deps.render(target, options), options, keepObjects);
      return;
    }
    // A manifest file's objects are taken one by one as they are read: a file can hold tens of thousands.
    const streamed = new ScenarioItems({ ...target.ref, scenarios: [] }, undefined, options, !keepObjects);
    const outcome = await deps.loadManifests(target, options, streamed);
    streamed.reloadWith(outcome.scenarios[0]);
    prepared[index] = prepareOutcome(outcome, options, keepObjects, streamed);
  });
  if (keepItems)
    for (const outcome of prepared) for (const item of outcome.items) keepItems.push(withoutWarmStateItem(item));
  // Results stay in discovery order, whatever order the targets ran in. The outcomes are handed over (the list is
  // emptied): once their parts are gathered, nothing but the gathered lists holds their workloads.
  return finishResult(gatherOutcomes(prepared.splice(0), discovered.errors), options);
}

/**
 * The item with its workload as a new object holding the same fields but not the assessment's cached results (see
 * warmAssessment), which the kept copy so lets go once the assessment is done with the original: the fix engine
 * reads the workload, never those results.
 */
function withoutWarmStateItem(item: AssessItem): AssessItem {
  return { ...item, workload: withoutWarmState(item.workload) };
}

/**
 * The order targets start in (indexes into `targets`): the costliest renders first, so that no long render
 * is left running alone at the end while the other render slots sit idle. A kustomize build (a large
 * kubectl or kustomize process, often several bases) costs more than a `helm template`; plain manifest
 * files start no process and go last, filling the gaps the renders leave. Stable within each kind.
 */
function startOrder(targets: readonly ScanTarget[]): number[] {
  const rank = (target: ScanTarget): number =>
    target.ref.kind === 'kustomize' ? 0 : target.ref.kind === 'helm' ? 1 : 2;
  return targets.map((_, index) => index).sort((a, b) => rank(itemAt(targets, a)) - rank(itemAt(targets, b)) || a - b);
}

/** What the result needs from one target's outcome: its workloads, Namespaces, errors and summary. */
interface PreparedOutcome {
  readonly errors: ScanError[];
  readonly items: AssessItem[];
  readonly namespaceObjects: KubeObject[];
  readonly summary: TargetSummary;
  readonly notice?: ScanError;
}

function prepareOutcome(
  outcome: RenderOutcome,
  options: ScanOptions,
  keepObjects = true,
  streamed?: ScenarioItems,
): PreparedOutcome {
  const errors: ScanError[] = [...outcome.errors];
  const items: AssessItem[] = [];
  const namespaceObjects: KubeObject[] = [];
  let workloadCount = 0;
  const take = (scenario: ScenarioItems): void => {
    for (const error of scenario.errors) errors.push({ ...error, target: outcome.target });
    // Loops, not push(...spread): one manifest file can hold tens of thousands of workloads.
    for (const item of scenario.items) items.push(item);
    for (const object of scenario.namespaces) namespaceObjects.push(object);
    workloadCount += scenario.items.length;
  };
  if (streamed) take(streamed);
  for (const scenario of outcome.scenarios) {
    const targetRef: TargetRef = {
      ...outcome.target,
      scenarios: outcome.target.kind === 'helm' ? [scenario.scenario] : [],
    };
    const reader = new ScenarioItems(
      targetRef,
      scenario.defaultNamespace,
      options,
      !keepObjects && scenario.reload !== undefined,
    );
    reader.reloadWith(scenario);
    for (const object of scenario.objects) reader.add(object);
    take(reader);
  }
  // A chart or overlay that renders no workload is suspicious (a values switch, a wrong path);
  // say so instead of passing silently. Plain files without workloads (Services, ConfigMaps) are normal.
  const notice: ScanError | undefined =
    outcome.target.kind !== 'manifest' && workloadCount === 0 && outcome.scenarios.length > 0
      ? {
          file: outcome.target.path,
          message: `${outcome.target.kind === 'helm' ? 'chart' : 'kustomization'} rendered no pod-producing workloads`,
          target: outcome.target,
        }
      : undefined;
  return {
    errors,
    items,
    namespaceObjects,
    summary: { ref: outcome.target, workloads: workloadCount },
    ...(notice ? { notice } : {}),
  };
}

/**
 * One scenario's workloads, taken object by object: extracted, evaluated and located at once (while other
 * targets still render: assessment waits for all of them), and, when allowed and the scenario can build its
 * objects again, reduced to slim items (see slimItem) so each object can go as soon as it is taken. Also an
 * ObjectSink, for objects handed over as a file is read.
 */
class ScenarioItems implements ObjectSink {
  items: AssessItem[] = [];
  namespaces: KubeObject[] = [];
  errors: InputError[] = [];
  private objectCount = 0;
  private reloadObjects: (() => readonly KubeObject[]) | undefined;
  private rebuilt: readonly KubeObject[] | undefined;

  constructor(
    private readonly targetRef: TargetRef,
    private readonly defaultNamespace: string | undefined,
    private readonly options: ScanOptions,
    private readonly slim: boolean,
  ) {}

  /** Takes the scenario's way to build its objects again; without one, items taken slim cannot be assessed. */
  reloadWith(scenario: RenderedScenario | undefined): void {
    this.reloadObjects = scenario?.reload;
    if (this.slim && this.items.length > 0 && this.reloadObjects === undefined) {
      throw new Error(`${this.targetRef.path}: objects were handed over as read, but cannot be read again`);
    }
  }

  object(object: KubeObject): void {
    this.add(object);
  }

  restart(): void {
    this.items = [];
    this.namespaces = [];
    this.errors = [];
    this.objectCount = 0;
  }

  add(object: KubeObject): void {
    const objectIndex = this.objectCount++;
    const extracted = extractWorkloads([object], this.options.policy.podTemplateKinds);
    for (const error of extracted.errors) this.errors.push(error);
    if (isNamespace(object)) this.namespaces.push(object);
    const items = extracted.workloads.map((workload): AssessItem => ({
      workload,
      targetRef: this.targetRef,
      defaultNamespace: this.defaultNamespace,
    }));
    warmAssessment(items, this.options.policy);
    items.forEach((item, nth) =>
      this.items.push(this.slim ? slimItem(item, () => this.reload(objectIndex, nth)) : item),
    );
  }

  /** The `nth` workload of the `objectIndex`-th object, freshly extracted from the objects built again (once). */
  private reload(objectIndex: number, nth: number): Workload {
    this.rebuilt ??= this.reloadObjects?.();
    const source = this.rebuilt?.[objectIndex];
    const again =
      source === undefined
        ? undefined
        : extractWorkloads([source], this.options.policy.podTemplateKinds).workloads[nth];
    if (again === undefined) throw new Error(`${this.targetRef.path}: object ${objectIndex} could not be read again`);
    return again;
  }
}

/** Every target's parts, in discovery order. */
interface Gathered {
  readonly errors: ScanError[];
  readonly notices: ScanError[];
  /** Emptied while the workloads are assessed (see handOver) unless a rollout plan reads them afterwards. */
  readonly items: (AssessItem | undefined)[];
  readonly namespaceObjects: KubeObject[];
  readonly targets: TargetSummary[];
}

function gatherOutcomes(prepared: readonly PreparedOutcome[], discoveryErrors: readonly ScanError[]): Gathered {
  const gathered: Gathered = {
    errors: [...discoveryErrors],
    notices: [],
    items: [],
    namespaceObjects: [],
    targets: [],
  };
  for (const outcome of prepared) {
    // Loops, not push(...spread): one manifest file can hold tens of thousands of workloads.
    for (const error of outcome.errors) gathered.errors.push(error);
    for (const item of outcome.items) gathered.items.push(item);
    for (const object of outcome.namespaceObjects) gathered.namespaceObjects.push(object);
    gathered.targets.push(outcome.summary);
    if (outcome.notice) gathered.notices.push(outcome.notice);
  }
  return gathered;
}

/**
 * The items one by one, each let go of as it is handed out: a workload's cached results (see warmAssessment) can
 * then be collected as soon as it is assessed, instead of all of them staying until the last one is.
 */
function* handOver(items: (AssessItem | undefined)[]): Generator<AssessItem> {
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    items[index] = undefined;
    if (item !== undefined) yield item;
  }
}

function finishResult(gathered: Gathered, options: ScanOptions): ScanResult {
  const { errors, notices, items, namespaceObjects, targets } = gathered;
  const workloadCount = items.length;
  // The rollout plan reads every item again after the assessment.
  const plannedItems = options.plan === true ? items.filter((item) => item !== undefined) : undefined;

  const renderErrors = mergeRepeatedErrors(errors);
  errors.length = 0;
  for (const error of renderErrors) errors.push(error);
  const assessed = assessWorkloads({
    items: plannedItems ?? handOver(items),
    namespaces: namespaceObjects,
    policy: options.policy,
    today: options.today,
  });
  errors.push(...assessed.errors);
  notices.push(...assessed.notices);
  // A scan that checked nothing must not read like a clean bill of health.
  if (workloadCount === 0 && errors.length === 0) {
    const paths = options.paths.length > 0 ? options.paths.join(', ') : '.';
    notices.push({
      file: paths,
      message: `no pod-producing workloads found in ${paths} (${targets.length} ${targets.length === 1 ? 'file or target' : 'files and targets'} read)`,
    });
  }

  return {
    findings: assessed.findings,
    workloads: assessed.verdicts,
    errors: sortErrors(errors),
    targets,
    notices: sortErrors(notices),
    ...(plannedItems !== undefined
      ? {
          plan: buildRolloutPlan({
            items: plannedItems,
            namespaces: namespaceObjects,
            policy: options.policy,
            today: options.today,
            verdicts: assessed.verdicts,
          }),
        }
      : {}),
  };
}

/**
 * One error per file, line and message: a problem in a base or chart that several targets share is reported once
 * (flux2's overlays over one remote base gave 49 lines, 21 distinct). The targets that met it are then named when
 * the file is not theirs, so the reader knows which renders it breaks.
 */
function mergeRepeatedErrors(errors: readonly ScanError[]): ScanError[] {
  const byKey = new Map<string, { error: ScanError; targets: TargetRef[] }>();
  for (const error of errors) {
    const key = [error.file, error.line ?? 0, error.column ?? 0, error.message].join('\u0000');
    const seen = byKey.get(key);
    const target = error.target;
    if (seen === undefined) byKey.set(key, { error, targets: target ? [target] : [] });
    else if (target && !seen.targets.some((known) => known.kind === target.kind && known.path === target.path))
      seen.targets.push(target);
  }
  return [...byKey.values()].map(({ error, targets }) => {
    const elsewhere = targets.filter((target) => !isWithin(error.file, target.path));
    if (targets.length < 2 || elsewhere.length === 0) return error;
    return { ...error, message: `${error.message} (rendering ${elsewhere.map((target) => target.path).join(', ')})` };
  });
}

function isWithin(file: string, targetPath: string): boolean {
  return targetPath === '.' || file === targetPath || file.startsWith(`${targetPath}/`);
}

function isNamespace(object: KubeObject): boolean {
  return object.value['kind'] === 'Namespace' && object.value['apiVersion'] === 'v1';
}

function sortErrors(errors: ScanError[]): ScanError[] {
  return errors
    .map((error, index) => ({ error, index }))
    .sort(
      (a, b) =>
        compareStrings(a.error.file, b.error.file) || (a.error.line ?? 0) - (b.error.line ?? 0) || a.index - b.index,
    )
    .map(({ error }) => error);
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
      results[index] = await fn(itemAt(items, index), index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
