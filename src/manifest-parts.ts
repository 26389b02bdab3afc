/**
 * A large manifest file read in two parts side by side: the documents of its second half are read, extracted and
 * warmed (see warmAssessment) on another thread while this one does the first half, so a file of ten thousand
 * workloads uses both cores of a CI runner. What comes back is plain data (see PartResult), and the scan takes it
 * as if it had read those objects itself: the same items, errors and Namespaces, in the same order.
 *
 * Exactness comes first: a part is only taken when the block reader reads the whole text without an error (see
 * parseManifestRange), and anything else (JSON, text outside the block reader's subset, a syntax error in either
 * half, a workload whose paths need a function) reads the whole text on this thread as before. Assessment and
 * Namespace labels stay with the scan, which sees every object, wherever in the file it was.
 */
import { portableSlim, reviveSlimItem, warmAssessment, type AssessItem, type PortableSlim } from './findings/assess.js';
import type { TargetRef } from './findings/types.js';
import type { TextRange } from './manifests/block-yaml.js';
import { parseManifestRange, type ObjectSink } from './manifests/parse.js';
import type { InputError, KubeObject, LocatedField } from './manifests/types.js';
import type { PolicyOptions } from './options.js';
import type { FieldPath } from './policy/types.js';
import { asRecord } from './util/plain-object.js';
import { extractWorkloads } from './workloads/extract.js';
import type { Workload } from './workloads/types.js';

/** What reading a part of a text needs: plain data, copied to the thread that reads it. */
export interface PartRequest {
  readonly text: string;
  readonly file: string;
  readonly range: TextRange;
  readonly policy: PolicyOptions;
}

/** A workload of a part, by the index of its object in the part and its place among that object's workloads. */
export interface PartItem {
  readonly objectIndex: number;
  readonly nth: number;
  readonly slim: PortableSlim;
}

/** A Namespace of a part, with where its labels are (what assessWorkloads locates on a Namespace). */
export interface PartNamespace {
  readonly objectIndex: number;
  readonly object: Pick<KubeObject, 'value' | 'file' | 'documentIndex' | 'itemIndex'>;
  readonly located: readonly (readonly [string, LocatedField])[];
}

/** What a part holds, as plain data (see PartRequest). */
export interface PartResult {
  /** Objects read from the part: the scan's object indexes of the next part start after them. */
  readonly objectCount: number;
  readonly items: readonly PartItem[];
  /** Extraction errors, in the order of the objects. */
  readonly errors: readonly InputError[];
  readonly namespaces: readonly PartNamespace[];
}

/** Reads a part on another thread (or, in tests, on this one); `cancel` when its result is no longer wanted. */
export type PartReader = (request: PartRequest) => {
  readonly result: Promise<PartResult | undefined>;
  cancel(): void;
};

/** Receives the objects of a text split in parts: the first part's as they are read, the second's as a whole. */
export interface PartSink extends ObjectSink {
  /** Whether parts can be taken (the workloads of a part are slim items: not when their objects are kept). */
  readonly takesParts: boolean;
  takePart(part: PartResult): void;
}

/** The workloads of one object, extracted and warmed, and the errors extraction gives. */
export function warmedWorkloads(
  object: KubeObject,
  policy: PolicyOptions,
  targetRef: TargetRef,
  defaultNamespace: string | undefined,
): { readonly items: AssessItem[]; readonly errors: readonly InputError[] } {
  const extracted = extractWorkloads([object], policy.podTemplateKinds);
  const items = extracted.workloads.map((workload): AssessItem => ({ workload, targetRef, defaultNamespace }));
  warmAssessment(items, policy);
  return { items, errors: extracted.errors };
}

export function isNamespace(object: KubeObject): boolean {
  return object.value['kind'] === 'Namespace' && object.value['apiVersion'] === 'v1';
}

/** The paths assessWorkloads locates on a Namespace: its labels and each label. */
function namespaceLabelPaths(object: KubeObject): FieldPath[] {
  const labels = asRecord(asRecord(object.value['metadata'])?.['labels']);
  const paths: FieldPath[] = [['metadata', 'labels']];
  if (labels) for (const key of Object.keys(labels)) paths.push(['metadata', 'labels', key]);
  return paths;
}

