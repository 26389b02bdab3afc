/**
 * The boundary of what a scan reads for one target: kustomize bases, chart dependencies and values files
 * beyond it are refused. It is the repository that holds the target (its git top level, found by the `.git`
 * entry, a folder or a worktree's file), so scanning a checkout from anywhere reads the same files as
 * scanning it from inside. Outside git it is the working folder when that holds the target, else the
 * scanned path given on the command line.
 */
import { dirname, join, resolve } from 'node:path';
import type { FileSystem } from './fs.js';
import { isInside } from './paths.js';

export interface ScanBoundary {
  /** Absolute folder; nothing outside it is read. */
  readonly path: string;
  /** What `path` is. */
  readonly kind: 'git' | 'working folder' | 'scanned path';
}

/** The boundary for a target in `directory` (absolute). */
export async function findScanBoundary(
  fs: Pick<FileSystem, 'lstat'>,
  directory: string,
  cwd: string,
  scannedPaths: readonly string[],
): Promise<ScanBoundary> {
  for (let dir = directory; ; dir = dirname(dir)) {
    const found = await fs.lstat(join(dir, '.git')).then(
      () => true,
      () => false,
    );
    if (found) return { path: dir, kind: 'git' };
    if (dirname(dir) === dir) break;
  }
  if (isInside(cwd, directory)) return { path: cwd, kind: 'working folder' };
  const widest = scannedPaths
    .map((given) => resolve(cwd, given))
    .filter((root) => isInside(root, directory))
    .sort((a, b) => a.length - b.length)[0];
  return { path: widest ?? directory, kind: 'scanned path' };
}

/** `resource "../x" is outside …` as refusals word it, naming the boundary. */
export function outsideBoundary(what: string, boundary: ScanBoundary): string {
  if (boundary.kind === 'git')
    return `${what} is outside the scanned repository; podsec does not render it (the boundary is its git top level, ${boundary.path})`;
  return `${what} is outside the scanned folder; podsec does not render it (the boundary is the ${boundary.kind} ${boundary.path}, which is not in a git repository)`;
}
