import { describe, expect, it } from 'vitest';
import {
  formatLevelVersion,
  MAX_MINOR,
  parseLevel,
  parseVersion,
  resolveEvaluatedMinor,
} from '../../src/policy/version.js';
import { version } from './helpers.js';

describe('parseVersion', () => {
  it.each(['v1.0', 'v1.9', 'v1.25', 'v1.37', 'v1.100'])('accepts %s', (text) => {
    expect(parseVersion(text)).toEqual({ text, latest: false, minor: Number(text.slice(3)) });
  });
  it('accepts latest', () => {
    expect(parseVersion('latest')).toEqual({ text: 'latest', latest: true, minor: Number.POSITIVE_INFINITY });
  });
  it.each(['v1.01', '1.25', 'v1.25.0', 'v2.0', 'Latest', '', 'v1.', 'v1.-1', ' v1.2', 'v1.2 ', 'V1.2'])(
    'rejects %j',
    (text) => {
      expect(parseVersion(text)).toBeUndefined();
    },
  );
});

describe('parseLevel', () => {
  it('accepts exact level names', () => {
    expect(['privileged', 'baseline', 'restricted'].map(parseLevel)).toEqual(['privileged', 'baseline', 'restricted']);
  });
  it.each(['Baseline', 'strict', '', 'restricted '])('rejects %j', (text) => {
    expect(parseLevel(text)).toBeUndefined();
  });
});

describe('formatLevelVersion', () => {
  it('prints the requested version', () => {
    expect(formatLevelVersion('restricted', version('latest'))).toBe('restricted:latest');
    expect(formatLevelVersion('baseline', version('v1.23'))).toBe('baseline:v1.23');
    expect(formatLevelVersion('restricted', 'v1.99')).toBe('restricted:v1.99');
  });
});

describe('resolveEvaluatedMinor', () => {
  it('derives MAX from the registry: v1.37 in this snapshot', () => {
    expect(MAX_MINOR).toBe(37);
  });
  it('clamps latest and too-new versions to MAX', () => {
    expect(resolveEvaluatedMinor(version('latest'))).toBe(37);
    expect(resolveEvaluatedMinor(version('v1.38'))).toBe(37);
    expect(resolveEvaluatedMinor(version('v1.99'))).toBe(37);
    expect(resolveEvaluatedMinor(version('v1.37'))).toBe(37);
    expect(resolveEvaluatedMinor(version('v1.36'))).toBe(36);
    expect(resolveEvaluatedMinor(version('v1.0'))).toBe(0);
  });
  it('lowers the clamp to an older emulated cluster, never raises it', () => {
    expect(resolveEvaluatedMinor(version('latest'), 33)).toBe(33);
    expect(resolveEvaluatedMinor(version('v1.35'), 33)).toBe(33);
    expect(resolveEvaluatedMinor(version('v1.30'), 33)).toBe(30);
    expect(resolveEvaluatedMinor(version('latest'), 50)).toBe(37);
  });
  it('ignores a nonsensical emulation minor', () => {
    expect(resolveEvaluatedMinor(version('latest'), Number.NaN)).toBe(37);
    expect(resolveEvaluatedMinor(version('latest'), -1)).toBe(37);
  });
});
