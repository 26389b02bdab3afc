/**
 * Maps objects rendered by `helm template` back to the chart files a person edits. Pure: texts in, locations
 * out.
 *
 * 1. The output is split on `---` / `# Source: <chart>/templates/x.yaml`; the source names the template
 *    (subcharts: `<chart>/charts/<sub>/templates/…`), which becomes a repo-relative path.
 * 2. Each document is aligned with its template's line pattern (see helm-template-pattern.ts) by a
 *    shortest-path search: literal template lines cost nothing, lines printed by a block action (`toYaml`)
 *    cost a little, and unmatched lines on either side cost a lot. The result says, for every rendered line,
 *    which template line (or helper line in `_helpers.tpl`) printed it.
 * 3. A finding's field is looked up in the rendered document (its line, or its nearest existing parent's
 *    line when the field is missing), and that line's owner is the primary location. When the value came
 *    from values (`toYaml .Values.a.b`, `{{ .Values.a.b.c }}`), the values file line of the key is added as
 *    a related location; the later values file wins, as in helm.
 */
import { createHash } from 'node:crypto';
import { joinDisplay } from '../../discover/paths.js';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { blockKeyEnd, readBlockTree } from '../../manifests/block-yaml.js';
import {
  DEFAULT_MAX_ALIAS_COUNT,
  DEFAULT_MAX_DEPTH,
  parseManifests,
  resolveYaml11PlainScalar,
} from '../../manifests/parse.js';
import type { ParseOptions, PosNode } from '../../manifests/parse.js';
import type { LocatedField, ParsedManifests, RepoLocation, TextSpan } from '../../manifests/types.js';
import type { FieldPath } from '../../policy/types.js';
import { indexHelpers, parseTemplate, templatePattern } from './helm-template-pattern.js';
import type { HelperIndex, LinePattern, ParsedTemplate, TemplateLoc, ValuesPath } from './helm-template-pattern.js';
import { itemAt } from '../../util/item-at.js';

// ---------------------------------------------------------------------------------------------------------
// Splitting helm output

/** One document of `helm template` output. */
export interface HelmDocument {
  /** The path after `# Source:` (`web/templates/deployment.yaml`). */
  readonly source: string;
  /** 1-based line, in the whole output, of the document's first line after the `# Source:` comment. */
  readonly firstLine: number;
  /** 1-based line of the document's last line in the whole output. */
  readonly lastLine: number;
}

/** Finds the `# Source:` documents of `helm template` output (documents without one are not listed). */
export function splitHelmOutput(output: string): HelmDocument[] {
  const lines = output.split('\n');
  const docs: HelmDocument[] = [];
  let current: { source: string; firstLine: number } | undefined;
  const close = (lastLine: number): void => {
    if (current) docs.push({ ...current, lastLine: Math.max(current.firstLine - 1, lastLine) });
    current = undefined;
  };
  lines.forEach((line, index) => {
    if (/^---\s*$/.test(line)) {
      close(index);
      return;
    }
    const source = /^# Source: (.+?)\s*$/.exec(line);
    if (source && (current === undefined || current.firstLine === index + 1)) {
      close(index);
      current = { source: source[1] ?? '', firstLine: index + 2 };
    }
  });
  close(lines.length);
  return docs;
}

// ---------------------------------------------------------------------------------------------------------
// Chart layout: which repo folder holds which (sub)chart

/** A chart as helm names it in `# Source:` paths, and where its files are in the repository. */
export interface ChartLayout {
  /** The name in `# Source:` paths: the chart name, or the dependency alias for subcharts. */
  readonly name: string;
  /** Repo-relative folder of the chart, forward slashes; undefined for packaged (`.tgz`) subcharts. */
  readonly displayPath: string | undefined;
  /** Where to point when the chart's templates are not files in the repo (a dependency entry in Chart.yaml). */
  readonly fallback?: { readonly file: string; readonly line: number };
  readonly subcharts: readonly ChartLayout[];
}

/** The template file a `# Source:` path names, and the chain of charts from the root to its owner. */
export function resolveSource(source: string, root: ChartLayout): { file: string | undefined; chain: ChartLayout[] } {
  const segments = source.split('/');
  const chain: ChartLayout[] = [root];
  let chart = root;
  let rest = segments.slice(1);
  while (rest[0] === 'charts' && rest.length > 2) {
    const sub = chart.subcharts.find((candidate) => candidate.name === rest[1]);
    if (!sub) break;
    chart = sub;
    chain.push(sub);
    rest = rest.slice(2);
  }
  const file = chart.displayPath === undefined ? undefined : joinDisplay(chart.displayPath, rest.join('/'));
  return { file, chain };
}

export { joinDisplay };

// ---------------------------------------------------------------------------------------------------------
// Values files

/** One values file as seen by one chart: `prefix` is where the chart's `.Values` starts in it. */
export interface ValuesLayer {
  readonly file: string;
  readonly text: string;
  readonly prefix: ValuesPath;
}

export interface ParsedValues {
  readonly layer: ValuesLayer;
  readonly tree: ValuesTree;
  readonly lineCounter: LineCounter;
}

