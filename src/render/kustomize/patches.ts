/**
 * Kustomize patches as podsec needs them: which patches of a kustomization apply to a rendered object, and where
 * in the patch text a field of that object is set (or removed).
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { parseManifests } from '../../manifests/parse.js';
import type { KubeObject, RepoLocation } from '../../manifests/types.js';
import type { FieldPath } from '../../policy/types.js';
import { isPlainObject } from '../../util/plain-object.js';
import { itemAt } from '../../util/item-at.js';

/** Identity of a rendered object, with every name it may have had while patches ran. */
export interface PatchSubject {
  readonly apiVersion: string;
  readonly kind: string;
  /** Names between the original one in its resource file and the rendered one (prefixes/suffixes peeled). */
  readonly names: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
  /** The rendered value, used to follow list items by their merge key (`name`). */
  readonly rendered: Record<string, unknown>;
}

/** Where one patch says something about a field. */
export interface PatchHit {
  readonly location: RepoLocation;
  /** The patch sets or removes exactly the requested path (or replaces a parent of it wholesale). */
  readonly authoritative: boolean;
  /** The location is the requested field itself. */
  readonly exact: boolean;
  /** How many leading path segments the patch contains. */
  readonly depth: number;
}

/** A patch that can be asked about fields of the objects it touches. */
export interface LoadedPatch {
  /** The patch file (or the kustomization holding it inline), display form. */
  readonly file: string;
  appliesTo(subject: PatchSubject): boolean;
  find(subject: PatchSubject, path: FieldPath): PatchHit | undefined;
}

/** Where patch text sits in its file: inline patches are block scalars inside kustomization.yaml. */
export interface TextPlacement {
  readonly file: string;
  readonly lineOffset: number;
  readonly columnOffset: number;
  /** When the text cannot be mapped line by line (quoted or folded scalars): every hit points here. */
  readonly fixed?: RepoLocation;
}

/** A kustomize target selector (`patches[].target`, `patchesJson6902[].target`). */
export interface PatchTarget {
  readonly group?: string;
  readonly version?: string;
  readonly kind?: string;
  readonly name?: string;
  readonly namespace?: string;
  readonly labelSelector?: string;
  readonly annotationSelector?: string;
}

function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf('/');
  return slash < 0
    ? { group: '', version: apiVersion }
    : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

