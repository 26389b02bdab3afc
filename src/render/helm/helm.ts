/**
 * Renders a Helm chart with `helm template`, once per scenario, and maps the objects back to the chart's
 * template, helper and values lines (see helm-source-map.ts).
 *
 * Decisions:
 * - Release name: `HelmOptions.releaseName` (config default `release-name`, helm's own default), so output
 *   never depends on `--generate-name` randomness. Namespace: `HelmOptions.namespace`, else `default`.
 * - Test hooks (`helm.sh/hook: test`) are rendered unless `skipTests` is set: `helm test` creates those pods
 *   in the release namespace, where Pod Security Admission applies to them like to any other pod.
 * - Never `--post-renderer`, plugins (the runner gives helm an empty plugin folder), `--generate-name`,
 *   `--dependency-update` or a cluster (`--validate`, lookups see none).
 * - Flags are passed as `--flag=value` and the chart after `--`, so no file name can be read as a flag.
 * - Dependencies: subcharts already in `charts/` render as they are. Missing `file://` dependencies are
 *   staged offline: the chart is copied to a temp folder and each local dependency is copied into its
 *   `charts/` (the user's tree is never written). A missing remote dependency is an error naming it and the
 *   fix, unless network is allowed; then `helm dependency build` runs in the temp copy.
 */
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { parseDocument, LineCounter, isMap, isSeq, isScalar } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { DirEntry, FileSystem } from '../../discover/fs.js';
import { isInside } from '../../discover/paths.js';
import type { ScanError, TargetRef } from '../../findings/types.js';
import { readBlockYamlValue, withLocator } from '../../manifests/parse.js';
import type { KubeObject } from '../../manifests/types.js';
import type { HelmOptions } from '../../options.js';
import { describeFailure } from '../command-runner.js';
import { checkChart, redactValues, secretLikeValuesStrings, setValues, valuesFileStrings } from './helm-safety.js';
import type { ChartSafety } from './helm-safety.js';
import { HelmSourceCache, HelmSourceMap, joinDisplay, resolveSource } from './helm-source-map.js';
import type { ChartLayout, ChartTemplates, ValuesLayer } from './helm-source-map.js';
import { findToolBinary } from '../tool-binary.js';
import { withScratchDir, type ScratchSpace } from '../scratch.js';
import type { CommandResult, CommandRunner, RenderedScenario, RenderOutcome } from '../types.js';
import { itemAt } from '../../util/item-at.js';

/** A named set of values files and `--set` flags for one render of a chart. */
export interface HelmScenario {
  readonly name: string;
  /** Relative to the chart folder (or absolute). Applied after `HelmOptions.valuesFiles`. */
  readonly valuesFiles: readonly string[];
  readonly set?: readonly string[];
}

export interface HelmRenderRequest {
  /** Absolute path of the chart folder. */
  readonly chartDir: string;
  /** Repo-relative chart folder, forward slashes (`charts/web`, or `.` for a chart at the root). */
  readonly displayPath: string;
  /** Absolute path of the scanned root; `file://` dependencies outside it are refused. */
  readonly repoRoot?: string;
  readonly helm: HelmOptions & { readonly skipTests?: boolean };
  /** Configured scenarios; when given they replace `default` + `ci/*-values.yaml`. */
  readonly scenarios?: readonly HelmScenario[];
  readonly network: boolean;
  readonly timeoutMs: number;
  readonly maxOutputBytes: number;
  /** Which rendered kinds to parse (pod producers, Namespaces); others are skipped. Default: all. */
  readonly keepKind?: (apiVersion: string, kind: string) => boolean;
}

export interface HelmRenderDeps {
  readonly runner: CommandRunner;
  /** Read access to the scanned tree, and the scratch space where a chart is staged when it must be. */
  readonly fs: Pick<FileSystem, 'readFile' | 'readDir' | 'realpath'> & ScratchSpace;
  /**
   * Source mapping's work that depends on file contents only, shared by the charts of a scan (copies of a chart
   * and shared library subcharts are parsed, compiled and aligned once). Default: one per chart.
   */
  readonly sourceCache?: HelmSourceCache;
  /** The helm binary to run; default: found with {@link findHelmBinary}. */
  readonly helmBinary?: string;
}

