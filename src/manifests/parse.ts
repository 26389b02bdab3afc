import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml';
import type { Document, Node as YamlNode, ParsedNode, Tags } from 'yaml';
import type { FieldPath } from '../policy/types.js';
import { decodeManifestText, DEFAULT_MAX_BYTES, tooLargeMessage } from './decode.js';
import type { InputError, KubeObject, LocatedField, ParsedManifests, TextSpan } from './types.js';

/** Default bound on mapping/sequence nesting. Real manifests (even CRD schemas) stay far below it. */
export const DEFAULT_MAX_DEPTH = 200;
/**
 * Default bound on alias use, with the `yaml` package's meaning (alias resolutions weighted by the
 * size of what they resolve to). Ordinary anchors in Helm output stay far below; "billion laughs"
 * documents exceed it after a few levels.
 */
export const DEFAULT_MAX_ALIAS_COUNT = 1000;

/** Limits and hooks for {@link parseManifests}. Every limit has a safe default. */
export interface ParseOptions {
  /** Inputs larger than this are refused without being parsed (bytes; for string input, characters). */
  readonly maxBytes?: number;
  /** Deepest allowed nesting of mappings and sequences in one document. */
  readonly maxDepth?: number;
  /** Alias expansion budget (see {@link DEFAULT_MAX_ALIAS_COUNT}). */
  readonly maxAliasCount?: number;
  /**
   * Replaces the default `locate` of every object (which points into `file` at the parsed text).
   * Render code can instead wrap single objects with {@link withLocator}.
   */
  readonly locate?: (object: KubeObject, path: FieldPath, span: TextSpan) => LocatedField;
}

/*
 * YAML dialect. The API server and kubectl read YAML through sigs.k8s.io/yaml, which decodes with
 * go-yaml v2 semantics (YAML 1.1): unquoted y/yes/on/true and n/no/off/false are booleans, 0755 is
 * octal, `<<` merges, `on:` as a key becomes the string "true". So `privileged: yes` is a privileged
 * container to the cluster, and podsec must see it the same way. go-yaml v2 does NOT turn
 * sexagesimal numbers (`8080:80`), timestamps or `!!binary` into special values when decoding into
 * JSON-like data (timestamps stay strings), so those YAML 1.1 tags are left out.
 */
const GO_YAML_V2_SKIPPED_TAGS = new Set([
  'tag:yaml.org,2002:timestamp',
  'tag:yaml.org,2002:binary',
  'tag:yaml.org,2002:omap',
  'tag:yaml.org,2002:pairs',
  'tag:yaml.org,2002:set',
]);

function kubernetesTags(tags: Tags): Tags {
  return tags.filter((tag) => {
    // The schema always hands over tag objects; names only appear in user-written custom tag lists.
    if (typeof tag === 'string') return true;
    if (GO_YAML_V2_SKIPPED_TAGS.has(tag.tag)) return false;
    // Sexagesimal ints/floats (`1:20`) carry format TIME.
    return !('format' in tag && tag.format === 'TIME');
  });
}

/**
 * Parses one manifest file (or one render output) into Kubernetes objects with lazy source positions.
 *
 * - Multi-document YAML and JSON; `kind: List` and any `*List` kind with `items` are expanded into
 *   their items (paths relative to the item, positions in the file).
 * - Documents without string `apiVersion` and `kind` are skipped silently; a top-level sequence of
 *   objects, or an object with only one of `apiVersion`/`kind`, is an error.
 * - A document that does not parse yields one {@link InputError} (1-based line and column); the
 *   other documents of the file are still returned.
 * - Hostile input (oversize, binary, alias bombs, deep nesting) yields errors, never a hang or crash.
 */
export function parseManifests(input: string | Uint8Array, file: string, options: ParseOptions = {}): ParsedManifests {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let text: string;
  if (typeof input === 'string') {
    if (input.length > maxBytes) return { objects: [], errors: [{ file, message: tooLargeMessage(input.length, maxBytes) }] };
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const decoded = decodeManifestText(input, file, maxBytes);
    if (decoded.error) return { objects: [], errors: [decoded.error] };
    text = decoded.text;
  }
  return new ManifestParser(text, file, options).run();
}

/**
 * Returns an object that behaves like `object` but locates fields with `locate` (for renders: mapped
 * back to templates, values files or kustomize patches, typically starting from `object.position`).
 */
export function withLocator(
  object: KubeObject,
  locate: (path: FieldPath) => LocatedField,
  overrides: { readonly file?: string } = {},
): KubeObject {
  return {
    value: object.value,
    file: overrides.file ?? object.file,
    documentIndex: object.documentIndex,
    ...(object.itemIndex === undefined ? {} : { itemIndex: object.itemIndex }),
    position: (path) => object.position(path),
    locate,
  };
}

