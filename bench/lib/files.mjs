// Small helpers the corpus generators share: writing a tree of files, YAML text, a deterministic PRNG.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';

/** Writes `{ 'relative/path': text }` under `root`. */
export function writeTree(root, files) {
  for (const [relative, text] of Object.entries(files)) {
    const file = join(root, relative);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

/** YAML for one object or a multi-document stream (an array of objects). */
export function yaml(value) {
  if (
    Array.isArray(value) &&
    value.every((item) => item && typeof item === 'object' && !Array.isArray(item) && 'kind' in item)
  ) {
    return value.map((doc) => stringify(doc, { lineWidth: 0 })).join('---\n');
  }
  return stringify(value, { lineWidth: 0 });
}

/** mulberry32: the same seed gives the same corpus on every machine and every run. */
export function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pad = (n, width = 3) => String(n).padStart(width, '0');
