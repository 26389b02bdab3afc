/**
 * Turns a Helm template (Go text/template over YAML) into a line pattern that can be aligned with what the
 * template rendered. Pure: works on texts handed in.
 *
 * The idea: every output line of a template comes either from literal template text (possibly with inline
 * `{{ … }}` holes) or from an action that prints a block (`toYaml … | nindent`, `include … | nindent`,
 * `.Files.Get`). Control actions (`if`, `range`, `with`) print nothing themselves but make parts optional
 * or repeated. So a template becomes a small regular language over lines:
 *   line   — one output line, as a regular expression with `.*` for inline holes
 *   block  — any number of lines indented at least N (a `toYaml … | nindent N`)
 *   seq / alt / star — sequence, if/else and with branches, range
 * `include` of a helper defined in a `.tpl` file is expanded in place (indented as `nindent` says), so lines
 * printed by a helper point at the helper's own file and line.
 *
 * Known limits: control actions in the middle of a line are treated as inline holes; the `tpl` function
 * and helpers that build text with `printf` are blocks; values reached through variables other than
 * `$`, `.`, `with`/`range` bindings and `dict` arguments are not traced.
 */
import { itemAt } from '../../util/item-at.js';

/** A place in a template file: display path (repo-relative) and 1-based line and column. */
export interface TemplateLoc {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** A path into values (`securityContext.runAsNonRoot`); `'*'` stands for an unknown list index. */
export type ValuesPath = readonly (string | number)[];

export type LinePattern =
  | { readonly kind: 'line'; readonly regex: RegExp; readonly loc: TemplateLoc; readonly values: readonly ValuesPath[] }
  | { readonly kind: 'block'; readonly minIndent: number; readonly loc: TemplateLoc; readonly values?: ValuesPath }
  | { readonly kind: 'sep'; readonly loc: TemplateLoc }
  | { readonly kind: 'seq'; readonly items: readonly LinePattern[] }
  | { readonly kind: 'alt'; readonly items: readonly LinePattern[] }
  | { readonly kind: 'star'; readonly item: LinePattern };

// ---------------------------------------------------------------------------------------------------------
// Lexing and parsing Go templates (only as far as the structure matters here)

interface TextTok {
  readonly type: 'text';
  text: string;
  /** Offset in the file of text[0]; moves when leading whitespace is trimmed. */
  start: number;
}
interface ActionTok {
  readonly type: 'action';
  readonly body: string;
  readonly start: number;
  readonly trimLeft: boolean;
  readonly trimRight: boolean;
}
type Tok = TextTok | ActionTok;

function lex(text: string): Tok[] {
  const toks: Tok[] = [];
  let pos = 0;
  while (pos < text.length) {
    const open = text.indexOf('{{', pos);
    if (open < 0) {
      toks.push({ type: 'text', text: text.slice(pos), start: pos });
      break;
    }
    if (open > pos) toks.push({ type: 'text', text: text.slice(pos, open), start: pos });
    const close = findActionEnd(text, open + 2);
    const raw = text.slice(open + 2, close);
    const trimLeft = /^-\s/.test(raw);
    const trimRight = /\s-$/.test(raw);
    const body = raw.slice(trimLeft ? 1 : 0, trimRight ? raw.length - 1 : raw.length).trim();
    toks.push({ type: 'action', body, start: open, trimLeft, trimRight });
    pos = close + 2;
  }
  // Apply `{{-` and `-}}` whitespace trimming to the neighbouring text, as text/template does.
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i];
    if (tok?.type !== 'action') continue;
    const before = toks[i - 1];
    if (tok.trimLeft && before?.type === 'text') before.text = before.text.replace(/\s+$/, '');
    const after = toks[i + 1];
    if (tok.trimRight && after?.type === 'text') {
      const trimmed = after.text.replace(/^\s+/, '');
      after.start += after.text.length - trimmed.length;
      after.text = trimmed;
    }
  }
  return toks;
}

/** Index of the `}}` closing an action, skipping quoted strings and comments. */
function findActionEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const ch = text[i];
    if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return text.length;
      i = end + 2;
      continue;
    }
    if (ch === '"' || ch === "'") {
      i++;
      while (i < text.length && text[i] !== ch && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    if (ch === '`') {
      const end = text.indexOf('`', i + 1);
      i = end < 0 ? text.length : end + 1;
      continue;
    }
    if (text.startsWith('}}', i)) return i;
    i++;
  }
  return text.length;
}

