/**
 * Two-space indented JSON text of list elements that are alike but for a few fields, made from templates. A report of
 * ten thousand workloads has tens of thousands of problems whose JSON differs only in an id, a place, an object name
 * and fingerprints; all the rest (check, title, field, the policies' upstream words, fix, targets) is the same text
 * again and again, which JSON.stringify would write out, character by character, for every one of them, after a
 * JSON object had been made for each.
 *
 * Here the first element of a kind is converted and stringified by JSON.stringify itself, with a placeholder in each
 * of its *varying* fields, and the text is cut at the placeholders: a template. An element that is alike to the
 * template's (its JSON would be the same but for the varying fields) is then written as the template's text with its
 * own varying values between the pieces, without being converted. Whatever is not alike, or cannot be cut cleanly, is
 * converted and stringified as it is. Pure.
 */
import { needsJsonEscape } from '../util/json-string.js';

/**
 * Which fields of a JSON value vary from element to element: `true` for a field holding a string or a number, a
 * nested description for an object field, and `[description]` for every element of an array field.
 */
export interface VaryingFields {
  readonly [key: string]: true | VaryingFields | readonly [VaryingFields];
}

/** How the elements of a list share templates (see the module comment). */
export interface ElementTemplates<T> {
  /** The fields of an element's JSON value that vary. */
  readonly varying: VaryingFields;
  /** Elements of one key are tried against the templates of that key only (a few, the most recently used first). */
  readonly keyOf: (item: T) => string;
  /** Whether the JSON values of `a` and `b` are alike but for their varying fields (the same keys, in one order). */
  readonly alike: (a: T, b: T) => boolean;
  /** Adds the values of `item`'s varying fields to `values`, in the order its JSON text has them. */
  readonly varyingValues: (item: T, values: (string | number)[]) => void;
}

/** One element's text at `JSON.stringify(…, null, 2)` list-element depth, cut at its varying values. */
interface Template<T> {
  /** The element the template was made from. */
  readonly item: T;
  /**
   * The text before, between and after the varying values: one more than there are of those. A string value's quotes
   * are in the pieces around it.
   */
  readonly pieces: readonly string[];
  /** What each varying value was when the template was made: an element's must be the same to be written from it. */
  readonly kinds: readonly VaryingKind[];
}

type VaryingKind = 'string' | 'number';

/**
 * The start of the placeholders of a template's varying values. An element whose own text has it anywhere else (a
 * string of its own that holds it) is not cut at all: every placeholder must be found in order, and none left over.
 */
const PLACEHOLDER = '\u0000podsec-template-';

/** Templates kept per key. */
const TEMPLATES_PER_KEY = 8;

/** The text JSON.stringify writes for an element of a list that is a field of a top-level object, and around it. */
const LIST_HEAD = '{\n  "k": [\n';
const LIST_TAIL = '\n  ]\n}';

/** `JSON.stringify(value, null, 2)` of a list element in a top-level field: indented as it stands there. */
export function listElementText(value: unknown): string {
  const text = JSON.stringify({ k: [value] }, null, 2);
  return text.slice(LIST_HEAD.length, text.length - LIST_TAIL.length);
}

function varyingText(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? `${value}` : 'null';
  return needsJsonEscape(value) ? JSON.stringify(value).slice(1, -1) : value;
}

/**
 * A writer of list elements' text through templates: for each element, the text {@link listElementText} gives for
 * `toJson(item)`, pushed to `out` in pieces. One per list: it keeps its templates.
 */
export function templatedElements<T, J>(
  toJson: (item: T) => J,
  templates: ElementTemplates<T>,
): (item: T, out: string[]) => void {
  const byKey = new Map<string, Template<T>[]>();
  // Cleared should an element's varying values not be what its JSON has: every element is then stringified.
  let usable = true;
  return (item, out) => {
    const key = templates.keyOf(item);
    let tried = byKey.get(key);
    if (tried === undefined) {
      tried = [];
      byKey.set(key, tried);
    }
    for (let index = 0; index < tried.length && usable; index++) {
      const template = tried[index] as Template<T>;
      if (!templates.alike(template.item, item)) continue;
      // The most recently used first, moved there in place.
      for (let at = index; at > 0; at--) tried[at] = tried[at - 1] as Template<T>;
      tried[0] = template;
      // A list of its own for each element: emptying one list again for each took longer than making a new one.
      const values: (string | number)[] = [];
      templates.varyingValues(item, values);
      if (writeTemplate(template, values, out)) return;
      break;
    }
    const json = toJson(item);
    const made = usable ? templateOf(item, json, templates.varying) : undefined;
    if (made === undefined) {
      out.push(listElementText(json));
      return;
    }
    // The element's own varying values must be those its JSON has, one for one and in order.
    const values: (string | number)[] = [];
    templates.varyingValues(item, values);
    const inJson: (string | number)[] = [];
    varyingValuesOf(json, templates.varying, inJson);
    if (!templates.alike(item, item) || !sameValues(values, inJson)) {
      usable = false;
      out.push(listElementText(json));
      return;
    }
    if (!writeTemplate(made, values, out)) {
      out.push(listElementText(json));
      return;
    }
    tried.unshift(made);
    if (tried.length > TEMPLATES_PER_KEY) tried.pop();
  };
}

