/**
 * Where renderers stage what their tool reads: wrapper kustomizations, a chart copied with its local
 * dependencies or without its version-control folder. A small interface handed in, so the renderers never
 * import `node:fs` (the real implementation is src/discover/node-fs.ts; tests may hand in a fake) and never
 * write into the scanned tree.
 */
export interface ScratchSpace {
  /** Creates a new, empty directory under the scratch root (the OS temp folder) and returns its absolute path. */
  makeTempDir(prefix: string): Promise<string>;
  /**
   * Writes a file inside a directory made by `makeTempDir`, creating the folders on its path. A file already there
   * is replaced by a new one, never written into (it may be a link to a file of the scanned tree).
   */
  writeFile(path: string, text: string, options?: { readonly executable?: boolean }): Promise<void>;
  /**
   * Copies the folder `source` to `destination` (inside a directory made by `makeTempDir`). Symlinks are copied
   * as links with their target text unchanged, never followed. `exclude` lists paths relative to `source`
   * (forward slashes) that are left out, with everything below them. Used for a chart, whose links helm's
   * own checks judge.
   */
  copyTree(source: string, destination: string, options?: { readonly exclude?: readonly string[] }): Promise<void>;
  /**
   * Copies the folder `source` to `destination` (inside a directory made by `makeTempDir`; created) so that
   * nothing outside `source` can be reached from the copy. Folders are made anew; regular files are hard links to
   * the source's where the file system allows (else copies), so the copy is only to be read; a symlink whose
   * target lies inside `source` becomes a relative link to the copy of that target; any other symlink (out of
   * `source`, dangling, a loop) and anything not a file, folder or link is left out. Entries whose name `skip`
   * accepts are left out (folders whole). Used for the repository folder kustomize builds in.
   */
  copyTreeWithin(
    source: string,
    destination: string,
    options: { readonly skip: (name: string) => boolean },
  ): Promise<CopiedTree>;
  /** Removes a directory made by `makeTempDir`, recursively. Never fails. */
  removeTempDir(path: string): Promise<void>;
  /** The same, at once (for clean-up at the end of a scan, which may not wait). */
  removeTempDirNow(path: string): void;
}

/** What {@link ScratchSpace.copyTreeWithin} left out, as paths relative to the source (forward slashes). */
export interface CopiedTree {
  /** Symlinks not copied: they lead out of the source, dangle, or loop. */
  readonly droppedLinks: readonly string[];
  /** Files and folders that could not be read (permissions, vanished during the copy). */
  readonly unreadable: readonly string[];
}

/** Runs `use` with a new scratch directory and removes the directory afterwards, whatever `use` did. */
export async function withScratchDir<T>(
  scratch: ScratchSpace,
  prefix: string,
  use: (dir: string) => Promise<T>,
): Promise<T> {
  const dir = await scratch.makeTempDir(prefix);
  try {
    return await use(dir);
  } finally {
    await scratch.removeTempDir(dir);
  }
}
