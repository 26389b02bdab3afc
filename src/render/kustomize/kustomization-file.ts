/**
 * Kustomization files read as plain YAML, for what podsec shows and plans: which folders are targets
 * (discovery), the namespace and patches of a build (attribution), and which builds may share a process.
 *
 * This is not a security boundary: kustomize reads its files itself, inside a staged copy of the repository
 * folder (see staging.ts). Where this reading and kustomize's differ (field names in another case, YAML merge
 * keys, duplicate keys), podsec may show a finding on a less precise line or plan a single build instead of a
 * shared one; what kustomize builds, and what it may read, does not depend on it.
 */
import { dirname, join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describeFileError, type FileSystem } from '../../discover/fs.js';
import { isPlainObject } from '../../util/plain-object.js';

/** The file names kustomize looks for in a directory, in kustomize's own order of preference. */
export const KUSTOMIZATION_FILE_NAMES: readonly string[] = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** A kustomization file read as plain data. */
export interface KustomizationFile {
  readonly file: string;
  readonly dir: string;
  /** `Kustomization` or `Component` (absent `kind` means Kustomization). */
  readonly kind: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** Aliases are legal in kustomization files but have no business being large; their expansion is capped. */
const MAX_ALIASES = 100;

/** The strings of a YAML list (anything else: none). */
function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function objects(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isPlainObject) : [];
}

/** Inline YAML (a generator config or patch written in place) rather than a path. */
export function isInlineEntry(entry: string): boolean {
  return entry.includes('\n');
}

/** Finds the kustomization file of a directory, if it has one. */
async function findKustomizationFile(fs: FileSystem, dir: string): Promise<string | undefined> {
  let names: Set<string>;
  try {
    names = new Set((await fs.readDir(dir)).filter((entry) => entry.type !== 'directory').map((entry) => entry.name));
  } catch {
    return undefined;
  }
  const name = KUSTOMIZATION_FILE_NAMES.find((candidate) => names.has(candidate));
  return name === undefined ? undefined : join(dir, name);
}

/** Parses kustomization text (its first document, YAML merge keys resolved); returns an error message instead of throwing. */
export function parseKustomizationText(text: string, file: string): KustomizationFile | { readonly error: string } {
  let data: unknown;
  try {
    const documents = parseAllDocuments(text, { uniqueKeys: false, merge: true, logLevel: 'error' });
    const first = Array.isArray(documents) ? documents[0] : undefined;
    const [error] = first?.errors ?? [];
    if (error) throw error;
    data = first?.toJS({ maxAliasCount: MAX_ALIASES }) ?? {};
    if (data === null || data === undefined) data = {};
  } catch (error) {
    // The yaml package's first line ends with ':' before the source excerpt it adds below; the excerpt is not shown.
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '').replace(/:\s*$/, '') : String(error);
    return { error: `cannot parse kustomization: ${message}` };
  }
  if (typeof data !== 'object' || Array.isArray(data)) return { error: 'a kustomization must be a mapping' };
  const record = data as Record<string, unknown>;
  const kind = typeof record['kind'] === 'string' ? record['kind'] : 'Kustomization';
  return { file, dir: dirname(file), kind, data: record };
}

/** Reads and parses the kustomization file of `dir`. */
export async function readKustomizationAt(
  fs: FileSystem,
  dir: string,
): Promise<KustomizationFile | { readonly error: string; readonly file?: string }> {
  const file = await findKustomizationFile(fs, dir);
  if (file === undefined) return { error: `no ${KUSTOMIZATION_FILE_NAMES.join(', ')} in the directory` };
  let text: string;
  try {
    text = await fs.readFile(file);
  } catch (error) {
    return { file, error: `cannot read kustomization: ${describeFileError(error)}` };
  }
  const parsed = parseKustomizationText(text, file);
  return 'error' in parsed ? { file, error: parsed.error } : parsed;
}

/** Entries that pull another kustomization in as a base or component (what makes it "not top-level"). */
export function baseEntries(data: Readonly<Record<string, unknown>>): string[] {
  return [...strings(data['resources']), ...strings(data['bases']), ...strings(data['components'])];
}

/** generators, transformers and validators entries that name a file or folder (not inline configs). */
export function configEntries(data: Readonly<Record<string, unknown>>): string[] {
  return [...strings(data['generators']), ...strings(data['transformers']), ...strings(data['validators'])].filter(
    (entry) => !isInlineEntry(entry),
  );
}

/** Every plain file a kustomization names: patches, generator inputs, configurations, replacements, CRDs, the OpenAPI schema. */
export function fileEntries(data: Readonly<Record<string, unknown>>): string[] {
  const files: string[] = [];
  for (const patch of objects(data['patches'])) if (typeof patch['path'] === 'string') files.push(patch['path']);
  for (const patch of objects(data['patchesJson6902']))
    if (typeof patch['path'] === 'string') files.push(patch['path']);
  files.push(...strings(data['patchesStrategicMerge']));
  for (const replacement of objects(data['replacements']))
    if (typeof replacement['path'] === 'string') files.push(replacement['path']);
  for (const generator of [...objects(data['configMapGenerator']), ...objects(data['secretGenerator'])]) {
    for (const entry of strings(generator['files']))
      files.push(entry.includes('=') ? entry.slice(entry.indexOf('=') + 1) : entry);
    files.push(...strings(generator['envs']));
    if (typeof generator['env'] === 'string') files.push(generator['env']);
  }
  files.push(...strings(data['configurations']), ...strings(data['crds']));
  const openapi = data['openapi'];
  if (
    typeof openapi === 'object' &&
    openapi !== null &&
    typeof (openapi as Record<string, unknown>)['path'] === 'string'
  ) {
    files.push((openapi as Record<string, string>)['path'] as string);
  }
  return files.filter((entry) => !isInlineEntry(entry));
}
