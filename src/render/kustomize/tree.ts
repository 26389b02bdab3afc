/**
 * The kustomizations a build pulls in, read the plain way (kustomization-file.ts) in the staged copy: for the
 * build metadata podsec asks for, for which builds may share a process, and for pointing refusals at the files
 * that caused them. Nothing here decides what kustomize may read; the staged copy does.
 */
import { resolve } from 'node:path';
import { pathType, type FileSystem } from '../../discover/fs.js';
import { baseEntries, configEntries, readKustomizationAt, type KustomizationFile } from './kustomization-file.js';

/** The kustomizations reached from one, and those podsec could not read. */
export interface KustomizationTree {
  /** Every kustomization reached, the root first. */
  readonly kustomizations: readonly KustomizationFile[];
  /** Folders reached whose kustomization podsec could not read. */
  readonly unreadable: readonly { readonly dir: string; readonly file?: string; readonly error: string }[];
}

/**
 * Walks the kustomization in `directory` and every local base, component and plugin-config folder it names,
 * each once, from its real folder (kustomize resolves a base's entries from there, not from a link to it).
 */
export async function walkKustomizationTree(fs: FileSystem, directory: string): Promise<KustomizationTree> {
  const kustomizations: KustomizationFile[] = [];
  const unreadable: { dir: string; file?: string; error: string }[] = [];
  const seen = new Set<string>();
  const queue = [await fs.realpath(directory).catch(() => directory)];
  while (queue.length > 0) {
    const dir = queue.shift() as string;
    if (seen.has(dir)) continue;
    seen.add(dir);
    const kustomization = await readKustomizationAt(fs, dir);
    if ('error' in kustomization) {
      unreadable.push({
        dir,
        error: kustomization.error,
        ...(kustomization.file === undefined ? {} : { file: kustomization.file }),
      });
      continue;
    }
    kustomizations.push(kustomization);
    queue.push(
      ...(await localFolders(fs, dir, [...baseEntries(kustomization.data), ...configEntries(kustomization.data)])),
    );
  }
  return { kustomizations, unreadable };
}

/** The real folders among `entries` (relative to `dir`); files, URLs and missing entries are not walked. */
async function localFolders(fs: FileSystem, dir: string, entries: readonly string[]): Promise<string[]> {
  const folders: string[] = [];
  for (const entry of entries) {
    const absolute = resolve(dir, entry);
    if ((await pathType(fs, absolute)) !== 'directory') continue;
    folders.push(await fs.realpath(absolute).catch(() => absolute));
  }
  return folders;
}

/** What a tree's kustomizations say about how to build it. */
export interface TreeFacts {
  /** Some kustomization in the tree patches (or names transformer configs, which may patch), or could not be read. */
  readonly patches: boolean;
  /**
   * Every kustomization in the tree was read and uses only fields whose effect stays within the tree when
   * kustomize finishes a build (see ISOLATED_FIELDS). Only such trees share a kustomize process (batch.ts).
   */
  readonly isolated: boolean;
}

/** Fields whose transformations podsec attributes findings to (see readTransformers in kustomize.ts). */
const PATCH_FIELDS = ['patches', 'patchesStrategicMerge', 'patchesJson6902', 'transformers'];
/**
 * Fields a shared build may meet, spelled as kustomize spells them. Anything else (`vars`, `configurations`,
 * `crds` and `openapi`, which act on everything built; `helmCharts`; a field in another case; a YAML merge key;
 * a field of a later kustomize) means a single build: an unknown field is never taken for a harmless one.
 */
const ISOLATED_FIELDS = new Set([
  'apiVersion',
  'kind',
  'metadata',
  'namePrefix',
  'nameSuffix',
  'namespace',
  'commonLabels',
  'labels',
  'commonAnnotations',
  'patchesStrategicMerge',
  'patchesJson6902',
  'patches',
  'images',
  'replacements',
  'replicas',
  'sortOptions',
  'resources',
  'components',
  'bases',
  'configMapGenerator',
  'secretGenerator',
  'generatorOptions',
  'generators',
  'transformers',
  'validators',
  'buildMetadata',
]);

export function treeFacts(tree: KustomizationTree): TreeFacts {
  const readable = tree.unreadable.length === 0;
  const fields = tree.kustomizations.flatMap((kustomization) => Object.keys(kustomization.data));
  return {
    patches: !readable || fields.some((field) => PATCH_FIELDS.includes(field)),
    isolated: readable && fields.every((field) => ISOLATED_FIELDS.has(field)),
  };
}