/**
 * Pushes the element's text: the template's pieces with `values` between them. False, with nothing pushed, when a
 * value is not of its kind in the template (JSON would leave out an undefined field, and write another number or string
 * differently).
 */
function writeTemplate<T>(template: Template<T>, values: readonly unknown[], out: string[]): boolean {
  const { pieces, kinds } = template;
  if (values.length !== kinds.length) return false;
  const start = out.length;
  out.push(pieces[0] as string);
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (typeof value !== kinds[index]) {
      out.length = start;
      return false;
    }
    out.push(varyingText(value as string | number), pieces[index + 1] as string);
  }
  return true;
}

function isVaryingValue(value: unknown): value is string | number {
  return typeof value === 'string' || typeof value === 'number';
}

function sameValues(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** The values of `value`'s varying fields (strings or numbers; anything else is left out), in the order of its text. */
function varyingValuesOf(value: unknown, varying: VaryingFields, values: (string | number)[]): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    const each = (varying as unknown as readonly [VaryingFields])[0];
    for (const element of value) varyingValuesOf(element, each, values);
    return;
  }
  const object = value as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(object)) {
    const field = varying[key];
    const fieldValue = object[key];
    if (field === undefined) continue;
    if (field !== true) varyingValuesOf(fieldValue, field as VaryingFields, values);
    else if (isVaryingValue(fieldValue)) values.push(fieldValue);
  }
}

/**
 * The template of `item`, whose JSON value is `value`: its text stringified with a numbered placeholder in each varying
 * field, and cut there. Undefined when a varying field holds something else than a string or a number (JSON would
 * leave out an undefined one), or a placeholder is not found, in order.
 */
function templateOf<T>(item: T, value: unknown, varying: VaryingFields): Template<T> | undefined {
  const kinds: VaryingKind[] = [];
  let usable = true;
  const withPlaceholders = (model: unknown, fields: VaryingFields): unknown => {
    if (typeof model !== 'object' || model === null) return model;
    if (Array.isArray(model)) {
      const each = (fields as unknown as readonly [VaryingFields])[0];
      return model.map((element: unknown) => withPlaceholders(element, each));
    }
    if (Object.getPrototypeOf(model) !== Object.prototype || 'toJSON' in model) {
      usable = false;
      return model;
    }
    const object = model as Readonly<Record<string, unknown>>;
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(object)) {
      const field = fields[key];
      const fieldValue = object[key];
      if (field === undefined) copy[key] = fieldValue;
      else if (field !== true) copy[key] = withPlaceholders(fieldValue, field as VaryingFields);
      else if (isVaryingValue(fieldValue)) {
        copy[key] = `${PLACEHOLDER}${kinds.length}`;
        kinds.push(typeof fieldValue === 'string' ? 'string' : 'number');
      } else usable = false;
    }
    return copy;
  };
  const text = listElementText(withPlaceholders(value, varying));
  if (!usable) return undefined;
  const pieces: string[] = [];
  let from = 0;
  for (let index = 0; index < kinds.length; index++) {
    // Quotes included: the mark of placeholder 1 is not in that of placeholder 12.
    const mark = JSON.stringify(`${PLACEHOLDER}${index}`);
    const at = text.indexOf(mark, from);
    if (at < 0) return undefined;
    // A string's quotes stay in the pieces around it; a number's placeholder goes whole.
    const quote = kinds[index] === 'string' ? 1 : 0;
    pieces.push(text.slice(from, at + quote));
    from = at + mark.length - quote;
  }
  pieces.push(text.slice(from));
  // A string of the element's own that holds a placeholder would be cut at the wrong place.
  const escaped = JSON.stringify(PLACEHOLDER).slice(1, -1);
  return pieces.some((piece) => piece.includes(escaped)) ? undefined : { item, pieces, kinds };
}