/** A values file as read by the fast block reader (most values files), or by the general `yaml` package. */
export type ValuesTree =
  | { readonly kind: 'yaml'; readonly root: YamlNode | undefined }
  | { readonly kind: 'block'; readonly text: string; readonly value: unknown; readonly root: PosNode };

/** Reads a values file; `reader: 'general'` forces the `yaml` package (tests compare the two). */
export function parseValuesText(text: string, reader: 'auto' | 'general' = 'auto'): Omit<ParsedValues, 'layer'> {
  const lineCounter = new LineCounter();
  const block =
    reader === 'general'
      ? undefined
      : readBlockTree(text, resolveYaml11PlainScalar, DEFAULT_MAX_DEPTH, DEFAULT_MAX_ALIAS_COUNT);
  if (block) {
    for (const start of block.lineStarts) lineCounter.addNewLine(start);
    return { tree: { kind: 'block', text, value: block.value, root: block.position }, lineCounter };
  }
  try {
    const doc = parseDocument(text, {
      lineCounter,
      version: '1.1',
      uniqueKeys: false,
      prettyErrors: false,
      logLevel: 'error',
    });
    return { tree: { kind: 'yaml', root: (doc.contents as YamlNode | null) ?? undefined }, lineCounter };
  } catch {
    return { tree: { kind: 'yaml', root: undefined }, lineCounter };
  }
}

/** How far `path` goes into a values file, where its last step is, and the value there when it is a scalar. */
export interface ValuesWalk {
  readonly depth: number;
  readonly offset: number | undefined;
  readonly endOffset: number | undefined;
  readonly scalar: { readonly value: unknown } | undefined;
}

/** The deepest node along `path` and how far it got; the key's own position when the step was a map key. */
export function walkValues(values: Pick<ParsedValues, 'tree'>, path: ValuesPath): ValuesWalk {
  return values.tree.kind === 'block' ? walkBlockValues(values.tree, path) : walkYamlValues(values.tree.root, path);
}

function walkYamlValues(root: YamlNode | undefined, path: ValuesPath): ValuesWalk {
  let node = root;
  let depth = 0;
  let offset: number | undefined;
  let endOffset: number | undefined;
  for (const segment of path) {
    if (segment === '*') break;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      const key = pair.key as YamlNode;
      offset = key.range?.[0];
      endOffset = key.range?.[1];
      node = (pair.value as YamlNode | null) ?? undefined;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as YamlNode | undefined;
      if (!item) break;
      offset = item.range?.[0];
      endOffset = item.range?.[1];
      node = item;
    } else break;
    depth++;
  }
  return { depth, offset, endOffset, scalar: isScalar(node) ? { value: node.value } : undefined };
}

/** As walkYamlValues, over the fast reader's positions (the same offsets; checked by tests). */
function walkBlockValues(tree: Extract<ValuesTree, { kind: 'block' }>, path: ValuesPath): ValuesWalk {
  let node: PosNode | undefined = tree.root;
  let value: unknown = tree.value;
  let scalar: { value: unknown } | undefined;
  let depth = 0;
  let offset: number | undefined;
  let endOffset: number | undefined;
  for (const segment of path) {
    if (segment === '*') break;
    if (node?.kind === 'map') {
      const index = node.keys.indexOf(String(segment));
      if (index < 0) break;
      offset = itemAt(node.spans, 2 * index);
      endOffset = blockKeyEnd(tree.text, offset);
      value = (value as Record<string, unknown>)[String(segment)];
      // Scalars in maps have no position node of their own.
      node = node.values[index];
      scalar = node === undefined ? { value } : undefined;
    } else if (node?.kind === 'seq' && typeof segment === 'number') {
      const item = node.items[segment];
      if (!item) break;
      offset = item.start;
      endOffset = item.end;
      value = (value as unknown[])[segment];
      node = item;
      scalar = item.kind === 'leaf' ? { value } : undefined;
    } else break;
    depth++;
  }
  return { depth, offset, endOffset, scalar: depth === 0 ? undefined : scalar };
}

export function formatValuesPath(path: ValuesPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number' || segment === '*') text += `[${segment === '*' ? '*' : segment}]`;
    else text += text === '' ? segment : `.${segment}`;
  }
  return text;
}

