import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseValuesText, walkValues } from '../../../src/render/helm/helm-source-map.js';
import type { ValuesPath } from '../../../src/render/helm/helm-template-pattern.js';
import { createYamlMutator } from '../../manifests/mutate-yaml.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');

function valuesFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) valuesFiles(path, out);
    else if (/values\.ya?ml$/.test(name)) out.push(path);
  }
  return out;
}

function paths(value: unknown, prefix: (string | number)[], out: ValuesPath[]): void {
  out.push(prefix, [...prefix, 'podsec-missing'], [...prefix, '*']);
  if (Array.isArray(value)) {
    out.push([...prefix, value.length]);
    value.forEach((item, index) => paths(item, [...prefix, index], out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) paths(item, [...prefix, key], out);
  }
}

/** Both readers of a values file must lead every lookup to the same place, line and column included. */
function compare(text: string): { fast: boolean; difference?: string } {
  const general = parseValuesText(text, 'general');
  const auto = parseValuesText(text, 'auto');
  let value: unknown;
  try {
    value = parse(text, { version: '1.1', uniqueKeys: false, logLevel: 'error' });
  } catch {
    value = undefined;
  }
  const all: ValuesPath[] = [];
  paths(value, [], all);
  for (const path of all) {
    const a = walkValues(general, path);
    const b = walkValues(auto, path);
    const show = (walk: typeof a, counter: typeof general.lineCounter): string =>
      JSON.stringify({
        depth: walk.depth,
        from: walk.offset === undefined ? undefined : counter.linePos(walk.offset),
        to: walk.endOffset === undefined ? undefined : counter.linePos(walk.endOffset),
        scalar: walk.depth === 0 ? undefined : walk.scalar,
      });
    const left = show(a, general.lineCounter);
    const right = show(b, auto.lineCounter);
    if (left !== right)
      return {
        fast: auto.tree.kind === 'block',
        difference: `${JSON.stringify(path)}: general ${left}, fast ${right}`,
      };
  }
  return { fast: auto.tree.kind === 'block' };
}

describe('values files through the fast block reader', () => {
  const files = [
    ...valuesFiles(join(here, '../../fixtures/charts')),
    ...valuesFiles(join(repo, 'examples')),
    ...valuesFiles(join(repo, 'bench/helm-heavy')),
  ];

  it('find every values key where the general parser finds it', () => {
    expect(files.length).toBeGreaterThan(8);
    let fast = 0;
    for (const file of files) {
      const result = compare(readFileSync(file, 'utf8'));
      expect(result.difference, file).toBeUndefined();
      if (result.fast) fast++;
    }
    expect(fast).toBeGreaterThan(files.length / 2);
  });

  it.each([
    [
      'scalars, lists and nested maps',
      'image:\n  repository: nginx\n  tag: "1.25"\nreplicas: 2\nports: [80, 443]\nenv:\n  - name: A\n    value: yes\n  - b\nempty:\nsc: {}\n',
    ],
    [
      'literal blocks and comments',
      '# header\nscript: |\n  echo hi\n# about resources\nresources:\n  # limits\n  limits:\n    cpu: 100m\n',
    ],
    ['anchors', 'base: &b\n  a: 1\ncopy: *b\nname: &n x\nalias: *n\n'],
    [
      'the helm create comment block (general parser)',
      'resources: {}\n  # limits:\n  #   cpu: 100m\nnodeSelector: {}\n',
    ],
    ['duplicate keys (general parser)', 'a: 1\na: 2\n'],
    ['timestamps (general parser)', 'when: 2001-12-14\n'],
  ])('agree on %s', (_name, text) => {
    expect(compare(text).difference).toBeUndefined();
  });

  // Shapes of public charts' values files that once sent them to the general parser (issue 15): they stay fast.
  it.each([
    [
      'comment lines indented unlike the next line',
      'image:\n  tag: "1.0"\n    ## deeper than the next key\n  pullPolicy: IfNotPresent\n# at the left margin inside the map\n  digest: ""\nresources: {}\n  # limits:\n  #   cpu: 100m\n',
    ],
    [
      '{} and [] on the line after their key (toYaml | nindent of an empty value)',
      'podAnnotations:\n  {}\ntolerations:\n  []\nnext: 1\n',
    ],
    [
      'lines of spaces after a literal block',
      'script: |\n  echo hi\n \n  \nnext: 1\nnested:\n  config: |-\n    a = 1\n  \n  b: 2\n',
    ],
  ])('read %s with the fast reader, where the general parser reads it', (_name, text) => {
    expect(compare(text)).toEqual({ fast: true });
  });

  it('agree on hundreds of mutated values files (seeded)', () => {
    const { mutate, pick } = createYamlMutator(7);
    const texts = files.map((file) => readFileSync(file, 'utf8'));
    let fast = 0;
    for (let round = 0; round < 800; round++) {
      const text = mutate(pick(texts));
      const result = compare(text);
      if (result.difference) expect.fail(`${result.difference}\n${text}`);
      if (result.fast) fast++;
    }
    expect(fast).toBeGreaterThan(100);
  });
});
