/**
 * `podsec scan --changed FILE...` (the pre-commit hook): the files are what changed, and what to scan is
 * the chart or overlay each belongs to. A chart template is not a manifest on its own, and a patch means
 * nothing without its kustomization.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { KUSTOMIZATION_FILE_NAMES } from '../render/kustomize/kustomization-file.js';
import { isInside, toPosix } from '../discover/paths.js';

const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'];

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

/** The target a changed file belongs to: the outermost chart holding it, else the nearest kustomization, else the file. */
function targetFor(cwd: string, file: string): string | undefined {
  let chart: string | undefined;
  let kustomization: string | undefined;
  for (let dir = path.dirname(file); isInside(cwd, dir); dir = path.dirname(dir)) {
    // The outermost chart: a vendored subchart is rendered through the chart that ships it.
    if (isFile(path.join(dir, 'Chart.yaml'))) chart = dir;
    if (kustomization === undefined && KUSTOMIZATION_FILE_NAMES.some((name) => isFile(path.join(dir, name))))
      kustomization = dir;
    if (dir === cwd) break;
  }
  if (chart !== undefined) return chart;
  if (kustomization !== undefined) return kustomization;
  return MANIFEST_EXTENSIONS.includes(path.extname(file).toLowerCase()) ? file : undefined;
}

/**
 * The paths to scan for the changed `files` (relative to `cwd` or absolute): each existing file mapped to its
 * chart, overlay or itself, without duplicates or paths inside another one. Files outside `cwd` are scanned as
 * given.
 */
export function targetsForChangedFiles(cwd: string, files: readonly string[]): string[] {
  const chosen = new Set<string>();
  for (const given of files) {
    const file = path.resolve(cwd, given);
    if (!isFile(file)) continue;
    const target = isInside(cwd, file) ? targetFor(cwd, file) : file;
    if (target !== undefined) chosen.add(target);
  }
  const all = [...chosen];
  return all
    .filter((target) => !all.some((other) => other !== target && isInside(other, target)))
    .sort()
    .map((target) => (isInside(cwd, target) ? toPosix(path.relative(cwd, target)) || '.' : target));
}