/** Kustomize matches selector names and namespaces as anchored regular expressions. */
function regexMatches(pattern: string, value: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`).test(value);
  } catch {
    return pattern === value;
  }
}

/** Only equality selectors (`a=b,c=d`, `a==b`) are judged; anything fancier is assumed to match. */
function selectorMatches(selector: string | undefined, values: Readonly<Record<string, string>>): boolean {
  if (selector === undefined || selector.trim() === '') return true;
  for (const part of selector.split(',')) {
    const match = /^\s*([^=!\s]+)\s*==?\s*([^=\s]*)\s*$/.exec(part);
    if (!match) continue;
    if (values[itemAt(match, 1)] !== match[2]) return false;
  }
  return true;
}

/** True when a target selector selects the subject. */
export function targetSelects(target: PatchTarget, subject: PatchSubject): boolean {
  const { group, version } = splitApiVersion(subject.apiVersion);
  if (target.kind !== undefined && target.kind !== '' && target.kind !== subject.kind) return false;
  if (target.group !== undefined && target.group !== '' && target.group !== group) return false;
  if (target.version !== undefined && target.version !== '' && target.version !== version) return false;
  if (
    target.name !== undefined &&
    target.name !== '' &&
    !subject.names.some((name) => regexMatches(target.name as string, name))
  )
    return false;
  return (
    selectorMatches(target.labelSelector, subject.labels) &&
    selectorMatches(target.annotationSelector, subject.annotations)
  );
}

/** Every name an object may have had between its resource file and the build output (prefixes and suffixes peeled). */
export function intermediateNames(original: string | undefined, rendered: string): string[] {
  if (original === undefined) return [rendered];
  const at = rendered.indexOf(original);
  if (at < 0) return [original, rendered];
  // Prefixes and suffixes are peeled at separators (`prod-`, `-v2`); the original name itself is always a candidate.
  const isCut = (index: number): boolean => rendered[index] === '-' || rendered[index] === '.';
  const starts = [
    0,
    at,
    ...[...rendered.slice(0, at)].map((_, index) => index + 1).filter((index) => isCut(index - 1)),
  ];
  const ends = [rendered.length, at + original.length];
  for (let index = at + original.length; index < rendered.length; index++) if (isCut(index)) ends.push(index);
  const names = new Set<string>();
  for (const start of starts)
    for (const end of ends) if (start <= at && end >= at + original.length) names.add(rendered.slice(start, end));
  return [...names];
}

/** List item merge keys of the pod template lists kustomize merges by key. */
const MERGE_KEYS = ['name', 'mountPath', 'containerPort', 'devicePath', 'ip'];

function matchListItem(renderedItem: unknown, patchList: unknown[], index: number): number | undefined {
  if (isPlainObject(renderedItem)) {
    for (const key of MERGE_KEYS) {
      const wanted = renderedItem[key];
      if (wanted === undefined) continue;
      const found = patchList.findIndex((item) => isPlainObject(item) && item[key] === wanted);
      return found >= 0 ? found : undefined;
    }
  }
  // Lists without a merge key are replaced whole by a strategic-merge patch, so indexes line up.
  return index < patchList.length ? index : undefined;
}

/**
 * Follows a path of the rendered object through a strategic-merge patch: list items are matched by their merge key,
 * since the patch lists only the items it changes and in its own order.
 */
export function followInPatch(
  rendered: unknown,
  patch: unknown,
  path: FieldPath,
): { readonly patchPath: (string | number)[]; readonly complete: boolean; readonly removedAt?: number } {
  let renderedCursor = rendered;
  let patchCursor = patch;
  const patchPath: (string | number)[] = [];
  for (const segment of path) {
    if (patchCursor === null && patchPath.length > 0)
      return { patchPath, complete: false, removedAt: patchPath.length };
    if (typeof segment === 'number') {
      if (!Array.isArray(patchCursor)) break;
      const renderedItem = Array.isArray(renderedCursor) ? renderedCursor[segment] : undefined;
      const index = matchListItem(renderedItem, patchCursor, segment);
      if (index === undefined) break;
      patchPath.push(index);
      renderedCursor = renderedItem;
      patchCursor = patchCursor[index];
    } else {
      if (!isPlainObject(patchCursor) || !Object.prototype.hasOwnProperty.call(patchCursor, segment)) break;
      patchPath.push(segment);
      renderedCursor = isPlainObject(renderedCursor) ? renderedCursor[segment] : undefined;
      patchCursor = patchCursor[segment];
    }
  }
  return { patchPath, complete: patchPath.length === path.length };
}

function place(
  placement: TextPlacement,
  span: { line: number; column: number; endLine: number; endColumn: number },
): RepoLocation {
  if (placement.fixed) return placement.fixed;
  return {
    file: placement.file,
    line: span.line + placement.lineOffset,
    column: span.column + placement.columnOffset,
    endLine: span.endLine + placement.lineOffset,
    endColumn: span.endColumn + placement.columnOffset,
  };
}

/** Strategic-merge patches: one per document of the patch text. */
export function loadStrategicMergePatches(
  text: string,
  placement: TextPlacement,
  target: PatchTarget | undefined,
): LoadedPatch[] {
  const parsed = parseManifests(text, placement.file);
  return parsed.objects.map((object) => strategicMergePatch(object, placement, target));
}

function strategicMergePatch(
  object: KubeObject,
  placement: TextPlacement,
  target: PatchTarget | undefined,
): LoadedPatch {
  const value = object.value;
  const metadata = isPlainObject(value['metadata']) ? value['metadata'] : {};
  const ownName = typeof metadata['name'] === 'string' ? metadata['name'] : undefined;
  const apiVersion = typeof value['apiVersion'] === 'string' ? value['apiVersion'] : '';
  const kind = typeof value['kind'] === 'string' ? value['kind'] : '';
  return {
    file: placement.file,
    appliesTo(subject) {
      if (target !== undefined) return targetSelects(target, subject);
      if (kind !== subject.kind) return false;
      if (splitApiVersion(apiVersion).group !== splitApiVersion(subject.apiVersion).group) return false;
      return ownName === undefined || subject.names.includes(ownName);
    },
    find(subject, path) {
      const followed = followInPatch(subject.rendered, value, path);
      if (followed.patchPath.length === 0) return undefined;
      const span = object.position(followed.patchPath);
      // A null (or `$patch: delete`) in the patch removes the field: the patch is where it went missing.
      const removed = followed.removedAt !== undefined;
      return {
        location: place(placement, span),
        authoritative: followed.complete || removed,
        exact: followed.complete && span.exact,
        depth: removed ? path.length : followed.patchPath.length,
      };
    },
  };
}

function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function nodeRange(node: unknown): [number, number] | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: [number, number, number] | null }).range;
    if (range) return [range[0], range[1]];
  }
  return undefined;
}

interface JsonOp {
  readonly op: string;
  readonly tokens: string[];
  readonly pathNode: YamlNode | undefined;
  readonly valueNode: YamlNode | undefined;
  readonly opNode: YamlNode;
}

/** RFC 6902 patches (YAML or JSON list of operations) applied to the objects their target selects. */
export function loadJson6902Patch(
  text: string,
  placement: TextPlacement,
  target: PatchTarget | undefined,
): LoadedPatch | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, logLevel: 'error' });
  if (doc.errors.length > 0 || !isSeq(doc.contents)) return undefined;
  const ops: JsonOp[] = [];
  for (const item of doc.contents.items) {
    if (!isMap(item)) continue;
    const op = item.get('op');
    const path = item.get('path');
    if (typeof op !== 'string' || typeof path !== 'string') continue;
    const pair = (key: string): YamlNode | undefined => {
      const found = item.items.find((entry) => isPair(entry) && isScalar(entry.key) && entry.key.value === key);
      return found ? ((found.value as YamlNode | null) ?? (found.key as YamlNode)) : undefined;
    };
    const pathPair = item.items.find((entry) => isPair(entry) && isScalar(entry.key) && entry.key.value === 'path');
    ops.push({
      op,
      tokens: pointerTokens(path),
      pathNode: (pathPair?.key as YamlNode | undefined) ?? undefined,
      valueNode: pair('value'),
      opNode: item,
    });
  }
  const spanAt = (start: number, end: number): RepoLocation => {
    const from = lineCounter.linePos(start);
    let stop = end;
    while (stop > start && (text.charCodeAt(stop - 1) === 10 || text.charCodeAt(stop - 1) === 13)) stop--;
    const to = lineCounter.linePos(stop);
    return place(placement, { line: from.line, column: from.col, endLine: to.line, endColumn: to.col });
  };
  const nodeLocation = (node: unknown): RepoLocation | undefined => {
    const range = nodeRange(node);
    return range ? spanAt(range[0], range[1]) : undefined;
  };
  return {
    file: placement.file,
    appliesTo: (subject) => target === undefined || targetSelects(target, subject),
    find(_subject, path) {
      let best: PatchHit | undefined;
      const wanted = path.map(String);
      for (const op of ops) {
        if (op.op === 'test') continue;
        if (op.tokens.length > wanted.length) continue;
        const prefix = op.tokens.every(
          (token, index) => token === wanted[index] || (token === '-' && typeof path[index] === 'number'),
        );
        if (!prefix) continue;
        let location = nodeLocation(op.pathNode) ?? nodeLocation(op.opNode);
        let matched = op.tokens.length;
        if ((op.op === 'add' || op.op === 'replace') && op.valueNode !== undefined) {
          // Walk into the added value for the rest of the path: `value: {privileged: true}` points at `privileged`.
          let node: unknown = op.valueNode;
          for (const segment of path.slice(op.tokens.length)) {
            let next: unknown;
            let where: unknown;
            if (isMap(node)) {
              const entry = node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(segment));
              next = entry?.value;
              where = entry?.key;
            } else if (isSeq(node) && typeof segment === 'number') {
              next = node.items[segment];
              where = next;
            }
            if (where === undefined) break;
            location = nodeLocation(where) ?? location;
            node = next;
            matched++;
          }
        }
        if (location === undefined) continue;
        const removal = op.op === 'remove';
        const hit: PatchHit = {
          location,
          authoritative: true,
          exact: matched === path.length && !removal,
          depth: removal ? path.length : matched,
        };
        // Later operations win, as they are applied later.
        best = hit;
      }
      return best;
    },
  };
}

/** Chooses between the two patch kinds the way kustomize does: a list is RFC 6902, anything else strategic merge. */
export function loadPatchText(text: string, placement: TextPlacement, target: PatchTarget | undefined): LoadedPatch[] {
  const trimmed = text.replace(/^(\s*#[^\n]*\n|\s*\n)*/, '').trimStart();
  if (trimmed.startsWith('[') || trimmed.startsWith('-')) {
    const patch = loadJson6902Patch(text, placement, target);
    return patch ? [patch] : [];
  }
  return loadStrategicMergePatches(text, placement, target);
}
