/**
 * Where renderers stage what their tool reads: wrapper kustomizations, a chart copied with its local
 * dependencies or without its version-control folder. A small interface handed in, so the renderers never
 * import `node:fs` (the real implementation is src/discover/node-fs.ts; tests may hand in a fake) and never
 * write into the scanned tree.
 */
export interface ScratchSpace {
  /** Creates a new, empty directory under the scratch root (the OS temp folder) and returns its absolute path. */
  makeTempDir(prefix: string): Promise<string>;
  /** Writes a file inside a directory made by `makeTempDir`, creating the folders on its path. */
  writeFile(path: string, text: string): Promise<void>;
  /**
   * Copies the folder `source` to `destination` (inside a directory made by `makeTempDir`). Symlinks are copied
   * as links with their target text unchanged, never followed. `exclude` lists paths relative to `source`
   * (forward slashes) that are left out, with everything below them.
   */
  copyTree(source: string, destination: string, options?: { readonly exclude?: readonly string[] }): Promise<void>;
  /** Removes a directory made by `makeTempDir`, recursively. Never fails. */
  removeTempDir(path: string): Promise<void>;
}

/** Runs `use` with a new scratch directory and removes the directory afterwards, whatever `use` did. */
export async function withScratchDir<T>(scratch: ScratchSpace, prefix: string, use: (dir: string) => Promise<T>): Promise<T> {
  const dir = await scratch.makeTempDir(prefix);
  try {
    return await use(dir);
  } finally {
    await scratch.removeTempDir(dir);
  }
}
