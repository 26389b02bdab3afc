/**
 * Reading a chart's templates for the fix engine: when a field is missing from a rendered block, what in the
 * template would print its key. A key printed only under `{{- with .Values.x }}` / `{{- if .Values.x }}` with
 * `toYaml` of that value gets its fix in the values file; a key nothing prints may be added as template lines;
 * a key an `include` or `toYaml` block may print is left alone (a second one would clash). Pure: texts in.
 *
 * Line-based on purpose: fixes are line edits, and the charts people write keep one action per line around
 * their `securityContext` blocks. What cannot be read with certainty is reported, never guessed.
 */
import type { FieldPath } from '../policy/types.js';
import { itemAt } from '../util/item-at.js';
import { keptByText } from '../util/kept-by-text.js';

/** What prints a key that a rendered block lacks. */
export type KeySource =
  /** The key's value is the values key `path` (in the chart whose templates print it). */
  | { readonly kind: 'values'; readonly path: readonly string[]; readonly templateFile: string; readonly line: number }
  /** Something may print the key, or prints it only under a condition that is not the value itself. */
  | { readonly kind: 'blocked'; readonly reason: string }
  /** Nothing in the block prints the key: literal lines can add it. */
  | { readonly kind: 'none' };

/** An action `{{ … }}` of a template: its body (without delimiters and trim marks) and 1-based line. */
interface Action {
  readonly body: string;
  readonly line: number;
  readonly offset: number;
}

/**
 * The actions of a template text. Placing a scan's changes reads the same templates and helpers again for each
 * change (every include site of a helper, for each key looked for), so the actions of the texts last read are kept.
 */
const actionsOf: (text: string) => readonly Action[] = keptByText(64, readActions);

