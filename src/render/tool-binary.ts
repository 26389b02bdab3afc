/**
 * Finding the helm/kustomize/kubectl binaries: the user's explicit choice, else `PATH`, else the copy
 * installed with podsec (`node_modules/.bin`, found relative to podsec's own files, never the working
 * directory, so a repository cannot plant a `node_modules/.bin/helm` that podsec would run).
 */
import { access, constants } from 'node:fs/promises';
import { delimiter, dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface FindToolOptions {
  /** The binary the user configured (a name looked up on PATH, or a path). */
  readonly explicit?: string;
  /** The PATH to search; default `process.env.PATH`. */
  readonly pathEnv?: string;
  /** Folders searched after PATH; default: every `node_modules/.bin` above podsec's own module file. */
  readonly bundledBinDirs?: readonly string[];
  readonly isExecutable?: (path: string) => Promise<boolean>;
}

async function defaultIsExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * `node_modules/.bin` folders above a module file: from `src/render/` in development and from `dist/`
 * in the bundle (whose `node_modules` is `../node_modules`), and the enclosing `node_modules` when podsec
 * is itself installed as a package.
 */
export function podsecBinDirs(moduleUrl: string = import.meta.url): string[] {
  const dirs: string[] = [];
  let dir = dirname(fileURLToPath(moduleUrl));
  for (let i = 0; i < 8; i++) {
    dirs.push(join(dir, 'node_modules', '.bin'));
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return dirs;
}

/** The absolute path of the tool to run, or undefined when none is found. */
export async function findToolBinary(name: string, options: FindToolOptions = {}): Promise<string | undefined> {
  const isExecutable = options.isExecutable ?? defaultIsExecutable;
  const wanted = options.explicit ?? name;
  if (options.explicit !== undefined && (isAbsolute(wanted) || wanted.includes('/'))) {
    return (await isExecutable(wanted)) ? wanted : undefined;
  }
  const pathDirs = (options.pathEnv ?? process.env['PATH'] ?? '').split(delimiter).filter((dir) => isAbsolute(dir));
  for (const dir of pathDirs) {
    const candidate = join(dir, wanted);
    if (await isExecutable(candidate)) return candidate;
  }
  // An explicitly named tool that is not on PATH is not silently replaced by the bundled one.
  if (options.explicit !== undefined && options.explicit !== name) return undefined;
  for (const dir of options.bundledBinDirs ?? podsecBinDirs()) {
    const candidate = join(dir, wanted);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}
