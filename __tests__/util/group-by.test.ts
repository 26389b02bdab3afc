import { describe, expect, it } from 'vitest';
import { groupsByKey } from '../../src/util/group-by.js';

describe('groupsByKey', () => {
  it('groups items of equal key in their order, the groups in the order their first items come', () => {
    const words = ['beta', 'apple', 'bread', 'cherry', 'avocado', 'banana'];
    expect(groupsByKey(words, (word) => word.charAt(0))).toEqual([
      ['beta', 'bread', 'banana'],
      ['apple', 'avocado'],
      ['cherry'],
    ]);
    expect(groupsByKey([], String)).toEqual([]);
    // Any iterable, read once.
    expect(groupsByKey(new Set([3, 1, 4, 1, 5]).values(), (n) => String(n % 2))).toEqual([[3, 1, 5], [4]]);
  });
});
