import { dirname, join, resolve } from 'node:path';
import { isMap, isNode, isPair, isScalar, isSeq, parseAllDocuments, visit } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { DEFAULT_MAX_DEPTH, readBlockYamlValue } from '../manifests/parse.js';
import type { FileSystem } from './fs.js';

/** The file names kustomize looks for in a directory, in kustomize's own order of preference. */
export const KUSTOMIZATION_FILE_NAMES: readonly string[] = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** A kustomization file read as plain data. */
export interface KustomizationFile {
  readonly file: string;
  readonly dir: string;
  /** `Kustomization` or `Component` (absent `kind` means Kustomization). */
  readonly kind: string;
  /** The fields as kustomize reads them (see {@link asKustomizeReadsIt}). */
  readonly data: Readonly<Record<string, unknown>>;
  /**
   * The file only means `data` through YAML merge keys (`<<`) or keys in another case than kustomize's field names
   * (`Resources:`). Readable, but unusual enough that podsec does not build such a tree next to others.
   */
  readonly unusualKeys?: boolean;
}

/** The JSON names of the fields of kustomize's Kustomization type (sigs.k8s.io/kustomize/api/types). */
const KUSTOMIZATION_FIELDS: readonly string[] = [
  'apiVersion', 'kind', 'metadata', 'openapi', 'namePrefix', 'nameSuffix', 'namespace', 'commonLabels', 'labels',
  'commonAnnotations', 'patchesStrategicMerge', 'patchesJson6902', 'patches', 'images', 'imageTags', 'replacements',
  'replicas', 'vars', 'sortOptions', 'resources', 'components', 'crds', 'bases', 'configMapGenerator', 'secretGenerator',
  'helmGlobals', 'helmCharts', 'helmChartInflationGenerator', 'generatorOptions', 'configurations', 'generators',
  'transformers', 'validators', 'inventory', 'buildMetadata',
];
/** Field names of the list items and structs podsec reads inside a kustomization (patches, helm charts). */
const NESTED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  patches: ['path', 'patch', 'target', 'options'],
  patchesJson6902: ['path', 'patch', 'target', 'options'],
  helmCharts: ['name', 'version', 'repo', 'releaseName', 'namespace', 'additionalValuesFiles', 'valuesFile', 'valuesInline', 'valuesMerge', 'includeCRDs', 'skipHooks', 'apiVersions', 'kubeVersion', 'nameTemplate', 'skipTests', 'debug'],
  helmGlobals: ['chartHome', 'configHome'],
};

/** Go's case folding for matching JSON keys to ASCII field names: ASCII case, plus the Kelvin sign and long s. */
function foldKey(key: string): string {
  return key.replace(/\u212a/g, 'k').replace(/\u017f/g, 's').toLowerCase();
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * YAML merge keys (`<<`) resolved everywhere, as kustomize's YAML layer (go-yaml v2) resolves them: in document
 * order, a merge overriding keys set before it and keys after it overriding the merge; of several mappings merged
 * at once, the earlier one wins. `merged` tells if there were any.
 */
function resolveMergeKeys(value: unknown, found: { merged: boolean }, within: Set<object> = new Set()): unknown {
  if (typeof value !== 'object' || value === null) return value;
  // An alias inside the collection it names makes a cycle; go-yaml refuses such a file, and so does podsec.
  if (within.has(value)) throw new Error('an alias refers to a collection that contains it');
  within.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => resolveMergeKeys(item, found, within));
    if (!isMapping(value)) return value;
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (key !== '<<') {
        result[key] = resolveMergeKeys(item, found, within);
        continue;
      }
      found.merged = true;
      const sources = [item].flat().filter(isMapping).map((source) => resolveMergeKeys(source, found, within) as Record<string, unknown>);
      for (const source of sources.reverse()) Object.assign(result, source);
    }
    return result;
  } finally {
    within.delete(value);
  }
}

/**
 * Matches keys to Go struct field names the way kustomize's JSON decoding does: an exact match first, else a
 * case-insensitive one; keys are decoded in sorted order (kustomize turns YAML into JSON through a Go map), so
 * of two spellings of one field the later one in that order wins. Unknown keys stay as they are (kustomize
 * rejects them). `folded` tells whether any key needed folding.
 */