/** helm from `--helm`/config, else PATH, else the helm installed with podsec. */
export function findHelmBinary(explicit?: string, pathEnv?: string): Promise<string | undefined> {
  return findToolBinary('helm', {
    ...(explicit !== undefined ? { explicit } : {}),
    ...(pathEnv !== undefined ? { pathEnv } : {}),
  });
}

interface Dependency {
  readonly name: string;
  readonly alias?: string;
  readonly version?: string;
  readonly repository?: string;
  readonly line: number;
}

interface ChartMeta {
  readonly name: string;
  readonly dependencies: readonly Dependency[];
  /** The file that lists the dependencies (Chart.yaml, or requirements.yaml for apiVersion v1). */
  readonly dependencyFile: string;
  /** `type: library`: helm refuses to install it; it renders only through the charts that depend on it. */
  readonly library?: boolean;
}

const MAX_SUBCHART_DEPTH = 6;

async function tryRead(fs: HelmRenderDeps['fs'], path: string): Promise<string | undefined> {
  try {
    return await fs.readFile(path);
  } catch {
    return undefined;
  }
}

async function tryList(fs: HelmRenderDeps['fs'], path: string): Promise<DirEntry[]> {
  try {
    return (await fs.readDir(path)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

/** The fast reader's value of a chart file, when it could read it (see readBlockYamlValue). */
type FastRead = { readonly value: unknown } | undefined;

function dependencyList(
  text: string | undefined,
  fast: FastRead = text === undefined ? undefined : readBlockYamlValue(text, 100),
): Dependency[] {
  if (text === undefined) return [];
  // Most charts declare no dependencies: the fast reader says so without building a document.
  if (fast && (typeof fast.value !== 'object' || fast.value === null || !('dependencies' in fast.value))) return [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, logLevel: 'error' });
  const root = doc.contents as YamlNode | null;
  if (!isMap(root)) return [];
  const list = root.get('dependencies', true) as YamlNode | undefined;
  if (!isSeq(list)) return [];
  const deps: Dependency[] = [];
  for (const item of list.items) {
    if (!isMap(item)) continue;
    const field = (key: string): string | undefined => {
      const value = item.get(key, true) as YamlNode | undefined;
      return isScalar(value) && value.value !== null && value.value !== undefined ? String(value.value) : undefined;
    };
    const name = field('name');
    if (name === undefined) continue;
    const alias = field('alias');
    const version = field('version');
    const repository = field('repository');
    deps.push({
      name,
      line: lineCounter.linePos((item as YamlNode).range?.[0] ?? 0).line,
      ...(alias !== undefined ? { alias } : {}),
      ...(version !== undefined ? { version } : {}),
      ...(repository !== undefined ? { repository } : {}),
    });
  }
  return deps;
}

async function readChartMeta(fs: HelmRenderDeps['fs'], dir: string): Promise<ChartMeta | undefined> {
  const text = await tryRead(fs, join(dir, 'Chart.yaml'));
  if (text === undefined) return undefined;
  let name = '';
  let apiVersion = '';
  let library = false;
  const fast = readBlockYamlValue(text, 100);
  try {
    const parsed = fast?.value ?? (parseDocument(text, { prettyErrors: false, logLevel: 'error' }).toJS() as unknown);
    if (parsed && typeof parsed === 'object') {
      const record = parsed as Record<string, unknown>;
      if (typeof record['name'] === 'string') name = record['name'];
      if (typeof record['apiVersion'] === 'string') apiVersion = record['apiVersion'];
      library = record['type'] === 'library';
    }
  } catch {
    // helm reports a broken Chart.yaml itself, with a better message.
  }
  // helm reads a Chart.yaml without apiVersion as v1, whose dependencies live in requirements.yaml.
  if (apiVersion === 'v1' || apiVersion === '') {
    const requirements = await tryRead(fs, join(dir, 'requirements.yaml'));
    if (requirements !== undefined)
      return { name, dependencies: dependencyList(requirements), dependencyFile: 'requirements.yaml', library };
  }
  return { name, dependencies: dependencyList(text, fast), dependencyFile: 'Chart.yaml', library };
}

/** `name-1.2.3.tgz` → `name` (helm's own package naming). */
function packagedChartName(file: string): string | undefined {
  return /^(.+?)-v?\d+\.\d+\.\d+[^/]*\.tgz$/.exec(file)?.[1];
}

interface PresentSubchart {
  readonly chartName: string;
  /** Folder (absolute) for unpacked subcharts. */
  readonly dir?: string;
  readonly displayPath?: string;
  readonly file: string;
}

async function presentSubcharts(
  fs: HelmRenderDeps['fs'],
  chartDir: string,
  displayPath: string,
): Promise<PresentSubchart[]> {
  const present: PresentSubchart[] = [];
  for (const entry of await tryList(fs, join(chartDir, 'charts'))) {
    if (entry.type === 'directory') {
      const meta = await readChartMeta(fs, join(chartDir, 'charts', entry.name));
      if (meta) {
        present.push({
          chartName: meta.name || entry.name,
          dir: join(chartDir, 'charts', entry.name),
          displayPath: joinDisplay(displayPath, `charts/${entry.name}`),
          file: entry.name,
        });
      }
    } else if (entry.type === 'file') {
      const name = packagedChartName(entry.name);
      if (name !== undefined) present.push({ chartName: name, file: entry.name });
    }
  }
  return present;
}

function isLocalRepository(repository: string | undefined): boolean {
  return repository !== undefined && repository.startsWith('file://');
}

/** What to do about a chart's dependencies before rendering. */
interface DependencyPlan {
  /** file:// dependencies to copy into the staged chart's charts/ (recursively planned). */
  readonly local: { readonly dep: Dependency; readonly dir: string; readonly displayPath: string }[];
  readonly remoteMissing: Dependency[];
}

async function planDependencies(
  fs: HelmRenderDeps['fs'],
  chartDir: string,
  displayPath: string,
  meta: ChartMeta,
  repoRoot: string | undefined,
): Promise<DependencyPlan | { error: string; line?: number }> {
  const present = new Set((await presentSubcharts(fs, chartDir, displayPath)).map((sub) => sub.chartName));
  const local: DependencyPlan['local'] = [];
  const remoteMissing: Dependency[] = [];
  for (const dep of meta.dependencies) {
    if (present.has(dep.name)) continue;
    if (isLocalRepository(dep.repository)) {
      const target = resolve(chartDir, (dep.repository ?? '').slice('file://'.length));
      if (repoRoot !== undefined && !isInside(repoRoot, target)) {
        return {
          error: `dependency "${dep.name}" points outside the scanned folder (${dep.repository ?? ''}); podsec does not read it`,
          line: dep.line,
        };
      }
      if ((await readChartMeta(fs, target)) === undefined) {
        return { error: `dependency "${dep.name}" (${dep.repository ?? ''}) has no Chart.yaml`, line: dep.line };
      }
      local.push({
        dep,
        dir: target,
        displayPath: posix.normalize(joinDisplay(displayPath, (dep.repository ?? '').slice('file://'.length))),
      });
    } else {
      remoteMissing.push(dep);
    }
  }
  return { local, remoteMissing };
}

/** The (sub)chart tree as helm will name it in `# Source:` paths. */
async function buildLayout(
  fs: HelmRenderDeps['fs'],
  name: string,
  dir: string,
  displayPath: string,
  meta: ChartMeta,
  staged: readonly { readonly dep: Dependency; readonly dir: string; readonly displayPath: string }[],
  depth: number,
): Promise<{ layout: ChartLayout; dirs: Map<string, string> }> {
  const dirs = new Map<string, string>([[displayPath, dir]]);
  const subcharts: ChartLayout[] = [];
  if (depth < MAX_SUBCHART_DEPTH) {
    const present = await presentSubcharts(fs, dir, displayPath);
    const candidates: { chartName: string; dir?: string; displayPath?: string }[] = [...present];
    for (const local of staged)
      candidates.push({ chartName: local.dep.name, dir: local.dir, displayPath: local.displayPath });
    for (const candidate of candidates) {
      const aliases = meta.dependencies.filter((dep) => dep.name === candidate.chartName);
      const names = aliases.length > 0 ? aliases.map((dep) => dep.alias ?? dep.name) : [candidate.chartName];
      const entry = aliases[0];
      const fallback = { file: joinDisplay(displayPath, meta.dependencyFile), line: entry?.line ?? 1 };
      for (const subName of names) {
        if (candidate.dir !== undefined && candidate.displayPath !== undefined) {
          const subMeta = (await readChartMeta(fs, candidate.dir)) ?? {
            name: candidate.chartName,
            dependencies: [],
            dependencyFile: 'Chart.yaml',
          };
          const sub = await buildLayout(fs, subName, candidate.dir, candidate.displayPath, subMeta, [], depth + 1);
          subcharts.push({ ...sub.layout, fallback });
          for (const [key, value] of sub.dirs) dirs.set(key, value);
        } else {
          subcharts.push({ name: subName, displayPath: undefined, fallback, subcharts: [] });
        }
      }
    }
  }
  return { layout: { name, displayPath, subcharts }, dirs };
}

/** Template and helper files of every unpacked chart, parent first. */
async function readTemplates(
  fs: HelmRenderDeps['fs'],
  dirs: ReadonlyMap<string, string>,
  alreadyRead: ReadonlyMap<string, string>,
): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (dir: string, display: string, depth: number): Promise<void> => {
    if (depth > 8) return;
    for (const entry of await tryList(fs, dir)) {
      const path = join(dir, entry.name);
      const shown = `${display}/${entry.name}`;
      if (entry.type === 'directory') await walk(path, shown, depth + 1);
      else if (entry.type === 'file' && /\.(ya?ml|tpl|txt|json)$/.test(entry.name)) {
        const text = alreadyRead.get(path) ?? (await tryRead(fs, path));
        if (text !== undefined) files.set(shown, text);
      }
    }
  };
  for (const [display, dir] of dirs) await walk(join(dir, 'templates'), joinDisplay(display, 'templates'), 0);
  return files;
}

function chartError(target: TargetRef, file: string, message: string, line?: number): ScanError {
  return { file, message, target, ...(line !== undefined ? { line } : {}) };
}

/** The scenarios of a chart: configured ones, else `default` plus each `ci/*-values.yaml`. */
async function scenariosOf(request: HelmRenderRequest, fs: HelmRenderDeps['fs']): Promise<HelmScenario[]> {
  if (request.scenarios && request.scenarios.length > 0) return [...request.scenarios];
  const scenarios: HelmScenario[] = [{ name: 'default', valuesFiles: [] }];
  if (request.helm.ciScenarios) {
    for (const entry of await tryList(fs, join(request.chartDir, 'ci'))) {
      if (entry.type === 'file' && entry.name.endsWith('-values.yaml'))
        scenarios.push({ name: `ci/${entry.name}`, valuesFiles: [`ci/${entry.name}`] });
    }
  }
  return scenarios;
}

function displayOfValues(request: HelmRenderRequest, file: string): string {
  if (isAbsolute(file)) {
    const rel = request.repoRoot !== undefined ? relative(request.repoRoot, file) : undefined;
    return rel !== undefined && !rel.startsWith('..') ? rel.split(sep).join('/') : file;
  }
  return posix.normalize(joinDisplay(request.displayPath, file.split(sep).join('/')));
}

/** Whether a display path is the chart folder's or below it (`.` is the whole tree). */
function isInsideChart(chart: string, display: string): boolean {
  return chart === '.' || chart === ''
    ? !display.startsWith('../') && !display.startsWith('/')
    : display.startsWith(`${chart}/`);
}

function remoteDependencyMessage(
  request: HelmRenderRequest,
  dependencyFile: string,
  deps: readonly Dependency[],
): string {
  const named = deps
    .map(
      // The alias tells apart one chart used several times (three "memcached" entries read as one otherwise).
      (dep) =>
        `"${dep.name}"${dep.version ? ` ${dep.version}` : ''}` +
        `${dep.alias !== undefined && dep.alias !== dep.name ? ` as "${dep.alias}"` : ''}` +
        `${dep.repository ? ` from ${dep.repository}` : ''}`,
    )
    .join(', ');
  const chart = request.displayPath === '' ? '.' : request.displayPath;
  return (
    `chart ${chart} needs ${deps.length === 1 ? 'dependency' : 'dependencies'} ${named} (listed in ${dependencyFile}) ` +
    `that ${deps.length === 1 ? 'is' : 'are'} not in ${joinDisplay(chart, 'charts/')}; run "helm dependency build ${chart}" before scanning, ` +
    'or allow network access while rendering (--network)'
  );
}

/** A chart that passed every check before rendering: what its scenarios and its staging need. */
interface PreparedChart {
  readonly helm: string;
  readonly meta: ChartMeta;
  readonly plan: DependencyPlan;
  readonly safety: ChartSafety;
}

/** The chart's own files, read while helm renders (the scenarios only need their values files). */
interface ChartFiles {
  readonly layout: ChartLayout;
  readonly templates: ChartTemplates;
  /** Each (sub)chart's values.yaml by display path; undefined when it has none. */
  readonly chartValues: ReadonlyMap<string, string | undefined>;
}

/**
 * Renders one chart in every scenario. Never throws for chart problems: a scenario that fails becomes a
 * {@link ScanError} with helm's stderr tail (never the rendered manifests, which may hold secrets), and the
 * other scenarios still render.
 */
export async function renderHelmChart(request: HelmRenderRequest, deps: HelmRenderDeps): Promise<RenderOutcome> {
  const scenarios = await scenariosOf(request, deps.fs);
  const target: TargetRef = {
    kind: 'helm',
    path: request.displayPath,
    scenarios: scenarios.map((scenario) => scenario.name),
  };
  const outcome = { target, scenarios: [] as RenderedScenario[], errors: [] as ScanError[] };
  const prepared = await prepareChart(request, deps, target);
  if ('errors' in prepared) {
    outcome.errors.push(...prepared.errors);
    return outcome;
  }
  const { plan, safety, meta } = prepared;
  // A chart with a .git folder (a chart at the repository root) is rendered from a copy without it, so .Files
  // cannot read the checkout's credentials; missing dependencies are provided in the copy, never in the repository.
  if (plan.local.length === 0 && plan.remoteMissing.length === 0 && safety.hidden.length === 0) {
    await renderScenarios(request, deps, prepared, request.chartDir, scenarios, outcome);
    return outcome;
  }
  await withScratchDir(deps.fs, 'podsec-chart-', async (staging) => {
    const renderDir = join(staging, 'chart');
    const failed = await stageChart(request, deps, prepared, renderDir);
    if (failed !== undefined)
      outcome.errors.push(chartError(target, joinDisplay(request.displayPath, meta.dependencyFile), failed));
    else await renderScenarios(request, deps, prepared, renderDir, scenarios, outcome);
  });
  return outcome;
}

/**
 * Everything decided before helm runs: the binary, Chart.yaml, the dependency plan and the safety checks.
 * Errors name the file at fault; a library chart yields no errors and nothing to render.
 */
async function prepareChart(
  request: HelmRenderRequest,
  deps: HelmRenderDeps,
  target: TargetRef,
): Promise<PreparedChart | { readonly errors: ScanError[] }> {
  const { fs } = deps;
  const helm = deps.helmBinary ?? (await findHelmBinary(request.helm.binary));
  if (helm === undefined) {
    const wanted = request.helm.binary === undefined ? 'helm' : `helm binary ${JSON.stringify(request.helm.binary)}`;
    return {
      errors: [
        chartError(
          target,
          request.displayPath,
          `${wanted} not found: install helm, put it on PATH or set the helm binary option`,
        ),
      ],
    };
  }
  const meta = await readChartMeta(fs, request.chartDir);
  if (!meta)
    return {
      errors: [
        chartError(target, joinDisplay(request.displayPath, 'Chart.yaml'), 'Chart.yaml is missing or unreadable'),
      ],
    };
  // Named as a target in the config: nothing to install, nothing to check on its own (discovery skips these).
  if (meta.library) return { errors: [] };
  const dependencyFile = joinDisplay(request.displayPath, meta.dependencyFile);
  const plan = await planDependencies(fs, request.chartDir, request.displayPath, meta, request.repoRoot);
  if ('error' in plan) return { errors: [chartError(target, dependencyFile, plan.error, plan.line)] };
  if (plan.remoteMissing.length > 0 && !request.network) {
    const first = itemAt(plan.remoteMissing, 0);
    return {
      errors: [
        chartError(
          target,
          dependencyFile,
          remoteDependencyMessage(request, meta.dependencyFile, plan.remoteMissing),
          first.line,
        ),
      ],
    };
  }
  const safety = await checkChart(fs, request.chartDir, request.displayPath, { network: request.network });
  for (const local of plan.local) {
    const inner = await checkChart(fs, local.dir, local.displayPath, { network: request.network });
    safety.problems.push(...inner.problems);
    for (const [file, text] of inner.texts) safety.texts.set(file, text);
  }
  if (safety.problems.length > 0)
    return { errors: safety.problems.map((problem) => chartError(target, problem.file, problem.message)) };
  return { helm, meta, plan, safety };
}

/** Renders every scenario from `renderDir` (the chart, or its staged copy) and adds the results to `outcome`. */
async function renderScenarios(
  request: HelmRenderRequest,
  deps: HelmRenderDeps,
  prepared: PreparedChart,
  renderDir: string,
  scenarios: readonly HelmScenario[],
  outcome: { readonly target: TargetRef; readonly scenarios: RenderedScenario[]; readonly errors: ScanError[] },
): Promise<void> {
  const chartFiles = readChartFiles(request, deps, prepared);
  const rootReal =
    request.repoRoot === undefined ? undefined : await deps.fs.realpath(request.repoRoot).catch(() => request.repoRoot);
  // Scenarios render concurrently (the runner bounds the processes); results are used in scenario order.
  const runs = scenarios.map((scenario) => renderScenario(request, deps, prepared.helm, renderDir, rootReal, scenario));
  const chart = await chartFiles;
  // Texts of the values files seen so far, in scenario order: a failed scenario's error is redacted with
  // the chart's values and the values files of that scenario and the ones before it.
  const valuesTexts = new Map<string, string | undefined>(chart.chartValues);
  for (const run of runs) {
    const scenarioRun = await run;
    for (const [display, text] of scenarioRun.valuesRead) if (!valuesTexts.has(display)) valuesTexts.set(display, text);
    const result = scenarioResult(request, chart, valuesTexts, scenarioRun, outcome.target);
    outcome.errors.push(...result.errors);
    if (result.rendered !== undefined) outcome.scenarios.push(result.rendered);
  }
}

async function readChartFiles(
  request: HelmRenderRequest,
  deps: HelmRenderDeps,
  prepared: PreparedChart,
): Promise<ChartFiles> {
  const { fs } = deps;
  const { layout, dirs } = await buildLayout(
    fs,
    prepared.meta.name,
    request.chartDir,
    request.displayPath,
    prepared.meta,
    prepared.plan.local,
    0,
  );
  const files = await readTemplates(fs, dirs, prepared.safety.texts);
  const chartValues = new Map<string, string | undefined>();
  for (const [display, dir] of dirs) {
    const file = joinDisplay(display, 'values.yaml');
    if (!chartValues.has(file)) chartValues.set(file, await tryRead(fs, join(dir, 'values.yaml')));
  }
  const templates = (deps.sourceCache ?? new HelmSourceCache()).chartTemplates(request.displayPath, files);
  return { layout, templates, chartValues };
}

/** One scenario's rendered objects, or the error that explains why it has none. */
function scenarioResult(
  request: HelmRenderRequest,
  chart: ChartFiles,
  valuesTexts: ReadonlyMap<string, string | undefined>,
  run: ScenarioRun,
  target: TargetRef,
): { readonly errors: ScanError[]; readonly rendered?: RenderedScenario } {
  const { scenario } = run;
  if (run.outsideFile !== undefined) {
    return {
      errors: [
        chartError(
          target,
          run.outsideFile,
          `scenario "${scenario.name}": values file is outside the scanned folder; podsec does not read it`,
        ),
      ],
    };
  }
  const result = run.result as CommandResult;
  if (result.spawnError !== undefined || result.exitCode !== 0 || result.timedOut || result.outputTooLarge) {
    const why = redactValues(
      describeFailure('helm template', result, request.timeoutMs),
      renderSecrets(request, valuesTexts, run.sets),
    );
    const at = templateErrorLocation(result.stderr, chart.layout);
    return {
      errors: [chartError(target, at?.file ?? request.displayPath, `scenario "${scenario.name}": ${why}`, at?.line)],
    };
  }
  const rendered = renderedObjects(
    result.stdout,
    request,
    chart.layout,
    chart.templates,
    valuesLayers(run, valuesTexts),
    target,
  );
  return {
    errors: rendered.errors,
    rendered: {
      scenario: scenario.name,
      objects: rendered.objects,
      defaultNamespace: request.helm.namespace ?? 'default',
    },
  };
}

/**
 * What must not appear in a failed render's message. helm's stderr can quote values (a template's `fail`
 * message); those that could be secrets must not reach logs or comments: --set values, every string of a values
 * file from outside the chart, and secret-like keys anywhere. The chart's own defaults stay readable (they are
 * in the repository, and file names hold them).
 */
function renderSecrets(
  request: HelmRenderRequest,
  valuesTexts: ReadonlyMap<string, string | undefined>,
  sets: readonly string[],
): Set<string> {
  const secrets = new Set(sets.flatMap(setValues));
  for (const [display, text] of valuesTexts) {
    if (text === undefined) continue;
    const strings = isInsideChart(request.displayPath, display)
      ? secretLikeValuesStrings(text)
      : valuesFileStrings(text);
    for (const value of strings) secrets.add(value);
  }
  return secrets;
}

/** The values layers each (sub)chart of one scenario's render sees, lowest priority first. */
function valuesLayers(
  run: ScenarioRun,
  valuesTexts: ReadonlyMap<string, string | undefined>,
): (chain: readonly ChartLayout[]) => ValuesLayer[] {
  const scenarioValues: ValuesLayer[] = [];
  for (const [display] of run.valuesRead) {
    // The first text read under a name wins, as when each file was read once per chart.
    const text = valuesTexts.get(display);
    if (text !== undefined) scenarioValues.push({ file: display, text, prefix: [] });
  }
  return (chain) => {
    const layers: ValuesLayer[] = [];
    // Innermost chart's defaults first; each parent's values (under the subchart's key) override them.
    for (let i = chain.length - 1; i >= 0; i--) {
      const owner = itemAt(chain, i);
      const prefix = chain.slice(i + 1).map((sub) => sub.name);
      if (owner.displayPath === undefined) continue;
      const file = joinDisplay(owner.displayPath, 'values.yaml');
      const text = valuesTexts.get(file);
      if (text !== undefined) layers.push({ file, text, prefix });
    }
    const prefix = chain.slice(1).map((sub) => sub.name);
    for (const layer of scenarioValues) layers.push({ ...layer, prefix });
    return layers;
  };
}

interface ScenarioRun {
  readonly scenario: HelmScenario;
  readonly sets: readonly string[];
  /** Values files read for this scenario (display path → text), in order, before any refusal. */
  readonly valuesRead: readonly (readonly [string, string | undefined])[];
  /** Set when a values file lies outside the scanned folder; nothing was rendered. */
  readonly outsideFile?: string;
  readonly result?: CommandResult;
}

/** Checks and reads one scenario's values files, then runs `helm template` for it. */
async function renderScenario(
  request: HelmRenderRequest,
  deps: HelmRenderDeps,
  helm: string,
  renderDir: string,
  rootReal: string | undefined,
  scenario: HelmScenario,
): Promise<ScenarioRun> {
  const { fs, runner } = deps;
  const valuesFiles = [...request.helm.valuesFiles, ...scenario.valuesFiles];
  const sets = [...request.helm.set, ...(scenario.set ?? [])];
  const valuesRead: [string, string | undefined][] = [];
  for (const file of valuesFiles) {
    const absolute = isAbsolute(file) ? file : resolve(request.chartDir, file);
    const display = displayOfValues(request, file);
    // Relative values files come from the repository (config file, scenarios): they stay inside it.
    if (!isAbsolute(file) && rootReal !== undefined) {
      const real = await fs.realpath(absolute).catch(() => absolute);
      if (!isInside(rootReal, real)) return { scenario, sets, valuesRead, outsideFile: display };
    }
    valuesRead.push([display, await tryRead(fs, absolute)]);
  }
  const args = helmTemplateArgs(request, renderDir, valuesFiles, sets);
  const result = await runner.run(helm, args, {
    cwd: renderDir,
    timeoutMs: request.timeoutMs,
    maxOutputBytes: request.maxOutputBytes,
  });
  return { scenario, sets, valuesRead, result };
}

/** helm names the template and line of a template error (`(web/templates/x.yaml:12)`); point there. */
function templateErrorLocation(stderr: string, layout: ChartLayout): { file: string; line: number } | undefined {
  const match = /\(([^()\s]+\.(?:ya?ml|tpl|txt|json)):(\d+)(?::\d+)?\)/.exec(stderr);
  if (!match) return undefined;
  const file = resolveSource(match[1] ?? '', layout).file;
  return file === undefined ? undefined : { file, line: Number(match[2]) };
}

function helmTemplateArgs(
  request: HelmRenderRequest,
  chartDir: string,
  valuesFiles: readonly string[],
  sets: readonly string[],
): string[] {
  const args = ['template', `--namespace=${request.helm.namespace ?? 'default'}`];
  for (const file of valuesFiles) args.push(`--values=${isAbsolute(file) ? file : resolve(request.chartDir, file)}`);
  for (const set of sets) args.push(`--set=${set}`);
  if (request.helm.kubeVersion !== undefined) args.push(`--kube-version=${request.helm.kubeVersion}`);
  for (const api of request.helm.apiVersions) args.push(`--api-versions=${api}`);
  if (request.helm.skipTests === true) args.push('--skip-tests');
  const release = request.helm.releaseName.trim() === '' ? 'release-name' : request.helm.releaseName;
  args.push('--', release, chartDir);
  return args;
}

/** Copies the chart to `renderDir` and provides its missing dependencies there. Returns an error text. */
async function stageChart(
  request: HelmRenderRequest,
  deps: HelmRenderDeps,
  prepared: PreparedChart,
  renderDir: string,
): Promise<string | undefined> {
  const { helm, meta, plan } = prepared;
  await deps.fs.copyTree(request.chartDir, renderDir, { exclude: prepared.safety.hidden });
  for (const local of plan.local) await deps.fs.copyTree(local.dir, join(renderDir, 'charts', local.dep.name));
  if (plan.remoteMissing.length === 0) return undefined;
  // Network allowed: let helm fetch the remote ones. Local ones are already in charts/, so point their
  // repository at the copies (absolute file:// paths) for helm's resolver.
  const chartYaml = join(renderDir, meta.dependencyFile);
  const text = (await tryRead(deps.fs, join(request.chartDir, meta.dependencyFile))) ?? '';
  const doc = parseDocument(text, { logLevel: 'error' });
  const list = doc.get('dependencies', true);
  if (isSeq(list)) {
    for (const item of list.items) {
      if (!isMap(item)) continue;
      const repository = item.get('repository');
      if (typeof repository === 'string' && repository.startsWith('file://')) {
        const absolute = resolve(request.chartDir, repository.slice('file://'.length));
        item.set('repository', `file://${absolute}`);
      }
    }
  }
  await deps.fs.writeFile(chartYaml, doc.toString());
  const repositories = [
    ...new Set(plan.remoteMissing.map((dep) => dep.repository ?? '').filter((repo) => /^https?:\/\//.test(repo))),
  ];
  const options = { cwd: renderDir, timeoutMs: request.timeoutMs, maxOutputBytes: 16 * 1024 * 1024 };
  for (const [index, repository] of repositories.entries()) {
    const added = await deps.runner.run(
      helm,
      ['repo', 'add', '--force-update', '--', `podsec-${index + 1}`, repository],
      options,
    );
    if (added.exitCode !== 0)
      return `could not add chart repository ${repository}: ${describeFailure('helm repo add', added, request.timeoutMs)}`;
  }
  const built = await deps.runner.run(helm, ['dependency', 'build', '--', renderDir], options);
  if (built.exitCode !== 0)
    return `could not fetch chart dependencies: ${describeFailure('helm dependency build', built, request.timeoutMs)}`;
  return undefined;
}

function renderedObjects(
  output: string,
  request: HelmRenderRequest,
  layout: ChartLayout,
  templates: ChartTemplates,
  valuesFor: (chain: readonly ChartLayout[]) => ValuesLayer[],
  target: TargetRef,
): { objects: KubeObject[]; errors: ScanError[] } {
  const map = new HelmSourceMap({ root: layout, files: templates.files, valuesFor, templates }, output);
  const parsed = templates.renderedManifests(output, request.keepKind);
  const errors: ScanError[] = parsed.errors.map((error) => {
    const doc = error.line !== undefined ? map.documentAt(error.line) : undefined;
    const file = (doc && map.fileOf(doc)) ?? request.displayPath;
    return chartError(target, file, `rendered output does not parse: ${error.message}`);
  });
  const objects = parsed.objects.map((object) => {
    const doc = map.documentAt(object.position([]).line);
    // Align the document with its template now, while other renders are still running, rather than when
    // its first finding is located: assessment waits for every target, so work left for it is work no
    // render can hide.
    const context = doc && map.context(doc);
    const file = (doc && (map.fileOf(doc) ?? context?.fallback.file)) ?? request.displayPath;
    return withLocator(
      object,
      (path) =>
        map.locate(
          (p) => object.position(p),
          path,
          (p) => valueAt(object.value, p),
        ),
      { file },
    );
  });
  return { objects, errors };
}

/** The value at an object-relative path, or undefined. */
function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}