function readActions(text: string): Action[] {
  const out: Action[] = [];
  let line = 1;
  let counted = 0;
  for (const match of text.matchAll(/\{\{-?([\s\S]*?)-?\}\}/g)) {
    const offset = match.index;
    for (let i = counted; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
    counted = offset;
    out.push({ body: (match[1] ?? '').trim(), line, offset });
  }
  return out;
}

/** A line's text with its actions removed: what it prints literally. */
function literalPart(line: string): string {
  return line.replace(/\{\{-?[\s\S]*?-?\}\}/g, '');
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** What `.` (or a named value) stands for: the chart's root, a values key, or something podsec cannot follow. */
type Binding =
  | { readonly kind: 'root' }
  | { readonly kind: 'values'; readonly path: readonly string[] }
  | { readonly kind: 'unknown' };
const UNKNOWN: Binding = { kind: 'unknown' };

/** `.Values.a.b`, `$.Values.a`, `.a` (from `dot`), `.`, `$`; anything else (pipelines, functions) is unknown. */
function resolve(expr: string, dot: Binding): Binding {
  const text = expr
    .trim()
    .replace(/^\((.*)\)$/s, '$1')
    .trim();
  const match = /^(\$)?((?:\.[A-Za-z_][\w]*)*)$/.exec(text);
  if (!match || (text === '' && match[1] === undefined)) return text === '.' ? dot : UNKNOWN;
  let current: Binding = match[1] === '$' ? { kind: 'root' } : dot;
  for (const field of (match[2] ?? '').split('.').filter((part) => part !== '')) {
    if (current.kind === 'root') current = field === 'Values' ? { kind: 'values', path: [] } : UNKNOWN;
    else if (current.kind === 'values') current = { kind: 'values', path: [...current.path, field] };
    else return UNKNOWN;
  }
  return current;
}

interface Frame {
  readonly keyword: 'if' | 'with' | 'range' | 'define' | 'block';
  readonly expr: string;
  readonly line: number;
  /** `.` inside the frame's body (the branch taken when the condition holds). */
  readonly dot: Binding;
  /** Past `{{ else }}`: the body no longer depends on the frame's condition holding. */
  readonly inElse: boolean;
}

/** The control frames open at `line` (outermost first), reading the actions from `from` (0-based offset). */
function framesAt(actions: readonly Action[], line: number, start: Binding): Frame[] {
  const stack: Frame[] = [];
  const dot = (): Binding => stack[stack.length - 1]?.dot ?? start;
  for (const action of actions) {
    if (action.line >= line) break;
    const keyword = /^(if|with|range|define|block|else|end)\b/.exec(action.body)?.[1] as
      Frame['keyword'] | 'else' | 'end' | undefined;
    if (keyword === undefined) continue;
    const rest = action.body.slice(keyword.length).trim();
    if (keyword === 'end') stack.pop();
    else if (keyword === 'else') {
      const top = stack.pop();
      if (!top) continue;
      const outer = stack[stack.length - 1]?.dot ?? start;
      const chained = /^(if|with)\b/.exec(rest);
      const expr = chained ? rest.slice(chained[0].length).trim() : '';
      stack.push({
        keyword: top.keyword,
        expr: chained ? expr : top.expr,
        line: action.line,
        dot: chained?.[1] === 'with' ? resolve(expr, outer) : outer,
        inElse: !chained,
      });
    } else if (keyword === 'define' || keyword === 'block')
      stack.push({ keyword, expr: rest, line: action.line, dot: UNKNOWN, inElse: false });
    else if (keyword === 'with')
      stack.push({ keyword, expr: rest, line: action.line, dot: resolve(rest, dot()), inElse: false });
    else if (keyword === 'range') {
      const list = resolve(rest.replace(/^\$\w+\s*(,\s*\$\w+\s*)?:=/, ''), dot());
      stack.push({
        keyword,
        expr: rest,
        line: action.line,
        dot: list.kind === 'values' ? { kind: 'values', path: [...list.path, '*'] } : UNKNOWN,
        inElse: false,
      });
    } else stack.push({ keyword, expr: rest, line: action.line, dot: dot(), inElse: false });
  }
  return stack;
}

/** A template file's block under one line: its lines and the indentation its keys sit at. */
interface Block {
  readonly file: string;
  readonly lines: readonly string[];
  /** 1-based lines of the block's body (after the parent line). */
  readonly from: number;
  readonly to: number;
  readonly childIndent: number;
  /** Where the scope that `.` is read in starts (1 for a template, a helper's first body line), and `.` there. */
  readonly scopeFrom: number;
  readonly start: Binding;
}

/** The lines under `line` that belong to it: up to the first literal line indented no deeper than its keys' parent. */
function blockUnder(file: string, lines: readonly string[], line: number): Block | undefined {
  const parent = (lines[line - 1] ?? '').replace(/\r$/, '');
  const literal = literalPart(parent);
  if (literal.trim() === '') return undefined;
  const item = /^(\s*)-\s+/.exec(literal);
  // `- name: x` (a list item): its keys sit after the dash; `key:` (a mapping): its keys sit deeper.
  const limit = item ? (item[1] ?? '').length : indentOf(literal);
  let to = line;
  let childIndent: number | undefined = item ? (item[0] ?? '').length : undefined;
  for (let n = line + 1; n <= lines.length; n++) {
    const text = literalPart((lines[n - 1] ?? '').replace(/\r$/, ''));
    if (text.trim() === '') {
      to = n;
      continue;
    }
    if (indentOf(text) <= limit) break;
    childIndent ??= indentOf(text);
    to = n;
  }
  return {
    file,
    lines,
    from: line + 1,
    to,
    childIndent: childIndent ?? limit + 2,
    scopeFrom: 1,
    start: { kind: 'root' },
  };
}

export interface TemplateFiles {
  read(file: string): string | undefined;
  /** The chart's own template files (not those of dependencies), for finding helpers. */
  readonly templates: readonly string[];
}

const MAX_DEPTH = 4;

/**
 * What prints `key` in the block under `line` of `file` (a rendered parent of a missing field). Helpers of the
 * chart's own templates are followed through `include`.
 */
export function keySource(files: TemplateFiles, file: string, line: number, key: string): KeySource {
  const text = files.read(file);
  if (text === undefined) return { kind: 'blocked', reason: `${file} cannot be read` };
  const lines = text.split('\n');
  const block = blockUnder(file, lines, line);
  if (!block) return { kind: 'blocked', reason: `${file}:${line} is printed by a template action; edit it by hand` };
  // Inside a helper, `.` is what its includes pass: known when they all pass the same thing.
  const define = framesAt(actionsOf(text), line, { kind: 'root' }).find((frame) => frame.keyword === 'define');
  if (define)
    return searchBlock(
      files,
      { ...block, scopeFrom: define.line + 1, start: helperDot(files, /^"([^"]+)"/.exec(define.expr)?.[1] ?? '') },
      key,
      text,
      0,
    );
  return searchBlock(files, block, key, text, 0);
}

/** `.` inside a helper: what every include of it passes (the chart's root for `include "x" .`), else unknown. */
function helperDot(files: TemplateFiles, name: string): Binding {
  const bindings = helperSites(files, name).map((site) => {
    const at = site.lastIndexOf(':');
    const file = site.slice(0, at);
    const line = Number(site.slice(at + 1));
    const actions = actionsOf(files.read(file) ?? '');
    const call = actions.find(
      (action) =>
        action.line === line && new RegExp(`^(?:include|template)\\s+"${escapeRegex(name)}"`).test(action.body),
    );
    const argument =
      call === undefined ? '' : (/^(?:include|template)\s+"[^"]+"\s+([^|]*)/.exec(call.body)?.[1]?.trim() ?? '');
    const frames = framesAt(actions, line, { kind: 'root' });
    // An include inside another helper passes that helper's own `.`: not followed.
    if (frames.some((frame) => frame.keyword === 'define')) return UNKNOWN;
    return resolve(argument, frames[frames.length - 1]?.dot ?? { kind: 'root' });
  });
  const first = bindings[0];
  if (first === undefined || bindings.some((binding) => JSON.stringify(binding) !== JSON.stringify(first)))
    return UNKNOWN;
  return first;
}

function searchBlock(files: TemplateFiles, block: Block, key: string, text: string, depth: number): KeySource {
  const keyLine = new RegExp(`^\\s*(?:-\\s+)?${key}:(\\s|$)`);
  // A key line whose value is still to come (`tolerations:`): a block printed next is that value, not a sibling.
  let valuePending = false;
  for (let n = block.from; n <= block.to; n++) {
    const raw = (block.lines[n - 1] ?? '').replace(/\r$/, '');
    const literal = literalPart(raw);
    if (literal.trim() !== '') {
      if (indentOf(literal) === block.childIndent && keyLine.test(literal)) return guardedKey(block, text, n, key);
      valuePending = /:\s*(#.*)?$/.test(literal) && !/^\s*#/.test(literal);
      continue;
    }
    // An action-only line: a block printed at the keys' indentation may print the key.
    const body = /\{\{-?([\s\S]*?)-?\}\}/.exec(raw)?.[1]?.trim() ?? '';
    const nindent = /\|\s*nindent\s+(\d+)/.exec(body);
    const indent = /\|\s*indent\s+(\d+)/.exec(body);
    const printsBlock = /\b(toYaml|include|template|tpl)\b/.test(body);
    if (!printsBlock) continue;
    if (valuePending) {
      valuePending = false;
      continue;
    }
    const at = nindent ? Number(nindent[1]) : indentOf(raw) + Number(indent?.[1] ?? 0);
    if (at !== block.childIndent) continue;
    const helper = /^(?:include|template)\s+"([^"]+)"/.exec(body)?.[1];
    const found = helper === undefined || depth >= MAX_DEPTH ? undefined : findHelper(files, helper);
    if (!found)
      return {
        kind: 'blocked',
        reason: `\`{{ ${body} }}\` at ${block.file}:${n} may print ${key}; podsec does not add a second one`,
      };
    // `.` in the helper is what the include passes, read where the include is.
    const argument = /^(?:include|template)\s+"[^"]+"\s+([^|]*)/.exec(body)?.[1]?.trim() ?? '';
    const siteFrames = framesAt(
      actionsOf(text).filter((action) => action.line >= block.scopeFrom),
      n,
      block.start,
    );
    const start = resolve(argument, siteFrames[siteFrames.length - 1]?.dot ?? block.start);
    const inner = searchBlock(
      files,
      {
        file: found.file,
        lines: found.lines,
        from: found.from,
        to: found.to,
        childIndent: 0,
        scopeFrom: found.from,
        start,
      },
      key,
      found.text,
      depth + 1,
    );
    if (inner.kind !== 'none') return inner;
  }
  return { kind: 'none' };
}