type AnyDoc = Document.Parsed<ParsedNode, true>;

class ManifestParser {
  private readonly lineCounter = new LineCounter();
  private readonly objects: KubeObject[] = [];
  private readonly errors: InputError[] = [];
  private readonly maxDepth: number;
  private readonly maxAliasCount: number;

  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly options: ParseOptions,
    /** >= 0 for a whole file; -1 - n when parsing the n-th `---` part alone (see parseDocumentsOneByOne). */
    private readonly documentIndexBase = 0,
    private readonly firstLine = 1,
  ) {
    this.maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
    this.maxAliasCount = options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT;
  }

  run(): ParsedManifests {
    let docs: AnyDoc[];
    try {
      docs = parseAllDocuments(this.text, {
        version: '1.1',
        customTags: kubernetesTags,
        lineCounter: this.lineCounter,
        prettyErrors: false,
        uniqueKeys: true,
      }) as AnyDoc[];
    } catch (error) {
      // The yaml package reports most problems per document, but its CST parser recurses when it
      // closes deeply nested block collections and can overflow the stack for the whole stream.
      if (this.documentIndexBase < 0) {
        this.errors.push({ file: this.file, message: describeThrown(error, this.maxDepth), line: this.firstLine, column: 1 });
      } else {
        this.parseDocumentsOneByOne();
      }
      return { objects: this.objects, errors: this.errors };
    }
    const base = this.documentIndexBase >= 0 ? this.documentIndexBase : -1 - this.documentIndexBase;
    docs.forEach((doc, index) => this.document(doc, base + index));
    return { objects: this.objects, errors: this.errors };
  }

  /**
   * Fallback when the stream as a whole cannot be parsed: split at `---` lines and parse each part
   * alone, so one hostile document does not hide the others. Each part is padded with line breaks so
   * that its lines and offsets stay those of the file.
   */
  private parseDocumentsOneByOne(): void {
    const lines = this.text.split('\n');
    const starts: number[] = [0];
    lines.forEach((line, index) => {
      if (index > 0 && /^---(\s|$)/.test(line)) starts.push(index);
    });
    starts.forEach((start, chunkIndex) => {
      const end = starts[chunkIndex + 1] ?? lines.length;
      const chunk = `${'\n'.repeat(start)}${lines.slice(start, end).join('\n')}`;
      const part = new ManifestParser(chunk, this.file, this.options, -1 - chunkIndex, start + 1).run();
      this.objects.push(...part.objects);
      this.errors.push(...part.errors);
    });
  }

  private document(doc: AnyDoc, documentIndex: number): void {
    const first = doc.errors[0];
    if (first) {
      this.errors.push(this.syntaxError(doc, first.code, first.message, first.pos[0]));
      return;
    }
    const root = doc.contents;
    if (isSeq(root)) {
      if (root.items.some((item) => looksLikeObject(item))) {
        this.errorAt(root, 'the document is a YAML sequence of Kubernetes objects; wrap them in `apiVersion: v1`, `kind: List` and `items:`');
      }
      return;
    }
    if (!isMap(root)) return;
    const apiVersion = root.get('apiVersion');
    const kind = root.get('kind');
    if (!this.checkIdentity(root, apiVersion, kind, undefined)) return;

    const depthNode = this.tooDeep(root);
    if (depthNode) {
      this.errorAt(depthNode, `nesting is too deep (more than ${this.maxDepth} levels)`);
      return;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: this.maxAliasCount });
    } catch (error) {
      const message =
        error instanceof ReferenceError && /alias/i.test(error.message)
          ? `YAML aliases expand too much (alias budget ${this.maxAliasCount}); refusing a possible alias expansion ("billion laughs") attack`
          : `could not read the document: ${errorText(error)}`;
      this.errorAt(root, message);
      return;
    }
    this.addObject(doc, root, value as Record<string, unknown>, documentIndex, undefined);
  }

  /** True when the map is a Kubernetes object; records an error when it is a broken one. */
  private checkIdentity(node: YamlNode, apiVersion: unknown, kind: unknown, where: string | undefined): boolean {
    if (typeof apiVersion === 'string' && typeof kind === 'string' && apiVersion !== '' && kind !== '') return true;
    const hasApiVersion = apiVersion !== undefined && apiVersion !== null;
    const hasKind = kind !== undefined && kind !== null;
    if (!hasApiVersion && !hasKind && where === undefined) return false;
    const prefix = where ? `${where}: ` : '';
    if (hasApiVersion && hasKind) {
      this.errorAt(node, `${prefix}apiVersion and kind must be non-empty strings`);
    } else if (where !== undefined) {
      this.errorAt(node, `${prefix}not a Kubernetes object: ${hasKind ? 'apiVersion' : hasApiVersion ? 'kind' : 'apiVersion and kind'} not set`);
    } else if (isMap(node) && (node.has('metadata') || node.has('spec'))) {
      // Half an object is almost certainly a typo; skipping it silently would hide its workload.
      this.errorAt(node, hasKind ? `object has kind ${JSON.stringify(kind)} but no apiVersion` : `object has apiVersion ${JSON.stringify(apiVersion)} but no kind`);
    }
    return false;
  }

  private addObject(doc: AnyDoc, node: YamlNode, value: Record<string, unknown>, documentIndex: number, itemIndex: number | undefined): void {
    const kind = value['kind'] as string;
    const items = isMap(node) ? node.get('items', true) : undefined;
    const isList = kind === 'List' || (kind.endsWith('List') && isSeq(resolveAlias(doc, items)));
    if (!isList) {
      this.objects.push(new ParsedObject(value, this.file, documentIndex, itemIndex, node, doc, this.text, this.lineCounter, this.options.locate));
      return;
    }
    const itemsNode = resolveAlias(doc, items);
    if (itemsNode === undefined || (isScalar(itemsNode) && itemsNode.value === null)) return;
    if (!isSeq(itemsNode)) {
      this.errorAt(itemsNode ?? node, `${kind}: items must be a list`);
      return;
    }
    const values = value['items'] as unknown[];
    // A typed list (DeploymentList) as the API returns it leaves apiVersion/kind off its items.
    const itemDefaults = kind === 'List' ? undefined : { apiVersion: value['apiVersion'], kind: kind.slice(0, -'List'.length) };
    itemsNode.items.forEach((rawItem, index) => {
      const itemNode = resolveAlias(doc, rawItem as YamlNode);
      let itemValue = values[index];
      const where = `items[${index}]`;
      if (!isMap(itemNode) || typeof itemValue !== 'object' || itemValue === null || Array.isArray(itemValue)) {
        this.errorAt(itemNode ?? itemsNode, `${where}: not a Kubernetes object`);
        return;
      }
      let item = itemValue as Record<string, unknown>;
      if (itemDefaults && item['apiVersion'] === undefined && item['kind'] === undefined) {
        item = { ...itemDefaults, ...item };
        itemValue = item;
      }
      if (!this.checkIdentity(itemNode, item['apiVersion'], item['kind'], where)) return;
      this.addObject(doc, itemNode, item, documentIndex, itemIndex ?? index);
    });
  }

  /** Returns the first node nested deeper than the limit; iterative so it cannot overflow itself. */
  private tooDeep(root: YamlNode): YamlNode | undefined {
    const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 1 }];
    while (stack.length > 0) {
      const { node, depth } = stack.pop() as { node: unknown; depth: number };
      if (isMap(node) || isSeq(node)) {
        if (depth > this.maxDepth) return node;
        for (const item of node.items) {
          if (isPair(item)) {
            stack.push({ node: item.key, depth: depth + 1 });
            stack.push({ node: item.value, depth: depth + 1 });
          } else {
            stack.push({ node: item, depth: depth + 1 });
          }
        }
      }
    }
    return undefined;
  }

  private syntaxError(doc: AnyDoc, code: string, message: string, offset: number): InputError {
    const { line, col } = this.lineCounter.linePos(offset);
    let text: string;
    if (code === 'DUPLICATE_KEY') {
      const key = duplicateKeyAt(doc, offset);
      text = key === undefined ? 'duplicate mapping key (keys must be unique)' : `duplicate key ${JSON.stringify(key)} (keys must be unique)`;
    } else if (/call stack/i.test(message)) {
      text = `nesting is too deep (more than ${this.maxDepth} levels)`;
    } else {
      text = `YAML syntax error: ${message}`;
    }
    return { file: this.file, message: text, line, column: col };
  }

  private errorAt(node: YamlNode | undefined, message: string): void {
    const offset = node?.range?.[0];
    if (offset === undefined) {
      this.errors.push({ file: this.file, message });
      return;
    }
    const { line, col } = this.lineCounter.linePos(offset);
    this.errors.push({ file: this.file, message, line, column: col });
  }
}

