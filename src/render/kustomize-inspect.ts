/**
 * What podsec learns about a kustomization before building it: its kustomization file, the entries kustomize
 * would fetch over the network or read from outside the scanned folder, and facts about the whole tree of
 * bases and components that decide how it is built. Shared by single builds (kustomize.ts) and shared builds
 * (kustomize-batch.ts).
 */
import { basename, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describeFileError, pathType, type FileSystem } from '../discover/fs.js';
import { fileReferences, findKustomizationFile, isInlineConfig, looksRemote, parseKustomizationText, rootEntries, strings, type KustomizationFile } from '../discover/kustomization-file.js';
import { checkChart } from './helm/helm-safety.js';
import { findToolBinary } from './tool-binary.js';
import { isInside } from '../discover/paths.js';
import type { KustomizeOptions } from '../options.js';
import type { CommandRunner } from './types.js';

/** How kustomize is started: `kustomize build DIR` or `kubectl kustomize DIR`. */
export interface KustomizeCommand {
  readonly command: string;
  readonly args: readonly string[];
}

/** Anything that would reach the network goes to a closed local port instead (git and Go's HTTP client obey these). */
export const OFFLINE_ENV: Readonly<Record<string, string>> = {
  HTTP_PROXY: 'http://127.0.0.1:9',
  HTTPS_PROXY: 'http://127.0.0.1:9',
  http_proxy: 'http://127.0.0.1:9',
  https_proxy: 'http://127.0.0.1:9',
  NO_PROXY: '',
  no_proxy: '',
  GIT_ALLOW_PROTOCOL: 'file',
  GIT_TERMINAL_PROMPT: '0',
  GIT_CONFIG_NOSYSTEM: '1',
};

const resolvedCommands = new WeakMap<CommandRunner, Promise<KustomizeCommand>>();

/**
 * Picks the kustomize binary: the configured one (`kubectl` means `kubectl kustomize`), else `kustomize` on PATH,
 * else `kubectl kustomize`. PATH is looked at once per runner.
 */
export function resolveKustomizeCommand(options: KustomizeOptions, runner: CommandRunner): Promise<KustomizeCommand> {
  if (options.binary !== undefined && options.binary !== '') {
    const name = basename(options.binary).replace(/\.exe$/i, '');
    return Promise.resolve(name === 'kubectl' ? { command: options.binary, args: ['kustomize'] } : { command: options.binary, args: ['build'] });
  }
  let found = resolvedCommands.get(runner);
  if (found === undefined) {
    // A look at PATH instead of running `kustomize version`: no process for a tool that is not there (most
    // machines have only kubectl), and none for one that is.
    found = findToolBinary('kustomize', { bundledBinDirs: [] }).then(
      (path): KustomizeCommand => (path !== undefined ? { command: 'kustomize', args: ['build'] } : { command: 'kubectl', args: ['kustomize'] }),
    );
    resolvedCommands.set(runner, found);
  }
  return found;
}

/**
 * A resource podsec refuses before building, and who names it: remote (fetched only with network on), outside the
 * scanned folder, a git repository by `file://` URL, or a base or component podsec cannot read (it does not let
 * kustomize build what it could not check).
 */
export interface RemoteEntry {
  readonly entry: string;
  readonly file: string;
  readonly outside?: boolean;
  /** A `file://` URL: kustomize clones that repository, wherever it is, even with network off. */
  readonly localRepository?: boolean;
  /** Why podsec cannot read this base's or component's kustomization file. */
  readonly unreadable?: string;
}

export async function readKustomizationAt(fs: FileSystem, dir: string): Promise<KustomizationFile | { error: string; file?: string }> {
  const file = await findKustomizationFile(fs, dir);
  if (file === undefined) return { error: 'no kustomization.yaml, kustomization.yml or Kustomization in the directory' };
  let text: string;
  try {
    text = await fs.readFile(file);
  } catch (error) {
    return { file, error: `cannot read kustomization: ${describeFileError(error)}` };
  }
  const parsed = parseKustomizationText(text, file);
  return 'error' in parsed ? { file, error: parsed.error } : parsed;
}

