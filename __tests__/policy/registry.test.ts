import { describe, expect, it } from 'vitest';
import { CHECK_DEFINITIONS } from '../../src/policy/checks/index.js';
import {
  activeCheckIds,
  activeChecksAt,
  CHECK_FUNCTION_COUNT,
  allCheckMeta,
  CHECK_ORDER,
  checkMeta,
  validateDefinitions,
} from '../../src/policy/registry.js';
import type { CheckDefinition, CheckId } from '../../src/policy/types.js';
import { version } from './helpers.js';
import { checkIdsWithout, SPEC_BASELINE_CHECKS, SPEC_CHECK_ORDER } from './spec-checks.js';

const BASELINE_12 = [...SPEC_BASELINE_CHECKS];
const BASELINE_11 = checkIdsWithout(BASELINE_12, 'hostProbesAndHostLifecycle');

// Spec 1.6, written out by hand as the expected check sets per version range.
function expectedBaseline(minor: number): CheckId[] {
  return minor >= 34 ? BASELINE_12 : BASELINE_11;
}
function expectedRestricted(minor: number): CheckId[] {
  const dropped: CheckId[] = ['hostPathVolumes'];
  if (minor >= 19) dropped.push('seccompProfile_baseline');
  if (minor >= 22) dropped.push('capabilities_baseline');
  if (minor >= 35) dropped.push('procMount');
  const restricted: CheckId[] = [];
  if (minor >= 8) restricted.push('allowPrivilegeEscalation');
  if (minor >= 22) restricted.push('capabilities_restricted');
  if (minor >= 35) restricted.push('procMount_restricted');
  restricted.push('restrictedVolumes', 'runAsNonRoot');
  if (minor >= 23) restricted.push('runAsUser');
  if (minor >= 19) restricted.push('seccompProfile_restricted');
  return [...checkIdsWithout(expectedBaseline(minor), ...dropped), ...restricted];
}

describe('check order (P1)', () => {
  it('is the fixed upstream order', () => {
    expect(CHECK_ORDER).toEqual(SPEC_CHECK_ORDER);
    expect(allCheckMeta().map((m) => m.id)).toEqual(CHECK_ORDER);
  });
  it('equals byte order within each level', () => {
    const byLevel = (level: string) =>
      allCheckMeta()
        .filter((m) => m.level === level)
        .map((m) => m.id);
    const byteSort = (ids: string[]) => [...ids].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(byLevel('baseline')).toEqual(byteSort(byLevel('baseline')));
    expect(byLevel('restricted')).toEqual(byteSort(byLevel('restricted')));
    expect(allCheckMeta().findIndex((m) => m.level === 'restricted')).toBe(12);
  });
});

describe('active checks per level and version', () => {
  it.each(Array.from({ length: 38 }, (_, minor) => minor))('v1.%i matches spec 1.6', (minor) => {
    expect(activeCheckIds('baseline', version(`v1.${minor}`))).toEqual(expectedBaseline(minor));
    expect(activeCheckIds('restricted', version(`v1.${minor}`))).toEqual(expectedRestricted(minor));
  });

  // Spec 7: every threshold and the version just below it.
  it.each([
    ['v1.7', 'v1.8', 'restricted', ['allowPrivilegeEscalation'], []],
    ['v1.18', 'v1.19', 'restricted', ['seccompProfile_restricted'], ['seccompProfile_baseline']],
    ['v1.21', 'v1.22', 'restricted', ['capabilities_restricted'], ['capabilities_baseline']],
    ['v1.22', 'v1.23', 'restricted', ['runAsUser'], []],
    ['v1.33', 'v1.34', 'baseline', ['hostProbesAndHostLifecycle'], []],
    ['v1.34', 'v1.35', 'restricted', ['procMount_restricted'], ['procMount']],
  ] as const)('%s → %s (%s)', (before, after, level, added, removed) => {
    const a = activeCheckIds(level, version(before));
    const b = activeCheckIds(level, version(after));
    expect(b.filter((id) => !a.includes(id))).toEqual(added);
    expect(a.filter((id) => !b.includes(id))).toEqual(removed);
  });

  it('restricted never runs hostPathVolumes (P3)', () => {
    for (let minor = 0; minor <= 37; minor++)
      expect(activeCheckIds('restricted', version(`v1.${minor}`))).not.toContain('hostPathVolumes');
  });

  it('numbers each check function once: two active checks share a slot exactly when they run one function', () => {
    const slotOfFunction = new Map<unknown, number>();
    const functionOfSlot = new Map<number, unknown>();
    for (const level of ['baseline', 'restricted'] as const) {
      for (let minor = 0; minor <= 40; minor++) {
        for (const { check, slot } of activeChecksAt(level, minor)) {
          expect(slot).toBeGreaterThanOrEqual(0);
          expect(slot).toBeLessThan(CHECK_FUNCTION_COUNT);
          expect(slotOfFunction.get(check) ?? slot).toBe(slot);
          expect(functionOfSlot.get(slot) ?? check).toBe(check);
          slotOfFunction.set(check, slot);
          functionOfSlot.set(slot, check);
        }
      }
    }
    expect(slotOfFunction.size).toBeGreaterThan(19);
  });

  it('privileged runs nothing', () => {
    expect(activeCheckIds('privileged', version('latest'))).toEqual([]);
  });

  it('latest and too-new versions run the v1.37 set; emulation lowers it (P2)', () => {
    expect(activeCheckIds('restricted', version('latest'))).toEqual(expectedRestricted(37));
    expect(activeCheckIds('restricted', version('v1.99'))).toEqual(expectedRestricted(37));
    expect(activeCheckIds('baseline', version('latest'), 33)).toEqual(BASELINE_11);
    expect(activeCheckIds('restricted', version('latest'), 34)).toEqual(expectedRestricted(34));
  });
});