type TNode =
  | TextTok
  | { readonly type: 'expr'; readonly body: string; readonly start: number }
  | {
      readonly type: 'if';
      readonly branches: { readonly cond: string | undefined; readonly body: TNode[]; readonly binds: boolean }[];
    }
  | { readonly type: 'range'; readonly expr: string; readonly body: TNode[]; readonly elseBody: TNode[] | undefined }
  | { readonly type: 'define'; readonly name: string; readonly body: TNode[] }
  | { readonly type: 'call'; readonly name: string; readonly arg: string; readonly start: number };

const KEYWORD = /^(if|else|end|range|with|define|block|template|break|continue)\b/;

/** Parses tokens into a tree; unbalanced templates yield the best tree possible, never an exception. */
function parse(toks: Tok[]): TNode[] {
  let index = 0;
  const stopWords = new Set(['else', 'end']);

  function parseList(): { nodes: TNode[]; stop: ActionTok | undefined } {
    const nodes: TNode[] = [];
    while (index < toks.length) {
      const tok = itemAt(toks, index++);
      if (tok.type === 'text') {
        nodes.push(tok);
        continue;
      }
      if (tok.body.startsWith('/*') || tok.body === '') continue;
      const keyword = KEYWORD.exec(tok.body)?.[1];
      if (keyword === undefined || keyword === 'break' || keyword === 'continue') {
        nodes.push({ type: 'expr', body: tok.body, start: tok.start });
        continue;
      }
      if (stopWords.has(keyword)) return { nodes, stop: tok };
      const rest = tok.body.slice(keyword.length).trim();
      if (keyword === 'if' || keyword === 'with') nodes.push(parseIf(keyword, rest));
      else if (keyword === 'range') {
        const body = parseList();
        let elseBody: TNode[] | undefined;
        if (body.stop?.body === 'else') elseBody = parseList().nodes;
        nodes.push({ type: 'range', expr: rest, body: body.nodes, elseBody });
      } else if (keyword === 'define' || keyword === 'block') {
        const name = stringArg(rest) ?? '';
        const body = parseList().nodes;
        nodes.push({ type: 'define', name, body });
        if (keyword === 'block')
          nodes.push({ type: 'call', name, arg: rest.replace(/^"[^"]*"/, '').trim(), start: tok.start });
      } else if (keyword === 'template') {
        nodes.push({
          type: 'call',
          name: stringArg(rest) ?? '',
          arg: rest.replace(/^"[^"]*"/, '').trim(),
          start: tok.start,
        });
      }
    }
    return { nodes, stop: undefined };
  }

  function parseIf(keyword: 'if' | 'with', cond: string): TNode {
    const branches: { cond: string | undefined; body: TNode[]; binds: boolean }[] = [];
    let current = { cond: cond as string | undefined, binds: keyword === 'with' };
    for (;;) {
      const { nodes, stop } = parseList();
      branches.push({ ...current, body: nodes });
      if (!stop || stop.body === 'end' || !stop.body.startsWith('else')) break;
      const rest = stop.body.slice(4).trim();
      const chained = /^(if|with)\b/.exec(rest);
      current = chained
        ? { cond: rest.slice(chained[0].length).trim(), binds: chained[1] === 'with' }
        : { cond: undefined, binds: false };
    }
    return { type: 'if', branches };
  }

  return parseList().nodes;
}

function stringArg(text: string): string | undefined {
  const match = /^"((?:[^"\\]|\\.)*)"|^`([^`]*)`/.exec(text.trim());
  return match ? (match[1] ?? match[2]) : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// What `.`/`$`/variables refer to, for tracing values

type Binding =
  | { readonly kind: 'root' }
  | { readonly kind: 'values'; readonly path: ValuesPath }
  | { readonly kind: 'dict'; readonly entries: ReadonlyMap<string, Binding> }
  | { readonly kind: 'unknown' };

const ROOT: Binding = { kind: 'root' };
const UNKNOWN: Binding = { kind: 'unknown' };

