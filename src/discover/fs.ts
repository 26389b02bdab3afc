/**
 * The file access discovery and the renderers need, as a small interface so tests can hand in a fake and so
 * nothing outside `node-fs.ts` touches `node:fs` directly.
 */

/** What a directory entry or a path is, without following a final symlink. */
export type EntryType = 'file' | 'directory' | 'symlink' | 'other';

export interface DirEntry {
  readonly name: string;
  readonly type: EntryType;
}

export interface FileInfo {
  readonly type: EntryType;
  readonly size: number;
}

/** Read-only access to the scanned tree. Every method rejects with an `Error` carrying `code` (`ENOENT`, ...). */
export interface FileSystem {
  readFile(path: string): Promise<string>;
  /** Entries in no particular order; callers sort. */
  readDir(path: string): Promise<DirEntry[]>;
  /** Does not follow a final symlink. */
  lstat(path: string): Promise<FileInfo>;
  /** Resolves every symlink; rejects for a dangling one. */
  realpath(path: string): Promise<string>;
}

/** A private scratch area outside the scanned tree (renderers write their wrapper files here, never in the repo). */
export interface ScratchSpace {
  /** Creates a new, empty directory under the OS temp folder and returns its absolute path. */
  makeTempDir(prefix: string): Promise<string>;
  /** Writes a file inside a directory made by `makeTempDir`, creating the folders on its path. */
  writeFile(path: string, text: string, options?: { readonly executable?: boolean }): Promise<void>;
  /** Removes a directory made by `makeTempDir`, recursively. Never fails. */
  removeTempDir(path: string): Promise<void>;
  /** The same, at once (for clean-up at the end of a scan, which may not wait). */
  removeTempDirNow(path: string): void;
  /**
   * Copies the folder `source` to `destination` (inside a directory made by `makeTempDir`; created). Regular
   * files and folders are copied; a symlink whose target lies inside `source` becomes a relative link to the
   * copy of that target; any other symlink (out of `source`, dangling, a loop) and anything not a file, folder
   * or link is left out. Entries whose name `skip` accepts are left out (folders whole).
   */
  copyTree(source: string, destination: string, options: { readonly skip: (name: string) => boolean }): Promise<CopiedTree>;
}

/** What {@link ScratchSpace.copyTree} left out, as paths relative to the source (forward slashes). */
export interface CopiedTree {
  /** Symlinks not copied: they lead out of the source, dangle, or loop. */
  readonly droppedLinks: readonly string[];
  /** Files and folders that could not be read (permissions, vanished during the copy). */
  readonly unreadable: readonly string[];
}

/** The error code of a failed file operation (`ENOENT`, `EACCES`, ...), if any. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** A short, stack-free description of a file error for messages. */
export function describeFileError(error: unknown): string {
  const code = errorCode(error);
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ENOTDIR') return 'not a directory';
  if (error instanceof Error) return code ? `${code}: ${error.message.split('\n')[0] ?? ''}` : (error.message.split('\n')[0] ?? '');
  return String(error);
}

/** True when the path exists (following symlinks). */
export async function pathType(fs: FileSystem, path: string): Promise<EntryType | undefined> {
  try {
    const real = await fs.realpath(path);
    return (await fs.lstat(real)).type;
  } catch {
    return undefined;
  }
}