describe('check metadata', () => {
  it('has real content for every check', () => {
    for (const meta of allCheckMeta()) {
      expect(meta.title.length, meta.id).toBeGreaterThan(3);
      expect(meta.description.length, meta.id).toBeGreaterThan(40);
      expect(meta.allowed.length, meta.id).toBeGreaterThan(10);
      expect(meta.fix, meta.id).toMatch(/```yaml\n[\s\S]+\n```/);
      expect(meta.docsUrl, meta.id).toMatch(
        /^https:\/\/kubernetes\.io\/docs\/concepts\/security\/pod-security-standards\/#(baseline|restricted)$/,
      );
      expect(meta.docsUrl.endsWith(`#${meta.level}`), meta.id).toBe(true);
    }
  });
  it('declares the spec overrides', () => {
    const overrides = Object.fromEntries(
      allCheckMeta()
        .filter((m) => m.overrides.length > 0)
        .map((m) => [m.id, m.overrides]),
    );
    expect(overrides).toEqual({
      capabilities_restricted: ['capabilities_baseline'],
      procMount_restricted: ['procMount'],
      restrictedVolumes: ['hostPathVolumes'],
      seccompProfile_restricted: ['seccompProfile_baseline'],
    });
  });
  it('looks up one check and rejects unknown ids', () => {
    expect(checkMeta('runAsUser').level).toBe('restricted');
    expect(() => checkMeta('nope' as CheckId)).toThrow(/unknown check id/);
  });
  it('lists 12 baseline and 7 restricted checks', () => {
    expect(allCheckMeta().filter((m) => m.level === 'baseline')).toHaveLength(12);
    expect(allCheckMeta().filter((m) => m.level === 'restricted')).toHaveLength(7);
  });
});

describe('registry self-validation', () => {
  const find = (id: CheckId) => CHECK_DEFINITIONS.find((d) => d.meta.id === id)!;
  const replace = (id: CheckId, next: CheckDefinition) => CHECK_DEFINITIONS.map((d) => (d.meta.id === id ? next : d));

  it('accepts the real definitions', () => {
    expect(() => validateDefinitions(CHECK_DEFINITIONS, CHECK_ORDER)).not.toThrow();
  });
  it('rejects a duplicate id', () => {
    expect(() => validateDefinitions([...CHECK_DEFINITIONS, find('sysctls')], CHECK_ORDER)).toThrow(/registered twice/);
  });
  it('rejects an order that misses a check', () => {
    expect(() => validateDefinitions(CHECK_DEFINITIONS, CHECK_ORDER.slice(1))).toThrow(/CHECK_ORDER/);
  });
  it('rejects versions that do not strictly increase', () => {
    const sysctls = find('sysctls');
    const broken = { ...sysctls, variants: [sysctls.variants[1]!, sysctls.variants[0]!] };
    expect(() => validateDefinitions(replace('sysctls', broken), CHECK_ORDER)).toThrow(/strictly increasing/);
  });
  it('rejects overrides from a baseline check or onto a restricted one', () => {
    const privileged = find('privileged');
    const fromBaseline = {
      ...privileged,
      variants: [{ ...privileged.variants[0]!, overrides: ['sysctls'] as CheckId[] }],
    };
    expect(() => validateDefinitions(replace('privileged', fromBaseline), CHECK_ORDER)).toThrow(/only restricted/);
    const runAsUser = find('runAsUser');
    const ontoRestricted = {
      meta: { ...runAsUser.meta, overrides: ['runAsNonRoot'] as CheckId[] },
      variants: runAsUser.variants.map((v) => ({ ...v, overrides: ['runAsNonRoot'] as CheckId[] })),
    };
    expect(() => validateDefinitions(replace('runAsUser', ontoRestricted), CHECK_ORDER)).toThrow(
      /not a baseline check/,
    );
  });
});
