import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import type { ScanError, TargetKind } from '../findings/types.js';
import type { TargetOptions } from '../options.js';
import { describeFileError, errorCode, type FileSystem } from './fs.js';
import {
  baseEntries,
  fileEntries,
  KUSTOMIZATION_FILE_NAMES,
  parseKustomizationText,
} from '../render/kustomize/kustomization-file.js';
import { assignShard, createDisplayPath, isInside, normalizeGiven, toPosix, type ScanRoot } from './paths.js';
import { compareStrings } from '../util/compare.js';

/** What to scan: mirrors the discovery part of `ScanOptions`. */
export interface DiscoverRequest {
  /** Absolute working directory that paths, globs and explicit targets are relative to. */
  readonly cwd: string;
  /** Paths as given on the command line; `-` is stdin; empty means `.`. */
  readonly paths: readonly string[];
  /** picomatch globs relative to `cwd`, matched against files and directories (a matched directory is skipped whole). */
  readonly exclude: readonly string[];
  /** Explicit targets (config file or flags): always rendered, with their own options. */
  readonly targets: readonly TargetOptions[];
  /** Keep only the targets of this 1-based shard. */
  readonly shard?: { readonly index: number; readonly total: number };
}

/** One thing to render or parse. */
export interface DiscoveredTarget {
  readonly kind: TargetKind;
  /** Display path: the scanned path as typed plus the path inside it, forward slashes; `-` for stdin. */
  readonly path: string;
  /** Absolute path of the chart or kustomization directory or manifest file; `-` for stdin. */
  readonly absolutePath: string;
  /** Set for `-`: the caller reads standard input and parses it as a manifest. */
  readonly stdin?: boolean;
  /** Present when the target was named in the config file or flags. */
  readonly options?: TargetOptions;
}

export interface DiscoveryResult {
  readonly targets: DiscoveredTarget[];
  readonly errors: ScanError[];
  /** Maps an absolute path (e.g. a kustomize origin file) to the form shown to users. */
  readonly displayPath: (absolute: string) => string;
}

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);
const MANIFEST_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

interface Tree {
  /** Directory → names of the files (not directories) directly in it. */
  readonly dirFiles: Map<string, Set<string>>;
  readonly files: string[];
}

interface WalkContext {
  readonly fs: FileSystem;
  readonly root: ScanRoot;
  readonly excluded: (absolute: string) => boolean;
  readonly display: (absolute: string) => string;
  readonly errors: ScanError[];
  readonly tree: Tree;
}

async function walk(context: WalkContext, dir: string, realDir: string): Promise<void> {
  let entries;
  try {
    entries = await context.fs.readDir(dir);
  } catch (error) {
    context.errors.push({ file: context.display(dir), message: `cannot read directory: ${describeFileError(error)}` });
    return;
  }
  entries.sort((a, b) => compareStrings(a.name, b.name));
  const files = new Set<string>();
  context.tree.dirFiles.set(dir, files);
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (context.excluded(path)) continue;
    if (entry.type === 'directory') {
      if (SKIPPED_DIRECTORIES.has(entry.name)) continue;
      await walk(context, path, join(realDir, entry.name));
    } else if (entry.type === 'file') {
      files.add(entry.name);
      context.tree.files.push(path);
    } else if (entry.type === 'symlink') {
      let target: string;
      try {
        target = await context.fs.realpath(path);
      } catch (error) {
        if (
          isManifestName(entry.name) ||
          KUSTOMIZATION_FILE_NAMES.includes(entry.name) ||
          entry.name === 'Chart.yaml'
        ) {
          context.errors.push({
            file: context.display(path),
            message: `cannot follow symlink: ${describeFileError(error)}`,
          });
        }
        continue;
      }
      if (!isInside(context.root.real, target)) {
        context.errors.push({
          file: context.display(path),
          message: 'symlink points outside the scanned directory; it is not followed',
        });
        continue;
      }
      // A link to something inside the scanned tree: the walk reaches the real file or directory on its own, so
      // following the link would only scan it twice (or loop). Its name still counts for Chart.yaml/kustomization
      // detection, because helm and kustomize follow links.
      if (entry.name === 'Chart.yaml' || KUSTOMIZATION_FILE_NAMES.includes(entry.name)) files.add(entry.name);
    }
  }
}

function isManifestName(name: string): boolean {
  return MANIFEST_EXTENSIONS.has(extname(name).toLowerCase());
}

function kustomizationFileIn(files: ReadonlySet<string> | undefined): string | undefined {
  return files === undefined ? undefined : KUSTOMIZATION_FILE_NAMES.find((name) => files.has(name));
}