function matchFields(record: Record<string, unknown>, fields: readonly string[], found: { folded: boolean }): Record<string, unknown> {
  const byFolded = new Map(fields.map((field) => [foldKey(field), field]));
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) {
    const field = fields.includes(key) ? key : byFolded.get(foldKey(key));
    if (field !== undefined && field !== key) found.folded = true;
    result[field ?? key] = record[key];
  }
  return result;
}

/** The kustomization data as kustomize reads it (merge keys resolved, field names matched), and whether that changed anything. */
export function asKustomizeReadsIt(data: Record<string, unknown>): { data: Record<string, unknown>; unusualKeys: boolean } {
  const merges = { merged: false };
  const folds = { folded: false };
  const resolved = matchFields(resolveMergeKeys(data, merges) as Record<string, unknown>, KUSTOMIZATION_FIELDS, folds);
  for (const [field, nested] of Object.entries(NESTED_FIELDS)) {
    const value = resolved[field];
    if (Array.isArray(value)) resolved[field] = value.map((item) => (isMapping(item) ? matchFields(item, nested, folds) : item));
    else if (isMapping(value)) resolved[field] = matchFields(value, nested, folds);
  }
  return { data: resolved, unusualKeys: merges.merged || folds.folded };
}

/** The strings of a YAML list (anything else: none). */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function objects(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null && !Array.isArray(item))
    : [];
}

/** Inline YAML (a generator config or patch written in place) rather than a path. */
export function isInlineEntry(entry: string): boolean {
  return entry.includes('\n');
}

/**
 * Whether a `resources`/`components` entry that does not exist on disk would make kustomize fetch it: URLs,
 * scp-style git addresses and host-like paths (`github.com/org/repo//dir?ref=v1`).
 */
export function looksRemote(entry: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry)) return true;
  if (/^[^/\s]+@[^/\s]+:/.test(entry)) return true;
  if (/^(gh|github|gitlab|bitbucket):/i.test(entry)) return true;
  if (entry.includes('?ref=') || entry.includes('?version=') || /\.git(\/|$|\?)/.test(entry) || entry.includes('//')) return true;
  const first = entry.split('/')[0] ?? '';
  return !entry.startsWith('.') && /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?$/i.test(first) && entry.includes('/');
}

/** Finds the kustomization file of a directory, if it has one. */
export async function findKustomizationFile(fs: FileSystem, dir: string): Promise<string | undefined> {
  let names: Set<string>;
  try {
    names = new Set((await fs.readDir(dir)).filter((entry) => entry.type !== 'directory').map((entry) => entry.name));
  } catch {
    return undefined;
  }
  const name = KUSTOMIZATION_FILE_NAMES.find((candidate) => names.has(candidate));
  return name === undefined ? undefined : join(dir, name);
}

/** Aliases are legal in kustomization files but have no business being large; their expansion is capped. */
const MAX_ALIASES = 100;
/** Line breaks to go-yaml v2 (kustomize's YAML reader), ordinary characters to YAML 1.2 and the yaml package. */
const GO_YAML_ONLY_LINE_BREAKS = /[\u0085\u2028\u2029]/;

/**
 * Reads kustomization YAML as kustomize (go-yaml v2) does where the two readers differ in ways that change what
 * the file says: only the first document counts, and of two equal keys the later one wins. What they read
 * differently beyond that (explicit tags such as `!!binary` or `!!merge`, `%YAML`/`%TAG` directives, NEL/LS/PS
 * characters) is refused: podsec must see the entries kustomize will follow.
 */
