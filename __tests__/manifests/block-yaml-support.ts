/**
 * What the fast block reader's differential tests share: real helm and kustomize renders, the repository's YAML
 * files, the seeded mutation rounds (split over two test files so they run side by side), and the comparison of
 * parseYamlValue with the yaml package's parse().
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readBlockYaml } from '../../src/manifests/block-yaml.js';
import { parseYamlValue, resolvePlainScalar } from '../../src/manifests/parse.js';
import { createYamlMutator } from './mutate-yaml.js';
import { compareReaders } from './reader-equivalence.js';

export const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, '../..');
const helm = join(repo, 'node_modules/.bin/helm');

/** Whether the fast reader reads every document of the text (none is left to the general parser). */
export const readsFast = (text: string): boolean =>
  readBlockYaml(text, resolvePlainScalar, 200, 1000, (document) => 'value' in document);

/** Real renders: every fixture chart helm can render offline, every kustomize overlay, the bundled examples. */
export function realRenders(): { name: string; text: string }[] {
  const renders: { name: string; text: string }[] = [];
  const charts = join(here, '../fixtures/charts');
  for (const chart of [...readdirSync(charts).map((name) => join(charts, name)), join(repo, 'examples/charts/api')]) {
    try {
      const text = execFileSync(helm, ['template', 'release-name', chart], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        env: { ...process.env, HELM_PLUGINS: '/nonexistent' },
      });
      renders.push({ name: `helm template ${chart}`, text });
    } catch {
      // Fixture charts that fail on purpose (broken, remote dependency).
    }
  }
  const overlays = [
    ...readdirSync(join(here, '../fixtures/kustomize/overlays')).map((name) =>
      join(here, '../fixtures/kustomize/overlays', name),
    ),
    join(repo, 'examples/kustomize/overlays/production'),
  ];
  for (const overlay of overlays) {
    try {
      const text = execFileSync('kubectl', ['kustomize', overlay], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      renders.push({ name: `kubectl kustomize ${overlay}`, text });
    } catch {
      // Overlays that fail on purpose.
    }
  }
  return renders;
}

export function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yamlFiles(path, out);
    else if (/\.(ya?ml|json)$/.test(name)) out.push(path);
  }
  return out;
}

/** Seeded mutations of real renders in all; each test file runs a share of them. */
export const MUTATION_ROUNDS = 1200;

/**
 * Rounds `from` to `to` (exclusive) of the seeded mutations of `renders`: both readers must agree on each text,
 * and parseYamlValue must agree with parse() on its last document. The mutations before `from` are made (and
 * skipped), so every share sees the same texts it would in one run.
 */
export function mutationRounds(renders: readonly { text: string }[], from: number, to: number): void {
  const { mutate, pick } = createYamlMutator(20261202);
  const bases = renders.map((render) => render.text).filter((text) => text.length < 40_000);
  for (let round = 0; round < from; round++) mutate(pick(bases));
  let fast = 0;
  for (let round = from; round < to; round++) {
    const text = mutate(pick(bases));
    if (readsFast(text)) fast++;
    const difference = compareReaders(text);
    if (difference) expect.fail(`readers differ on ${difference.what}:\n${text}`);
    // The single-document reader, on the last document alone.
    sameAsParse(text.slice(text.lastIndexOf('\n---') + 1).replace(/^---.*\n?/, ''));
  }
  // Both paths are exercised: many mutations stay within the subset, many leave it.
  const rounds = to - from;
  expect(fast).toBeGreaterThan(rounds / 6);
  expect(fast).toBeLessThan(rounds * 0.9);
}

/** parseYamlValue must behave exactly like the yaml package's parse(): the same value, or an error for an error. */
export function sameAsParse(text: string): void {
  let expected: { value: unknown } | { error: true };
  try {
    expected = { value: parseYaml(text, { maxAliasCount: 100, logLevel: 'error' }) };
  } catch {
    expected = { error: true };
  }
  let actual: { value: unknown } | { error: true };
  try {
    actual = { value: parseYamlValue(text, 100) };
  } catch {
    actual = { error: true };
  }
  expect(JSON.stringify(actual), text).toBe(JSON.stringify(expected));
}
