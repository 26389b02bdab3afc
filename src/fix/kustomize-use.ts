/**
 * Which kustomizations of the scan use a file: an overlay may edit a resource (or patch) file in place only when
 * no other kustomization in the scan uses that file except through the overlay itself; otherwise the edit would
 * change the other overlays too, and it goes into a new patch of the overlay instead. Use is read from the
 * kustomization files (`resources`, `bases`, `components`, transitively, and the patch files they list), not
 * from where the file sits. Pure: files are read through the reader handed in.
 */
import { posix } from 'node:path';
import { documentsToRead } from './yaml-edit.js';
import { isPlainObject } from '../util/plain-object.js';

export interface FileReader {
  read(file: string): string | undefined;
}

const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** What one kustomization reaches: the folders it builds (itself included) and the files it reads. */
interface Reach {
  readonly folders: ReadonlySet<string>;
  readonly files: ReadonlySet<string>;
}

function join(folder: string, entry: string): string {
  return posix.normalize(folder === '' || folder === '.' ? entry : `${folder}/${entry}`);
}

function isRemote(entry: string): boolean {
  return (
    /^[a-z][a-z0-9+.-]*:\/\//i.test(entry) ||
    /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(entry) ||
    entry.includes('?ref=')
  );
}

function kustomizationOf(files: FileReader, folder: string): Record<string, unknown> | undefined {
  for (const name of KUSTOMIZATION_NAMES) {
    const text = files.read(folder === '' || folder === '.' ? name : `${folder}/${name}`);
    if (text === undefined) continue;
    const value = documentsToRead(text)[0]?.toJS({ maxAliasCount: 100 }) as unknown;
    return isPlainObject(value) ? value : {};
  }
  return undefined;
}

/** The file names a kustomization lists: resources, bases and components (files or folders), and patch files. */
function entriesOf(kustomization: Record<string, unknown>): { builds: string[]; reads: string[] } {
  const list = (key: string): unknown[] => (Array.isArray(kustomization[key]) ? (kustomization[key] as unknown[]) : []);
  const builds = ['resources', 'bases', 'components']
    .flatMap(list)
    .filter((entry): entry is string => typeof entry === 'string' && !isRemote(entry));
  const reads = [
    ...list('patchesStrategicMerge').filter(
      (entry): entry is string => typeof entry === 'string' && !entry.includes('\n'),
    ),
    ...['patches', 'patchesJson6902'].flatMap(list).flatMap((entry) => {
      const path = entry !== null && typeof entry === 'object' ? (entry as { path?: unknown }).path : undefined;
      return typeof path === 'string' ? [path] : [];
    }),
  ];
  return { builds, reads };
}

function reachOf(files: FileReader, root: string): Reach {
  const folders = new Set<string>();
  const read = new Set<string>();
  const visit = (folder: string): void => {
    if (folders.has(folder)) return;
    const kustomization = kustomizationOf(files, folder);
    if (!kustomization) return;
    folders.add(folder);
    const { builds, reads } = entriesOf(kustomization);
    for (const entry of reads) read.add(join(folder, entry));
    for (const entry of builds) {
      const target = join(folder, entry);
      if (kustomizationOf(files, target)) visit(target);
      else read.add(target);
    }
  };
  visit(posix.normalize(root));
  return { folders, files: read };
}

/**
 * Answers "may this overlay edit this file in place?" for the kustomizations of one scan and, when the
 * reader can list them, every other kustomization of the repository: an overlay nobody scanned still
 * builds the file it shares.
 */
export interface KustomizeUses {
  /** True when the file is in the repository and every other kustomization uses it only through `overlay`. */
  ownedBy(file: string, overlay: string): boolean;
  /** The other kustomizations that use the file on their own (for the reason given when it is not edited). */
  otherUsers(file: string, overlay: string): string[];
}

export function kustomizeUses(files: FileReader, kustomizations: readonly string[]): KustomizeUses {
  const reaches = new Map<string, Reach>();
  const reach = (folder: string): Reach => {
    const key = posix.normalize(folder);
    let found = reaches.get(key);
    if (!found) {
      found = reachOf(files, key);
      reaches.set(key, found);
    }
    return found;
  };
  const folders = [...new Set(kustomizations.map((folder) => posix.normalize(folder)))];
  // Asked once per change placed: a workload's changes, and the workloads of overlays sharing a base, ask alike.
  const answers = new Map<string, readonly string[]>();
  const otherUsers = (file: string, overlay: string): string[] => {
    const own = posix.normalize(overlay);
    const wanted = posix.normalize(file);
    const key = `${own}\u0000${wanted}`;
    let users = answers.get(key);
    if (users === undefined) {
      users = folders.filter((folder) => {
        // The overlay's own bases are part of it; another user is a kustomization outside its tree.
        if (folder === own || reach(own).folders.has(folder)) return false;
        const other = reach(folder);
        return other.files.has(wanted) && !other.folders.has(own);
      });
      answers.set(key, users);
    }
    return [...users];
  };
  return {
    ownedBy(file, overlay) {
      const normal = posix.normalize(file);
      if (normal.startsWith('../') || normal.startsWith('/') || normal === '..') return false;
      return reach(overlay).files.has(normal) && otherUsers(file, overlay).length === 0;
    },
    otherUsers,
  };
}