async function detectKind(fs: FileSystem, absolute: string): Promise<TargetKind | undefined> {
  try {
    const real = await fs.realpath(absolute);
    const info = await fs.lstat(real);
    if (info.type === 'file') return 'manifest';
    if (info.type !== 'directory') return undefined;
    const names = new Set((await fs.readDir(real)).map((entry) => entry.name));
    if (names.has('Chart.yaml')) return 'helm';
    if (kustomizationFileIn(names)) return 'kustomize';
    return undefined;
  } catch {
    return undefined;
  }
}

/** `type: library` in Chart.yaml (helm's own test is this top-level key); unreadable files render and report. */
async function isLibraryChart(fs: FileSystem, chartDir: string): Promise<boolean> {
  try {
    return LIBRARY_TYPE_LINE.test(await fs.readFile(join(chartDir, 'Chart.yaml')));
  } catch {
    return false;
  }
}

const LIBRARY_TYPE_LINE = /^type:[ \t]*(["']?)library\1[ \t]*(?:#.*)?\r?$/m;

/**
 * Whether a kustomization that another one builds on is still a target of its own: it is an overlay (it builds on
 * another kustomization, as argo-cd's `namespace-install` builds on `base`) or it names the namespace it deploys to.
 * A plain base (resource files, perhaps with labels or images) is read only through the overlays that use it, so
 * the usual base/overlays layout does not report a base that every overlay patches.
 */
function isDeployable(data: Readonly<Record<string, unknown>>, buildsOnKustomization: boolean): boolean {
  const namespace = data['namespace'];
  return buildsOnKustomization || (typeof namespace === 'string' && namespace !== '');
}

function addTarget(targets: Map<string, DiscoveredTarget>, target: DiscoveredTarget): void {
  const key = target.stdin ? '-' : target.absolutePath;
  if (!targets.has(key)) targets.set(key, target);
}

/**
 * Finds what to scan under the given paths: Helm charts (directories with `Chart.yaml`; subcharts go through their
 * parent; `type: library` charts only through the charts that use them), kustomizations (those no other scanned kustomization uses, and overlays or
 * namespaced kustomizations even when another builds on them; `kind: Component` never alone), and plain YAML/JSON manifests that belong to neither. Symlinks leading out of a
 * scanned path are reported, not followed; `node_modules` and `.git` are skipped. Targets come back sorted by their
 * display path's bytes and filtered by `request.shard`.
 */
export async function discoverTargets(request: DiscoverRequest, fs: FileSystem): Promise<DiscoveryResult> {
  const errors: ScanError[] = [];
  const targets = new Map<string, DiscoveredTarget>();
  const given = request.paths.length > 0 ? request.paths : ['.'];

  const roots: ScanRoot[] = [];
  for (const path of given) {
    if (path === '-') continue;
    const absolute = resolve(request.cwd, path);
    let real = absolute;
    try {
      real = await fs.realpath(absolute);
    } catch {
      // Reported below, when the path is scanned.
    }
    roots.push({ given: normalizeGiven(path), absolute, real });
  }
  const displayPath = createDisplayPath(request.cwd, roots);
  const matchExcluded = request.exclude.length > 0 ? picomatch([...request.exclude], { dot: true }) : undefined;
  const excluded = (absolute: string): boolean => {
    if (matchExcluded === undefined) return false;
    const fromCwd = toPosix(relative(request.cwd, absolute));
    return matchExcluded(fromCwd) || matchExcluded(displayPath(absolute));
  };

  const tree: Tree = { dirFiles: new Map(), files: [] };
  for (const path of given) {
    if (path === '-') {
      addTarget(targets, { kind: 'manifest', path: '-', absolutePath: '-', stdin: true });
      continue;
    }
    const root = roots.find(
      (candidate) => candidate.given === normalizeGiven(path) && candidate.absolute === resolve(request.cwd, path),
    );
    if (root === undefined) continue;
    if (excluded(root.absolute)) continue;
    let type;
    try {
      type = (await fs.lstat(root.real)).type;
    } catch (error) {
      errors.push({
        file: root.given,
        message:
          errorCode(error) === 'ENOENT' ? 'path does not exist' : `cannot read path: ${describeFileError(error)}`,
      });
      continue;
    }
    if (type === 'directory') {
      await walk({ fs, root, excluded, display: displayPath, errors, tree }, root.absolute, root.real);
    } else if (type === 'file') {
      const name = basename(root.absolute);
      const dir = dirname(root.absolute);
      // Naming a Chart.yaml or kustomization file means its directory.
      if (name === 'Chart.yaml') addTarget(targets, { kind: 'helm', path: displayPath(dir), absolutePath: dir });
      else if (KUSTOMIZATION_FILE_NAMES.includes(name))
        addTarget(targets, { kind: 'kustomize', path: displayPath(dir), absolutePath: dir });
      else addTarget(targets, { kind: 'manifest', path: root.given, absolutePath: root.absolute });
    } else {
      errors.push({ file: root.given, message: 'not a regular file or directory' });
    }
  }

  const directories = [...tree.dirFiles.keys()];
  const chartDirs = directories.filter((dir) => tree.dirFiles.get(dir)?.has('Chart.yaml'));
  // Ancestor lookups by walking up, so a monorepo with thousands of files and hundreds of charts stays linear.
  const chartSet = new Set(chartDirs);
  const underAny = (set: ReadonlySet<string>, path: string): boolean => {
    for (let current = path; ; current = dirname(current)) {
      if (set.has(current)) return true;
      if (dirname(current) === current) return false;
    }
  };
  const insideChart = (path: string): boolean => underAny(chartSet, path);
  for (const chart of chartDirs) {
    // A chart inside another chart (its charts/ subcharts) renders through the parent.
    if (insideChart(dirname(chart))) continue;
    // A library chart (Bitnami's `common`) cannot be installed: it is read through the charts that depend on it.
    if (await isLibraryChart(fs, chart)) continue;
    addTarget(targets, { kind: 'helm', path: displayPath(chart), absolutePath: chart });
  }

  const kustomizationDirs = directories.filter(
    (dir) => kustomizationFileIn(tree.dirFiles.get(dir)) !== undefined && !insideChart(dir),
  );
  const kustomizationSet = new Set(kustomizationDirs);
  const referenced = new Set<string>();
  const claimedFiles = new Set<string>();
  const components = new Set<string>();
  // Kustomizations that are deployable on their own even when another overlay builds on them (see isDeployable).
  const deployable = new Set<string>();
  for (const dir of kustomizationDirs) {
    const name = kustomizationFileIn(tree.dirFiles.get(dir)) as string;
    const file = join(dir, name);
    let text: string;
    try {
      text = await fs.readFile(file);
    } catch (error) {
      errors.push({ file: displayPath(file), message: `cannot read kustomization: ${describeFileError(error)}` });
      continue;
    }
    const parsed = parseKustomizationText(text, file);
    // A kustomization that does not parse is still a target: rendering it reports kustomize's own error.
    if ('error' in parsed) continue;
    if (parsed.kind === 'Component') components.add(dir);
    let buildsOnKustomization = false;
    for (const entry of baseEntries(parsed.data)) {
      const target = resolve(dir, entry);
      if (kustomizationSet.has(target)) {
        referenced.add(target);
        buildsOnKustomization = true;
      } else claimedFiles.add(target);
    }
    if (isDeployable(parsed.data, buildsOnKustomization)) deployable.add(dir);
    for (const entry of fileEntries(parsed.data)) claimedFiles.add(resolve(dir, entry));
  }
  for (const dir of kustomizationDirs) {
    if (components.has(dir) || (referenced.has(dir) && !deployable.has(dir))) continue;
    addTarget(targets, { kind: 'kustomize', path: displayPath(dir), absolutePath: dir });
  }

  for (const file of tree.files) {
    if (!isManifestName(file)) continue;
    if (claimedFiles.has(file) || insideChart(file)) continue;
    if (underAny(kustomizationSet, dirname(file))) continue;
    addTarget(targets, { kind: 'manifest', path: displayPath(file), absolutePath: file });
  }

  for (const explicit of request.targets) {
    const absolute = resolve(request.cwd, explicit.path);
    const kind = explicit.type ?? (await detectKind(fs, absolute));
    if (kind === undefined) {
      errors.push({
        file: normalizeGiven(explicit.path),
        message: 'configured target is not a Helm chart (Chart.yaml), a kustomization or a file',
      });
      continue;
    }
    targets.set(absolute, { kind, path: displayPath(absolute), absolutePath: absolute, options: explicit });
  }

  let result = [...targets.values()].sort((a, b) => compareStrings(a.path, b.path) || compareStrings(a.kind, b.kind));
  let resultErrors = errors.sort((a, b) => compareStrings(a.file, b.file) || compareStrings(a.message, b.message));
  const shard = request.shard;
  if (shard !== undefined) {
    result = result.filter((target) => assignShard(target.path, shard.total) === shard.index);
    resultErrors = resultErrors.filter((error) => assignShard(error.file, shard.total) === shard.index);
  }
  return { targets: result, errors: resultErrors, displayPath };
}
export { argvPath, assignShard } from './paths.js';