function isPrimitive(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/**
 * Where a values key is set: the key's line in the last (highest-priority) values file that sets it;
 * else the deepest existing parent key, as the place to add it.
 */
function valuesLocation(
  layers: readonly ParsedValues[],
  key: ValuesPath,
  rendered: { readonly value: unknown } | undefined,
): RepoLocation | undefined {
  const wildcard = key.indexOf('*');
  const wanted = wildcard >= 0 ? key.slice(0, wildcard) : key;
  if (wanted.length === 0) return undefined;
  let best: { layer: ParsedValues; depth: number; offset: number; endOffset: number } | undefined;
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = itemAt(layers, i);
    const full = [...layer.layer.prefix, ...wanted];
    const walked = walkValues(layer, full);
    const depth = walked.depth - layer.layer.prefix.length;
    if (depth <= 0 || walked.offset === undefined) continue;
    if (depth === wanted.length) {
      // A value that differs from what was rendered came from elsewhere (--set, a template default):
      // pointing at this line would send the reader to a line that already holds another value.
      if (
        rendered !== undefined &&
        wildcard < 0 &&
        walked.scalar &&
        isPrimitive(rendered.value) &&
        String(walked.scalar.value) !== String(rendered.value)
      ) {
        return undefined;
      }
      best = { layer, depth, offset: walked.offset, endOffset: walked.endOffset ?? walked.offset };
      break;
    }
    if (!best || depth > best.depth)
      best = { layer, depth, offset: walked.offset, endOffset: walked.endOffset ?? walked.offset };
  }
  if (!best) return undefined;
  const from = best.layer.lineCounter.linePos(best.offset);
  const to = best.layer.lineCounter.linePos(best.endOffset);
  const file = best.layer.layer.file;
  const fileName = file.slice(file.lastIndexOf('/') + 1);
  const shown = formatValuesPath([...best.layer.layer.prefix, ...wanted]);
  const message =
    best.depth === wanted.length
      ? `value from ${fileName}: ${shown}`
      : `${fileName} sets ${formatValuesPath([...best.layer.layer.prefix, ...wanted.slice(0, best.depth)])} but not ${shown}`;
  return {
    file,
    line: from.line,
    column: from.col,
    endLine: to.line,
    endColumn: to.col,
    message,
    ...(wildcard < 0 ? { valuesKey: [...best.layer.layer.prefix, ...wanted] } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Aligning a rendered document with its template pattern

type Owner =
  | { readonly kind: 'line'; readonly loc: TemplateLoc; readonly values: readonly ValuesPath[]; readonly id: number }
  | { readonly kind: 'block'; readonly loc: TemplateLoc; readonly values: ValuesPath | undefined; readonly id: number };
type BlockOwner = Extract<Owner, { kind: 'block' }>;

type State =
  | { readonly type: 'eps'; next: number[] }
  | { readonly type: 'line'; readonly regex: RegExp; readonly owner: Owner; readonly next: number }
  | { readonly type: 'block'; readonly minIndent: number; readonly owner: Owner; readonly next: number }
  | { readonly type: 'sep'; readonly next: number }
  | { readonly type: 'final' };

interface Automaton {
  readonly states: State[];
  readonly start: number;
  readonly final: number;
}

function compile(pattern: LinePattern): Automaton {
  const states: State[] = [{ type: 'final' }];
  let ownerIds = 0;
  const add = (state: State): number => states.push(state) - 1;
  const build = (node: LinePattern, next: number): number => {
    switch (node.kind) {
      case 'line':
        return add({
          type: 'line',
          regex: node.regex,
          owner: { kind: 'line', loc: node.loc, values: node.values, id: ownerIds++ },
          next,
        });
      case 'block':
        return add({
          type: 'block',
          minIndent: node.minIndent,
          owner: { kind: 'block', loc: node.loc, values: node.values, id: ownerIds++ },
          next,
        });
      case 'sep':
        return add({ type: 'sep', next });
      case 'seq': {
        let entry = next;
        for (let i = node.items.length - 1; i >= 0; i--) entry = build(itemAt(node.items, i), entry);
        return entry;
      }
      case 'alt':
        return add({ type: 'eps', next: node.items.map((item) => build(item, next)) });
      case 'star': {
        const loop = add({ type: 'eps', next: [] });
        const body = build(node.item, loop);
        (states[loop] as { next: number[] }).next = [body, next];
        return loop;
      }
    }
  };
  const start = build(pattern, 0);
  return { states, start, final: 0 };
}

/** Costs of the alignment: literal lines are free, block lines cheap, anything unexplained expensive. */
const BLOCK_LINE_COST = 1;
const SKIP_COST = 40;

class MinHeap {
  private readonly items: [number, number][] = [];
  push(cost: number, key: number): void {
    const items = this.items;
    items.push([cost, key]);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((items[parent] as [number, number])[0] <= cost) break;
      [items[i], items[parent]] = [items[parent] as [number, number], items[i] as [number, number]];
      i = parent;
    }
  }
  pop(): [number, number] | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && (items[left] as [number, number])[0] < (items[smallest] as [number, number])[0])
          smallest = left;
        if (right < items.length && (items[right] as [number, number])[0] < (items[smallest] as [number, number])[0])
          smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest] as [number, number], items[i] as [number, number]];
        i = smallest;
      }
    }
    return top;
  }
}