/** What walking a kustomization tree found besides remote entries. */
export interface TreeFacts {
  /** Some kustomization in the tree patches (or names transformer configs, which may patch). */
  patches: boolean;
  /**
   * Nothing in the tree reaches past the tree when kustomize finishes a build: no `vars` (resolved across
   * everything built), no `configurations` or `crds` (name-reference rules for everything built), no `openapi`
   * schema, no `helmCharts`, every kustomization in it parsed and written with kustomize's own field names
   * (no merge keys, no `Vars:`). Only such trees share a kustomize process with other targets (see
   * kustomize-batch.ts).
   */
  isolated: boolean;
}

/** Fields whose transformations podsec attributes findings to (see readTransformers in kustomize.ts). */
const PATCH_FIELDS = ['patches', 'patchesStrategicMerge', 'patchesJson6902', 'transformers'];
/** Fields whose effect kustomize applies to the whole build, not only to the tree that declares them. */
const BUILD_WIDE_FIELDS = ['vars', 'configurations', 'crds', 'openapi', 'helmCharts', 'helmGlobals'];

/**
 * Walks the kustomization and every local base/component it pulls in, collecting entries kustomize would fetch
 * over the network (done before building, so a remote base is an error that names it, never a download) and
 * whether anything in the tree patches (which decides the build metadata podsec asks for).
 */
