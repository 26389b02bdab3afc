import { cp, lstat, mkdir, mkdtemp, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import type { DirEntry, EntryType, FileInfo, FileSystem, ScratchSpace } from './fs.js';

function typeOf(entry: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }): EntryType {
  if (entry.isSymbolicLink()) return 'symlink';
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'directory';
  return 'other';
}

/** The real file system, plus a scratch area under `tempRoot` (default: the OS temp folder). */
export function createNodeFileSystem(tempRoot: string = tmpdir()): FileSystem & ScratchSpace {
  return {
    readFile: (path) => readFile(path, 'utf8'),
    async readDir(path): Promise<DirEntry[]> {
      const entries = await readdir(path, { withFileTypes: true });
      return entries.map((entry) => ({ name: entry.name, type: typeOf(entry) }));
    },
    async lstat(path): Promise<FileInfo> {
      const info = await lstat(path);
      return { type: typeOf(info), size: info.size };
    },
    realpath: (path) => realpath(path),
    makeTempDir: (prefix) => mkdtemp(join(tempRoot, prefix)),
    async writeFile(path, text): Promise<void> {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text, 'utf8');
    },
    async copyTree(source, destination, options = {}): Promise<void> {
      const excluded = (options.exclude ?? []).map((relative) => join(source, relative));
      const kept = (path: string): boolean => !excluded.some((skip) => path === skip || path.startsWith(`${skip}${sep}`));
      await cp(source, destination, { recursive: true, dereference: false, verbatimSymlinks: true, filter: kept });
    },
    async removeTempDir(path): Promise<void> {
      await rm(path, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}
