import type { FieldPath } from '../policy/types.js';

/** A place in a file of the scanned repository: repo-relative (or as given), forward slashes, 1-based. */
export interface RepoLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** Why this place matters, for related locations (e.g. `value set in values.yaml`). */
  readonly message?: string;
  /**
   * For a Helm values file line: the key the field's value comes from, in that file (`['primary',
   * 'containerSecurityContext', 'runAsNonRoot']`), whether or not the file sets it yet. Lets a fix set it there.
   */
  readonly valuesKey?: readonly (string | number)[];
}

/** Where a field of an object is in the repository. */
export interface LocatedField {
  /** Where the fix goes: the field itself, else its nearest existing parent, else the object. */
  readonly primary: RepoLocation;
  /** Further places that contribute (values file line, kustomize patch, base resource). */
  readonly related: readonly RepoLocation[];
  /** True when `primary` is the field itself rather than a parent. */
  readonly exact: boolean;
}

/** A Kubernetes object read from a manifest or a render, with a way back to its source lines. */
export interface KubeObject {
  readonly value: Record<string, unknown>;
  /** Display path of the file the object was read from (for renders: the template or resource file). */
  readonly file: string;
  /** 0-based index of the YAML document within the file or render output. */
  readonly documentIndex: number;
  /** 0-based index within the `items` of a `List` (or `*List`) document, when the object came from one. */
  readonly itemIndex?: number;
  /**
   * Where an object-relative path (e.g. `['spec','template','spec','containers',0]`) is in the text the
   * object was parsed from: the field, else its nearest existing parent (`exact: false`).
   */
  position(path: FieldPath): TextSpan;
  /** Locates an object-relative path in the repository (for renders: mapped back to templates/patches). */
  locate(path: FieldPath): LocatedField;
}

/** A range in the parsed text, 1-based lines and columns. */
export interface TextSpan {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** True when the span is the requested field itself, false when it is a parent. */
  readonly exact: boolean;
  /** The path that was actually found (the requested one, or the nearest existing parent). */
  readonly foundPath: FieldPath;
}

/** A file that could not be read as Kubernetes YAML/JSON, or a problem with one object. */
export interface InputError {
  readonly file: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

/** The result of parsing one file or one render output. */
export interface ParsedManifests {
  readonly objects: KubeObject[];
  readonly errors: InputError[];
}

/*
 * Position index, shared by the two YAML readers (parse.ts, block-yaml.ts; objects read from JSON find their
 * positions only when asked, see json-positions.ts). A yaml AST costs several hundred bytes per line (a node,
 * a pair, a range array per scalar). Each object keeps instead the
 * few facts its position lookups read: every map entry's key and span, sequence items' spans, what aliases
 * point at. Built once, right after the document is read, so the document and its AST can be collected.
 * Offsets are stored with trailing line breaks already trimmed from span ends (see `trimmedEnd` in
 * block-yaml.ts).
 */
export type PosNode = PosMap | PosSeq | PosAlias | PosLeaf;

export interface PosMap {
  readonly kind: 'map';
  readonly start: number;
  readonly end: number;
  /** Per entry: `String(key.value)` for scalar keys that are not merge keys (`<<`), else undefined. */
  readonly keys: readonly (string | undefined)[];
  /**
   * Per entry, the span a lookup reports (key through inline value; see `pairRange` in parse.ts) as start and trimmed end (`spans[2i]`, `spans[2i + 1]`); start -1 when the
   * entry has no range. One small array per map instead of one object per entry.
   */
  readonly spans: number[];
  /** Per entry, what the value reduces to (scalars reduce to nothing: no lookup continues below them). */
  readonly values: readonly (PosNode | undefined)[];
  /** Indexes of merge-key entries, in order; usually none. */
  merges: readonly number[] | undefined;
}

export interface PosSeq {
  readonly kind: 'seq';
  readonly start: number;
  readonly end: number;
  /** Items with their range (start, trimmed end); undefined for items without one. */
  readonly items: readonly (PosNode | undefined)[];
}

export interface PosAlias {
  readonly kind: 'alias';
  readonly start: number;
  readonly end: number;
  /** What the alias resolves to in its document (one hop); nothing for a scalar. */
  target: PosNode | undefined;
}

export interface PosLeaf {
  readonly kind: 'leaf';
  readonly start: number;
  readonly end: number;
}
