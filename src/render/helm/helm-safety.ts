/**
 * What podsec checks in a chart before helm sees it. A chart comes from an untrusted pull request and
 * helm is generous: it follows symlinks wherever they lead, hands every file of the chart folder
 * (`.git/config` with the checkout token included) to `.Files`, and (3.10) answers `getHostByName`
 * with real DNS lookups, which can carry values out. podsec refuses or filters these before rendering.
 */
import { join } from 'node:path';
import type { FileSystem } from '../../discover/fs.js';
import { isInside, joinDisplay } from '../../discover/paths.js';
import { itemAt } from '../../util/item-at.js';

export interface ChartSafetyProblem {
  /** Display path of the file at fault. */
  readonly file: string;
  readonly message: string;
}

export interface ChartSafety {
  readonly problems: ChartSafetyProblem[];
  /** Paths (relative to the chart) that helm must not see: version-control folders. */
  readonly hidden: string[];
  /** Template texts read for the check, by absolute path, so the render does not read them again. */
  readonly texts: Map<string, string>;
}

/** Folders that belong to version control, never to a chart. */
const HIDDEN_FOLDERS = new Set(['.git', '.hg', '.svn']);
/** Template functions that reach the network while rendering. */
const NETWORK_FUNCTIONS = /\bgetHostByName\b/;
/** Bounds the walk, so a hostile tree cannot keep podsec busy. */
const MAX_ENTRIES = 20_000;

/**
 * Walks a chart folder: symlinks that lead outside it are problems, version-control folders are to be
 * hidden, and templates that call network functions are problems unless the user allowed network.
 */
export async function checkChart(
  fs: Pick<FileSystem, 'readDir' | 'readFile' | 'realpath'>,
  chartDir: string,
  displayPath: string,
  options: { readonly network: boolean },
): Promise<ChartSafety> {
  const problems: ChartSafetyProblem[] = [];
  const hidden: string[] = [];
  const texts = new Map<string, string>();
  const realChart = await fs.realpath(chartDir).catch(() => chartDir);
  let seen = 0;
  const walk = async (dir: string, rel: string): Promise<void> => {
    const entries = await fs.readDir(dir).catch(() => []);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (++seen > MAX_ENTRIES) return;
      const relPath = rel === '' ? entry.name : `${rel}/${entry.name}`;
      const absolute = join(dir, entry.name);
      if (entry.type === 'directory' && HIDDEN_FOLDERS.has(entry.name)) {
        hidden.push(relPath);
        continue;
      }
      if (entry.type === 'symlink') {
        const target = await fs.realpath(absolute).catch(() => undefined);
        if (target === undefined || !isInside(realChart, target)) {
          problems.push({
            file: joinDisplay(displayPath, relPath),
            message: `symlink points outside the chart${target === undefined ? ' (or nowhere)' : ''}; helm would read what it points at, so the chart is not rendered`,
          });
        }
        continue;
      }
      if (entry.type === 'directory') {
        await walk(absolute, relPath);
        continue;
      }
      if (!options.network && entry.type === 'file' && /(^|\/)templates\/.+\.(ya?ml|tpl|txt|json)$/.test(relPath)) {
        const text = await fs.readFile(absolute).catch(() => undefined);
        if (text !== undefined) texts.set(absolute, text);
        if (text !== undefined && NETWORK_FUNCTIONS.test(text)) {
          problems.push({
            file: joinDisplay(displayPath, relPath),
            message:
              'template calls getHostByName, which makes DNS lookups while rendering; allow network (--network) to render it',
          });
        }
      }
    }
  };
  await walk(chartDir, '');
  return { problems, hidden, texts };
}

/**
 * Values podsec handed to helm (`--set` values and the strings of values files) can come back in helm's
 * error output (a template's `fail` message). Errors are shown in logs, annotations and comments, so
 * those strings are replaced there.
 */
export function redactValues(text: string, secrets: ReadonlySet<string>): string {
  let out = text;
  // Longest first, so a value that contains another is replaced whole.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length >= MIN_REDACTED_LENGTH) out = out.split(secret).join('<redacted>');
  }
  return out;
}

/** Shorter strings (true, 80, app) are too common to hide without hiding the message itself. */
const MIN_REDACTED_LENGTH = 6;

/** The values a `--set`/`--set-string` argument carries (`a.b=x,c=y` → x, y). */
export function setValues(set: string): string[] {
  return set
    .split(/(?<!\\),/)
    .map((pair) => pair.slice(pair.indexOf('=') + 1))
    .filter((value) => value !== '');
}

/** Keys whose values are secrets by their name (`db.password`, `apiToken`, `tls.key: |`). */
const SECRET_KEY =
  /pass(word|wd|phrase)?|secret|token|credential|api[-_]?key|access[-_]?key|private|auth|cert|\.key$|^key$|^tls/i;

/**
 * The strings of a values file that could be secrets: values of secret-like keys, including the lines of a block
 * scalar under one. A chart's own defaults (image names, paths, release names) are not hidden: they are in the
 * repository anyway, and hiding them mangles file names in helm's messages.
 */
export function secretLikeValuesStrings(text: string): string[] {
  const out: string[] = [];
  let blockIndent = -1;
  for (const line of text.split(/\r?\n/)) {
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      if (line.trim() === '' || indent > blockIndent) {
        if (line.trim() !== '') out.push(line.trim());
        continue;
      }
      blockIndent = -1;
    }
    const match = /^\s*(?:-\s+)?(["']?)([^#:\s"'][^:"']*)\1:\s+(["']?)(.+?)\3\s*(?:#.*)?$/.exec(line);
    if (!match || !SECRET_KEY.test(itemAt(match, 2))) continue;
    const value = itemAt(match, 4).trim();
    if (/^[|>][-+0-9]*$/.test(value)) blockIndent = indent;
    else out.push(value);
  }
  return out;
}

/** Every string scalar of a values file, read without the yaml library's object model (fast and lenient). */
export function valuesFileStrings(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:-\s+)?(?:[^#:\s][^:]*:\s+)?(["']?)(.+?)\1\s*(?:#.*)?$/.exec(line);
    const value = match?.[2];
    if (value !== undefined && !value.endsWith(':') && !/^[|>]-?$/.test(value)) out.push(value.trim());
  }
  return out;
}
