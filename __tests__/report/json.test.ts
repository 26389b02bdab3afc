import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/findings/types.js';
import { JSON_REPORT_VERSION, buildJsonReport, renderJson } from '../../src/report/json.js';
import { expectGolden, loadScanResult } from './helpers.js';

describe('renderJson', () => {
  const result = loadScanResult();

  it('matches the stored report', () => {
    expectGolden('report.json', renderJson(result));
  });

  it('prints one parseable object with the contract fields of issue 2', () => {
    const parsed = JSON.parse(renderJson(result)) as Record<string, unknown[]>;
    for (const finding of parsed.findings ?? []) {
      for (const key of ['file', 'line', 'kind', 'namespace', 'name', 'check', 'level', 'version', 'reason', 'detail']) {
        expect(finding).toHaveProperty(key);
      }
    }
    for (const workload of parsed.workloads ?? []) {
      for (const key of ['file', 'line', 'kind', 'namespace', 'name', 'level', 'version', 'allowed']) {
        expect(workload).toHaveProperty(key);
      }
    }
    for (const error of parsed.errors ?? []) {
      expect(Object.keys(error as object).slice(0, 2)).toEqual(['file', 'message']);
    }
    expect(parsed.findings).toHaveLength(result.findings.length);
    expect(parsed.workloads).toHaveLength(result.workloads.length);
  });

  it('keeps a fixed key order whatever order the input objects have', () => {
    const first = result.findings[0];
    if (first === undefined) throw new Error('fixture has findings');
    const shuffled = Object.fromEntries(Object.entries(first).reverse()) as typeof first;
    const a = buildJsonReport({ ...result, findings: [first] });
    const b = buildJsonReport({ ...result, findings: [shuffled] });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(Object.keys(a.findings[0] ?? {})).toEqual([
      'file', 'line', 'column', 'endLine', 'endColumn', 'kind', 'apiVersion', 'namespace', 'name', 'check', 'level',
      'version', 'reason', 'detail', 'message', 'modes', 'severity', 'field', 'targets', 'related', 'fingerprint',
    ]);
    expect(Object.keys(a)).toEqual(['version', 'summary', 'findings', 'workloads', 'errors', 'notices', 'targets']);
  });

  it('writes suppressed as {reason, source, expires} and upcoming only when set', () => {
    const report = buildJsonReport(result);
    const suppressed = report.findings.find((f) => f.check === 'allowPrivilegeEscalation');
    expect(suppressed?.suppressed).toEqual({ reason: 'legacy image needs setuid | tracked in OPS-12', source: 'config', expires: '2027-01-31' });
    const byAnnotation = report.findings.find((f) => f.check === 'seccompProfile_restricted');
    expect(byAnnotation?.suppressed).toEqual({ reason: 'node default seccomp profile is RuntimeDefault', source: 'annotation' });
    expect(report.findings.filter((f) => f.upcoming === true).map((f) => f.check)).toEqual(['procMount_restricted']);
    expect(report.findings.filter((f) => 'upcoming' in f)).toHaveLength(1);
    expect(report.workloads.find((w) => w.name === 'agent')?.exempt).toBe('namespace');
    expect(report.workloads.find((w) => w.name === 'ok')).not.toHaveProperty('message');
    expect(report.targets.at(-1)).toEqual({ kind: 'helm', path: 'charts/broken', scenarios: ['default'], workloads: 0 });
  });

  it('summarises workloads, modes and errors', () => {
    const report = buildJsonReport(result);
    expect(report.version).toBe(JSON_REPORT_VERSION);
    expect(report.summary).toEqual({
      workloads: 7,
      passed: 3,
      failed: 4,
      errors: 2,
      suppressed: 3,
      upcoming: 1,
      byMode: {
        enforce: { workloads: 4, findings: 4 },
        warn: { workloads: 2, findings: 3 },
        audit: { workloads: 1, findings: 2 },
      },
    });
  });

  it('counts a workload that failed a mode without any finding as failed', () => {
    const verdict = result.workloads.find((w) => w.name === 'ok');
    if (verdict === undefined) throw new Error('fixture has the ok workload');
    const onlyVerdict: ScanResult = {
      findings: [],
      workloads: [{ ...verdict, allowed: false, message: 'violates PodSecurity "baseline:latest": privileged' }],
      errors: [],
      targets: [],
      notices: [],
    };
    expect(buildJsonReport(onlyVerdict).summary.failed).toBe(1);
  });
});