function readKustomizationYaml(text: string): unknown {
  if (GO_YAML_ONLY_LINE_BREAKS.test(text)) {
    throw new Error('it contains a NEL, LS or PS character (U+0085, U+2028, U+2029), which kustomize reads as a line break; podsec does not read such a file');
  }
  // Read as UTF-8, a UTF-16 file is NUL bytes and replacement characters.
  if (text.includes('\u0000')) throw new Error('it is not UTF-8 text (UTF-16?); podsec reads kustomization files as UTF-8');
  if (looksTooDeep(text)) throw new Error(`nesting is too deep (more than ${DEFAULT_MAX_DEPTH} levels)`);
  const fast = readBlockYamlValue(text, MAX_ALIASES);
  if (fast) return fast.value;
  // Directives stand at the start of a line; in a kustomization (a mapping) nothing else can start with `%`.
  // `%YAML 1.1` makes the yaml package merge `<<` keys its own way (the mapping's keys win); go-yaml merges in
  // document order. Without merge keys the directive changes nothing podsec reads.
  if (/^%/m.test(text) && text.includes('<<')) {
    throw new Error('YAML directives (%YAML, %TAG) with merge keys read differently in kustomize; podsec does not read them in kustomization files');
  }
  const documents = parseAllDocuments(text, { uniqueKeys: false, logLevel: 'error' });
  const first = Array.isArray(documents) ? documents[0] : undefined;
  if (first === undefined) return null;
  const [error] = first.errors;
  if (error) throw error;
  checkStructure(first.contents);
  let tagged = false;
  visit(first, (_key, node) => {
    if (isNode(node) && node.tag !== undefined) {
      tagged = true;
      return visit.BREAK;
    }
    return undefined;
  });
  if (tagged) throw new Error('explicit YAML tags (!!binary, !!merge, …) read differently in kustomize; podsec does not read them in kustomization files');
  return first.toJS({ maxAliasCount: MAX_ALIASES });
}

/**
 * A cheap look at the text before any parser recurses into it: flow brackets nested, or block indentation and
 * `- ` markers stacked, beyond podsec's depth limit. Brackets inside quoted text count too; a kustomization
 * has no business holding hundreds of them.
 */
function looksTooDeep(text: string): boolean {
  let flow = 0;
  for (const char of text) {
    if (char === '[' || char === '{') {
      if (++flow > DEFAULT_MAX_DEPTH) return true;
    } else if ((char === ']' || char === '}') && flow > 0) flow--;
  }
  return text.split('\n').some((line) => (/^[ \t-]*/.exec(line)?.[0].length ?? 0) > 2 * DEFAULT_MAX_DEPTH);
}

/**
 * Walks the parsed nodes without recursion (hostile nesting must not exhaust the stack) and refuses what the
 * readers would resolve differently: nesting beyond podsec's limit, and a mapping that has merge keys and
 * repeats a key (go-yaml applies both in document order, the last write winning; the yaml package keeps one
 * entry per key).
 */
function checkStructure(root: unknown): void {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (depth > DEFAULT_MAX_DEPTH) throw new Error(`nesting is too deep (more than ${DEFAULT_MAX_DEPTH} levels)`);
    if (isMap(node)) {
      const keys = node.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key)));
      if (keys.includes('<<') && new Set(keys).size < keys.length) {
        throw new Error('a mapping with merge keys (<<) repeats a key; kustomize applies them in document order, podsec does not read such a mapping');
      }
      for (const pair of node.items) stack.push({ node: pair.key, depth: depth + 1 }, { node: pair.value, depth: depth + 1 });
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    } else if (isPair(node)) {
      stack.push({ node: node.key, depth: depth + 1 }, { node: node.value, depth: depth + 1 });
    }
  }
}

/**
 * Whether kustomize takes a `generators`, `transformers` or `validators` entry as an inline config: only when it
 * reads as YAML objects. Anything else (`file:///repo?x=\n`, a folder whose name holds a newline) is a path or
 * URL to kustomize, and to podsec.
 */
export function isInlineConfig(entry: string): boolean {
  if (!isInlineEntry(entry)) return false;
  try {
    const documents = parseAllDocuments(entry, { logLevel: 'error' });
    return Array.isArray(documents) && documents.length > 0 && documents.every((document) => document.errors.length === 0 && isMap(document.contents as YamlNode | null));
  } catch {
    return false;
  }
}