function looksLikeObject(node: unknown): boolean {
  return isMap(node) && typeof node.get('apiVersion') === 'string' && typeof node.get('kind') === 'string';
}

function resolveAlias(doc: AnyDoc, node: unknown): YamlNode | undefined {
  let current = node;
  // An alias may point at another alias only through anchors defined earlier, so a few hops suffice.
  for (let hops = 0; hops < 16 && isAlias(current); hops++) current = current.resolve(doc);
  return isMap(current) || isSeq(current) || isScalar(current) || isAlias(current) ? current : undefined;
}

function duplicateKeyAt(doc: AnyDoc, offset: number): string | undefined {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && pair.key.range?.[0] === offset) return String(pair.key.value);
        stack.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) {
      stack.push(...node.items);
    }
  }
  return undefined;
}

function describeThrown(error: unknown, maxDepth: number): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) return `nesting is too deep (more than ${maxDepth} levels)`;
  return `could not parse YAML: ${errorText(error)}`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A parsed object; positions are resolved only when asked for. */
class ParsedObject implements KubeObject {
  constructor(
    readonly value: Record<string, unknown>,
    readonly file: string,
    readonly documentIndex: number,
    readonly itemIndex: number | undefined,
    private readonly node: YamlNode,
    private readonly doc: AnyDoc,
    private readonly text: string,
    private readonly lineCounter: LineCounter,
    private readonly locator: ParseOptions['locate'],
  ) {}

