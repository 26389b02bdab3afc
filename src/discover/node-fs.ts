import { constants, readFile as readFileWithCallback, readdirSync, rmdirSync, rmSync, unlinkSync } from 'node:fs';
import {
  access,
  chmod,
  copyFile,
  cp,
  link,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  realpath,
  rm,
  symlink,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import {
  errorCode,
  type CopiedTree,
  type DirEntry,
  type EntryType,
  type FileInfo,
  type FileSystem,
  type ScratchSpace,
} from './fs.js';
import { isInside, toPosix } from './paths.js';

function typeOf(entry: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }): EntryType {
  if (entry.isSymbolicLink()) return 'symlink';
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'directory';
  return 'other';
}

/**
 * A file's text. Through the callback form: the promise form reads in separate steps, each a round trip of its own,
 * and costs about twice the CPU per file (staging reads every file of the repository folder).
 */
function readText(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    readFileWithCallback(path, 'utf8', (error, text) => (error ? reject(error) : resolve(text)));
  });
}

/** Files copied at once while staging a tree: enough to hide the latency of each copy, few enough for any fd limit. */
const COPY_BATCH = 64;

/** Makes `to` a second name of the file `from` (a hard link); rejects where the file system refuses. */
export type LinkFile = (from: string, to: string) => Promise<void>;

/**
 * Gives the copy a file's content. A hard link where the scratch folder is on the source's file system: no bytes
 * are copied, and removing the copy only drops names. Where linking is refused (another file system, a file of
 * another user, too many links) a copy-on-write clone where the file system offers one, else a plain copy.
 * A link is the repository's file itself, which is safe because nothing writes to a staged file: kustomize and
 * the helm it starts only read the tree (they create new files at most), and podsec's own writes (`writeFile`)
 * put a new file in place of the name.
 */
async function linkOrCopy(from: string, to: string, linkFile: LinkFile): Promise<void> {
  // A file podsec may not read stays out of the copy, as a failed copy leaves it out; a link alone would not tell.
  await access(from, constants.R_OK);
  try {
    await linkFile(from, to);
  } catch {
    await copyFile(from, to, constants.COPYFILE_FICLONE);
  }
}

/**
 * Removes a folder podsec made, at once: each name dropped as the listing gives it, where node's rmSync looks up
 * every entry again first (half its time on a staged copy).
 */
function removeTreeNow(path: string): void {
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) removeTreeNow(child);
    else unlinkSync(child);
  }
  rmdirSync(path);
}

/** See {@link ScratchSpace.copyTreeWithin}. */
async function copyTreeWithin(
  source: string,
  destination: string,
  skip: (name: string) => boolean,
  linkFile: LinkFile,
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
          linkOrCopy(join(folder, name), join(copy, name), linkFile).catch(() => {
            unreadable.push(shown(join(folder, name)));
          }),
        ),
      );
    }
  }
  for (const link of links) await symlink(relative(dirname(link.from), link.to) || '.', link.from);
  return { droppedLinks: droppedLinks.sort(), unreadable: unreadable.sort() };
}

export interface NodeFileSystemOptions {
  /** How staged copies link files; tests hand in one that fails, as linking across file systems does. */
  readonly linkFile?: LinkFile;
}

/** The real file system, plus a scratch area under `tempRoot` (default: the OS temp folder). */
export function createNodeFileSystem(
  tempRoot: string = tmpdir(),
  options: NodeFileSystemOptions = {},
): FileSystem & ScratchSpace {
  const linkFile = options.linkFile ?? link;
  return {
    readFile: readText,
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
      // A staged file may be a link to the repository's file (see linkOrCopy): its name goes, and a new file
      // takes it, so the repository is never written.
      await unlink(path).catch((error: unknown) => {
        if (errorCode(error) !== 'ENOENT') throw error;
      });
      await writeFile(path, text, { encoding: 'utf8', flag: 'wx' });
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
        removeTreeNow(path);
      } catch {
        try {
          rmSync(path, { recursive: true, force: true });
        } catch {
          // Never fails: what is left is in the temp folder.
        }
      }
    },
    copyTreeWithin: (source, destination, options) => copyTreeWithin(source, destination, options.skip, linkFile),
  };
}