/** For each rendered line (by index), the pattern element that printed it, or undefined when unexplained. */
function align(automaton: Automaton, lines: readonly string[]): (Owner | undefined)[] {
  const { states } = automaton;
  const width = lines.length + 1;
  // The search visits a few percent of the states × lines cells: only those get a slot (a table of every
  // cell was quadratic in time and memory for long templates).
  const slotOf = new Map<number, number>();
  const cost: number[] = [];
  const previous: number[] = [];
  const consumedBy: number[] = [];
  const costAt = (key: number): number => {
    const slot = slotOf.get(key);
    return slot === undefined ? Number.POSITIVE_INFINITY : itemAt(cost, slot);
  };
  const heap = new MinHeap();
  const relax = (key: number, value: number, from: number, via: number): void => {
    let slot = slotOf.get(key);
    if (slot === undefined) {
      slot = cost.length;
      slotOf.set(key, slot);
      cost.push(Number.POSITIVE_INFINITY);
      previous.push(-1);
      consumedBy.push(-1);
    }
    if (value < itemAt(cost, slot)) {
      cost[slot] = value;
      previous[slot] = from;
      consumedBy[slot] = via;
      heap.push(value, key);
    }
  };
  const indents = lines.map((line) => line.length - line.trimStart().length);
  // A template with `---` can print several documents: any document may start after a separator.
  const starts = [automaton.start];
  states.forEach((state) => {
    if (state.type === 'sep') starts.push(state.next);
  });
  for (const start of starts) relax(start * width, 0, -1, -1);
  let best = -1;
  for (let item = heap.pop(); item; item = heap.pop()) {
    const [value, key] = item;
    if (value > costAt(key)) continue;
    const stateIndex = Math.floor(key / width);
    const i = key % width;
    const state = itemAt(states, stateIndex);
    if (i === lines.length && (state.type === 'final' || state.type === 'sep')) {
      best = key;
      break;
    }
    // Unexplained rendered line (a template construct this model does not know).
    if (i < lines.length) relax(key + 1, value + SKIP_COST, key, -1);
    switch (state.type) {
      case 'eps':
        for (const next of state.next) relax(next * width + i, value, key, -1);
        break;
      case 'line':
        if (i < lines.length && state.regex.test(itemAt(lines, i)))
          relax(state.next * width + i + 1, value, key, stateIndex);
        relax(state.next * width + i, value + SKIP_COST, key, -1);
        break;
      case 'block':
        if (i < lines.length && itemAt(indents, i) >= state.minIndent)
          relax(key + 1, value + BLOCK_LINE_COST, key, stateIndex);
        relax(state.next * width + i, value, key, -1);
        break;
      case 'sep':
        break;
      case 'final':
        break;
    }
  }
  const owners: (Owner | undefined)[] = new Array<Owner | undefined>(lines.length).fill(undefined);
  for (let key = best; key >= 0; key = itemAt(previous, slotOf.get(key) as number)) {
    const via = itemAt(consumedBy, slotOf.get(key) as number);
    if (via >= 0) {
      const state = itemAt(states, via);
      if (state.type === 'line' || state.type === 'block') owners[(key % width) - 1] = state.owner;
    }
  }
  return owners;
}

// ---------------------------------------------------------------------------------------------------------
// Locating fields

/** What one rendered document needs to point back at its chart. */
export interface DocumentContext {
  /** Repo-relative template file, or undefined when the template is not a repo file (packaged subchart). */
  readonly templateFile: string | undefined;
  /** Where to point when no template line can be found. */
  readonly fallback: { readonly file: string; readonly line: number };
  /** rendered output line number → owner of that line. */
  readonly ownerOfLine: (line: number) => Owner | undefined;
  /** Values files for the template's chart, lowest priority first. */
  readonly values: readonly ParsedValues[];
  /** The template's blocks that print a values key (`toYaml .Values.x`), each place once. */
  readonly blocks: readonly BlockOwner[];
  /** Whether the alignment explained the rendered lines (for diagnostics and tests). */
  readonly unexplainedLines: number;
}

/** Everything needed to map a render of one chart: its layout, file texts and values layers. */
export interface HelmSourceInput {
  readonly root: ChartLayout;
  /** Repo-relative path → text, for templates and helpers of the chart and its subcharts. */
  readonly files: ReadonlyMap<string, string>;
  /** Values layers per chart display path (lowest priority first), for the chart that owns a template. */
  readonly valuesFor: (chain: readonly ChartLayout[]) => readonly ValuesLayer[];
  /** The chart's parsed templates, shared by its scenarios (and copies); built from `files` when absent. */
  readonly templates?: ChartTemplates;
}

/** The span of a field in the rendered output, as `KubeObject.position` gives it. */
export type RenderedSpan = TextSpan;

/**
 * Parsed templates and helpers, compiled template patterns and alignments of one set of template files. Independent
 * of any one render, so the scenarios of a chart share it: each template is parsed and compiled once however many
 * documents are located; and through {@link HelmSourceCache}, so do copies of the chart elsewhere in the scan.
 * Files are named as the chart sees them (see {@link ChartTemplates}).
 */
export class HelmTemplateIndex {
  readonly parsed = new Map<string, ParsedTemplate>();
  readonly helpers: HelperIndex;
  private readonly automata = new Map<string, Automaton>();
  private readonly alignments = new Map<string, Map<string, readonly (Owner | undefined)[]>>();

  /** `files`: name → text, parent chart's files first (its helpers win). */
  constructor(
    files: ReadonlyMap<string, string>,
    parse: (file: string, text: string) => ParsedTemplate = parseTemplate,
  ) {
    for (const [file, text] of files) this.parsed.set(file, parse(file, text));
    this.helpers = indexHelpers([...this.parsed.values()]);
  }