  position(path: FieldPath): TextSpan {
    let node: YamlNode | undefined = this.node;
    let start = this.node.range?.[0] ?? 0;
    let end = start;
    const found: (string | number)[] = [];
    for (const segment of path) {
      const current = resolveAlias(this.doc, node);
      const step = this.child(current, segment);
      if (!step) break;
      found.push(segment);
      node = step.node;
      start = step.start;
      end = step.end;
    }
    if (found.length === 0) {
      // The object itself: its first line (apiVersion or kind) is where a person looks for it.
      const first = isMap(this.node) ? this.node.items[0] : undefined;
      const span = first ? pairRange(first.key as YamlNode | null, first.value as YamlNode | null) : undefined;
      start = span?.start ?? start;
      end = span?.end ?? end;
    }
    return this.span(start, end, found.length === path.length, found);
  }

  locate(path: FieldPath): LocatedField {
    const span = this.position(path);
    if (this.locator) return this.locator(this, path, span);
    return {
      primary: { file: this.file, line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn },
      related: [],
      exact: span.exact,
    };
  }

  private child(node: YamlNode | undefined, segment: string | number): { node: YamlNode | undefined; start: number; end: number } | undefined {
    if (isMap(node)) {
      const pair = this.findPair(node, String(segment), 0);
      if (!pair) return undefined;
      const range = pairRange(pair.key as YamlNode | null, pair.value as YamlNode | null);
      if (!range) return undefined;
      return { node: (pair.value as YamlNode | null) ?? undefined, ...range };
    }
    if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as YamlNode | undefined;
      const range = item?.range;
      if (!item || !range) return undefined;
      return { node: item, start: range[0], end: range[1] };
    }
    return undefined;
  }

  /** Finds a key, looking through YAML 1.1 merge keys (`<<: *base`) the way toJS resolved them. */
  private findPair(map: YamlNode, key: string, depth: number): { key: unknown; value: unknown } | undefined {
    if (!isMap(map) || depth > 8) return undefined;
    for (const pair of map.items) {
      if (isScalar(pair.key) && String(pair.key.value) === key && !isMergeKey(pair.key)) return pair;
    }
    // Explicit keys win over merged ones; later merge sources lose to earlier ones.
    for (const pair of map.items) {
      if (!isScalar(pair.key) || !isMergeKey(pair.key)) continue;
      const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
      for (const source of sources) {
        const found = this.findPair(resolveAlias(this.doc, source) as YamlNode, key, depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  }

  private span(start: number, endOffset: number, exact: boolean, foundPath: FieldPath): TextSpan {
    let end = endOffset;
    // Block scalars and plain values can end on the following line break; a span ends on its last character.
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    const from = this.lineCounter.linePos(start);
    const to = this.lineCounter.linePos(Math.max(end, start));
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col, exact, foundPath };
  }
}

function isMergeKey(key: { value: unknown; source?: string }): boolean {
  // With merge keys enabled the yaml package resolves `<<` to a symbol.
  return typeof key.value === 'symbol' || (key.value === '<<' && key.source === '<<');
}

/** A map entry spans its key and, for scalars and flow collections, its value; block values are not included. */
function pairRange(key: YamlNode | null, value: YamlNode | null): { start: number; end: number } | undefined {
  const keyRange = key?.range;
  const valueRange = value?.range;
  if (!keyRange) return valueRange ? { start: valueRange[0], end: valueRange[1] } : undefined;
  const inline = value && valueRange && (isScalar(value) || isAlias(value) || ((isMap(value) || isSeq(value)) && value.flow === true));
  return { start: keyRange[0], end: inline ? Math.max(valueRange[1], keyRange[1]) : keyRange[1] };
}
