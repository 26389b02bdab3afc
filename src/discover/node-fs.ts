import { constants, rmSync } from 'node:fs';
import {
  chmod,
  copyFile,
  cp,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  realpath,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import type { CopiedTree, DirEntry, EntryType, FileInfo, FileSystem, ScratchSpace } from './fs.js';
import { isInside, toPosix } from './paths.js';

function typeOf(entry: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }): EntryType {
  if (entry.isSymbolicLink()) return 'symlink';
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'directory';
  return 'other';
}

/** Files copied at once while staging a tree: enough to hide the latency of each copy, few enough for any fd limit. */
const COPY_BATCH = 64;

/** See {@link ScratchSpace.copyTreeWithin}. */
async function copyTreeWithin(
  source: string,
  destination: string,
  skip: (name: string) => boolean,
): Promise<CopiedTree> {
  const sourceReal = await realpath(source);
  const droppedLinks: string[] = [];
  const unreadable: string[] = [];
  const links: { from: string; to: string }[] = [];
  const shown = (path: string): string => toPosix(relative(sourceReal, path));
  const folders = [sourceReal];
  await mkdir(destination, { recursive: true });
  while (folders.length > 0) {
    const folder = folders.pop() as string;
    const copy = join(destination, relative(sourceReal, folder));
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      unreadable.push(shown(folder));
      continue;
    }
    const files: string[] = [];
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (skip(entry.name)) continue;
      if (entry.isDirectory()) {
        await mkdir(join(copy, entry.name));
        folders.push(path);
      } else if (entry.isFile()) {
        files.push(entry.name);
      } else if (entry.isSymbolicLink()) {
        const target = await realpath(path).catch(() => undefined);
        // Only links that stay inside the copied folder are kept, pointing at the copy of their target.
        if (target === undefined || !isInside(sourceReal, target)) droppedLinks.push(shown(path));
        else links.push({ from: join(copy, entry.name), to: join(destination, relative(sourceReal, target)) });
      }
    }
    for (let start = 0; start < files.length; start += COPY_BATCH) {
      await Promise.all(
        files.slice(start, start + COPY_BATCH).map((name) =>
          // A copy-on-write clone where the file system offers one, else a plain copy.
          copyFile(join(folder, name), join(copy, name), constants.COPYFILE_FICLONE).catch(() => {
            unreadable.push(shown(join(folder, name)));
          }),
        ),
      );
    }
  }
  for (const link of links) await symlink(relative(dirname(link.from), link.to) || '.', link.from);
  return { droppedLinks: droppedLinks.sort(), unreadable: unreadable.sort() };
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
    async writeFile(path, text, options): Promise<void> {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text, 'utf8');
      if (options?.executable === true) await chmod(path, 0o755);
    },
    async copyTree(source, destination, options = {}): Promise<void> {
      const excluded = (options.exclude ?? []).map((relative) => join(source, relative));
      const kept = (path: string): boolean =>
        !excluded.some((skip) => path === skip || path.startsWith(`${skip}${sep}`));
      await cp(source, destination, { recursive: true, dereference: false, verbatimSymlinks: true, filter: kept });
    },
    async removeTempDir(path): Promise<void> {
      await rm(path, { recursive: true, force: true }).catch(() => undefined);
    },
    removeTempDirNow(path): void {
      try {
        rmSync(path, { recursive: true, force: true });
      } catch {
        // Never fails: what is left is in the temp folder.
      }
    },
    copyTreeWithin: (source, destination, options) => copyTreeWithin(source, destination, options.skip),
  };
}
