/**
 * The boundary kustomize builds inside: a staged copy of the repository folder.
 *
 * kustomize reads whatever a kustomization names: bases in `../../elsewhere`, git repositories, URLs. Instead of
 * predicting what it will read, podsec copies the repository folder (the scan boundary, see discover/boundary.ts)
 * into a private scratch folder once per scan, on first use, and builds there. A base outside the repository
 * folder is then simply not there, and kustomize itself reports the missing folder. Symlinks are copied only
 * when they stay inside the folder; version-control folders (`.git`, which holds the checkout token) and
 * `node_modules` (which podsec never scans) are left out. Files are hard links to the repository's where the scratch
 * folder shares its file system (copies elsewhere): a large repository stages and goes away in a fraction of the
 * time, and nothing writes to them (a blanked file below is a new file in place of the link).
 *
 * Layout of the scratch folder: `repo/` the copy, `bin/` a stand-in `git` put first on kustomize's PATH,
 * `wrappers/<n>/` the wrapper kustomizations of single and shared builds.
 */
import { join, relative, resolve } from 'node:path';
import type { CopiedTree, FileSystem, ScratchSpace } from '../../discover/fs.js';
import { isInside } from '../../discover/paths.js';
import { GIT_STAND_IN_MESSAGE } from './command.js';
import { KUSTOMIZATION_FILE_NAMES } from './kustomization-file.js';
import { findLocalUrls, type LocalUrl } from './local-urls.js';

/** Left out of the copy: version control (credentials; `.git` is a file in a worktree) and installed packages. */
const SKIPPED = new Set(['.git', '.hg', '.svn', 'node_modules']);
/** Plugin configs larger than this are not looked at for URLs; kustomization files always are. */
const MAX_CONFIG_BYTES = 1024 * 1024;

const GIT_STAND_IN = `#!/bin/sh\necho "${GIT_STAND_IN_MESSAGE} (turn it on with --network to render remote bases)" >&2\nexit 1\n`;

/** Replaces, in the copy only, a file that names a URL podsec refuses: kustomize fails on it instead of fetching. */
const REFUSED_FILE_TEXT =
  "podsecRefused: this file names a URL that reaches the machine running podsec; see podsec's error for it\n";

/** One staged repository folder. */
export interface StagedTree {
  /** The repository folder (real path). */
  readonly source: string;
  /** Its copy (real path). */
  readonly root: string;
  /** The scratch folder holding the copy, `bin/` and the wrappers. */
  readonly scratch: string;
  /** Put first on kustomize's PATH when network access is off: a `git` that only fails. */
  readonly binDir: string;
  readonly copied: CopiedTree;
  /** Files of the repository folder (source paths) that name URLs podsec refuses; neutralized in the copy. */
  readonly localUrls: ReadonlyMap<string, readonly LocalUrl[]>;
  /** The source path of a path in the copy; undefined when it is not in the copy. */
  toSource(staged: string): string | undefined;
  /** The path in the copy of a source path; undefined when it is not inside the repository folder. */
  toStaged(source: string): string | undefined;
}

/** Staged copies for one scan, made on first use and removed by `dispose`. */
export interface KustomizeStaging {
  stage(boundary: string): Promise<StagedTree>;
  /** A new, empty wrapper folder inside the staged tree's scratch folder. */
  makeWrapperDir(tree: StagedTree): Promise<string>;
  /** Removes every staged copy; later `stage` calls stage again. */
  dispose(): Promise<void>;
  /** The same, at once, for copies already made (the end of a scan, which may not wait). */
  disposeNow(): void;
}

export interface StagingOptions {
  /** Network access is on: loopback URLs are the user's to allow, so only `file://` URLs are blanked in the copy. */
  readonly network: boolean;
}

export function createKustomizeStaging(
  fs: FileSystem & ScratchSpace,
  options: StagingOptions = { network: false },
): KustomizeStaging {
  const staged = new Map<string, Promise<StagedTree>>();
  const made = new Set<string>();
  let wrappers = 0;
  return {
    stage(boundary) {
      let found = staged.get(boundary);
      if (found === undefined) {
        found = stageTree(fs, boundary, options, (scratch) => made.add(scratch));
        staged.set(boundary, found);
      }
      return found;
    },
    async makeWrapperDir(tree) {
      const dir = join(tree.scratch, 'wrappers', String(wrappers++));
      await fs.writeFile(join(dir, '.keep'), '');
      return dir;
    },
    async dispose() {
      const trees = [...staged.values()];
      staged.clear();
      await Promise.all(trees.map((tree) => tree.catch(() => undefined)));
      for (const scratch of made) await fs.removeTempDir(scratch);
      made.clear();
    },
    disposeNow() {
      staged.clear();
      for (const scratch of made) fs.removeTempDirNow(scratch);
      made.clear();
    },
  };
}

async function stageTree(
  fs: FileSystem & ScratchSpace,
  boundary: string,
  options: StagingOptions,
  made: (scratch: string) => void,
): Promise<StagedTree> {
  const source = await fs.realpath(boundary);
  const scratch = await fs.realpath(await fs.makeTempDir('podsec-kustomize-'));
  made(scratch);
  const root = join(scratch, 'repo');
  const binDir = join(scratch, 'bin');
  const copied = await fs.copyTreeWithin(source, root, { skip: (name) => SKIPPED.has(name) });
  await fs.writeFile(join(binDir, 'git'), GIT_STAND_IN, { executable: true });
  const toSource = (path: string): string | undefined =>
    isInside(root, path) ? resolve(source, relative(root, path)) : undefined;
  const localUrls = new Map<string, LocalUrl[]>();
  for (const file of await configCandidates(fs, root)) {
    const text = await fs.readFile(file).catch(() => undefined);
    if (text === undefined) continue;
    if (!KUSTOMIZATION_FILE_NAMES.some((name) => file.endsWith(`/${name}`)) && !text.includes('builtin')) continue;
    const urls = findLocalUrls(text).filter((url) => url.reason === 'file' || !options.network);
    if (urls.length === 0) continue;
    localUrls.set(toSource(file) as string, urls);
    await fs.writeFile(file, REFUSED_FILE_TEXT);
  }
  return {
    source,
    root,
    scratch,
    binDir,
    copied,
    localUrls,
    toSource,
    toStaged: (path) => (isInside(source, path) ? resolve(root, relative(source, path)) : undefined),
  };
}

/** Every regular file of the copy that could be a kustomization or a plugin config (small enough to be one). */
async function configCandidates(fs: FileSystem, root: string): Promise<string[]> {
  const files: string[] = [];
  const folders = [root];
  while (folders.length > 0) {
    const folder = folders.pop() as string;
    const entries = await fs.readDir(folder).catch(() => []);
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.type === 'directory') folders.push(path);
      else if (
        entry.type === 'file' &&
        (KUSTOMIZATION_FILE_NAMES.includes(entry.name) || (await fs.lstat(path)).size <= MAX_CONFIG_BYTES)
      )
        files.push(path);
    }
  }
  return files.sort();
}