  /** The compiled line pattern of a template file. */
  automaton(template: ParsedTemplate): Automaton {
    let found = this.automata.get(template.file);
    if (found === undefined) {
      found = compile(templatePattern(template, this.helpers));
      this.automata.set(template.file, found);
    }
    return found;
  }

  /**
   * The alignment of a template's rendered lines; a document rendered the same way again (another scenario of
   * the chart, a ranged template printing equal documents, a copy of the chart) is aligned once.
   */
  aligned(template: ParsedTemplate, lines: readonly string[]): readonly (Owner | undefined)[] {
    let byLines = this.alignments.get(template.file);
    if (byLines === undefined) {
      byLines = new Map();
      this.alignments.set(template.file, byLines);
    }
    const key = lines.join('\n');
    let owners = byLines.get(key);
    if (owners === undefined) {
      owners = align(this.automaton(template), lines);
      byLines.set(key, owners);
    }
    return owners;
  }
}

/**
 * One chart's view of a template index. The index names files relative to the chart folder when they all lie in it
 * (`templates/x.yaml`, `charts/common/templates/_names.tpl`), so that charts with the same files share one index;
 * this view turns those names back into repo-relative paths.
 */
export class ChartTemplates {
  constructor(
    readonly index: HelmTemplateIndex,
    /** What the index's names lack of a repo-relative path: `charts/web/`, or '' when they are repo-relative. */
    private readonly prefix: string,
    private readonly cache: HelmSourceCache,
    /** Repo-relative path → text of the chart's template and helper files. */
    readonly files: ReadonlyMap<string, string>,
  ) {}

  /** The parsed template of a repo-relative file, when it is one of the chart's templates. */
  parsed(file: string): ParsedTemplate | undefined {
    return file.startsWith(this.prefix) ? this.index.parsed.get(file.slice(this.prefix.length)) : undefined;
  }

  /** The repo-relative path of a file named as the index names it (template locations, parsed templates). */
  repoPath(name: string): string {
    return this.prefix + name;
  }

  /** A values layer with its parsed tree. */
  parsedValues(layer: ValuesLayer): ParsedValues {
    return { layer, ...this.cache.parsedValues(layer.text) };
  }

  /** The parse of one render's output (see {@link HelmSourceCache.renderedManifests}). */
  renderedManifests(output: string, keepKind: ParseOptions['keepKind']): ParsedManifests {
    return this.cache.renderedManifests(output, keepKind);
  }
}

/**
 * What source mapping computes from file contents alone, shared by every chart of a scan: template indexes by the
 * content of a chart's template files, parsed templates by name and text (a library subchart vendored under the
 * same `charts/` name by several charts is parsed once), parsed values files by text. Copies of a chart (the same
 * upstream chart vendored in several teams' folders) are parsed, compiled and aligned once.
 */
export class HelmSourceCache {
  private readonly indexes = new Map<string, HelmTemplateIndex>();
  private readonly templates = new Map<string, ParsedTemplate>();
  private readonly values = new Map<string, Omit<ParsedValues, 'layer'>>();
  private readonly outputs = new Map<ParseOptions['keepKind'], Map<string, ParsedManifests>>();

  /** The templates of the chart in `chartPath` (repo-relative); `files`: repo-relative path → text, parent chart first. */
  chartTemplates(chartPath: string, files: ReadonlyMap<string, string>): ChartTemplates {
    const folder = chartPath === '.' || chartPath === '' ? '' : `${chartPath}/`;
    const prefix = [...files.keys()].every((file) => file.startsWith(folder)) ? folder : '';
    const named = new Map<string, string>();
    const content = createHash('sha256');
    for (const [file, text] of files) {
      const name = file.slice(prefix.length);
      named.set(name, text);
      // Lengths first, so no two different file lists hash the same text.
      content.update(`${name.length}:${text.length}:`).update(name).update(text);
    }
    const key = content.digest('base64');
    let index = this.indexes.get(key);
    if (index === undefined) {
      index = new HelmTemplateIndex(named, (name, text) => this.parsedTemplate(name, text));
      this.indexes.set(key, index);
    }
    return new ChartTemplates(index, prefix, this, files);
  }

  /** A values file's parsed tree; the same text is parsed once. */
  parsedValues(text: string): Omit<ParsedValues, 'layer'> {
    let tree = this.values.get(text);
    if (tree === undefined) {
      tree = parseValuesText(text);
      this.values.set(text, tree);
    }
    return tree;
  }

  /**
   * The parse of a render's output. A copy of a chart rendered the same way prints the same text: it is parsed
   * once, and the copies' objects share their values (each copy wraps them with its own file and locations, so
   * `file` in the result is the first parser's and must not be used). Keyed by the `keepKind` function too.
   */
  renderedManifests(output: string, keepKind: ParseOptions['keepKind']): ParsedManifests {
    let byText = this.outputs.get(keepKind);
    if (byText === undefined) {
      byText = new Map();
      this.outputs.set(keepKind, byText);
    }
    let parsed = byText.get(output);
    if (parsed === undefined) {
      parsed = parseManifests(output, '', keepKind ? { keepKind } : {});
      byText.set(output, parsed);
    }
    return parsed;
  }

