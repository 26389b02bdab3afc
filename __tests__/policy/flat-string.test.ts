import { describe, expect, it } from 'vitest';
import { flattened, shared } from '../../src/policy/flat-string.js';

describe('shared', () => {
  it.each([
    ['an empty string', ''],
    [
      'a message',
      'violates PodSecurity "baseline:latest": privileged (container "app" must not set securityContext.privileged=true)',
    ],
    ['text outside ASCII', 'container "приложение" 🚀 must set securityContext.runAsNonRoot=true'],
    ['a lone surrogate', 'a\ud800b'],
    ['quotes, backslashes and control characters', 'a "b" \\ c\n\t\u0000'],
  ])('gives back %s as it is, the first time and again', (_name, text) => {
    const built = flattened(`${text.slice(0, 1)}${text.slice(1)}`);
    expect(shared(built)).toBe(text);
    expect(shared(`${text}`)).toBe(text);
  });
});