interface Scope {
  readonly dot: Binding;
  readonly vars: Map<string, Binding>;
}

function follow(binding: Binding, fields: readonly string[]): Binding {
  let current = binding;
  for (const field of fields) {
    if (current.kind === 'root') current = field === 'Values' ? { kind: 'values', path: [] } : UNKNOWN;
    else if (current.kind === 'values') current = { kind: 'values', path: [...current.path, field] };
    else if (current.kind === 'dict') current = current.entries.get(field) ?? UNKNOWN;
    else return UNKNOWN;
  }
  return current;
}

/** Strings and comments removed so a `.` inside a string is not taken for a reference. */
function stripStrings(expr: string): string {
  return expr.replace(/"(?:[^"\\]|\\.)*"|`[^`]*`|'(?:[^'\\]|\\.)*'/g, '""');
}

const REFERENCE = /(\$[A-Za-z_]\w*|\$)?((?:\.[A-Za-z_]\w*)+)|(\$[A-Za-z_]\w*|\$)|(?<![\w.)\]])\.(?![\w.])/g;

/** Every binding an expression refers to, in order of appearance. */
function references(expr: string, scope: Scope): Binding[] {
  const found: Binding[] = [];
  const text = stripStrings(expr);
  for (const match of text.matchAll(REFERENCE)) {
    const variable = match[1] ?? match[3];
    const fields = match[2] ? match[2].slice(1).split('.') : [];
    let base: Binding;
    if (variable === undefined) base = scope.dot;
    else if (variable === '$') base = ROOT;
    else base = scope.vars.get(variable.slice(1)) ?? UNKNOWN;
    found.push(follow(base, fields));
  }
  return found;
}

function valuesRefs(expr: string, scope: Scope): ValuesPath[] {
  const paths: ValuesPath[] = [];
  for (const binding of references(expr, scope))
    if (binding.kind === 'values' && binding.path.length > 0) paths.push(binding.path);
  return paths;
}

/** The binding of a single argument expression: `.`, `$`, `.Values.x`, `$var`, `(dict "k" v …)`. */
function bindingOf(arg: string, scope: Scope): Binding {
  const text = arg
    .trim()
    .replace(/^\((.*)\)$/s, '$1')
    .trim();
  if (text.startsWith('dict')) {
    const entries = new Map<string, Binding>();
    const parts = splitArgs(text.slice(4));
    for (let i = 0; i + 1 < parts.length; i += 2) {
      const key = stringArg(parts[i] ?? '');
      if (key !== undefined) entries.set(key, bindingOf(parts[i + 1] ?? '', scope));
    }
    return { kind: 'dict', entries };
  }
  if (/^(\$\w*)?(\.[A-Za-z_]\w*)*$|^\.$/.test(text)) return references(text, scope)[0] ?? UNKNOWN;
  return UNKNOWN;
}

/** Splits template arguments on top-level spaces (respecting strings and parentheses). */
function splitArgs(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quote) {
      current += ch;
      if (ch === '\\') current += text[++i] ?? '';
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '"' || ch === '`') quote = ch;
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (/\s/.test(ch) && depth === 0) {
      if (current !== '') parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  if (current !== '') parts.push(current);
  return parts;
}

// ---------------------------------------------------------------------------------------------------------
// Building line patterns

/** A parsed template or helper file. */
export interface ParsedTemplate {
  readonly file: string;
  readonly text: string;
  readonly nodes: TNode[];
  readonly lineStarts: readonly number[];
}

/** Helpers (`define`) from every template of a chart and its subcharts; text/template makes them global. */
export interface HelperIndex {
  readonly defines: ReadonlyMap<string, { readonly template: ParsedTemplate; readonly body: TNode[] }>;
}

export function parseTemplate(file: string, text: string): ParsedTemplate {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  return { file, text, nodes: parse(lex(text)), lineStarts };
}

/** Collects `define`s; the first definition of a name wins (pass the parent chart's files first). */
export function indexHelpers(templates: readonly ParsedTemplate[]): HelperIndex {
  const defines = new Map<string, { template: ParsedTemplate; body: TNode[] }>();
  const visit = (template: ParsedTemplate, nodes: readonly TNode[]): void => {
    for (const node of nodes) {
      if (node.type === 'define' && !defines.has(node.name)) defines.set(node.name, { template, body: node.body });
    }
  };
  for (const template of templates) visit(template, template.nodes);
  return { defines };
}

