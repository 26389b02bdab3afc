/**
 * What the fast reader's differential tests share: real helm and kustomize renders, the repository's YAML
 * files, the seeded mutation rounds (split over two test files so they run side by side), and the comparison of
 * parseYamlValue with the yaml package's parse().
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readBlockYaml } from '../../src/manifests/block-yaml.js';
import { parseYamlValue, resolvePlainScalar } from '../../src/manifests/parse.js';
import { oncePerRun } from '../once-per-run.js';
import { createYamlMutator } from './mutate-yaml.js';
import { compareReaders } from './reader-equivalence.js';

export const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, '../..');
const helm = join(repo, 'node_modules/.bin/helm');

/** Whether the fast reader reads every document of the text (none is left to the general parser). */
export const readsFast = (text: string): boolean =>
  readBlockYaml(text, resolvePlainScalar, 200, 1000, (document) => 'value' in document);

export interface Render {
  /** The command that printed it. */
  readonly name: string;
  readonly text: string;
}

/**
 * Real renders: every fixture chart helm can render offline, every kustomize overlay, the bundled examples. Made
 * once per test run, side by side (see once-per-run.ts), for every test file that reads them.
 */
export async function realRenders(): Promise<Render[]> {
  const dir = await oncePerRun('real-renders', async (out) => {
    writeFileSync(join(out, 'renders.json'), JSON.stringify(await renderAll()));
  });
  return JSON.parse(readFileSync(join(dir, 'renders.json'), 'utf8')) as Render[];
}

async function renderAll(): Promise<Render[]> {
  const charts = join(here, '../fixtures/charts');
  const overlays = join(here, '../fixtures/kustomize/overlays');
  const commands = [
    ...[...readdirSync(charts).map((name) => join(charts, name)), join(repo, 'examples/charts/api')].map((chart) => ({
      name: `helm template ${chart}`,
      file: helm,
      args: ['template', 'release-name', chart],
      env: { ...process.env, HELM_PLUGINS: '/nonexistent' },
    })),
    ...[
      ...readdirSync(overlays).map((name) => join(overlays, name)),
      join(repo, 'examples/kustomize/overlays/production'),
    ].map((overlay) => ({
      name: `kubectl kustomize ${overlay}`,
      file: 'kubectl',
      args: ['kustomize', overlay],
      env: process.env,
    })),
  ];
  const renders = await Promise.all(
    commands.map(({ name, file, args, env }) =>
      promisify(execFile)(file, args, { encoding: 'utf8', env }).then(
        ({ stdout }) => ({ name, text: stdout }),
        // Fixture charts and overlays that fail on purpose (broken, remote dependency).
        () => undefined,
      ),
    ),
  );
  return renders.filter((render) => render !== undefined);
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