  private parsedTemplate(name: string, text: string): ParsedTemplate {
    const key = `${name}\u0000${text}`;
    let parsed = this.templates.get(key);
    if (parsed === undefined) {
      parsed = parseTemplate(name, text);
      this.templates.set(key, parsed);
    }
    return parsed;
  }
}

/** Maps helm output back to chart files; build once per render output. */
export class HelmSourceMap {
  private readonly templates: ChartTemplates;
  private readonly contexts = new Map<number, DocumentContext>();
  /** The output and where each of its lines starts: lines are cut out on demand rather than kept as copies. */
  private readonly output: string;
  private readonly lineStarts: Uint32Array;
  readonly documents: HelmDocument[];

  constructor(
    private readonly input: HelmSourceInput,
    output: string,
  ) {
    this.output = output;
    const starts = [0];
    for (let at = output.indexOf('\n'); at >= 0; at = output.indexOf('\n', at + 1)) starts.push(at + 1);
    this.lineStarts = Uint32Array.from(starts);
    this.documents = splitHelmOutput(output);
    // Helpers of the parent chart are indexed first; files are given parent-first by the caller.
    this.templates = input.templates ?? new HelmSourceCache().chartTemplates('', input.files);
  }

  /** The document that contains an output line. */
  documentAt(line: number): HelmDocument | undefined {
    // Documents are in output order and do not overlap: binary search for the last one starting at or
    // before the line (every located field asks, so a linear scan would be quadratic in big charts).
    const docs = this.documents;
    let low = 0;
    let high = docs.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (itemAt(docs, mid).firstLine - 1 <= line) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    const doc = docs[found];
    if (doc !== undefined && line <= doc.lastLine && (found === 0 || itemAt(docs, found - 1).lastLine < line))
      return doc;
    // Not the simple case (overlapping ranges): keep the first match, as before.
    return docs.find((candidate) => candidate.firstLine - 1 <= line && line <= candidate.lastLine);
  }

  /** The repo-relative template file of a document, when it is a repo file. */
  fileOf(doc: HelmDocument): string | undefined {
    return resolveSource(doc.source, this.input.root).file;
  }

