/**
 * A fast path for manifests written as one JSON document (what `kubectl get … -o json` prints, often a
 * `List` of thousands of objects). JSON is a subset of YAML's flow style, so the general `yaml` package
 * reads it, but at a few MiB per second and with an AST that costs many times the input in memory.
 * Here the value comes from `JSON.parse`, and one linear scan over the text finds the same source
 * positions the general parser gives (collections span their brackets, scalars their token, a map entry
 * its key and value). The scan also checks what JSON and YAML could read differently: every number,
 * `true`, `false` and `null` must resolve to the same value as YAML 1.1 reads it, and keys must be unique
 * (JSON.parse keeps the last duplicate, YAML refuses them). Anything doubtful makes the caller use the
 * general parser for the text, so the answer is never a guess.
 */
import type { PosMap, PosNode, PosSeq } from './types.js';
import type { PlainScalarResolver } from './block-yaml.js';
import { UNSUPPORTED_CHARACTER } from './block-yaml.js';

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;

/**
 * YAML's flow style limits implicit keys to 1024 characters; longer JSON keys are left to the general
 * parser (which reports what it reports).
 */
const MAX_KEY_LENGTH = 1000;

/** Thrown (and caught right away) when the text is not one the fast path is sure about. */
class NotPlainJson extends Error {}
const NOT_PLAIN_JSON = new NotPlainJson();

/** Whether a text is worth trying as JSON: its first character other than white space opens a JSON object. */
export function looksLikeJsonObject(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 32 || code === 10) continue;
    return code === OPEN_BRACE;
  }
  return false;
}

/**
 * Reads a text that is exactly one JSON object: its value and the position index the general parser's
 * reading would give, or undefined when the fast path does not apply (not JSON, nesting deeper than
 * `maxDepth`, tabs or carriage returns, values JSON and YAML 1.1 read differently, duplicate keys).
 */
