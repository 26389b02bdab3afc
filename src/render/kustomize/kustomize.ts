/**
 * Renders a kustomization with the real kustomize (or `kubectl kustomize`) and traces every object back to the
 * repository: the resource file and line it came from, and the patch that set a field.
 *
 * The user's files are never edited, and kustomize never sees them: it builds in a staged copy of the repository
 * folder (staging.ts), so a base outside that folder does not exist for it, with network access off (command.ts)
 * unless the user turned it on. podsec writes a one-line wrapper kustomization next to the copy, whose only
 * resource is the target directory (by a relative path: kustomize refuses absolute roots), and which turns on
 * `buildMetadata: [originAnnotations, transformerAnnotations]`. A directory resource is loaded as a kustomization
 * root of its own, so the target keeps its own load restrictions and builds exactly as it would alone; no
 * `--load-restrictor` change is needed. Several such targets may share one kustomize process (batch.ts);
 * attribution is the same either way.
 */
import { DEFAULT_TIMEOUT_MS, describeFailure } from '../command-runner.js';
import { dirname, relative, resolve } from 'node:path';
import { isScalar, isSeq, LineCounter, parseDocument, stringify } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { ScanError, TargetRef } from '../../findings/types.js';
import { parseManifests, parseYamlValue } from '../../manifests/parse.js';
import type { KubeObject, LocatedField, ParsedManifests, RepoLocation } from '../../manifests/types.js';
import type { KustomizeOptions } from '../../options.js';
import type { FieldPath } from '../../policy/types.js';
import { outsideBoundary, type ScanBoundary } from '../../discover/boundary.js';
import { describeFileError, type FileSystem, type ScratchSpace } from '../../discover/fs.js';
import { isInside, toPosix } from '../../discover/paths.js';
import type { CommandRunner, RenderOutcome } from '../types.js';
import type { SharedKustomizeBuilds } from './batch.js';
import { GIT_STAND_IN_MESSAGE, OFFLINE_ENV, OFFLINE_PROXY_ADDRESS, resolveKustomizeCommand } from './command.js';
import {
  isInlineEntry,
  parseKustomizationText,
  readKustomizationAt,
  type KustomizationFile,
} from './kustomization-file.js';
import {
  followInPatch,
  intermediateNames,
  loadPatchText,
  type LoadedPatch,
  type PatchHit,
  type PatchSubject,
  type PatchTarget,
  type TextPlacement,
} from './patches.js';
import { planBuild } from './plan.js';
import { createKustomizeStaging, type KustomizeStaging, type StagedTree } from './staging.js';
import type { BuildPlan, KustomizeBuild } from './types.js';
import { isPlainObject } from '../../util/plain-object.js';

/** What to build. */
export interface KustomizeRenderRequest {
  /** The target as reported (kind `kustomize`, display path of the directory). */
  readonly target: TargetRef;
  /** Absolute path of the kustomization directory. */
  readonly directory: string;
  /** Absolute working directory; paths outside every scanned root are shown relative to it. */
  readonly cwd: string;
  readonly options: {
    readonly kustomize: KustomizeOptions;
    /** Allow remote bases (kustomize fetches them). Default false. */
    readonly network: boolean;
    readonly timeoutMs?: number;
    readonly maxOutputBytes?: number;
    /** The helm binary kustomize runs for `helmCharts` (only with `kustomize.enableHelm`). */
    readonly helmBinary?: string;
    /** Which built kinds to parse (pod producers, Namespaces); others are skipped. Default: all. */
    readonly keepKind?: (apiVersion: string, kind: string) => boolean;
  };
  /** Turns an absolute repository path into its display form (from discovery); default: relative to `cwd`. */
  readonly displayPath?: (absolute: string) => string;
  /** What the build may read (see discover/boundary.ts); default: the working folder. */
  readonly boundary?: ScanBoundary;
}

export interface KustomizeRenderDeps {
  readonly runner: CommandRunner;
  readonly fs: FileSystem & ScratchSpace;
  /**
   * Resource files already parsed by earlier renders of the same scan (see {@link createKustomizeFileCache}):
   * overlays over one base otherwise parse the base's files once each.
   */
  readonly parsedFiles?: KustomizeFileCache;
  /** Builds this scan's kustomizations several to a kustomize process where that gives the same result. */
  readonly sharedBuilds?: SharedKustomizeBuilds;
  /** The scan's staged copies of repository folders; without it, this render stages (and removes) its own. */
  readonly staging?: KustomizeStaging;
}