/** A helper's body in the chart's own templates: the lines between its `define` and the matching `end`. */
function findHelper(
  files: TemplateFiles,
  name: string,
): { file: string; text: string; lines: string[]; from: number; to: number } | undefined {
  for (const file of files.templates) {
    const text = files.read(file);
    if (text === undefined || !text.includes(name)) continue;
    const actions = actionsOf(text);
    const start = actions.findIndex((action) => new RegExp(`^define\\s+"${escapeRegex(name)}"`).test(action.body));
    if (start < 0) continue;
    let open = 0;
    for (const action of actions.slice(start)) {
      const keyword = /^(if|with|range|define|block|end)\b/.exec(action.body)?.[1];
      if (keyword === undefined) continue;
      if (keyword === 'end') open--;
      else open++;
      if (open === 0)
        return { file, text, lines: text.split('\n'), from: itemAt(actions, start).line + 1, to: action.line - 1 };
    }
  }
  return undefined;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The key at `line` was not printed: it sits under a condition. A `with`/`if` on a values key whose `toYaml`
 * is the key's value means the fix goes to that values key.
 */
function guardedKey(block: Block, text: string, line: number, key: string): KeySource {
  const actions = actionsOf(text).filter((action) => action.line >= block.scopeFrom);
  const frames = framesAt(actions, line, block.start);
  const inner = frames[frames.length - 1];
  const where = `${block.file}:${line}`;
  if (!inner || inner.keyword === 'define' || inner.keyword === 'block')
    return {
      kind: 'blocked',
      reason: `${key} at ${where} is written in the template but was not printed; edit it by hand`,
    };
  if (inner.keyword === 'range' || inner.inElse)
    return {
      kind: 'blocked',
      reason: `${key} at ${where} is printed under \`{{ ${inner.keyword} ${inner.expr} }}\`; edit it by hand`,
    };
  const outer = frames[frames.length - 2]?.dot ?? block.start;
  const condition = resolve(inner.expr, outer);
  const printed = printedValue(actions, line, inner.dot);
  if (
    condition.kind !== 'values' ||
    printed?.kind !== 'values' ||
    condition.path.join('.') !== printed.path.join('.') ||
    condition.path.includes('*')
  ) {
    return {
      kind: 'blocked',
      reason: `${key} at ${where} is printed only when \`{{ ${inner.keyword} ${inner.expr} }}\` holds; edit it by hand`,
    };
  }
  return { kind: 'values', path: condition.path, templateFile: block.file, line };
}

/** The values key the key line's value is printed from: `toYaml X` on the key line or an action line just after it. */
function printedValue(actions: readonly Action[], line: number, dot: Binding): Binding | undefined {
  for (const action of actions.filter((candidate) => candidate.line >= line && candidate.line <= line + 2)) {
    const toYaml = /^toYaml\s+(\S+)|^(\S+)\s*\|\s*toYaml\b/.exec(action.body);
    if (toYaml) return resolve(toYaml[1] ?? toYaml[2] ?? '', dot);
  }
  return undefined;
}

/** The values path a missing field goes to: the key's values path, then the rest of the field path after the key. */
export function valuesFieldPath(source: Extract<KeySource, { kind: 'values' }>, rest: FieldPath): FieldPath {
  return [...source.path, ...rest.slice(1)];
}

/**
 * A template file of a subchart committed under `charts/`: the chain of subchart folder names from the chart
 * being scanned (`charts/a/charts/b/templates/x.yaml` → `['a', 'b']`); empty for the chart's own files.
 */
export function subchartChain(chartFolder: string, file: string): string[] {
  const prefix = chartFolder === '' || chartFolder === '.' ? '' : `${chartFolder}/`;
  if (!file.startsWith(prefix)) return [];
  const chain: string[] = [];
  const parts = file.slice(prefix.length).split('/');
  for (let i = 0; i + 1 < parts.length && parts[i] === 'charts'; i += 2) chain.push(itemAt(parts, i + 1));
  return chain;
}

/** A helper of the chart's own templates that prints the body under a key line, and where it is included. */
export interface HelperBody {
  readonly name: string;
  readonly file: string;
  /** The `define` line: new lines go right below it. */
  readonly defineLine: number;
  /** Indentation of the body's keys (0 in most helpers). */
  readonly indent: number;
  /** The include at the key line: `file:line`. */
  readonly site: string;
}

/**
 * The own helper an `include "name" … | nindent N` prints under the key at `line` (at the keys' indentation),
 * when the key's body is that include and nothing else prints keys there.
 */
export function helperUnderKey(files: TemplateFiles, file: string, line: number): HelperBody | undefined {
  const text = files.read(file);
  if (text === undefined) return undefined;
  const lines = text.split('\n');
  const block = blockUnder(file, lines, line);
  if (!block) return undefined;
  let found: HelperBody | undefined;
  for (let n = block.from; n <= block.to; n++) {
    const raw = (lines[n - 1] ?? '').replace(/\r$/, '');
    if (literalPart(raw).trim() !== '') return undefined;
    const body = /\{\{-?([\s\S]*?)-?\}\}/.exec(raw)?.[1]?.trim() ?? '';
    const name = /^(?:include|template)\s+"([^"]+)"/.exec(body)?.[1];
    if (name === undefined) continue;
    if (found) return undefined;
    const helper = findHelper(files, name);
    if (!helper) return undefined;
    const first = helper.lines
      .slice(helper.from - 1, helper.to)
      .find((candidate) => literalPart(candidate).trim() !== '');
    found = {
      name,
      file: helper.file,
      defineLine: helper.from - 1,
      indent: first === undefined ? 0 : indentOf(literalPart(first)),
      site: `${file}:${n}`,
    };
  }
  return found;
}

/** Every `include`/`template` of a helper in the given files: `file:line`. */
export function helperSites(files: TemplateFiles, name: string): string[] {
  const sites: string[] = [];
  const pattern = new RegExp(`\\b(?:include|template)\\s+"${escapeRegex(name)}"`);
  for (const file of files.templates) {
    const text = files.read(file);
    if (text === undefined || !text.includes(name)) continue;
    for (const action of actionsOf(text)) if (pattern.test(action.body)) sites.push(`${file}:${action.line}`);
  }
  return sites;
}
