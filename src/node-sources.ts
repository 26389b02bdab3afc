/**
 * The fix engine's side effect, reading the scanned repository's files, and the safe fixes the reports
 * offer. Shared by the CLI and the action; the engine below stays pure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ScanWithWorkloads } from './fix/collect.js';
import { planFixes, type FixResult, type SourceFiles } from './fix/engine.js';

/** Files of the scanned repository, read relative to the working directory (each read and each folder listed once). */
export function nodeSourceFiles(cwd: string): SourceFiles {
  const cache = new Map<string, string | undefined>();
  const listings = new Map<string, readonly string[]>();
  return {
    read(file) {
      if (!cache.has(file)) {
        let text: string | undefined;
        try {
          text = readFileSync(path.resolve(cwd, file), 'utf8');
        } catch {
          text = undefined;
        }
        cache.set(file, text);
      }
      return cache.get(file);
    },
    kustomizations() {
      return kustomizationFolders(cwd);
    },
    list(folder) {
      let names = listings.get(folder);
      if (names === undefined) {
        try {
          names = readdirSync(path.resolve(cwd, folder), { withFileTypes: true })
            .filter((entry) => entry.isFile())
            .map((entry) =>
              folder === '' || folder === '.' ? entry.name : `${folder.replace(/\/$/, '')}/${entry.name}`,
            )
            .sort();
        } catch {
          names = [];
        }
        listings.set(folder, names);
      }
      return names;
    },
  };
}

const KUSTOMIZATION_FILE_NAMES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);
// Folders no kustomization of the repository lives in; node_modules can hold thousands of folders.
const NOT_SEARCHED = new Set(['.git', 'node_modules']);

/** Every folder under `root` that holds a kustomization file, relative to it ('.' for the root), links not followed. */
function kustomizationFolders(root: string): string[] {
  const found: string[] = [];
  const visit = (relative: string): void => {
    let entries;
    try {
      entries = readdirSync(path.resolve(root, relative), { withFileTypes: true });
    } catch {
      return;
    }
    if (entries.some((entry) => entry.isFile() && KUSTOMIZATION_FILE_NAMES.has(entry.name)))
      found.push(relative === '' ? '.' : relative);
    for (const entry of entries) {
      if (entry.isDirectory() && !NOT_SEARCHED.has(entry.name))
        visit(relative === '' ? entry.name : `${relative}/${entry.name}`);
    }
  };
  visit('');
  return found.sort();
}

/** The safe fixes for a scan, for the reports; undefined when planning fails (the scan's report still goes out). */
export function safeFixes(scanned: ScanWithWorkloads, cwd: string): FixResult | undefined {
  if (scanned.result.findings.length === 0) return undefined;
  try {
    return planFixes({
      items: scanned.items,
      findings: scanned.result.findings,
      files: nodeSourceFiles(cwd),
      options: { allowBehaviourChange: false },
    });
  } catch {
    return undefined;
  }
}

/**
 * The scanned paths a `podsec fix` command line should name: those that exist (`-`, standard input, as given). A
 * path the scan could not find is among its errors already; in the command it would only make the fix fail too.
 */
export function fixablePaths(paths: readonly string[], cwd: string): string[] {
  return paths.filter((given) => given === '-' || existsSync(path.resolve(cwd, given)));
}
