import { describe, expect, it } from 'vitest';
import { dottedPath } from '../../src/findings/assess.js';

describe('dottedPath', () => {
  it.each([
    [
      ['spec', 'template', 'spec', 'containers', 0, 'securityContext'],
      'spec.template.spec.containers[0].securityContext',
    ],
    [['metadata', 'annotations', 'podsec.dev/ignore'], 'metadata.annotations["podsec.dev/ignore"]'],
    [['_a1', 'A_Z09', 'z'], '_a1.A_Z09.z'],
    [['1a', 'a-b', 'a.b', 'é', 'a b', ''], '["1a"]["a-b"]["a.b"]["é"]["a b"][""]'],
    [[0, 'x', 12], '[0].x[12]'],
    [['x', '9'], 'x["9"]'],
  ])('writes %j as %s', (path, dotted) => {
    expect(dottedPath(path)).toBe(dotted);
  });
});
