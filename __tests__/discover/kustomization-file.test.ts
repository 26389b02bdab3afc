import { describe, expect, it } from 'vitest';
import { parseKustomizationText } from '../../src/discover/kustomization-file.js';

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
});