function pathKey(path: FieldPath): string {
  return JSON.stringify(path);
}

/**
 * Reads the part of `request.text` in `request.range`: its objects extracted and warmed, as plain data. Undefined
 * when the text is not one the block reader reads whole and clean, or a workload cannot be carried as data.
 */
export function readManifestPart(request: PartRequest): PartResult | undefined {
  const items: PartItem[] = [];
  const errors: InputError[] = [];
  const namespaces: PartNamespace[] = [];
  let objectCount = 0;
  let portable = true;
  // The thread reading a part only reports: the target is the scan's to name.
  const targetRef: TargetRef = { kind: 'manifest', path: request.file, scenarios: [] };
  const sink: ObjectSink = {
    object(object) {
      const objectIndex = objectCount++;
      const taken = warmedWorkloads(object, request.policy, targetRef, undefined);
      for (const error of taken.errors) errors.push(error);
      if (isNamespace(object)) {
        const located = namespaceLabelPaths(object).map((path) => [pathKey(path), object.locate(path)] as const);
        namespaces.push({ objectIndex, object: plainObject(object), located });
      }
      taken.items.forEach(({ workload }, nth) => {
        if (workload.translatePath !== undefined) portable = false;
        else items.push({ objectIndex, nth, slim: portableSlim(workload) });
      });
    },
    restart() {
      objectCount = 0;
      items.length = 0;
      errors.length = 0;
      namespaces.length = 0;
    },
  };
  const parsed = parseManifestRange(request.text, request.file, request.range, { sink });
  return parsed !== undefined && portable ? { objectCount, items, errors, namespaces } : undefined;
}

function plainObject(object: KubeObject): PartNamespace['object'] {
  return {
    value: object.value,
    file: object.file,
    documentIndex: object.documentIndex,
    ...(object.itemIndex === undefined ? {} : { itemIndex: object.itemIndex }),
  };
}

/** A Namespace of a part as an object: its labels located as the part found them, anything else through `reload`. */
export function reviveNamespace(namespace: PartNamespace, reload: () => KubeObject): KubeObject {
  const located = new Map(namespace.located);
  return {
    ...namespace.object,
    position: (path) => reload().position(path),
    locate: (path) => located.get(pathKey(path)) ?? reload().locate(path),
  };
}

/** The workload of a part as a slim item, as the scan would have made it (see slimItem). */
export function revivePartItem(
  item: PartItem,
  targetRef: TargetRef,
  defaultNamespace: string | undefined,
  reload: () => Workload,
): AssessItem {
  return reviveSlimItem(item.slim, targetRef, defaultNamespace, reload);
}

/**
 * Where to split a text in two: the start of the first `---` line at or after its middle, when the text is at least
 * `minLength` long and has one. The block reader starts a document at such a line (`---` then a space or the
 * line's end), so each half holds whole documents.
 */
export function splitPoint(text: string, minLength: number): number | undefined {
  if (text.length < minLength) return undefined;
  for (let at = text.indexOf('\n---', text.length >> 1); at >= 0; at = text.indexOf('\n---', at + 1)) {
    const after = text.charCodeAt(at + 4);
    if (at + 4 === text.length || after === 10 || after === 32) return at + 1;
  }
  return undefined;
}

/**
 * Reads `text` in two parts, the second through `readPart`, handing everything to `sink`; false (the sink
 * restarted) when the text cannot be read that way, and must be read whole.
 */
export async function readInParts(
  text: string,
  file: string,
  policy: PolicyOptions,
  sink: PartSink,
  readPart: PartReader,
  minLength: number,
): Promise<boolean> {
  const split = splitPoint(text, minLength);
  if (split === undefined) return false;
  const second = readPart({ text, file, range: { start: split, end: text.length }, policy });
  const first = parseManifestRange(text, file, { start: 0, end: split }, { sink });
  if (first === undefined) {
    second.cancel();
    sink.restart();
    return false;
  }
  const rest = await second.result;
  if (rest === undefined) {
    sink.restart();
    return false;
  }
  sink.takePart(rest);
  return true;
}