  context(doc: HelmDocument): DocumentContext {
    const cached = this.contexts.get(doc.firstLine);
    if (cached) return cached;
    const { file, chain } = resolveSource(doc.source, this.input.root);
    const owningChart = itemAt(chain, chain.length - 1);
    const fallbackFile =
      owningChart.fallback ?? chain.map((chart) => chart.fallback).find((entry) => entry !== undefined);
    const template = file === undefined ? undefined : this.templates.parsed(file);
    const values = this.input.valuesFor(chain).map((layer) => this.templates.parsedValues(layer));
    const lines: string[] = [];
    const lineNumbers: number[] = [];
    for (let n = doc.firstLine; n <= doc.lastLine; n++) {
      const text = this.outputLine(n).trimEnd();
      if (text.trim() === '' || /^#\s*Source:/.test(text)) continue;
      lines.push(text);
      lineNumbers.push(n);
    }
    const automaton = template ? this.templates.index.automaton(template) : undefined;
    const owners = template ? this.templates.index.aligned(template, lines) : lines.map(() => undefined);
    const byLine = new Map<number, Owner>();
    let unexplained = 0;
    owners.forEach((owner, index) => {
      if (owner) byLine.set(itemAt(lineNumbers, index), owner);
      else unexplained++;
    });
    const context: DocumentContext = {
      templateFile: file,
      fallback: template
        ? { file: this.templates.repoPath(template.file), line: firstLineMatching(template.text, /^kind:/m) ?? 1 }
        : (fallbackFile ?? { file: file ?? doc.source, line: 1 }),
      ownerOfLine: (line) => byLine.get(line),
      values,
      blocks: automaton ? valuesBlocks(automaton) : [],
      unexplainedLines: unexplained,
    };
    this.contexts.set(doc.firstLine, context);
    return context;
  }

  /**
   * Locates a field of a rendered object. `position` is the object's own position function (over the whole
   * helm output); `path` is object-relative.
   */
  locate(
    position: (path: FieldPath) => RenderedSpan,
    path: FieldPath,
    valueAt?: (path: FieldPath) => unknown,
  ): LocatedField {
    const span = position(path);
    const doc = this.documentAt(span.line);
    if (!doc) return { primary: { file: '', line: 1, column: 1, endLine: 1, endColumn: 1 }, related: [], exact: false };
    const context = this.context(doc);
    const found = span.foundPath;
    // The field's line, else the nearest parent whose line a template line explains.
    let primaryOwner: Owner | undefined;
    let primaryDepth = -1;
    let primarySpan: RenderedSpan | undefined;
    for (let depth = found.length; depth >= 0; depth--) {
      const candidate = depth === found.length ? span : position(found.slice(0, depth));
      const owner = context.ownerOfLine(candidate.line);
      if (owner) {
        primaryOwner = owner;
        primaryDepth = depth;
        primarySpan = candidate;
        break;
      }
    }
    if (!primaryOwner || !primarySpan) {
      const fallback = context.fallback;
      return {
        primary: { file: fallback.file, line: fallback.line, column: 1, endLine: fallback.line, endColumn: 1 },
        related: [],
        exact: false,
      };
    }
    let exact = span.exact && primaryDepth === found.length && primaryOwner.kind === 'line';
    let primary = this.templateLocation(primaryOwner, path[primaryDepth - 1]);
    const related: RepoLocation[] = [];
    let key = this.valuesKey(context, position, path, found, span, primaryOwner, primaryDepth);
    if (key?.listItem !== undefined) {
      // The field is in a list item that a block printed after fixed items or next to another block: which values
      // item it is must be checked, or the values line (and even the block) could be a neighbour's.
      const item = this.valuesListItem(context, position, key.block, path.slice(0, key.listItem + 1), valueAt);
      if (item === undefined) {
        const parent = context.ownerOfLine(position(path.slice(0, key.listItem)).line);
        if (parent) primary = this.templateLocation(parent, path[key.listItem - 1]);
        exact = false;
        key = undefined;
      } else {
        if (item.block.id !== key.block.id) primary = this.templateLocation(item.block, undefined);
        key = {
          path: [...(item.block.values as ValuesPath), item.index, ...path.slice(key.listItem + 1)],
          block: item.block,
        };
      }
    }
    if (key) {
      const rendered = span.exact && valueAt !== undefined ? { value: valueAt(path) } : undefined;
      const location = valuesLocation(context.values, key.path, rendered);
      if (location) related.push(location);
    }
    return { primary, related, exact };
  }

  /**
   * The block and values index that printed the rendered list item at `itemPath`: the item must equal an item of
   * that block's values list. The aligned block at the same position (after the items printed before it) comes
   * first; else the one block of the template whose values list holds the item. Undefined when that cannot be
   * told: no block, several, or an item that is in no values list (a fixed item of the template).
   */
  private valuesListItem(
    context: DocumentContext,
    position: (path: FieldPath) => RenderedSpan,
    aligned: BlockOwner,
    itemPath: FieldPath,
    valueAt: ((path: FieldPath) => unknown) | undefined,
  ): { block: BlockOwner; index: number } | undefined {
    if (valueAt === undefined) return undefined;
    const rendered = valueAt(itemPath);
    const listPath = itemPath.slice(0, -1);
    const renderedIndex = itemAt(itemPath, itemPath.length - 1) as number;
    let first = renderedIndex;
    while (first > 0 && context.ownerOfLine(position([...listPath, first - 1]).line)?.id === aligned.id) first--;
    const alignedList = valuesListAt(context.values, aligned.values as ValuesPath);
    if (Array.isArray(alignedList) && sameValue(alignedList[renderedIndex - first], rendered))
      return { block: aligned, index: renderedIndex - first };
    const matches = new Map<string, { block: BlockOwner; index: number; count: number }>();
    for (const block of context.blocks) {
      const list = valuesListAt(context.values, block.values as ValuesPath);
      if (!Array.isArray(list)) continue;
      list.forEach((item, index) => {
        if (!sameValue(item, rendered)) return;
        const id = `${block.loc.file}:${block.loc.line}:${block.loc.column}`;
        const seen = matches.get(id);
        matches.set(id, seen ? { ...seen, count: seen.count + 1 } : { block, index, count: 1 });
      });
    }
    const only = matches.size === 1 ? [...matches.values()][0] : undefined;
    return only !== undefined && only.count === 1 ? { block: only.block, index: only.index } : undefined;
  }

  /**
   * The last output line of a block value under a key (positions give only the key's own line for block
   * mappings and sequences): following lines indented deeper, or list items at the key's indentation.
   */
  private valueEndLine(span: RenderedSpan): number {
    const keyIndent = span.column - 1;
    let end = span.endLine;
    for (let n = span.endLine + 1; n <= this.lineStarts.length; n++) {
      const text = this.outputLine(n);
      if (text.trim() === '') continue;
      const indent = text.length - text.trimStart().length;
      if (
        indent > keyIndent ||
        (indent === keyIndent && /^\s*- /.test(text) && !/^\s*- /.test(this.outputLine(span.line)))
      )
        end = n;
      else break;
    }
    return end;
  }

  /** Line `n` (1-based) of the output without its line break; '' past the end. */
  private outputLine(n: number): string {
    const start = this.lineStarts[n - 1];
    if (start === undefined) return '';
    const next = this.lineStarts[n];
    return this.output.slice(start, next === undefined ? this.output.length : next - 1);
  }

  private templateLocation(owner: Owner, key: string | number | undefined): RepoLocation {
    const { line } = owner.loc;
    const file = this.templates.repoPath(owner.loc.file);
    let column = owner.loc.column;
    const parsed = this.templates.index.parsed.get(owner.loc.file);
    const text = parsed ? templateLine(parsed, line) : ((this.input.files.get(file) ?? '').split('\n')[line - 1] ?? '');
    if (typeof key === 'string' && owner.kind === 'line') {
      const at = text.indexOf(`${key}:`, Math.max(0, column - 1));
      if (at >= 0) column = at + 1;
    }
    const endColumn = Math.max(column, text.trimEnd().length + 1);
    return { file, line, column, endLine: line, endColumn };
  }

  /**
   * The values key behind a field: the values path of the block action that printed it (`toYaml .Values.x`)
   * extended by the rest of the field path, or the inline `{{ .Values.x }}` of the field's own line.
   */
  private valuesKey(
    context: DocumentContext,
    position: (path: FieldPath) => RenderedSpan,
    path: FieldPath,
    found: FieldPath,
    span: RenderedSpan,
    primaryOwner: Owner,
    primaryDepth: number,
  ):
    | { path: ValuesPath; block: BlockOwner; listItem?: number }
    | { path: ValuesPath; block?: undefined; listItem?: undefined }
    | undefined {
    let block: Owner | undefined = primaryOwner.kind === 'block' ? primaryOwner : undefined;
    if (!block && primaryDepth === found.length) {
      // A block that prints the whole value of the found key (`securityContext:` + `toYaml … | nindent`).
      const owners = new Set<number>();
      let candidate: Owner | undefined;
      const end = this.valueEndLine(span);
      for (let line = span.line + 1; line <= end; line++) {
        const owner = context.ownerOfLine(line);
        if (!owner) continue;
        owners.add(owner.id);
        candidate = owner;
      }
      if (owners.size === 1 && candidate?.kind === 'block') block = candidate;
    }
    if (block?.kind === 'block' && block.values) {
      // The deepest part of the path whose line is not printed by this block: the block's parent key.
      let anchor = primaryOwner === block ? 0 : found.length;
      if (primaryOwner === block) {
        for (let depth = found.length; depth >= 0; depth--) {
          const owner = context.ownerOfLine(position(found.slice(0, depth)).line);
          if (owner && owner.id !== block.id) {
            anchor = depth;
            break;
          }
        }
      }
      const key = [...block.values, ...path.slice(anchor)];
      // The block printed items of a list under a key of the template: the rendered index is not the values index
      // when the template lists fixed items (or another block's) before them.
      return anchor < found.length && typeof path[anchor] === 'number'
        ? { path: key, block, listItem: anchor }
        : { path: key, block };
    }
    if (primaryOwner.kind === 'line' && primaryDepth === found.length && primaryOwner.values.length > 0) {
      return { path: [...itemAt(primaryOwner.values, 0), ...path.slice(found.length)] };
    }
    return undefined;
  }
}

/** The blocks of a template that print a values key, one per template place (branches repeat them). */
function valuesBlocks(automaton: Automaton): BlockOwner[] {
  const byPlace = new Map<string, BlockOwner>();
  for (const state of automaton.states) {
    if (state.type !== 'block' || state.owner.kind !== 'block' || state.owner.values === undefined) continue;
    const place = `${state.owner.loc.file}:${state.owner.loc.line}:${state.owner.loc.column}`;
    if (!byPlace.has(place)) byPlace.set(place, state.owner);
  }
  return [...byPlace.values()];
}

/** The value of a values key in the last values file that sets it (lists replace each other whole, as in helm). */
function valuesListAt(layers: readonly ParsedValues[], key: ValuesPath): unknown {
  if (key.includes('*')) return undefined;
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = itemAt(layers, i);
    const found = valueOfTree(layer.tree, [...layer.layer.prefix, ...key]);
    if (found !== undefined) return found.value;
  }
  return undefined;
}

