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

/** The renderers' scratch area; defined with them (src/render/scratch.ts), implemented by node-fs.ts. */
export type { CopiedTree, ScratchSpace } from '../render/scratch.js';

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
  if (error instanceof Error)
    return code ? `${code}: ${error.message.split('\n')[0] ?? ''}` : (error.message.split('\n')[0] ?? '');
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
