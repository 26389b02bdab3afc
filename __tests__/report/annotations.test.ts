import { describe, expect, it } from 'vitest';
import type { Finding, ScanResult, Severity } from '../../src/findings/types.js';
import { ANNOTATION_CAP_PER_LEVEL, planAnnotations } from '../../src/report/annotations.js';
import { expectGolden, loadScanResult } from './helpers.js';

function many(base: Finding, severity: Severity, count: number, from: number): Finding[] {
  return Array.from({ length: count }, (_, i) => ({ ...base, name: `w${from + i}`, severity, suppressed: undefined }));
}

describe('planAnnotations', () => {
  const result = loadScanResult();

  it('matches the stored plan', () => {
    expectGolden('annotations.json', `${JSON.stringify(planAnnotations(result), null, 2)}\n`);
  });

  it('annotates scan errors and each unsuppressed problem once, what fails the run first, never suppressed ones', () => {
    const plan = planAnnotations(result);
    expect(plan.annotations.map((a) => a.level)).toEqual([
      'error',
      'error',
      'error',
      'error',
      'error',
      'error',
      'warning',
      'notice',
      'notice',
    ]);
    expect(plan.annotations.map((a) => a.title)).not.toContain(expect.stringContaining('allowPrivilegeEscalation'));
    expect(plan.annotations.some((a) => a.title.includes('hostPathVolumes'))).toBe(false);
    expect(plan.omitted).toEqual({ error: 0, warning: 0, notice: 0 });
    const privileged = plan.annotations.filter((a) => a.title.includes('(privileged)'));
    expect(privileged).toEqual([
      {
        level: 'error',
        message:
          'enforce baseline:latest, warn restricted:latest, audit restricted:latest\n' +
          'violates PodSecurity "baseline:latest": privileged (container "app" must not set securityContext.privileged=true)\n' +
          'would violate PodSecurity "restricted:latest": privileged (container "app" must not set securityContext.privileged=true)\n' +
          'The Deployment itself is accepted, but the pods it creates will be rejected by enforce.\n' +
          'Fix: Remove privileged: true or set it to false; add only the specific capabilities the workload needs. https://github.com/podsec-dev/podsec/blob/main/docs/checks/privileged.md',
        title: 'podsec: Container runs privileged (privileged): Deployment default/web',
        file: 'deploy/web.yaml',
        startLine: 22,
        endLine: 22,
        startColumn: 13,
        endColumn: 23,
      },
    ]);
  });

  it('leaves columns out of multi-line spans, where GitHub ignores them', () => {
    const multi = planAnnotations(result).annotations.find((a) => a.title.includes('capabilities_baseline'));
    expect(multi).toMatchObject({ startLine: 41, endLine: 42 });
    expect(multi).not.toHaveProperty('startColumn');
  });

  it('keeps within 10 per level and counts the overflow', () => {
    const base = result.findings[0] as Finding;
    const findings = [...many(base, 'note', 4, 0), ...many(base, 'warning', 12, 100), ...many(base, 'error', 15, 200)];
    const plan = planAnnotations({ ...result, findings, errors: [], notices: [] });
    const count = (level: string) => plan.annotations.filter((a) => a.level === level).length;
    expect([count('error'), count('warning'), count('notice')]).toEqual([
      ANNOTATION_CAP_PER_LEVEL,
      ANNOTATION_CAP_PER_LEVEL,
      4,
    ]);
    expect(plan.omitted).toEqual({ error: 5, warning: 2, notice: 0 });
    // The first ten errors in scan order are the ones kept.
    expect(plan.annotations.filter((a) => a.level === 'error').map((a) => a.title.split(' ').at(-1))).toEqual(
      Array.from({ length: 10 }, (_, i) => `default/w${200 + i}`),
    );
  });

  it('gives scan errors precedence over findings within the error cap', () => {
    const base = result.findings[0] as Finding;
    const withErrors: ScanResult = { ...result, findings: many(base, 'error', 3, 0), notices: [] };
    const plan = planAnnotations(withErrors, { perLevel: 2 });
    expect(plan.annotations.map((a) => a.title)).toEqual(['podsec: scan error', 'podsec: scan error']);
    expect(plan.omitted.error).toBe(3);
  });
});
