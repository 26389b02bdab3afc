import { describe, expect, it } from 'vitest';
import {
  baseEntries,
  configEntries,
  fileEntries,
  parseKustomizationText,
} from '../../../src/render/kustomize/kustomization-file.js';

// The plain reading podsec uses for discovery, attribution and planning. The go-yaml imitation this file had
// (Go's case folding, go-yaml's merge order, refusals of tags and directives) is gone: kustomize reads its own
// files in the staged copy, and a difference here changes at most where a finding points.
describe('parseKustomizationText', () => {
  it('reads a kustomization (kind defaults to Kustomization)', () => {
    const parsed = parseKustomizationText(
      'resources:\n- deployment.yaml\npatches:\n- path: patch.yaml\n',
      '/repo/app/kustomization.yaml',
    );
    expect(parsed).toEqual({
      file: '/repo/app/kustomization.yaml',
      dir: '/repo/app',
      kind: 'Kustomization',
      data: { resources: ['deployment.yaml'], patches: [{ path: 'patch.yaml' }] },
    });
  });

  it('names the problem and its line for a broken file, without the dangling excerpt colon', () => {
    const parsed = parseKustomizationText('resources:\n- a.yaml\npatches: [\n', '/repo/k/kustomization.yaml');
    expect(parsed).toEqual({ error: expect.stringMatching(/^cannot parse kustomization: .+ at line 4, column 1$/) });
  });

  it('refuses a kustomization that is not a mapping', () => {
    expect(parseKustomizationText('- a\n- b\n', '/repo/k/kustomization.yaml')).toEqual({
      error: 'a kustomization must be a mapping',
    });
  });

  it('reads the first document, resolves merge keys, and keeps the later of two equal keys', () => {
    expect(parseKustomizationText('resources: [a.yaml]\n---\nresources: [b.yaml]\n', 'k')).toMatchObject({
      data: { resources: ['a.yaml'] },
    });
    expect(parseKustomizationText('namespace: a\nnamespace: b\n', 'k')).toMatchObject({ data: { namespace: 'b' } });
    expect(parseKustomizationText('common: &c {namespace: shared}\n<<: *c\nresources: [x]\n', 'k')).toMatchObject({
      data: { namespace: 'shared', resources: ['x'] },
    });
  });

  it('reads a cyclic alias without hanging, and reports an alias bomb as a parse error', () => {
    expect(parseKustomizationText('resources: &r [pod.yaml, *r]\n', 'k')).toMatchObject({
      data: { resources: expect.arrayContaining(['pod.yaml']) },
    });
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(', ')}]`,
      ),
    ].join('\n');
    expect(parseKustomizationText(`${bomb}\n`, 'k')).toEqual({
      error: expect.stringMatching(/^cannot parse kustomization: .*alias/i),
    });
  });
});

describe('entries', () => {
  const data = {
    resources: ['../base', 'pod.yaml'],
    components: ['../components/x'],
    generators: ['gen.yaml', 'apiVersion: builtin\nkind: ConfigMapGenerator\n'],
    transformers: ['t'],
    patches: [{ path: 'p.yaml' }, { patch: 'inline' }],
    configMapGenerator: [{ name: 'c', files: ['key=file.txt', 'other.txt'], envs: ['e.env'] }],
    openapi: { path: 'schema.json' },
  };

  it('tells bases and components, plugin configs, and plain files apart (inline configs are none of them)', () => {
    expect(baseEntries(data)).toEqual(['../base', 'pod.yaml', '../components/x']);
    expect(configEntries(data)).toEqual(['gen.yaml', 't']);
    expect(fileEntries(data)).toEqual(['p.yaml', 'file.txt', 'other.txt', 'e.env', 'schema.json']);
  });
});
