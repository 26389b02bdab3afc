import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Forward slashes, whatever the platform. */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/**
 * The display form of a path the user typed: forward slashes, no trailing slash, but otherwise exactly what was
 * written (`./x` stays `./x`), so output paths read like the command line.
 */
export function normalizeGiven(given: string): string {
  let path = given.replace(/\\/g, '/');
  while (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

/** Joins a typed prefix and a forward-slash path inside it; `.` as prefix adds nothing. */
export function joinDisplay(prefix: string, inside: string): string {
  if (inside === '') return prefix;
  if (prefix === '.' || prefix === '') return inside;
  if (prefix.endsWith('/')) return prefix + inside;
  return `${prefix}/${inside}`;
}

/** A scanned path as the user typed it and where it is. */
export interface ScanRoot {
  /** As typed, normalised by `normalizeGiven`. */
  readonly given: string;
  readonly absolute: string;
  /** The root with symlinks resolved (may equal `absolute`). */
  readonly real: string;
}

/** True when `child` is `parent` or below it. */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Builds the function that turns an absolute path into the path shown to users: inside a scanned root, the root as
 * typed plus the path below it; elsewhere, relative to the working directory; always forward slashes.
 */
export function createDisplayPath(cwd: string, roots: readonly ScanRoot[]): (absolute: string) => string {
  const candidates = roots
    .flatMap((root) => [
      { base: root.absolute, given: root.given },
      { base: root.real, given: root.given },
    ])
    // The deepest root wins when scanned paths nest.
    .sort((a, b) => b.base.length - a.base.length);
  return (absolute: string): string => {
    const target = resolve(absolute);
    for (const candidate of candidates) {
      if (isInside(candidate.base, target))
        return joinDisplay(candidate.given, toPosix(relative(candidate.base, target)));
    }
    const rel = toPosix(relative(cwd, target));
    return rel === '' ? '.' : rel;
  };
}

/**
 * A path that is safe as one argv entry for tools that parse options: a path starting with `-` would be read as
 * a flag, so it gets a `./` in front. Paths are still always passed as separate array entries, never via a shell.
 */
export function argvPath(path: string): string {
  return path.startsWith('-') ? `./${path}` : path;
}

/** 32-bit FNV-1a over the UTF-8 bytes. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * The 1-based shard (of `total`) a target belongs to, from a stable hash of its display path: the same target lands
 * in the same matrix job on every run and machine, and every target lands in exactly one.
 */
export function assignShard(targetPath: string, total: number): number {
  if (!Number.isInteger(total) || total < 1)
    throw new RangeError(`shard total must be a positive integer, got ${String(total)}`);
  return (fnv1a(targetPath) % total) + 1;
}
