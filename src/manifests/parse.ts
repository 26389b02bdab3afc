import {
  Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parse as parseYaml,
  parseAllDocuments,
} from 'yaml';
import type { Node as YamlNode, ParsedNode, ScalarTag, Tags } from 'yaml';
import { certainlyString, readBlockValue, readBlockYaml, trimmedEnd } from './block-yaml.js';
import type { FieldPath } from '../policy/types.js';
import { indentFlowContinuations } from './flow-indent.js';
import { looksLikeJsonObject, readJsonManifest } from './json-manifest.js';
import { decodeManifestText, DEFAULT_MAX_BYTES, tooLargeMessage } from './decode.js';
import type {
  InputError,
  KubeObject,
  LocatedField,
  ParsedManifests,
  PosAlias,
  PosLeaf,
  PosMap,
  PosNode,
  PosSeq,
  TextSpan,
} from './types.js';
import { itemAt, numberAt } from '../util/item-at.js';
import { locateSpan } from './located-field.js';

export type { PosNode } from './types.js';

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
  /**
   * For tool output only (helm and kustomize print well-formed YAML): documents whose top-level
   * `apiVersion`/`kind` lines say they are of no interest are blanked out before parsing, keeping every
   * line, so positions and document indexes of the others are unchanged. Documents whose kind cannot be
   * read that way are always parsed. Never used for files of the repository, whose every document must
   * be checked for errors.
   */
  readonly keepKind?: (apiVersion: string, kind: string) => boolean;
  /**
   * `auto` (default): text in the plain block style helm and kustomize print is read by podsec's fast
   * block reader (src/manifests/block-yaml.ts), anything else by the general `yaml` package; both give the
   * same objects, positions and errors. `general` always uses the `yaml` package (tests compare the two).
   */
  readonly reader?: 'auto' | 'general';
  /**
   * Objects go to the sink as they are read instead of into the result's `objects` (then empty), so a caller
   * can be done with each before the next one is read. Errors are returned as without a sink.
   */
  readonly sink?: ObjectSink;
}