export function readJsonDocument(
  text: string,
  resolvePlain: PlainScalarResolver,
  maxDepth: number,
): { value: Record<string, unknown>; position: PosMap } | undefined {
  // JSON white space may be tabs and carriage returns, which YAML treats differently in places.
  if (UNSUPPORTED_CHARACTER.test(text) || text.includes('\r')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  try {
    const scanner = new JsonPositionScanner(text, resolvePlain, maxDepth);
    const position = scanner.document(value);
    return { value: value as Record<string, unknown>, position: position as PosMap };
  } catch (error) {
    if (error instanceof NotPlainJson || error instanceof RangeError) return undefined;
    throw error;
  }
}

/** Walks the text and the parsed value together, building positions and checking the value as it goes. */
class JsonPositionScanner {
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly resolvePlain: PlainScalarResolver,
    private readonly maxDepth: number,
  ) {}

  document(value: unknown): PosNode | undefined {
    this.skipSpace();
    const node = this.value(value, 1);
    this.skipSpace();
    if (this.at !== this.text.length) throw NOT_PLAIN_JSON;
    return node;
  }

  private skipSpace(): void {
    const text = this.text;
    let at = this.at;
    for (;;) {
      const code = text.charCodeAt(at);
      if (code !== 32 && code !== 10) break;
      at++;
    }
    this.at = at;
  }

  /** The node at the cursor, whose parsed value is `value`; leaves the cursor after it. */
  private value(value: unknown, depth: number): PosNode {
    const code = this.text.charCodeAt(this.at);
    if (code === OPEN_BRACE) return this.map(value as Record<string, unknown>, depth);
    if (code === OPEN_BRACKET) return this.sequence(value as unknown[], depth);
    const start = this.at;
    if (code === QUOTE) {
      this.at = this.stringEnd(start);
      return { kind: 'leaf', start, end: this.at };
    }
    // A number, true, false or null: runs to the next separator.
    let end = start;
    for (;;) {
      const next = this.text.charCodeAt(end);
      if (
        next === COMMA ||
        next === CLOSE_BRACE ||
        next === CLOSE_BRACKET ||
        next === 32 ||
        next === 10 ||
        Number.isNaN(next)
      )
        break;
      end++;
    }
    const resolved = this.resolvePlain(this.text.slice(start, end));
    if (!resolved || !Object.is(resolved.value, value)) throw NOT_PLAIN_JSON;
    this.at = end;
    return { kind: 'leaf', start, end };
  }

  /** The offset after the closing quote of the string that starts at `start`. */
  private stringEnd(start: number): number {
    let at = start + 1;
    for (;;) {
      const close = this.text.indexOf('"', at);
      if (close < 0) throw NOT_PLAIN_JSON;
      let backslashes = 0;
      while (this.text.charCodeAt(close - 1 - backslashes) === BACKSLASH) backslashes++;
      if (backslashes % 2 === 0) return close + 1;
      at = close + 1;
    }
  }

  private map(value: Record<string, unknown>, depth: number): PosMap {
    if (depth > this.maxDepth) throw NOT_PLAIN_JSON;
    const start = this.at;
    const ownKeys = Object.keys(value);
    const keys: string[] = [];
    const spans: number[] = [];
    const values: (PosNode | undefined)[] = [];
    this.at++;
    this.skipSpace();
    if (this.text.charCodeAt(this.at) !== CLOSE_BRACE) {
      for (;;) {
        const keyStart = this.at;
        if (this.text.charCodeAt(keyStart) !== QUOTE) throw NOT_PLAIN_JSON;
        const keyEnd = this.stringEnd(keyStart);
        if (keyEnd - keyStart > MAX_KEY_LENGTH) throw NOT_PLAIN_JSON;
        const key = this.keyText(keyStart, keyEnd, ownKeys[keys.length]);
        // JSON.parse makes `__proto__` an own key; how YAML's conversion treats it is not this path's business.
        if (key === '__proto__') throw NOT_PLAIN_JSON;
        this.at = keyEnd;
        this.skipSpace();
        if (this.text.charCodeAt(this.at) !== COLON) throw NOT_PLAIN_JSON;
        this.at++;
        this.skipSpace();
        const child = this.value(value[key], depth + 1);
        keys.push(key);
        spans.push(keyStart, child.end);
        values.push(child.kind === 'leaf' ? undefined : child);
        if (this.closes(CLOSE_BRACE)) break;
      }
    } else {
      this.at++;
    }
    // Fewer distinct keys than entries: a duplicate key, which YAML refuses.
    if (ownKeys.length !== keys.length) throw NOT_PLAIN_JSON;
    return { kind: 'map', start, end: this.at, keys, spans, values, merges: undefined };
  }

  /** After an entry or item: true past the closing bracket, false past a comma (and the space after it). */
  private closes(close: number): boolean {
    this.skipSpace();
    const separator = this.text.charCodeAt(this.at);
    this.at++;
    if (separator === close) return true;
    if (separator !== COMMA) throw NOT_PLAIN_JSON;
    this.skipSpace();
    return false;
  }

  /** A key's text; the parsed object's own key string when it is the same text (no copy), else decoded. */
  private keyText(start: number, end: number, candidate: string | undefined): string {
    if (candidate !== undefined && candidate.length === end - start - 2 && this.text.startsWith(candidate, start + 1)) {
      // Equal characters, and no escape among them (an escape's backslash would have to be in the key itself).
      if (!candidate.includes('\\')) return candidate;
    }
    return JSON.parse(this.text.slice(start, end)) as string;
  }

  private sequence(value: unknown[], depth: number): PosSeq {
    if (depth > this.maxDepth) throw NOT_PLAIN_JSON;
    const start = this.at;
    const items: PosNode[] = [];
    this.at++;
    this.skipSpace();
    if (this.text.charCodeAt(this.at) !== CLOSE_BRACKET) {
      for (;;) {
        items.push(this.value(value[items.length], depth + 1));
        if (this.closes(CLOSE_BRACKET)) break;
      }
    } else {
      this.at++;
    }
    if (items.length !== value.length) throw NOT_PLAIN_JSON;
    return { kind: 'seq', start, end: this.at, items };
  }
}