/** Parses kustomization text; returns an error message instead of throwing. */
export function parseKustomizationText(text: string, file: string): KustomizationFile | { readonly error: string } {
  let data: unknown;
  let read: ReturnType<typeof asKustomizeReadsIt>;
  try {
    data = readKustomizationYaml(text);
    if (data === null || data === undefined) data = {};
    if (typeof data !== 'object' || Array.isArray(data)) return { error: 'a kustomization must be a mapping' };
    read = asKustomizeReadsIt(data as Record<string, unknown>);
  } catch (error) {
    // The yaml package's first line ends with ':' before the source excerpt it adds below; the excerpt is not shown.
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '').replace(/:\s*$/, '') : String(error);
    return { error: `cannot parse kustomization: ${message}` };
  }
  const kind = typeof read.data['kind'] === 'string' ? read.data['kind'] : 'Kustomization';
  return { file, dir: dirname(file), kind, data: read.data, ...(read.unusualKeys ? { unusualKeys: true } : {}) };
}

/** Reads and parses the kustomization file of `dir`. */
export async function readKustomization(fs: FileSystem, dir: string): Promise<KustomizationFile | { readonly error: string; readonly file?: string }> {
  const file = await findKustomizationFile(fs, dir);
  if (file === undefined) return { error: `no ${KUSTOMIZATION_FILE_NAMES.join(', ')} in the directory` };
  let text: string;
  try {
    text = await fs.readFile(file);
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
    return { file, error: `cannot read kustomization (${code || 'error'})` };
  }
  const parsed = parseKustomizationText(text, file);
  return 'error' in parsed ? { file, error: parsed.error } : parsed;
}

/**
 * The entries kustomize loads as resources or kustomization roots (which may be directories or remote). Generator,
 * transformer and validator entries may be inline configs; resources, bases and components are always paths or
 * URLs to kustomize, whatever characters they hold.
 */
export function rootEntries(data: Readonly<Record<string, unknown>>): string[] {
  return [
    ...baseEntries(data),
    ...[...strings(data['generators']), ...strings(data['transformers']), ...strings(data['validators'])].filter((entry) => !isInlineConfig(entry)),
  ];
}

/** Entries that pull another kustomization in as a base or component (what makes it "not top-level"). */
export function baseEntries(data: Readonly<Record<string, unknown>>): string[] {
  return [...strings(data['resources']), ...strings(data['bases']), ...strings(data['components'])];
}

/** Every plain file a kustomization names: patches, generator inputs, configurations, replacements, CRDs. */
export function fileEntries(data: Readonly<Record<string, unknown>>): string[] {
  return fileReferences(data).filter((entry) => !isInlineEntry(entry) && !looksRemote(entry));
}

/**
 * Every string kustomize may load as a file (patches, generator inputs, configurations, replacements, CRDs, the
 * OpenAPI schema), unfiltered: kustomize's loader fetches any of them that is an http(s) URL, even an inline-looking
 * one with a newline in it.
 */
export function fileReferences(data: Readonly<Record<string, unknown>>): string[] {
  const files: string[] = [];
  for (const patch of objects(data['patches'])) if (typeof patch['path'] === 'string') files.push(patch['path']);
  for (const patch of objects(data['patchesJson6902'])) if (typeof patch['path'] === 'string') files.push(patch['path']);
  files.push(...strings(data['patchesStrategicMerge']));
  for (const replacement of objects(data['replacements'])) if (typeof replacement['path'] === 'string') files.push(replacement['path']);
  for (const generator of [...objects(data['configMapGenerator']), ...objects(data['secretGenerator'])]) {
    for (const entry of strings(generator['files'])) files.push(entry.includes('=') ? entry.slice(entry.indexOf('=') + 1) : entry);
    files.push(...strings(generator['envs']));
    if (typeof generator['env'] === 'string') files.push(generator['env']);
  }
  files.push(...strings(data['configurations']), ...strings(data['crds']));
  const openapi = data['openapi'];
  if (typeof openapi === 'object' && openapi !== null && typeof (openapi as Record<string, unknown>)['path'] === 'string') {
    files.push((openapi as Record<string, string>)['path'] as string);
  }
  return files;
}

/** Resolves an entry against the kustomization directory. */
export function resolveEntry(dir: string, entry: string): string {
  return resolve(dir, entry);
}
