import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { itemAt } from '../../src/util/item-at.js';
import { asRecord, isPlainObject } from '../../src/util/plain-object.js';

describe('itemAt', () => {
  it('returns the element, including a falsy one', () => {
    expect(itemAt(['a', 'b'], 1)).toBe('b');
    expect(itemAt([0, ''], 0)).toBe(0);
    expect(itemAt([undefined], 0)).toBeUndefined();
  });
  it('throws an internal error for an index outside the list', () => {
    expect(() => itemAt([], 0)).toThrow('podsec internal error: no element 0 in a list of 0');
    expect(() => itemAt(['a'], -1)).toThrow(RangeError);
    expect(() => itemAt(['a'], 1)).toThrow('no element 1 in a list of 1');
    expect(() => itemAt(['a'], 0.5)).toThrow(RangeError);
  });
});

describe('plain objects', () => {
  it('are YAML mappings; sequences, null and scalars are not', () => {
    const doc = parse('map: {a: 1}\nlist: [1]\nnothing: null\ntext: x\nnumber: 1\n') as Record<string, unknown>;
    expect(isPlainObject(doc['map'])).toBe(true);
    expect(asRecord(doc['map'])).toEqual({ a: 1 });
    for (const key of ['list', 'nothing', 'text', 'number', 'missing']) {
      expect(isPlainObject(doc[key]), key).toBe(false);
      expect(asRecord(doc[key]), key).toBeUndefined();
    }
  });
});