/** Receives the objects of a text as they are read (see ParseOptions.sink). */
export interface ObjectSink {
  object(object: KubeObject): void;
  /** The objects received so far are void: the text is being read again, from its start. */
  restart(): void;
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

type ScalarResolution = { readonly value: unknown } | undefined;

/**
 * Resolves plain (unquoted) scalars exactly as the `yaml` package's composer does with the given schema:
 * the first default tag whose test matches, else a string. Undefined when resolution reports a problem
 * (the general parser then reports it). Results are cached: rendered output repeats the same few hundred
 * scalars.
 */
function plainScalarResolver(createDocument: () => Document): (source: string) => ScalarResolution {
  let tags: readonly ScalarTag[] | undefined;
  const cache = new Map<string, ScalarResolution>();
  return (source) => {
    // Most scalars of a manifest (names, images, label values) are strings no tag can match: skip the cache,
    // which they would only churn.
    if (certainlyString(source)) return { value: source };
    const cached = cache.get(source);
    if (cached !== undefined || cache.has(source)) return cached;
    // Kept in the cache, so cut loose from the text it was read from.
    const scalar = detached(source);
    tags ??= createDocument().schema.tags.filter(
      (tag): tag is ScalarTag =>
        tag.default === true && !('collection' in tag && tag.collection) && (tag as ScalarTag).test !== undefined,
    );
    let result: ScalarResolution;
    const tag = tags.find((candidate) => candidate.test?.test(scalar));
    if (!tag) {
      result = { value: scalar };
    } else {
      let failed = false;
      try {
        const resolved = tag.resolve(scalar, () => (failed = true), {});
        const value: unknown = isScalar(resolved) ? resolved.value : resolved;
        result =
          failed || typeof value === 'bigint' || (typeof value === 'object' && value !== null) ? undefined : { value };
      } catch {
        result = undefined;
      }
    }
    // Bounded for pathological inputs.
    if (cache.size > 20_000) cache.clear();
    cache.set(scalar, result);
    return result;
  };
}

/**
 * A copy of `source` that shares no memory with the text it was cut from. A slice of a long text is a view that
 * keeps the whole text alive: a cache key or value cut from a manifest file would keep the file (tens of
 * megabytes) for as long as the process runs.
 */
function detached(source: string): string {
  return ` ${source}`.slice(1);
}

/** Plain scalars as Kubernetes reads them (YAML 1.1 through go-yaml v2; see kubernetesTags). */
export const resolvePlainScalar = plainScalarResolver(
  () => new Document(null, { version: '1.1', customTags: kubernetesTags }),
);

/** Plain scalars of the `yaml` package's own YAML 1.1 schema (helm values files, read as podsec always has). */
export const resolveYaml11PlainScalar = plainScalarResolver(() => new Document(null, { version: '1.1' }));

/** Plain scalars as the `yaml` package's `parse()` reads them by default (YAML 1.2 core schema). */
export const resolveCorePlainScalar = plainScalarResolver(() => new Document(null));

/**
 * `parse(text, { maxAliasCount })` of the `yaml` package (YAML 1.2, one document; throws on errors), with
 * block-style texts read by the fast block reader (same value, checked by tests).
 */
export function parseYamlValue(text: string, maxAliasCount: number): unknown {
  const fast = readBlockYamlValue(text, maxAliasCount);
  return fast ? fast.value : parseYaml(text, { maxAliasCount, logLevel: 'error' });
}

/**
 * The fast block reader alone on a one-document text, with `parse()`'s YAML 1.2 core scalars: the value
 * `parse()` would give, or undefined when the text is outside the reader's subset (the caller decides).
 */
export function readBlockYamlValue(text: string, maxAliasCount: number): { readonly value: unknown } | undefined {
  return readBlockValue(text, resolveCorePlainScalar, DEFAULT_MAX_DEPTH, maxAliasCount);
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
    if (input.length > maxBytes)
      return { objects: [], errors: [{ file, message: tooLargeMessage(input.length, maxBytes) }] };
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const decoded = decodeManifestText(input, file, maxBytes);
    if (decoded.error) return { objects: [], errors: [decoded.error] };
    text = decoded.text;
  }
  const source = options.keepKind ? blankUninteresting(text, options.keepKind) : text;
  const parsed = new ManifestParser(source, file, options).run();
  // What kubectl reads must read here too: see flow-indent.ts (taken only when it explains the syntax errors).
  const padded = parsed.errors.some((error) => error.message.startsWith('YAML syntax error'))
    ? indentFlowContinuations(source)
    : undefined;
  if (padded !== undefined) {
    const { sink } = options;
    const retried = new ManifestParser(padded, file, withoutSink(options)).run();
    if (retried.errors.length < parsed.errors.length) {
      if (!sink) return retried;
      sink.restart();
      for (const object of retried.objects) sink.object(object);
      return { objects: [], errors: retried.errors };
    }
  }
  return parsed;
}

/** The options without a sink: for a reading whose objects are handed over only once it is known to stand. */
function withoutSink(options: ParseOptions): ParseOptions {
  if (!options.sink) return options;
  const copy: { -readonly [K in keyof ParseOptions]: ParseOptions[K] } = { ...options };
  delete copy.sink;
  return copy;
}

