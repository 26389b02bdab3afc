import { expect, it } from 'vitest';
import { evaluatePod } from '../../src/policy/evaluate.js';
import { checkDefinition } from '../../src/policy/registry.js';
import { parseVersion, resolveEvaluatedMinor } from '../../src/policy/version.js';
import type { CheckId, CheckOutcome, FieldPath, PodLike, PolicyVersion } from '../../src/policy/types.js';

/** A pod from a spec and optional metadata. */
export function pod(spec: Record<string, unknown>, metadata?: Record<string, unknown>): PodLike {
  return metadata === undefined ? { spec } : { metadata, spec };
}

/** A container with a name and, optionally, a securityContext and more fields. */
export function ctr(
  name: string,
  securityContext?: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return securityContext === undefined
    ? { name, image: 'x', ...extra }
    : { name, image: 'x', securityContext, ...extra };
}

export function version(text: string): PolicyVersion {
  const parsed = parseVersion(text);
  if (parsed === undefined) throw new Error(`bad version in test: ${text}`);
  return parsed;
}

/** The index of the variant of `id` active at `versionText`, or -1 when the check does not exist then. */
export function variantIndexAt(id: CheckId, versionText: string): number {
  const minor = resolveEvaluatedMinor(version(versionText));
  return checkDefinition(id).variants.reduce((found, v, i) => (v.minVersion <= minor ? i : found), -1);
}

/** Runs the variant of one check active at a version, bypassing level composition. */
export function outcomeAt(id: CheckId, versionText: string, input: PodLike): CheckOutcome {
  const index = variantIndexAt(id, versionText);
  const variant = checkDefinition(id).variants[index];
  if (variant === undefined) throw new Error(`${id} does not exist at ${versionText}`);
  return variant.check(input);
}

export interface CheckCase {
  readonly name: string;
  /** Default `latest`. */
  readonly version?: string;
  readonly pod: PodLike;
  /** Omit for a passing case. */
  readonly reason?: string;
  readonly detail?: string;
  readonly paths?: readonly FieldPath[];
}

/**
 * Table-driven cases for one check. Each case runs against the variant directly and through
 * evaluatePod at the check's own level. Also asserts that every variant has a passing and a failing case.
 */
export function runCheckCases(id: CheckId, cases: readonly CheckCase[]): void {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const versionText = c.version ?? 'latest';
    const before = JSON.stringify(c.pod);
    const outcome = outcomeAt(id, versionText, c.pod);
    expect(JSON.stringify(c.pod)).toBe(before);
    const level = checkDefinition(id).meta.level;
    const viaEngine = evaluatePod(c.pod, level, version(versionText)).filter((f) => f.id === id);
    if (c.detail === undefined) {
      expect(outcome).toEqual({ allowed: true });
      expect(viaEngine).toEqual([]);
      return;
    }
    if (outcome.allowed) throw new Error(`expected ${id} to fail`);
    expect(outcome.reason).toBe(c.reason);
    expect(outcome.detail).toBe(c.detail);
    expect(outcome.paths.length).toBeGreaterThan(0);
    for (const path of outcome.paths) expect(['metadata', 'spec']).toContain(path[0]);
    if (c.paths !== undefined) expect(outcome.paths).toEqual(c.paths);
    expect(viaEngine.length).toBe(1);
    expect(viaEngine[0]).toMatchObject({ reason: c.reason, detail: c.detail });
  });

  it('covers every variant with a passing and a failing case', () => {
    const variants = checkDefinition(id).variants;
    variants.forEach((variant, index) => {
      const hits = cases.filter((c) => variantIndexAt(id, c.version ?? 'latest') === index);
      expect(
        hits.some((c) => c.detail === undefined),
        `pass case for v1.${variant.minVersion}`,
      ).toBe(true);
      expect(
        hits.some((c) => c.detail !== undefined),
        `fail case for v1.${variant.minVersion}`,
      ).toBe(true);
    });
  });
}
