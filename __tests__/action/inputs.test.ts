import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { InputError, Inputs, Outputs, parseInputs, splitList, splitLines } from '../../src/action/inputs.js';

const from = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('parseInputs', () => {
  it('maps inputs onto the CLI flag overrides, once', () => {
    const settings = parseInputs(
      from({
        paths: 'charts/api\nmanifests  "my dir/x.yaml"',
        level: 'restricted',
        version: 'v1.30',
        enforce: 'baseline:v1.29',
        warn: 'restricted',
        audit: 'restricted:latest',
        'helm-binary': '/opt/helm',
        'kustomize-binary': 'kubectl',
        values: 'values.yaml ci/prod.yaml',
        set: 'image.tag=1.2.3\nname=a b',
        namespace: 'shop',
        'kube-version': 'v1.31',
        network: 'true',
        'fail-on': 'warn',
        shard: '2/4',
        token: ' ghs_abc ',
      }),
    );
    expect(settings.paths).toEqual(['charts/api', 'manifests', 'my dir/x.yaml']);
    expect(settings.flags).toEqual({
      level: 'restricted',
      version: 'v1.30',
      enforce: 'baseline:v1.29',
      warn: 'restricted',
      audit: 'restricted:latest',
      helm: '/opt/helm',
      kustomize: 'kubectl',
      values: ['values.yaml', 'ci/prod.yaml'],
      set: ['image.tag=1.2.3', 'name=a b'],
      namespace: 'shop',
      kubeVersion: 'v1.31',
      network: true,
      failOn: 'warn',
      shard: '2/4',
    });
    expect(settings.token).toBe('ghs_abc');
  });

  it('uses the documented defaults', () => {
    const settings = parseInputs(from({}));
    expect(settings).toMatchObject({
      paths: [],
      configPath: undefined,
      flags: {},
      sarifFile: 'podsec.sarif',
      resultFile: 'podsec.json',
      uploadSarif: false,
      comment: 'review',
      mode: 'both',
      artifactDir: 'podsec-results',
    });
  });

  it('lists every bad value with the input name and the expected form', () => {
    let caught: unknown;
    try {
      parseInputs(from({ comment: 'loud', mode: 'all', 'upload-sarif': 'yes', network: '1', category: 'a b' }));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).problems).toEqual([
      'input "network" must be true or false, got "1"',
      'input "mode" is "all"; expected one of scan, publish, both, merge',
      'input "comment" is "loud"; expected one of review, summary, off',
      'input "upload-sarif" must be true or false, got "yes"',
      'input "category" is "a b"; use letters, digits and . _ - / : (at most 200)',
    ]);
  });

  it('splits lists on lines and spaces, keeps quoted spaces, skips comments', () => {
    expect(splitList('a b\n\n# note\n  "c d"  e\r\n')).toEqual(['a', 'b', 'c d', 'e']);
    expect(splitLines('x=1\n  y=a b  \n#z=2')).toEqual(['x=1', 'y=a b']);
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
    runs: { using: string; main: string };
    inputs: Record<string, { description: string; default?: string }>;
    outputs: Record<string, { description: string }>;
    branding: unknown;
  };

  it('declares exactly the inputs and outputs the code reads and writes, each documented', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort());
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Outputs).sort());
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(20);
    for (const output of Object.values(action.outputs)) expect(output.description.length).toBeGreaterThan(10);
  });

  it('runs the bundle on node24 and defaults to the workflow token', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.inputs['token']?.default).toBe('${{ github.token }}');
    expect(action.inputs['fail-on']?.default).toBe('enforce');
    expect(action.inputs['network']?.default).toBe('false');
    expect(action.inputs['comment']?.default).toBe('review');
    expect(action.inputs['mode']?.default).toBe('both');
    expect(action.branding).toBeTruthy();
  });

  it('has defaults that parse cleanly', () => {
    const defaults = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, String(v.default ?? '')]));
    defaults['token'] = 'x';
    expect(() => parseInputs(from(defaults))).not.toThrow();
  });
});