const DOCUMENT_MARKER = /^---(?:[ \t]|$)/;
const TOP_LEVEL_KIND = /^kind:[ \t]*["']?([A-Za-z0-9]+)["']?[ \t]*(?:#.*)?$/m;
const TOP_LEVEL_API_VERSION = /^apiVersion:[ \t]*["']?([A-Za-z0-9.\-/]+)["']?[ \t]*(?:#.*)?$/m;

/** Replaces the lines of documents `keepKind` rejects with empty lines (see ParseOptions.keepKind). */
function blankUninteresting(text: string, keepKind: (apiVersion: string, kind: string) => boolean): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let start = 0;
  const flush = (end: number): void => {
    const part = lines.slice(start, end);
    const body = part.join('\n');
    const kind = TOP_LEVEL_KIND.exec(body)?.[1];
    const apiVersion = TOP_LEVEL_API_VERSION.exec(body)?.[1];
    // A document may open with `---`: keep that marker, blank the rest.
    const skip = kind !== undefined && apiVersion !== undefined && !/^[{[]/m.test(body) && !keepKind(apiVersion, kind);
    if (!skip) out.push(...part);
    // Keep the document's `---`; the first document may have none (kustomize prints none), and without one
    // its blank lines would be no document at all and every later document index would shift: give it one.
    else
      part.forEach((line, index) =>
        out.push(index > 0 ? '' : DOCUMENT_MARKER.test(line) ? line : start === 0 ? '---' : ''),
      );
  };
  for (let i = 0; i < lines.length; i++) {
    if (i > start && DOCUMENT_MARKER.test(itemAt(lines, i))) {
      flush(i);
      start = i;
    }
  }
  flush(lines.length);
  return out.join('\n');
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

/** What positions need of a line counter: the `yaml` package's LineCounter, or the block reader's {@link LineTable}. */
type LinePositions = Pick<LineCounter, 'linePos'>;

/** LineCounter.linePos over the block reader's table of line starts, which is shared rather than copied. */
class LineTable implements LinePositions {
  constructor(private readonly starts: Int32Array) {}

  linePos(offset: number): { line: number; col: number } {
    const starts = this.starts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (numberAt(starts, mid) < offset) low = mid + 1;
      else high = mid;
    }
    // As LineCounter.linePos, which this replaces (including its answer before the first line start).
    if (low < starts.length && starts[low] === offset) return { line: low + 1, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - numberAt(starts, low - 1) + 1 };
  }
}

class ManifestParser {
  private lineCounter: LinePositions;
  private readonly objects: KubeObject[] = [];
  private readonly errors: InputError[] = [];
  private readonly maxDepth: number;
  private readonly maxAliasCount: number;
  /** How many documents the general parser found (undefined when it failed as a whole). */
  documentsSeen: number | undefined;

  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly options: ParseOptions,
    /** >= 0 for a whole file; -1 - n when parsing the n-th `---` part alone (see parseDocumentsOneByOne). */
    private readonly documentIndexBase = 0,
    private readonly firstLine = 1,
    /**
     * For one document of a stream read alone (see readBlockStyle): where its text starts in the stream,
     * and the stream's line counter; offsets are shifted by `shift` into the stream's.
     */
    private readonly shift = 0,
    private readonly streamLineCounter?: LinePositions,
  ) {
    this.lineCounter = streamLineCounter ?? new LineCounter();
    this.maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
    this.maxAliasCount = options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT;
  }

  run(): ParsedManifests {
    if (
      this.documentIndexBase === 0 &&
      this.options.reader !== 'general' &&
      (this.readJson() || this.readBlockStyle())
    ) {
      return { objects: this.objects, errors: this.errors };
    }
    // Line starts are counted here rather than by the yaml package, whose counter misses line breaks
    // inside block scalars of some documents it cannot parse (every later position would be lines off).
    if (!this.streamLineCounter) this.countLines();
    let docs: AnyDoc[];
    try {
      docs = parseAllDocuments(this.text, {
        version: '1.1',
        customTags: kubernetesTags,
        prettyErrors: false,
        uniqueKeys: true,
        // Collection keys become strings (as in JSON); yaml's warning about it must not reach stderr.
        logLevel: 'error',
      }) as AnyDoc[];
    } catch (error) {
      // The yaml package reports most problems per document, but its CST parser recurses when it
      // closes deeply nested block collections and can overflow the stack for the whole stream.
      if (this.documentIndexBase < 0) {
        this.errors.push({
          file: this.file,
          message: describeThrown(error, this.maxDepth),
          line: this.firstLine,
          column: 1,
        });
      } else {
        this.parseDocumentsOneByOne();
      }
      return { objects: this.objects, errors: this.errors };
    }
    const base = this.documentIndexBase >= 0 ? this.documentIndexBase : -1 - this.documentIndexBase;
    this.documentsSeen = docs.length;
    docs.forEach((doc, index) => this.document(doc, base + index));
    return { objects: this.objects, errors: this.errors };
  }

  /**
   * Reads a text that is one JSON object (`kubectl get … -o json`) with JSON.parse and a linear scan (see
   * json-manifest.ts); false (nothing recorded) when the text is not that, or holds anything the general
   * path reads differently or words as an error.
   */
  private readJson(): boolean {
    if (!looksLikeJsonObject(this.text)) return false;
    // Without a sink, objects are kept here until the whole text is known to be read this way.
    const kept: KubeObject[] | undefined = this.options.sink ? undefined : [];
    let delivered = false;
    const read = readJsonManifest(this.text, {
      file: this.file,
      resolvePlain: resolvePlainScalar,
      maxDepth: this.maxDepth,
      locate: this.options.locate,
      deliver: (object) => {
        delivered = true;
        if (kept) kept.push(object);
        else this.emit(object);
      },
    });
    if (!read) {
      if (delivered && this.options.sink) this.options.sink.restart();
      return false;
    }
    if (kept) for (const object of kept) this.objects.push(object);
    return true;
  }

  /** Hands an object to the sink, or keeps it for the result. */
  private emit(object: KubeObject): void {
    if (this.options.sink) this.options.sink.object(object);
    else this.objects.push(object);
  }

  private countLines(): void {
    // Objects may hold the counter already (see readJson): it is filled, not replaced, unless it is the block
    // reader's table.
    const counter = this.lineCounter instanceof LineCounter ? this.lineCounter : new LineCounter();
    this.lineCounter = counter;
    counter.addNewLine(0);
    for (let at = this.text.indexOf('\n'); at >= 0; at = this.text.indexOf('\n', at + 1)) counter.addNewLine(at + 1);
  }

  /**
   * Reads the text with the fast block reader; documents outside its subset are read one by one by the
   * general parser (the same result: documents of a stream are independent once directives are excluded,
   * which the block reader leaves to the general parser). False (nothing recorded) when the block reader
   * cannot split the text.
   */
  private readBlockStyle(): boolean {
    // Without a sink, objects are kept here until the whole text is known to be read this way.
    const kept: KubeObject[] | undefined = this.options.sink ? undefined : [];
    let delivered = false;
    const deliver = (object: KubeObject): void => {
      delivered = true;
      if (kept) kept.push(object);
      else this.emit(object);
    };
    let counted = false;
    const read = readBlockYaml(
      this.text,
      resolvePlainScalar,
      this.maxDepth,
      this.maxAliasCount,
      (document, lineStarts) => {
        if (!counted) {
          this.lineCounter = new LineTable(lineStarts);
          counted = true;
        }
        if ('value' in document) {
          deliver(
            new ParsedObject(
              document.value,
              this.file,
              document.index,
              undefined,
              document.position,
              document.position.start,
              this.lineCounter,
              this.options.locate,
            ),
          );
          return true;
        }
        const part = new ManifestParser(
          this.text.slice(document.start, document.end),
          this.file,
          withoutSink(this.options),
          -1 - document.index,
          document.line + 1,
          document.start,
          this.lineCounter,
        );
        const result = part.run();
        // A part the general parser does not see as exactly one valid document: the whole text is its business
        // (an unclosed quote, for one, runs on past the next `---` when the whole text is read).
        if (part.documentsSeen !== 1 || result.errors.length > 0) return false;
        for (const object of result.objects) deliver(object);
        return true;
      },
    );
    if (!read) {
      this.lineCounter = new LineCounter();
      if (delivered && this.options.sink) this.options.sink.restart();
      return false;
    }
    if (kept) this.objects.push(...kept);
    return true;
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
      for (const object of part.objects) this.emit(object);
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
        this.errorAt(
          root,
          'the document is a YAML sequence of Kubernetes objects; wrap them in `apiVersion: v1`, `kind: List` and `items:`',
        );
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
    this.addObject(
      doc,
      new PositionIndexer(doc, this.text, this.shift),
      root,
      value as Record<string, unknown>,
      documentIndex,
      undefined,
    );
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
      this.errorAt(
        node,
        `${prefix}not a Kubernetes object: ${hasKind ? 'apiVersion' : hasApiVersion ? 'kind' : 'apiVersion and kind'} not set`,
      );
    } else if (isMap(node) && (node.has('metadata') || node.has('spec'))) {
      // Half an object is almost certainly a typo; skipping it silently would hide its workload.
      this.errorAt(
        node,
        hasKind
          ? `object has kind ${JSON.stringify(kind)} but no apiVersion`
          : `object has apiVersion ${JSON.stringify(apiVersion)} but no kind`,
      );
    }
    return false;
  }

  private addObject(
    doc: AnyDoc,
    indexer: PositionIndexer,
    node: YamlNode,
    value: Record<string, unknown>,
    documentIndex: number,
    itemIndex: number | undefined,
  ): void {
    const kind = value['kind'] as string;
    const items = isMap(node) ? node.get('items', true) : undefined;
    const isList = kind === 'List' || (kind.endsWith('List') && isSeq(resolveAlias(doc, items)));
    if (!isList) {
      this.emit(
        new ParsedObject(
          value,
          this.file,
          documentIndex,
          itemIndex,
          indexer.node(node),
          (node.range?.[0] ?? 0) + this.shift,
          this.lineCounter,
          this.options.locate,
        ),
      );
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
    const itemDefaults =
      kind === 'List' ? undefined : { apiVersion: value['apiVersion'], kind: kind.slice(0, -'List'.length) };
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
      this.addObject(doc, indexer, itemNode, item, documentIndex, itemIndex ?? index);
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
    const { line, col } = this.lineCounter.linePos(offset + this.shift);
    let text: string;
    if (code === 'DUPLICATE_KEY') {
      const key = duplicateKeyAt(doc, offset);
      text =
        key === undefined
          ? 'duplicate mapping key (keys must be unique)'
          : `duplicate key ${JSON.stringify(key)} (keys must be unique)`;
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
    const { line, col } = this.lineCounter.linePos(offset + this.shift);
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
  if (error instanceof RangeError && /call stack/i.test(error.message))
    return `nesting is too deep (more than ${maxDepth} levels)`;
  return `could not parse YAML: ${errorText(error)}`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reduces a document's nodes to {@link PosNode}s; shared nodes (aliases, merges) are reduced once. */
class PositionIndexer {
  private readonly seen = new Map<unknown, PosNode | undefined>();

  constructor(
    private readonly doc: AnyDoc,
    private readonly text: string,
    /** Added to every offset (a document read alone, see ManifestParser.shift). */
    private readonly shift = 0,
  ) {}

  node(node: unknown): PosNode | undefined {
    if (this.seen.has(node)) return this.seen.get(node);
    // Recursive: nesting was bounded by tooDeep() before any object is built, and shared nodes are memoized.
    if (isAlias(node)) {
      const start = this.start(node.range?.[0]);
      const alias: PosAlias = {
        kind: 'alias',
        start,
        end: this.end(node.range?.[1] ?? node.range?.[0] ?? 0),
        target: undefined,
      };
      this.seen.set(node, alias);
      const target = node.resolve(this.doc);
      alias.target = isScalar(target) ? undefined : this.node(target);
      return alias;
    }
    if (isMap(node)) {
      const count = node.items.length;
      const keys: (string | undefined)[] = new Array<string | undefined>(count);
      const values: (PosNode | undefined)[] = new Array<PosNode | undefined>(count);
      const spans: number[] = new Array<number>(count * 2).fill(0);
      let merges: number[] | undefined;
      const start = this.start(node.range?.[0]);
      const map: PosMap = {
        kind: 'map',
        start,
        end: this.end(node.range?.[1] ?? node.range?.[0] ?? 0),
        keys,
        spans,
        values,
        merges: undefined,
      };
      this.seen.set(node, map);
      node.items.forEach((pair, index) => {
        const key = pair.key as YamlNode | null;
        const value = pair.value as YamlNode | null;
        const range = pairRange(key, value);
        const merge = isScalar(key) && isMergeKey(key);
        if (merge) (merges ??= []).push(index);
        keys[index] = isScalar(key) && !merge ? String(key.value) : undefined;
        spans[2 * index] = range ? range.start + this.shift : -1;
        spans[2 * index + 1] = range ? this.end(range.end) : 0;
        values[index] = isScalar(value) ? undefined : this.node(value);
      });
      map.merges = merges;
      return map;
    }
    if (isSeq(node)) {
      const items: (PosNode | undefined)[] = [];
      const start = this.start(node.range?.[0]);
      const seq: PosSeq = { kind: 'seq', start, end: this.end(node.range?.[1] ?? node.range?.[0] ?? 0), items };
      this.seen.set(node, seq);
      for (const item of node.items) {
        const range = (item as YamlNode | null)?.range;
        const reduced = this.node(item);
        items.push(range && reduced ? reduced : undefined);
      }
      return seq;
    }
    if (isScalar(node)) {
      const start = this.start(node.range?.[0]);
      const leaf: PosLeaf = { kind: 'leaf', start, end: this.end(node.range?.[1] ?? node.range?.[0] ?? 0) };
      this.seen.set(node, leaf);
      return leaf;
    }
    this.seen.set(node, undefined);
    return undefined;
  }

  private start(offset: number | undefined): number {
    return (offset ?? 0) + this.shift;
  }

  private end(offset: number): number {
    return trimmedEnd(this.text, offset) + this.shift;
  }
}

function resolvePos(node: PosNode | undefined): PosNode | undefined {
  let current = node;
  // As resolveAlias: a few hops suffice, a longer chain is left unresolved.
  for (let hops = 0; hops < 16 && current?.kind === 'alias'; hops++) current = current.target;
  return current;
}

/** A parsed object; positions are resolved only when asked for. */
class ParsedObject implements KubeObject {
  private readonly root: PosNode | undefined;
  private readonly rootStart: number;
  /** Where a person looks for the object itself: its first entry (apiVersion or kind). */
  private readonly head: { readonly start: number; readonly end: number };

  constructor(
    readonly value: Record<string, unknown>,
    readonly file: string,
    readonly documentIndex: number,
    readonly itemIndex: number | undefined,
    rootPosition: PosNode | undefined,
    start: number,
    private readonly lineCounter: LinePositions,
    private readonly locator: ParseOptions['locate'],
  ) {
    this.root = rootPosition;
    const root = this.root?.kind === 'map' && this.root.keys.length > 0 ? this.root : undefined;
    const firstStart = root ? itemAt(root.spans, 0) : -1;
    this.head = root && firstStart >= 0 ? { start: firstStart, end: itemAt(root.spans, 1) } : { start, end: start };
    this.rootStart = start;
  }

  position(path: FieldPath): TextSpan {
    let node: PosNode | undefined = this.root;
    let start = this.rootStart;
    let end = start;
    // Walked step by step without an object per step: every failure of every workload is placed this way.
    let depth = 0;
    for (; depth < path.length; depth++) {
      const segment = itemAt(path, depth);
      const current = resolvePos(node);
      if (current?.kind === 'map') {
        const key = String(segment);
        let map: PosMap = current;
        let index = map.keys.indexOf(key);
        if (index < 0) {
          const merged = current.merges === undefined ? undefined : findPair(current, key, 0);
          if (!merged) break;
          map = merged.map;
          index = merged.index;
        }
        const keyStart = itemAt(map.spans, 2 * index);
        if (keyStart < 0) break;
        node = map.values[index];
        start = keyStart;
        end = itemAt(map.spans, 2 * index + 1);
      } else if (current?.kind === 'seq' && typeof segment === 'number') {
        const item = current.items[segment];
        if (!item) break;
        node = item;
        start = item.start;
        end = item.end;
      } else {
        break;
      }
    }
    if (depth === 0) {
      start = this.head.start;
      end = this.head.end;
    }
    return this.span(start, end, depth === path.length, path.slice(0, depth));
  }

  locate(path: FieldPath): LocatedField {
    return locateSpan(this, path, this.position(path), this.locator);
  }

  private span(start: number, trimmed: number, exact: boolean, foundPath: FieldPath): TextSpan {
    // Ends are stored trimmed of trailing line breaks; a span never ends before it starts.
    const from = this.lineCounter.linePos(start);
    const to = this.lineCounter.linePos(Math.max(trimmed, start));
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col, exact, foundPath };
  }
}

/** Finds a key, looking through YAML 1.1 merge keys (`<<: *base`) the way toJS resolved them. */
function findPair(map: PosNode | undefined, key: string, depth: number): { map: PosMap; index: number } | undefined {
  if (map?.kind !== 'map' || depth > 8) return undefined;
  const index = map.keys.indexOf(key);
  if (index >= 0) return { map, index };
  if (map.merges === undefined) return undefined;
  // Explicit keys win over merged ones; later merge sources lose to earlier ones.
  for (const merge of map.merges) {
    const value = map.values[merge];
    const sources = value?.kind === 'seq' ? value.items : [value];
    for (const source of sources) {
      const found = findPair(resolvePos(source), key, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
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
  const inline =
    value &&
    valueRange &&
    (isScalar(value) || isAlias(value) || ((isMap(value) || isSeq(value)) && value.flow === true));
  return { start: keyRange[0], end: inline ? Math.max(valueRange[1], keyRange[1]) : keyRange[1] };
}