/** Parsed resource files shared by the renders of one scan; opaque to callers. */
export interface KustomizeFileCache {
  readonly parsed: Map<string, Promise<ParsedManifests | undefined>>;
}

/** A cache for {@link KustomizeRenderDeps.parsedFiles}; create one per scan (files do not change during it). */
export function createKustomizeFileCache(): KustomizeFileCache {
  return { parsed: new Map() };
}

const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';
const TRANSFORMATIONS_ANNOTATION = 'alpha.config.kubernetes.io/transformations';
/** Annotations kustomize adds for its own bookkeeping; none of them is the user's. */
const KUSTOMIZE_ANNOTATION_PREFIXES = [
  'internal.config.kubernetes.io/',
  'config.kubernetes.io/',
  'alpha.config.kubernetes.io/',
  'kustomize.config.k8s.io/',
];
const KUSTOMIZE_ANNOTATIONS = new Set(['config.k8s.io/id']);

function stringRecord(value: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (isPlainObject(value))
    for (const [key, item] of Object.entries(value)) if (typeof item === 'string') result[key] = item;
  return result;
}

function isKustomizeAnnotation(key: string): boolean {
  return KUSTOMIZE_ANNOTATIONS.has(key) || KUSTOMIZE_ANNOTATION_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/** The object without kustomize's build metadata, so checks see exactly what the cluster would get. */
function stripBuildMetadata(value: Record<string, unknown>): Record<string, unknown> {
  const metadata = value['metadata'];
  if (!isPlainObject(metadata) || !isPlainObject(metadata['annotations'])) return value;
  const annotations = Object.fromEntries(
    Object.entries(metadata['annotations']).filter(([key]) => !isKustomizeAnnotation(key)),
  );
  const { annotations: _dropped, ...rest } = metadata;
  const cleaned = Object.keys(annotations).length > 0 ? { ...rest, annotations } : rest;
  return { ...value, metadata: cleaned };
}

/**
 * Annotation texts already read in one render, by text: the objects of one resource file share their origin,
 * and the objects of one overlay mostly share their transformer list. The values are only read, never changed.
 */
type AnnotationCache = Map<string, unknown>;

function readAnnotationYaml(value: Record<string, unknown>, key: string, cache: AnnotationCache): unknown {
  const metadata = value['metadata'];
  if (!isPlainObject(metadata) || !isPlainObject(metadata['annotations'])) return undefined;
  const text = metadata['annotations'][key];
  if (typeof text !== 'string') return undefined;
  if (cache.has(text)) return cache.get(text);
  let parsed: unknown;
  try {
    parsed = parseYamlValue(text, 10);
  } catch {
    parsed = undefined;
  }
  cache.set(text, parsed);
  return parsed;
}

function lineOne(file: string): RepoLocation {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** Reads files at most once per render (a base shared by many objects, a patch file used twice). */
class SourceCache {
  private readonly texts = new Map<string, Promise<string | undefined>>();
  private readonly manifests: Map<string, Promise<ParsedManifests | undefined>>;
  private readonly kustomizations = new Map<
    string,
    Promise<{ text: string; data: Record<string, unknown> } | undefined>
  >();

  constructor(
    private readonly fs: FileSystem,
    private readonly display: (absolute: string) => string,
    shared?: KustomizeFileCache,
  ) {
    this.manifests = shared?.parsed ?? new Map();
  }

  text(absolute: string): Promise<string | undefined> {
    let found = this.texts.get(absolute);
    if (found === undefined) {
      found = this.fs.readFile(absolute).then(
        (text) => text,
        () => undefined,
      );
      this.texts.set(absolute, found);
    }
    return found;
  }

  parsed(absolute: string): Promise<ParsedManifests | undefined> {
    const shown = this.display(absolute);
    // The shown name is part of the key: parsed objects carry it as their file.
    const key = `${absolute}\u0000${shown}`;
    let found = this.manifests.get(key);
    if (found === undefined) {
      found = this.text(absolute).then((text) => (text === undefined ? undefined : parseManifests(text, shown)));
      this.manifests.set(key, found);
    }
    return found;
  }

  kustomization(absolute: string): Promise<{ text: string; data: Record<string, unknown> } | undefined> {
    let found = this.kustomizations.get(absolute);
    if (found === undefined) {
      found = this.text(absolute).then((text) => {
        if (text === undefined) return undefined;
        const parsed = parseKustomizationText(text, absolute);
        return 'error' in parsed ? undefined : { text, data: { ...parsed.data } };
      });
      this.kustomizations.set(absolute, found);
    }
    return found;
  }
}

/** Where inline patch text sits inside its kustomization file, so patch lines map to file lines. */
function inlinePlacement(
  text: string,
  file: string,
  node: YamlNode | undefined,
  lineCounter: LineCounter,
): TextPlacement {
  const start = node?.range?.[0];
  const fallback: RepoLocation =
    start === undefined
      ? lineOne(file)
      : (() => {
          const { line, col } = lineCounter.linePos(start);
          return { file, line, column: col, endLine: line, endColumn: col };
        })();
  if (!isScalar(node) || node.type !== 'BLOCK_LITERAL' || start === undefined) {
    // Quoted or folded text does not keep its lines; every hit points at the patch as a whole.
    return { file, lineOffset: 0, columnOffset: 0, fixed: fallback };
  }
  const headerLine = lineCounter.linePos(start).line;
  const lines = text.split('\n');
  let indent = 0;
  for (let index = headerLine; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line.trim() === '') continue;
    indent = line.length - line.trimStart().length;
    break;
  }
  return { file, lineOffset: headerLine, columnOffset: indent };
}

function patchTarget(value: unknown): PatchTarget | undefined {
  if (!isPlainObject(value)) return undefined;
  const pick = (key: string): string | undefined =>
    typeof value[key] === 'string' ? (value[key] as string) : undefined;
  const target: Record<string, string> = {};
  for (const key of ['group', 'version', 'kind', 'name', 'namespace', 'labelSelector', 'annotationSelector']) {
    const item = pick(key);
    if (item !== undefined) target[key] = item;
  }
  return target;
}

/** Every patch a kustomization declares, in the order kustomize applies them. */
async function loadKustomizationPatches(
  cache: SourceCache,
  kustomizationFile: string,
  display: (absolute: string) => string,
): Promise<LoadedPatch[]> {
  const kustomization = await cache.kustomization(kustomizationFile);
  if (kustomization === undefined) return [];
  const dir = dirname(kustomizationFile);
  const fileDisplay = display(kustomizationFile);
  const lineCounter = new LineCounter();
  const doc = parseDocument(kustomization.text, { lineCounter, prettyErrors: false, logLevel: 'error' });
  const sequence = (key: string): YamlNode[] => {
    const node = doc.get(key, true);
    return isSeq(node) ? (node.items as YamlNode[]) : [];
  };
  const patches: LoadedPatch[] = [];
  const fromFile = async (entry: string, target: PatchTarget | undefined): Promise<void> => {
    const absolute = resolve(dir, entry);
    const text = await cache.text(absolute);
    if (text === undefined) return;
    patches.push(...loadPatchText(text, { file: display(absolute), lineOffset: 0, columnOffset: 0 }, target));
  };

  const strategic = kustomization.data['patchesStrategicMerge'];
  if (Array.isArray(strategic)) {
    const nodes = sequence('patchesStrategicMerge');
    for (const [index, entry] of strategic.entries()) {
      if (typeof entry !== 'string') continue;
      if (isInlineEntry(entry))
        patches.push(
          ...loadPatchText(
            entry,
            inlinePlacement(kustomization.text, fileDisplay, nodes[index], lineCounter),
            undefined,
          ),
        );
      else await fromFile(entry, undefined);
    }
  }
  for (const key of ['patches', 'patchesJson6902']) {
    const list = kustomization.data[key];
    if (!Array.isArray(list)) continue;
    const nodes = sequence(key);
    for (const [index, entry] of list.entries()) {
      if (!isPlainObject(entry)) continue;
      const target = patchTarget(entry['target']);
      if (typeof entry['path'] === 'string') {
        await fromFile(entry['path'], target);
      } else if (typeof entry['patch'] === 'string') {
        const itemNode = nodes[index];
        const patchNode =
          itemNode && 'get' in itemNode
            ? (itemNode as unknown as { get(key: string, keep: true): YamlNode | undefined }).get('patch', true)
            : undefined;
        patches.push(
          ...loadPatchText(
            entry['patch'],
            inlinePlacement(kustomization.text, fileDisplay, patchNode, lineCounter),
            target,
          ),
        );
      }
    }
  }
  return patches;
}

interface Origin {
  /** The resource file, or the kustomization that generated the object, as kustomize names it (relative to the wrapper). */
  readonly path?: string;
  readonly generated: boolean;
}

function readOrigin(value: Record<string, unknown>, cache: AnnotationCache): Origin {
  const origin = readAnnotationYaml(value, ORIGIN_ANNOTATION, cache);
  if (!isPlainObject(origin)) return { generated: false };
  if (typeof origin['repo'] === 'string') return { generated: false };
  if (typeof origin['path'] === 'string') return { path: origin['path'], generated: false };
  if (typeof origin['configuredIn'] === 'string') return { path: origin['configuredIn'], generated: true };
  return { generated: false };
}

/** The kustomization files (as kustomize names them) whose patches transformed the object, each once. */
function readTransformers(value: Record<string, unknown>, cache: AnnotationCache): string[] {
  const list = readAnnotationYaml(value, TRANSFORMATIONS_ANNOTATION, cache);
  if (!Array.isArray(list)) return [];
  const files: string[] = [];
  for (const item of list) {
    if (!isPlainObject(item) || typeof item['configuredIn'] !== 'string') continue;
    const by = item['configuredBy'];
    const kind = isPlainObject(by) && typeof by['kind'] === 'string' ? by['kind'] : '';
    if (!/^Patch/.test(kind)) continue;
    if (!files.includes(item['configuredIn'])) files.push(item['configuredIn']);
  }
  return files;
}

function identity(value: Record<string, unknown>): { apiVersion: string; kind: string; name: string | undefined } {
  const metadata = isPlainObject(value['metadata']) ? value['metadata'] : {};
  return {
    apiVersion: typeof value['apiVersion'] === 'string' ? value['apiVersion'] : '',
    kind: typeof value['kind'] === 'string' ? value['kind'] : '',
    name: typeof metadata['name'] === 'string' ? metadata['name'] : undefined,
  };
}

/**
 * Finds the object in its resource file. The origin annotation names only the file, and the overlay may have
 * renamed the object (prefix/suffix), so the match is by kind and the longest original name inside the new one.
 */
function matchOriginObject(
  candidates: readonly KubeObject[],
  rendered: Record<string, unknown>,
): KubeObject | undefined {
  const wanted = identity(rendered);
  const sameKind = candidates.filter((object) => identity(object.value).kind === wanted.kind);
  const byName = sameKind
    .filter((object) => {
      const name = identity(object.value).name;
      return name !== undefined && wanted.name !== undefined && wanted.name.includes(name);
    })
    .sort((a, b) => (identity(b.value).name?.length ?? 0) - (identity(a.value).name?.length ?? 0));
  return byName[0] ?? (sameKind.length === 1 ? sameKind[0] : undefined);
}

/**
 * Locates a path of the rendered object in its resource file. List items are followed by merge key: a component
 * may have put a sidecar first, so the rendered `containers[1]` can be the resource file's `containers[0]`.
 */
function locationOf(
  object: KubeObject,
  rendered: Record<string, unknown>,
  path: FieldPath,
): { location: RepoLocation; exact: boolean; depth: number } {
  const followed = followInPatch(rendered, object.value, path);
  const span = object.position(followed.patchPath);
  return {
    location: {
      file: object.file,
      line: span.line,
      column: span.column,
      endLine: span.endLine,
      endColumn: span.endColumn,
    },
    exact: followed.complete && span.exact,
    depth: span.foundPath.length,
  };
}

function withMessage(location: RepoLocation, message: string): RepoLocation {
  return { ...location, message };
}

/**
 * Builds the locator for one rendered object. Order of preference: the last patch that sets (or removes) the field;
 * else the field in the resource file; else the deepest existing parent, in the patch or resource file that has
 * more of the path (the resource file wins ties).
 */
function makeLocator(
  subject: PatchSubject,
  originObject: KubeObject | undefined,
  fallback: RepoLocation,
  patches: readonly LoadedPatch[],
): (path: FieldPath) => LocatedField {
  return (path) => {
    const base = originObject ? locationOf(originObject, subject.rendered, path) : undefined;
    const baseRelated = base ? [withMessage(base.location, 'resource defined here')] : [];
    let authoritative: { hit: PatchHit; patch: LoadedPatch } | undefined;
    let deepest: { hit: PatchHit; patch: LoadedPatch } | undefined;
    for (const patch of patches) {
      const hit = patch.find(subject, path);
      if (hit === undefined) continue;
      if (hit.authoritative) authoritative = { hit, patch };
      if (deepest === undefined || hit.depth >= deepest.hit.depth) deepest = { hit, patch };
    }
    if (authoritative)
      return { primary: authoritative.hit.location, related: baseRelated, exact: authoritative.hit.exact };
    if (base?.exact) return { primary: base.location, related: [], exact: true };
    if (deepest && (base === undefined || deepest.hit.depth > base.depth)) {
      return { primary: deepest.hit.location, related: baseRelated, exact: false };
    }
    if (base) return { primary: base.location, related: [], exact: false };
    return { primary: fallback, related: [], exact: false };
  };
}

/**
 * Builds one kustomization and returns its objects, each located in the repository (resource file and line, or the
 * patch that set the field). kustomize builds in a staged copy of the repository folder; exec and KRM function
 * plugins are never enabled; network access is off unless `options.network`; `helmCharts` only with
 * `options.kustomize.enableHelm`. Failures come back as errors on the outcome (with the tool's stderr tail), never
 * as exceptions. With `deps.sharedBuilds`, a kustomization that kustomize can build next to others is built in
 * one process with them (see batch.ts); the outcome is the same.
 */
export async function renderKustomization(
  request: KustomizeRenderRequest,
  deps: KustomizeRenderDeps,
): Promise<RenderOutcome> {
  const staging = deps.staging ?? createKustomizeStaging(deps.fs, { network: request.options.network });
  try {
    return await renderStaged(request, deps, staging);
  } finally {
    if (deps.staging === undefined) await staging.dispose();
  }
}

async function renderStaged(
  request: KustomizeRenderRequest,
  deps: KustomizeRenderDeps,
  staging: KustomizeStaging,
): Promise<RenderOutcome> {
  const { fs } = deps;
  const target = request.target;
  const display = request.displayPath ?? ((absolute: string) => toPosix(relative(request.cwd, absolute)) || '.');
  const fail = (message: string, file: string = target.path): RenderOutcome => ({
    target,
    scenarios: [],
    errors: [{ file, message, target }],
  });
  const boundary = request.boundary ?? { path: request.cwd, kind: 'working folder' };

  const kustomization = await readKustomizationAt(fs, request.directory);
  if ('error' in kustomization)
    return fail(kustomization.error, kustomization.file ? display(kustomization.file) : target.path);
  const staged = await stageTarget(fs, staging, request.directory, boundary);
  if ('error' in staged) return fail(staged.error);
  const { tree, stagedDir } = staged;
  const plan = await (deps.sharedBuilds?.plan(request.directory) ??
    planBuild(fs, tree, stagedDir, {
      network: request.options.network,
      enableHelm: request.options.kustomize.enableHelm,
    }));
  if (plan.refusals.length > 0)
    return {
      target,
      scenarios: [],
      errors: plan.refusals.map((item) => ({ file: display(item.file), message: item.message, target })),
    };

  const shared = await deps.sharedBuilds?.build(request.directory);
  const built = shared ?? (await buildAlone(request, deps, staging, tree, stagedDir, plan, display));
  if ('error' in built) return fail(built.error);
  return attribute(request, deps, kustomization, tree, built, display, boundary);
}

/** The staged copy holding the target, and the target's folder in it. */
async function stageTarget(
  fs: FileSystem,
  staging: KustomizeStaging,
  directory: string,
  boundary: ScanBoundary,
): Promise<{ tree: StagedTree; stagedDir: string } | { error: string }> {
  let tree: StagedTree;
  let real: string;
  try {
    real = await fs.realpath(directory);
    tree = await staging.stage(boundary.path);
  } catch (error) {
    return { error: `cannot copy the repository folder for kustomize: ${describeFileError(error)}` };
  }
  const stagedDir = tree.toStaged(real);
  if (stagedDir === undefined) return { error: outsideBoundary('the kustomization', boundary) };
  return { tree, stagedDir };
}

/** Where a build's stderr names staged paths, the paths as the user sees them. */
function showStagedPaths(
  text: string,
  tree: StagedTree,
  wrapperDir: string,
  display: (absolute: string) => string,
): string {
  const shown = display(tree.source);
  const prefix = shown === '.' ? '' : `${shown}/`;
  const fromWrapper = toPosix(relative(wrapperDir, tree.root));
  return text
    .split(`${fromWrapper}/`)
    .join(prefix)
    .split(`${tree.root}/`)
    .join(prefix)
    .split(tree.root)
    .join(shown)
    .split(wrapperDir)
    .join('<podsec wrapper>')
    .split(tree.scratch)
    .join('<podsec staging>');
}

/** Said after kustomize's error when it failed reaching for the network that podsec keeps off. */
const NETWORK_OFF_HINT =
  'podsec: network access is off, so kustomize could not fetch a remote base or file (turn it on with --network, or the action input network: true, to render remote bases)';

/** Whether kustomize's stderr shows a request to the offline proxy or a run of the stand-in git (see command.ts). */
function triedNetwork(stderr: string): boolean {
  return (
    stderr.includes(`proxyconnect tcp: dial tcp ${OFFLINE_PROXY_ADDRESS}`) || stderr.includes(GIT_STAND_IN_MESSAGE)
  );
}

/** Builds the kustomization in its own kustomize process, through a one-resource wrapper kustomization. */
async function buildAlone(
  request: KustomizeRenderRequest,
  deps: KustomizeRenderDeps,
  staging: KustomizeStaging,
  tree: StagedTree,
  stagedDir: string,
  plan: BuildPlan,
  display: (absolute: string) => string,
): Promise<KustomizeBuild | { error: string }> {
  const { fs, runner } = deps;
  const command = await resolveKustomizeCommand(request.options.kustomize, runner);
  const wrapperDir = await staging.makeWrapperDir(tree);
  try {
    await fs.writeFile(
      resolve(wrapperDir, 'kustomization.yaml'),
      stringify({
        apiVersion: 'kustomize.config.k8s.io/v1beta1',
        kind: 'Kustomization',
        resources: [toPosix(relative(wrapperDir, stagedDir))],
        buildMetadata: plan.buildMetadata,
      }),
    );
    const args = [...command.args, wrapperDir];
    if (request.options.kustomize.enableHelm) {
      args.push('--enable-helm');
      if (request.options.helmBinary) args.push('--helm-command', request.options.helmBinary);
    }
    const result = await runner.run(command.command, args, {
      cwd: wrapperDir,
      ...(request.options.timeoutMs === undefined ? {} : { timeoutMs: request.options.timeoutMs }),
      ...(request.options.maxOutputBytes === undefined ? {} : { maxOutputBytes: request.options.maxOutputBytes }),
      ...(request.options.network ? {} : { env: OFFLINE_ENV, pathPrefix: tree.binDir }),
    });
    const name = [command.command, ...command.args].join(' ');
    if (result.spawnError !== undefined || result.timedOut || result.outputTooLarge || result.exitCode !== 0) {
      // The runner's wording and stderr tail (control characters removed), with paths as the user sees them.
      const stderr = showStagedPaths(result.stderr, tree, wrapperDir, display);
      const failure = describeFailure(name, { ...result, stderr }, request.options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
      return {
        error: request.options.network || !triedNetwork(result.stderr) ? failure : `${failure}\n${NETWORK_OFF_HINT}`,
      };
    }
    const rendered = parseManifests(
      result.stdout,
      request.target.path,
      request.options.keepKind ? { keepKind: request.options.keepKind } : {},
    );
    const errors: ScanError[] = rendered.errors.map((error) => ({
      ...error,
      message: `kustomize output: ${error.message}`,
      target: request.target,
    }));
    return { wrapperDir, objects: rendered.objects, errors };
  } finally {
    await fs.removeTempDir(wrapperDir);
  }
}

/**
 * Where a path kustomize names (relative to the wrapper) is in the repository: a source path, `wrapper` for
 * podsec's own wrapper files, or `outside` for anything else (which staging should have made impossible).
 */
function sourcePath(tree: StagedTree, wrapperDir: string, path: string): { source: string } | 'wrapper' | 'outside' {
  const absolute = resolve(wrapperDir, path);
  const source = tree.toSource(absolute);
  if (source !== undefined) return { source };
  return isInside(tree.scratch, absolute) ? 'wrapper' : 'outside';
}

/** Traces every built object back to the repository: its resource file, and the patches that apply to it. */
async function attribute(
  request: KustomizeRenderRequest,
  deps: KustomizeRenderDeps,
  kustomization: KustomizationFile,
  tree: StagedTree,
  built: KustomizeBuild,
  display: (absolute: string) => string,
  boundary: ScanBoundary,
): Promise<RenderOutcome> {
  const { wrapperDir } = built;
  const cache = new SourceCache(deps.fs, display, deps.parsedFiles);
  const patchesByKustomization = new Map<string, Promise<LoadedPatch[]>>();
  const patchesOf = (file: string): Promise<LoadedPatch[]> => {
    let found = patchesByKustomization.get(file);
    if (found === undefined) {
      found = loadKustomizationPatches(cache, file, display);
      patchesByKustomization.set(file, found);
    }
    return found;
  };

  const objects: KubeObject[] = [];
  const outside = new Set<string>();
  const annotations: AnnotationCache = new Map();
  for (const object of built.objects) {
    const origin = readOrigin(object.value, annotations);
    const value = stripBuildMetadata(object.value);
    const own = identity(value);
    let originObject: KubeObject | undefined;
    let file = display(kustomization.file);
    const where = origin.path === undefined ? undefined : sourcePath(tree, wrapperDir, origin.path);
    if (where === 'outside' && origin.path !== undefined) outside.add(resolve(wrapperDir, origin.path));
    if (typeof where === 'object') {
      file = display(where.source);
      if (!origin.generated) {
        const parsed = await cache.parsed(where.source);
        originObject = parsed ? matchOriginObject(parsed.objects, value) : undefined;
      }
    }
    const metadata = isPlainObject(value['metadata']) ? value['metadata'] : {};
    const subject: PatchSubject = {
      apiVersion: own.apiVersion,
      kind: own.kind,
      names: intermediateNames(originObject ? identity(originObject.value).name : undefined, own.name ?? ''),
      labels: stringRecord(metadata['labels']),
      annotations: stringRecord(metadata['annotations']),
      rendered: value,
    };
    const patches: LoadedPatch[] = [];
    for (const configuredIn of readTransformers(object.value, annotations)) {
      const patchFile = sourcePath(tree, wrapperDir, configuredIn);
      // podsec's own wrappers (a shared build's member patches) are nobody's fix to make.
      if (patchFile === 'wrapper') continue;
      if (patchFile === 'outside') {
        outside.add(resolve(wrapperDir, configuredIn));
        continue;
      }
      for (const patch of await patchesOf(patchFile.source)) if (patch.appliesTo(subject)) patches.push(patch);
    }
    const locate = makeLocator(subject, originObject, lineOne(file), patches);
    objects.push({
      value,
      file: originObject?.file ?? file,
      documentIndex: originObject?.documentIndex ?? object.documentIndex,
      ...(originObject?.itemIndex === undefined ? {} : { itemIndex: originObject.itemIndex }),
      position: (path) => object.position(path),
      locate,
    });
  }
  if (outside.size > 0) {
    // Staging leaves nothing outside the repository folder for kustomize to read, short of a path that climbs
    // to the file system root; such a build is not used.
    const errors = [...outside].sort().map((path): ScanError => ({
      file: request.target.path,
      message: outsideBoundary(`kustomize read ${JSON.stringify(path)}, which`, boundary),
      target: request.target,
    }));
    return { target: request.target, scenarios: [], errors };
  }
  const namespace = kustomization.data['namespace'];
  return {
    target: request.target,
    scenarios: [
      {
        scenario: 'default',
        objects,
        ...(typeof namespace === 'string' && namespace !== '' ? { defaultNamespace: namespace } : {}),
      },
    ],
    errors: [...built.errors],
  };
}