export async function walkKustomizationTree(
  fs: FileSystem,
  dir: string,
  enableHelm: boolean,
  seen: Set<string>,
  found: RemoteEntry[],
  rootReal: string,
  facts: TreeFacts = { patches: false, isolated: true },
  configTree = false,
): Promise<void> {
  if (seen.has(dir)) return;
  seen.add(dir);
  const root = seen.size === 1;
  const kustomization = await readKustomizationAt(fs, dir);
  if ('error' in kustomization) {
    facts.patches = true;
    facts.isolated = false;
    // kustomize may read what podsec cannot (duplicate keys, several documents, many aliases); podsec would
    // then not have checked that base's own entries. A folder without a kustomization fails in kustomize too.
    if (!root && kustomization.file !== undefined) found.push({ entry: dir, file: kustomization.file, unreadable: kustomization.error });
    return;
  }
  if (PATCH_FIELDS.some((field) => kustomization.data[field] !== undefined)) facts.patches = true;
  if (kustomization.unusualKeys === true || BUILD_WIDE_FIELDS.some((field) => kustomization.data[field] !== undefined)) facts.isolated = false;
  for (const entry of rootEntries(kustomization.data)) {
    // kustomize tries an entry as a repository URL before it looks on disk: a folder named like the URL
    // (`file:/…` under the overlay) must not make it look local.
    if (isRepositoryUrl(entry)) {
      found.push({ entry, file: kustomization.file, ...(/^(git::)?file:/i.test(entry) ? { localRepository: true } : {}) });
      continue;
    }
    const absolute = resolve(dir, entry);
    const type = await pathType(fs, absolute);
    if (type === undefined) {
      if (looksRemote(entry)) found.push({ entry, file: kustomization.file });
      continue;
    }
    // A base outside the scanned folder (../../elsewhere) is not the repository's to show: kustomize
    // would read it, and findings would point outside the repository.
    const real = await fs.realpath(absolute).catch(() => absolute);
    if (!isInside(rootReal, real)) {
      found.push({ entry, file: kustomization.file, outside: true });
      continue;
    }
    // kustomize resolves a base's own entries from its real folder, not from the link that led there.
    if (type === 'directory') await walkKustomizationTree(fs, real, enableHelm, seen, found, rootReal, facts, configTree || configEntries(kustomization.data).includes(entry));
  }
  // kustomize's loader fetches file entries given as URLs; Go never sends loopback addresses through the
  // offline proxy, so they are refused here.
  for (const entry of fileReferences(kustomization.data)) if (isUrl(entry)) found.push({ entry, file: kustomization.file });
  // Builtin generator, transformer and validator configs name files too (a ConfigMapGenerator's `files`, a
  // PatchTransformer's `path`, a HelmChartInflationGenerator's `repo`…), and kustomize fetches URLs among them.
  // Inside a folder given to those fields, every resource file is such a config.
  const configs = [...configEntries(kustomization.data), ...(configTree ? strings(kustomization.data['resources']) : [])];
  for (const entry of configs) {
    const inline = isInlineConfig(entry);
    const text = inline ? entry : await readInside(fs, resolve(dir, entry), rootReal);
    if (text === undefined) continue;
    for (const url of configUrls(text)) found.push({ entry: url, file: inline ? kustomization.file : resolve(dir, entry) });
  }
  if (kustomization.data['helmChartInflationGenerator'] !== undefined) {
    // The deprecated form of helmCharts, still run by kustomize: podsec checks helmCharts only.
    found.push({ entry: 'helmChartInflationGenerator', file: kustomization.file, unreadable: 'helmChartInflationGenerator (the deprecated form of helmCharts) is not checked by podsec; use helmCharts' });
  }
  if (!enableHelm) return;
  const helmCharts = kustomization.data['helmCharts'];
  if (!Array.isArray(helmCharts)) return;
  const globals = kustomization.data['helmGlobals'];
  const chartHome =
    typeof globals === 'object' && globals !== null && typeof (globals as Record<string, unknown>)['chartHome'] === 'string'
      ? ((globals as Record<string, unknown>)['chartHome'] as string)
      : 'charts';
  // Charts are read from chartHome: like any base, it must lie inside the scanned folder.
  const home = resolve(dir, chartHome);
  const homeReal = await fs.realpath(home).catch(() => home);
  if (!isInside(rootReal, homeReal)) found.push({ entry: chartHome, file: kustomization.file, outside: true });
  for (const chart of helmCharts as unknown[]) {
    if (typeof chart !== 'object' || chart === null) continue;
    const { name, repo, version, valuesFile, additionalValuesFiles } = chart as Record<string, unknown>;
    if (typeof name !== 'string') continue;
    // kustomize reads a chart from chartHome/name-version/name when a version is given, else chartHome/name,
    // and pulls it from `repo` when that folder is missing.
    const chartDir = typeof version === 'string' && version !== '' ? resolve(home, `${name}-${version}`, name) : resolve(home, name);
    const chartReal = await fs.realpath(chartDir).catch(() => chartDir);
    const vendored = (await pathType(fs, chartReal)) === 'directory';
    if (!isInside(rootReal, chartReal)) {
      found.push({ entry: `helm chart ${name}`, file: kustomization.file, outside: true });
    } else if (vendored) {
      // The helm kustomize runs gets none of the care podsec gives its own renders: refuse what that care
      // would have to mend (links out of the chart, network functions, version-control folders).
      const safety = await checkChart(fs, chartReal, `helm chart ${name}`, { network: false });
      for (const problem of safety.problems) found.push({ entry: `helm chart ${name}`, file: kustomization.file, unreadable: `helm chart ${name}: ${problem.message}` });
      if (safety.hidden.length > 0) {
        found.push({ entry: `helm chart ${name}`, file: kustomization.file, unreadable: `helm chart ${name} holds ${safety.hidden.join(', ')}, which helm would hand to its templates` });
      }
    }
    for (const values of [valuesFile, ...strings(additionalValuesFiles)]) {
      if (typeof values === 'string' && isUrl(values)) found.push({ entry: values, file: kustomization.file });
    }
    if (typeof repo === 'string' && repo !== '' && !vendored) found.push({ entry: `helm chart ${name} from ${repo}`, file: kustomization.file });
  }
}

/**
 * The URLs among the fields of builtin plugin configs that kustomize loads (or helm pulls): generator `files`,
 * `envs` and `env`; patch `path` and `paths`; replacement `path`; helm `repo`, `chartHome`, `valuesFile` and
 * `additionalValuesFiles`. A config podsec cannot parse yields every URL in its text.
 */
