import { describe, expect, it } from 'vitest';
import { isInlineConfig, parseKustomizationText, rootEntries } from '../../src/discover/kustomization-file.js';

describe('parseKustomizationText', () => {
  it('reads a kustomization (kind defaults to Kustomization)', () => {
    const parsed = parseKustomizationText('resources:\n- deployment.yaml\npatches:\n- path: patch.yaml\n', '/repo/app/kustomization.yaml');
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
    expect(parseKustomizationText('- a\n- b\n', '/repo/k/kustomization.yaml')).toEqual({ error: 'a kustomization must be a mapping' });
  });

  it('reads field names in any case, as kustomize does (Go JSON decoding: exact match first, later spelling wins)', () => {
    const parsed = parseKustomizationText('Resources: [a.yaml]\nNAMESPACE: prod\nVars: []\nPatches:\n  - Path: p.yaml\n    TARGET: {kind: Deployment}\n', '/repo/k/kustomization.yaml');
    expect(parsed).toEqual({
      file: '/repo/k/kustomization.yaml',
      dir: '/repo/k',
      kind: 'Kustomization',
      data: { resources: ['a.yaml'], namespace: 'prod', vars: [], patches: [{ path: 'p.yaml', target: { kind: 'Deployment' } }] },
      unusualKeys: true,
    });
    // Both spellings: kustomize decodes keys in sorted order, so `resources` (after `Resources`) wins.
    expect(parseKustomizationText('resources: [lower.yaml]\nResources: [upper.yaml]\n', 'k')).toMatchObject({ data: { resources: ['lower.yaml'] } });
    // Go folds the Kelvin sign to k and the long s to s.
    expect(parseKustomizationText('\u212aind: Component\nre\u017fources: [x]\n', 'k')).toMatchObject({ kind: 'Component', data: { kind: 'Component', resources: ['x'] } });
    // Unknown fields stay as written (kustomize rejects them); the usual spelling is not unusual.
    expect(parseKustomizationText('resources: [a]\nextra: 1\n', 'k')).toEqual({ file: 'k', dir: '.', kind: 'Kustomization', data: { resources: ['a'], extra: 1 } });
  });

  it('resolves YAML merge keys, as kustomize does (own keys first, then earlier merged mappings)', () => {
    const parsed = parseKustomizationText(
      'common: &common {namespace: shared, namePrefix: c-}\nlocal: &local {namespace: local, nameSuffix: -l}\n<<: [*local, *common]\nnamePrefix: own-\nresources: [{<<: {x: 1}}]\n',
      'k',
    );
    expect(parsed).toMatchObject({
      data: { namespace: 'local', namePrefix: 'own-', nameSuffix: '-l', resources: [{ x: 1 }] },
      unusualKeys: true,
    });
    expect(JSON.stringify(parsed)).not.toContain('<<');
    // Document order: a merge overrides keys set before it.
    expect(parseKustomizationText('resources: [../base]\n<<: {resources: [../../outside]}\n', 'k')).toMatchObject({ data: { resources: ['../../outside'] } });
  });

  it('reads only the first document and lets the later of two equal keys win, as kustomize (go-yaml v2) does', () => {
    expect(parseKustomizationText('resources: [a.yaml]\n---\n', 'k')).toMatchObject({ data: { resources: ['a.yaml'] } });
    expect(parseKustomizationText('resources: [a.yaml]\n---\nresources: [b.yaml]\n', 'k')).toMatchObject({ data: { resources: ['a.yaml'] } });
    expect(parseKustomizationText('namespace: a\nnamespace: b\n', 'k')).toMatchObject({ data: { namespace: 'b' } });
  });

  it('refuses, with a reason, what kustomize would read differently', () => {
    expect(parseKustomizationText('resources: [!!binary Li4v]\n', 'k')).toEqual({ error: expect.stringMatching(/explicit YAML tags/) });
    expect(parseKustomizationText('%YAML 1.1\n---\n<<: {resources: [x]}\n', 'k')).toEqual({ error: expect.stringMatching(/YAML directives/) });
    expect(parseKustomizationText('%YAML 1.1\n---\nresources: [x]\n', 'k')).toMatchObject({ data: { resources: ['x'] } });
    expect(parseKustomizationText('\ufffd\ufffdr\u0000e\u0000', 'k')).toEqual({ error: expect.stringMatching(/not UTF-8 text/) });
    expect(parseKustomizationText('namespace: a\n# x\u0085resources: [y]\n', 'k')).toEqual({ error: expect.stringMatching(/NEL, LS or PS/) });
    expect(parseKustomizationText('a: &a\n  b: *a\n', 'k')).toEqual({ error: expect.stringMatching(/an alias refers to a collection that contains it/) });
  });
});

describe('rootEntries', () => {
  it('keeps every resource, base and component entry (always a path or URL to kustomize), but not inline generator configs', () => {
    const data = { resources: ['a', 'odd\nname'], components: ['c'], generators: ['gen.yaml', 'apiVersion: builtin\nkind: ConfigMapGenerator\n'] };
    expect(rootEntries(data)).toEqual(['a', 'odd\nname', 'c', 'gen.yaml']);
  });

  it('takes a generator, transformer or validator entry for an inline config only when it reads as YAML objects, as kustomize does', () => {
    expect(isInlineConfig('apiVersion: builtin\nkind: PrefixSuffixTransformer\nprefix: a-\n')).toBe(true);
    expect(isInlineConfig('a: 1\n---\nb: 2\n')).toBe(true);
    expect(isInlineConfig('file:///tmp/repo?x=\n')).toBe(false);
    expect(isInlineConfig('gen\n/')).toBe(false);
    expect(isInlineConfig('transformer.yaml')).toBe(false);
    expect(rootEntries({ transformers: ['file:///tmp/repo?x=\n'] })).toEqual(['file:///tmp/repo?x=\n']);
  });
});