function locOf(template: ParsedTemplate, offset: number): TemplateLoc {
  let low = 0;
  let high = template.lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((template.lineStarts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { file: template.file, line: low + 1, column: offset - (template.lineStarts[low] ?? 0) + 1 };
}

type Piece =
  | { readonly lit: string; readonly loc?: TemplateLoc }
  | { readonly hole: true; readonly loc: TemplateLoc; readonly values: readonly ValuesPath[] };

const MAX_INCLUDE_DEPTH = 8;
/** Functions whose output may span several lines. */
const BLOCK_FUNCTIONS = /\b(toYaml|include|template|tpl|indent|nindent)\b|\.Files\./;

class PatternBuilder {
  private readonly out: LinePattern[] = [];
  private pending: Piece[];

  constructor(
    private readonly template: ParsedTemplate,
    private readonly helpers: HelperIndex,
    private readonly indent: number,
    private readonly depth: number,
    private readonly stack: readonly string[],
    firstLinePrefix = '',
  ) {
    this.pending = [{ lit: ' '.repeat(indent) + firstLinePrefix }];
  }

  build(nodes: readonly TNode[], scope: Scope): LinePattern {
    this.nodes(nodes, scope);
    this.flush();
    return { kind: 'seq', items: this.out };
  }

  private sub(
    template: ParsedTemplate,
    nodes: readonly TNode[],
    scope: Scope,
    indent: number,
    stack: readonly string[],
    prefix = '',
  ): LinePattern {
    return new PatternBuilder(template, this.helpers, indent, this.depth + 1, stack, prefix).build(nodes, scope);
  }

  private nodes(nodes: readonly TNode[], scope: Scope): void {
    for (const node of nodes) this.node(node, scope);
  }

  private node(node: TNode, scope: Scope): void {
    switch (node.type) {
      case 'text':
        this.text(node.text, node.start);
        return;
      case 'expr':
        this.expr(node.body, node.start, scope);
        return;
      case 'call':
        this.expr(`include ${JSON.stringify(node.name)} ${node.arg}`, node.start, scope);
        return;
      case 'define':
        return;
      case 'if': {
        // `--branch x {{- if .depth }} --depth {{ .depth }}{{- end }} /repo`: a condition inside one line only
        // changes that line's text.
        if (!this.pendingIsBlank() && node.branches.every((branch) => isInline(branch.body))) {
          this.pending.push({ hole: true, loc: this.pendingLoc(), values: [] });
          return;
        }
        this.flushBeforeControl();
        const branches = node.branches.map((branch) => {
          const branchScope = branch.binds && branch.cond !== undefined ? this.bindScope(branch.cond, scope) : scope;
          return this.sub(this.template, branch.body, branchScope, this.indent, this.stack);
        });
        if (node.branches.every((branch) => branch.cond !== undefined)) branches.push({ kind: 'seq', items: [] });
        this.out.push({ kind: 'alt', items: branches });
        return;
      }
      case 'range': {
        this.flushBeforeControl();
        const body = this.sub(this.template, node.body, this.rangeScope(node.expr, scope), this.indent, this.stack);
        const loop: LinePattern = { kind: 'star', item: body };
        this.out.push(
          node.elseBody
            ? { kind: 'alt', items: [loop, this.sub(this.template, node.elseBody, scope, this.indent, this.stack)] }
            : loop,
        );
        return;
      }
    }
  }

  private bindScope(expr: string, scope: Scope): Scope {
    const assignment = /^\$(\w+)\s*:?=\s*(.*)$/s.exec(expr.trim());
    if (assignment) {
      const binding = bindingOf(assignment[2] ?? '', scope);
      const vars = new Map(scope.vars);
      vars.set(assignment[1] ?? '', binding);
      return { dot: binding, vars };
    }
    return { dot: bindingOf(expr, scope), vars: scope.vars };
  }

  private rangeScope(expr: string, scope: Scope): Scope {
    const declared = /^(?:\$(\w+)\s*,\s*)?\$(\w+)\s*:=\s*(.*)$/s.exec(expr.trim());
    const source = declared ? (declared[3] ?? '') : expr;
    const listBinding = bindingOf(source, scope);
    const element: Binding =
      listBinding.kind === 'values' ? { kind: 'values', path: [...listBinding.path, '*'] } : UNKNOWN;
    const vars = new Map(scope.vars);
    if (declared?.[2]) vars.set(declared[2], element);
    if (declared?.[1]) vars.set(declared[1], UNKNOWN);
    return { dot: element, vars };
  }

  private text(text: string, start: number): void {
    let offset = start;
    const lines = text.split('\n');
    lines.forEach((segment, index) => {
      if (index > 0) this.newLine();
      if (segment !== '') this.pending.push({ lit: segment, loc: locOf(this.template, offset) });
      offset += segment.length + 1;
    });
  }

  private newLine(): void {
    this.flush();
    this.pending = [{ lit: ' '.repeat(this.indent) }];
  }

  /** Where the pending line starts (for a hole that has no action of its own to point at). */
  private pendingLoc(): TemplateLoc {
    for (const piece of this.pending) if (piece.loc) return piece.loc;
    return { file: this.template.file, line: 1, column: 1 };
  }

  private pendingIsBlank(): boolean {
    return this.pending.every((piece) => 'lit' in piece && piece.lit.trim() === '');
  }

  private pendingText(): string {
    return this.pending.map((piece) => ('lit' in piece ? piece.lit : '')).join('');
  }

  /** Control actions usually sit at the end of the previous line after `{{-` trimming: that line is complete. */
  private flushBeforeControl(): void {
    if (!this.pendingIsBlank()) this.newLine();
    else this.pending = [{ lit: ' '.repeat(this.indent) }];
  }

  /** Emits the pending pieces as one line pattern; blank lines are not matched (they are not YAML). */
  private flush(): void {
    const pieces = this.pending;
    this.pending = [];
    if (pieces.length === 0 || pieces.every((piece) => 'lit' in piece && piece.lit.trim() === '')) return;
    const holes = pieces.filter((piece): piece is Extract<Piece, { hole: true }> => 'hole' in piece);
    const literal = pieces.filter((piece) => 'lit' in piece && piece.lit.trim() !== '');
    if (literal.length === 0) {
      // Only whitespace and holes: may print nothing, one line or many (`{{ .Values.extra }}`).
      const hole = itemAt(holes, 0);
      const indent = /^ */.exec(this.pendingTextOf(pieces))?.[0].length ?? 0;
      this.out.push({
        kind: 'block',
        minIndent: indent,
        loc: hole.loc,
        ...(hole.values[0] ? { values: hole.values[0] } : {}),
      });
      return;
    }
    if (holes.length === 0 && literal.length === 1 && (literal[0] as { lit: string }).lit.trim() === '---') {
      this.out.push({
        kind: 'sep',
        loc: (literal[0] as { loc?: TemplateLoc }).loc ?? { file: this.template.file, line: 1, column: 1 },
      });
      return;
    }
    let source = '';
    let lastWasHole = false;
    for (const piece of pieces) {
      if ('lit' in piece) {
        source += escapeRegex(piece.lit);
        lastWasHole = false;
      } else if (!lastWasHole) {
        source += '.*';
        lastWasHole = true;
      }
    }
    const first = literal[0] as { lit: string; loc?: TemplateLoc };
    const lead = first.lit.length - first.lit.trimStart().length;
    const anchor = first.loc
      ? { ...first.loc, column: first.loc.column + lead }
      : (holes[0]?.loc ?? { file: this.template.file, line: 1, column: 1 });
    // Helm trims whitespace around documents, and YAML does not care about trailing blanks; a hole at the end of
    // the line may print nothing, leaving the blank before it at the end (`-o /app {{ .flags | join " " }}`).
    source = source.replace(/ +$/, '').replace(/ +\.\*$/, '(?: .*)?');
    this.out.push({
      kind: 'line',
      regex: new RegExp(`^${source}\\s*$`),
      loc: anchor,
      values: holes.flatMap((hole) => hole.values),
    });
  }

  private pendingTextOf(pieces: readonly Piece[]): string {
    return pieces.map((piece) => ('lit' in piece ? piece.lit : '')).join('');
  }

  private expr(body: string, start: number, scope: Scope): void {
    const loc = locOf(this.template, start);
    if (/^\$\w+\s*:?=/.test(body)) {
      const assignment = /^\$(\w+)\s*:?=\s*(.*)$/s.exec(body);
      if (assignment) scope.vars.set(assignment[1] ?? '', bindingOf(assignment[2] ?? '', scope));
      return;
    }
    const stripped = stripStrings(body);
    const nindent = /\bnindent\s+(\d+)/.exec(stripped);
    const indent = nindent ? undefined : /\bindent\s+(\d+)/.exec(stripped);
    const include = /^(include|template)\s+("(?:[^"\\]|\\.)*")\s*(.*?)(?:\|.*)?$/s.exec(body.trim());
    const isBlock = BLOCK_FUNCTIONS.test(stripped);
    const values = valuesRefs(body, scope);
    if (!isBlock || (!nindent && !this.pendingIsBlank() && !/\btoYaml\b/.test(stripped))) {
      this.pending.push({ hole: true, loc, values });
      return;
    }
    let width = Number(nindent?.[1] ?? indent?.[1] ?? 0);
    let prefix = '';
    if (nindent) {
      if (!this.pendingIsBlank()) this.newLine();
    } else if (!this.pendingIsBlank()) {
      // `key: {{ toYaml .x | indent 2 }}`: the first printed line continues this one.
      this.pending.push({ hole: true, loc, values });
      this.newLine();
    } else {
      prefix = this.pendingText().slice(this.indent);
    }
    this.pending = [];
    width += this.indent;
    const block: LinePattern = { kind: 'block', minIndent: width, loc, ...(values[0] ? { values: values[0] } : {}) };
    const name = include ? stringArg(include[2] ?? '') : undefined;
    const helper = name !== undefined ? this.helpers.defines.get(name) : undefined;
    // A helper of another chart (a subchart committed under charts/, Bitnami's `common`) stays a block at the
    // include, as when that chart is a packaged .tgz: the finding belongs on the line of this chart that passes
    // its values in, not inside a shared helper that only reshapes them.
    const ownHelper = helper !== undefined && chartFolderOf(helper.template.file) === chartFolderOf(this.template.file);
    if (name !== undefined && helper && ownHelper && this.depth < MAX_INCLUDE_DEPTH && !this.stack.includes(name)) {
      const argScope: Scope = { dot: bindingOf(pipelineHead(include?.[3] ?? ''), scope), vars: new Map() };
      const expanded = this.sub(helper.template, helper.body, argScope, width, [...this.stack, name], prefix);
      this.out.push({ kind: 'alt', items: [expanded, block] });
    } else {
      this.out.push(block);
    }
    this.pending = [{ lit: ' '.repeat(this.indent) }];
  }
}

/**
 * The chart folder of a template's display path: up to `templates/` after the last `charts/<name>/` (subcharts), or
 * the first `templates/` (the chart itself).
 */
export function chartFolderOf(file: string): string {
  const subchart = /^(.*\/charts\/[^/]+)\/templates\//.exec(file);
  if (subchart) return itemAt(subchart, 1);
  const at = file.indexOf('/templates/');
  return at >= 0 ? file.slice(0, at) : file.startsWith('templates/') ? '' : file;
}

/** Nodes that print within one line: text without line breaks and actions that are not blocks or control. */
function isInline(nodes: readonly TNode[]): boolean {
  return nodes.every(
    (node) =>
      (node.type === 'text' && !node.text.includes('\n')) ||
      (node.type === 'expr' && !BLOCK_FUNCTIONS.test(stripStrings(node.body))),
  );
}

/** The argument of `include "x" ARG | …`: ARG up to the first top-level pipe. */
function pipelineHead(text: string): string {
  return splitArgs(text)[0] ?? '.';
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The line pattern of a whole template file; `---` lines are document separators. */
export function templatePattern(template: ParsedTemplate, helpers: HelperIndex): LinePattern {
  return new PatternBuilder(template, helpers, 0, 0, []).build(template.nodes, { dot: ROOT, vars: new Map() });
}