function configUrls(text: string): string[] {
  const anywhere = (): string[] => text.match(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'\]},]*/gi) ?? [];
  // Tags, merge keys and directives may read differently in kustomize: any URL in such a text counts.
  if (/!!|<<|^%/m.test(text)) return anywhere();
  let documents: unknown[];
  try {
    documents = parseAllDocuments(text, { logLevel: 'error' }).map((document) => document.toJS({ maxAliasCount: 100 }) as unknown);
  } catch {
    return anywhere();
  }
  const found: string[] = [];
  const add = (value: unknown): void => {
    for (const item of [value].flat()) if (typeof item === 'string' && isUrl(item.includes('=') && !isUrl(item) ? item.slice(item.indexOf('=') + 1) : item)) found.push(item);
  };
  // kustomize decodes configs with Go's JSON rules: field names match in any case (`Files:`, `PATH:`).
  const fieldsOf = (record: Record<string, unknown>, names: readonly string[]): unknown[] =>
    Object.entries(record).filter(([key]) => names.includes(key.toLowerCase())).map(([, value]) => value);
  for (const document of documents) {
    if (typeof document !== 'object' || document === null || Array.isArray(document)) continue;
    const config = document as Record<string, unknown>;
    for (const value of fieldsOf(config, ['files', 'envs', 'env', 'path', 'paths', 'repo', 'charthome', 'valuesfile', 'additionalvaluesfiles'])) add(value);
    for (const replacements of fieldsOf(config, ['replacements'])) {
      for (const replacement of [replacements].flat()) {
        if (typeof replacement === 'object' && replacement !== null) for (const value of fieldsOf(replacement as Record<string, unknown>, ['path'])) add(value);
      }
    }
  }
  return found;
}


/** generators, transformers and validators entries: config files, inline configs, or kustomization folders. */
function configEntries(data: Readonly<Record<string, unknown>>): string[] {
  return [...strings(data['generators']), ...strings(data['transformers']), ...strings(data['validators'])];
}

/** A file's text when it is a file inside the scanned folder (anything else is refused or fails elsewhere). */
async function readInside(fs: FileSystem, absolute: string, rootReal: string): Promise<string | undefined> {
  if ((await pathType(fs, absolute)) !== 'file') return undefined;
  const real = await fs.realpath(absolute).catch(() => undefined);
  if (real === undefined || !isInside(rootReal, real)) return undefined;
  return fs.readFile(real).catch(() => undefined);
}

/** Any URL with a scheme (kustomize's file loader fetches http and https ones). */
function isUrl(entry: string): boolean {
  return /^\s*[a-z][a-z0-9+.-]*:\/\//i.test(entry);
}

/**
 * Entries kustomize takes as repository URLs whatever is on disk: a scheme (`https://`, `ssh://`, `file://`),
 * optionally after `git::`. Shorter forms are judged as remote only when no such folder exists (looksRemote):
 * kustomize reads `user@host:path` from disk when it exists; `github.com/org/repo` it fetches even then, which
 * with network off fails in kustomize, and with network on is a remote base the user allowed.
 */
function isRepositoryUrl(entry: string): boolean {
  return /^(git::)?[a-z][a-z0-9+.-]*:\/\//i.test(entry);
}

/** A kustomization ready to build, or the reason it cannot be. */
export type KustomizationInspection =
  | { readonly error: string; readonly file?: string }
  | {
      readonly kustomization: KustomizationFile;
      /** Entries podsec does not let kustomize read (remote, or outside the scanned folder). */
      readonly refused: readonly RemoteEntry[];
      readonly facts: TreeFacts;
      /** `buildMetadata` for the wrapper kustomization. */
      readonly buildMetadata: readonly string[];
    };

/**
 * Reads the kustomization in `directory` and walks its tree. `cwd` bounds the scanned folder: a base outside it is
 * refused. `enableHelm` adds `helmCharts` whose chart is not vendored to the refused (remote) entries.
 */
export async function inspectKustomization(fs: FileSystem, directory: string, cwd: string, enableHelm: boolean): Promise<KustomizationInspection> {
  const kustomization = await readKustomizationAt(fs, directory);
  if ('error' in kustomization) return kustomization;
  const refused: RemoteEntry[] = [];
  const rootReal = await fs.realpath(cwd).catch(() => cwd);
  const facts: TreeFacts = { patches: false, isolated: true };
  const directoryReal = await fs.realpath(directory).catch(() => directory);
  await walkKustomizationTree(fs, directoryReal, enableHelm, new Set(), refused, rootReal, facts);
  // Transformer annotations only serve patch attribution, and they are not free (kustomize records every
  // transformer on every resource): ask for them when a patch may be involved, including anything remote.
  const buildMetadata = facts.patches || refused.length > 0 ? ['originAnnotations', 'transformerAnnotations'] : ['originAnnotations'];
  return { kustomization, refused, facts, buildMetadata };
}