function valueOfTree(tree: ValuesTree, path: ValuesPath): { value: unknown } | undefined {
  if (tree.kind === 'block') {
    let value = tree.value;
    for (const segment of path) {
      if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment)) return undefined;
      value = (value as Record<string | number, unknown>)[segment];
    }
    return { value };
  }
  let node: YamlNode | undefined = tree.root;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return undefined;
      node = (pair.value as YamlNode | null) ?? undefined;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment] as YamlNode | undefined;
      if (node === undefined) return undefined;
    } else return undefined;
  }
  return { value: node === undefined ? null : (node.toJSON() as unknown) };
}

/** Values as helm prints them with toYaml: the same structure, scalars compared as text (`1001` and 1001). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => sameValue(item, b[index]))
    );
  }
  if (a !== null && typeof a === 'object' && b !== null && typeof b === 'object') {
    const aKeys = Object.keys(a);
    const bRecord = b as Record<string, unknown>;
    return (
      aKeys.length === Object.keys(b).length &&
      aKeys.every((key) => Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], bRecord[key]))
    );
  }
  if ((a === null || typeof a !== 'object') && (b === null || typeof b !== 'object'))
    return String(a ?? null) === String(b ?? null);
  return false;
}

/** Line `line` (1-based) of a template, as `text.split('\n')[line - 1]` would give it. */
function templateLine(template: ParsedTemplate, line: number): string {
  const start = template.lineStarts[line - 1];
  if (start === undefined) return '';
  const next = template.lineStarts[line];
  return template.text.slice(start, next === undefined ? template.text.length : next - 1);
}

function firstLineMatching(text: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  return text.slice(0, match.index).split('\n').length;
}
