import { describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../../src/findings/types.js';
import { readJsonReport } from '../../src/report/json-read.js';
import { buildJsonReport, jsonReportPieces, renderJson } from '../../src/report/json.js';
import { buildProblems } from '../../src/findings/problems.js';
import { JSON_REPORT_VERSION } from '../../src/report/json-shape.js';
import { expectGolden, loadScanResult } from './helpers.js';

describe('renderJson', () => {
  const result = loadScanResult();

  it('matches the stored report', () => {
    expectGolden('report.json', renderJson(result));
  });

  it('comes in pieces that join to the whole report object stringified, added fields after its own', () => {
    const more = { baseline: { newProblems: [], fixed: [] }, plan: { version: 'v1.33', namespaces: [] } };
    expect([...jsonReportPieces(result)].join('')).toBe(`${JSON.stringify(buildJsonReport(result), null, 2)}\n`);
    expect([...jsonReportPieces(result, { failOn: 'warn' }, more)].join('')).toBe(
      `${JSON.stringify({ ...buildJsonReport(result, { failOn: 'warn' }), ...more }, null, 2)}\n`,
    );
  });

  it('builds the problems of one result once for every output that reads them', () => {
    const findings = [...result.findings];
    const shared = buildProblems(findings, 'warn');
    expect(buildProblems(findings, 'warn')).toBe(shared);
    expect(buildProblems(findings, 'enforce')).not.toBe(shared);
    // A different list of the same findings is grouped again, to the same problems.
    expect(buildProblems([...findings], 'warn')).toEqual(shared);
  });

  it('has one entry per problem, with the upstream message of every policy byte for byte', () => {
    const report = buildJsonReport(result);
    const unsuppressedFindings = result.findings.length;
    // 10 findings are 9 problems: privileged breaks baseline:latest (enforce) and restricted:latest (warn, audit).
    expect(unsuppressedFindings).toBe(10);
    expect(report.problems).toHaveLength(9);
    const messages = report.problems.flatMap((problem) => problem.policies.map((policy) => policy.message));
    expect([...messages].sort()).toEqual(result.findings.map((finding) => finding.message).sort());
    const privileged = report.problems.find((problem) => problem.check === 'privileged');
    expect(privileged?.policies.map((policy) => `${policy.modes.join('+')} ${policy.level}:${policy.version}`)).toEqual(
      ['enforce baseline:latest', 'warn+audit restricted:latest'],
    );
    expect(privileged?.severity).toBe('error');
    expect(privileged?.modes).toEqual(['enforce', 'warn', 'audit']);
  });

  it('gives each problem what a baseline needs to match it: workload, target, check, containers and field', () => {
    const report = buildJsonReport(result);
    for (const problem of report.problems) {
      for (const key of [
        'id',
        'check',
        'kind',
        'apiVersion',
        'namespace',
        'name',
        'containers',
        'field',
        'targets',
        'file',
        'line',
      ]) {
        expect(problem).toHaveProperty(key);
      }
    }
    const privileged = report.problems.find((problem) => problem.check === 'privileged');
    expect(privileged).toMatchObject({
      kind: 'Deployment',
      namespace: 'default',
      name: 'web',
      containers: ['app'],
      field: 'spec.template.spec.containers[0].securityContext.privileged',
      targets: [{ kind: 'manifest', path: 'deploy/web.yaml', scenarios: [] }],
      title: 'Container runs privileged',
      docs: 'https://github.com/podsec-dev/podsec/blob/main/docs/checks/privileged.md',
    });
    expect(privileged?.fix).toMatch(/^Remove privileged: true/);
  });

  it('orders problems blocking first, then warn, audit, next version, suppressed', () => {
    const report = buildJsonReport(result);
    const tiers = report.problems.map((problem) =>
      problem.suppressed
        ? 'suppressed'
        : problem.upcoming
          ? 'upcoming'
          : problem.blocking
            ? 'blocking'
            : problem.modes[0],
    );
    expect(tiers).toEqual([
      'blocking',
      'blocking',
      'blocking',
      'blocking',
      'warn',
      'upcoming',
      'suppressed',
      'suppressed',
      'suppressed',
    ]);
  });

  it('reads back into the same findings, so sharded reports merge', () => {
    const read = readJsonReport(renderJson(result), 'report.json');
    expect(read.error).toBeUndefined();
    const key = (finding: Finding): string =>
      JSON.stringify([
        finding.fingerprint,
        finding.line,
        finding.modes,
        finding.suppressed ?? null,
        finding.upcoming ?? false,
      ]);
    expect(read.result?.findings.map(key).sort()).toEqual(result.findings.map(key).sort());
    expect(renderJson(read.result as ScanResult)).toBe(renderJson(result));
  });

  it('still reads a version-1 report (findings one per policy), so older shards merge', () => {
    const v1 = {
      version: '1',
      findings: result.findings,
      workloads: result.workloads,
      errors: result.errors,
      notices: result.notices,
      targets: result.targets.map((target) => ({ ...target.ref, workloads: target.workloads })),
    };
    const read = readJsonReport(JSON.stringify(v1), 'old.json');
    expect(read.error).toBeUndefined();
    expect(renderJson(read.result as ScanResult)).toBe(renderJson(result));
    expect(readJsonReport(JSON.stringify({ ...v1, version: '3' }), 'new.json').error).toBe(
      'old.json'.replace('old', 'new') + ': version: expected "2" or "1"',
    );
  });

  it('keeps a fixed key order whatever order the input objects have', () => {
    const first = result.findings[0];
    if (first === undefined) throw new Error('fixture has findings');
    const shuffled = Object.fromEntries(Object.entries(first).reverse()) as typeof first;
    const a = buildJsonReport({ ...result, findings: [first] });
    const b = buildJsonReport({ ...result, findings: [shuffled] });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(Object.keys(a.problems[0] ?? {})).toEqual([
      'id',
      'check',
      'title',
      'file',
      'line',
      'column',
      'endLine',
      'endColumn',
      'kind',
      'apiVersion',
      'namespace',
      'name',
      'containers',
      'field',
      'severity',
      'modes',
      'blocking',
      'policies',
      'fix',
      'docs',
      'targets',
      'related',
    ]);
    expect(Object.keys(a.problems[0]?.policies[0] ?? {})).toEqual([
      'modes',
      'level',
      'version',
      'severity',
      'reason',
      'detail',
      'message',
      'fingerprint',
    ]);
    expect(Object.keys(a)).toEqual(['version', 'summary', 'problems', 'workloads', 'errors', 'notices', 'targets']);
  });

  it('writes suppressed as {reason, source, expires} and upcoming only when set', () => {
    const report = buildJsonReport(result);
    const suppressed = report.problems.find((f) => f.check === 'allowPrivilegeEscalation');
    expect(suppressed?.suppressed).toEqual({
      reason: 'legacy image needs setuid | tracked in OPS-12',
      source: 'config',
      expires: '2027-01-31',
    });
    expect(suppressed?.policies[0]?.suppressed).toEqual(suppressed?.suppressed);
    const byAnnotation = report.problems.find((f) => f.check === 'seccompProfile_restricted');
    expect(byAnnotation?.suppressed).toEqual({
      reason: 'node default seccomp profile is RuntimeDefault',
      source: 'annotation',
    });
    expect(report.problems.filter((f) => f.upcoming === true).map((f) => f.check)).toEqual(['procMount_restricted']);
    expect(report.problems.filter((f) => 'upcoming' in f)).toHaveLength(1);
    expect(report.workloads.find((w) => w.name === 'agent')?.exempt).toBe('namespace');
    expect(report.workloads.find((w) => w.name === 'ok')).not.toHaveProperty('message');
    expect(report.targets.at(-1)).toEqual({
      kind: 'helm',
      path: 'charts/broken',
      scenarios: ['default'],
      workloads: 0,
    });
  });

  it('summarises with the counts every report shares', () => {
    const report = buildJsonReport(result);
    expect(report.version).toBe(JSON_REPORT_VERSION);
    expect(report.version).toBe('2');
    expect(report.summary).toEqual({
      failOn: 'enforce',
      workloads: 7,
      passed: 3,
      failed: 4,
      problems: 5,
      blocking: 4,
      byMode: {
        enforce: { problems: 4, workloads: 4 },
        warn: { problems: 3, workloads: 2 },
        audit: { problems: 2, workloads: 1 },
      },
      suppressed: 3,
      upcoming: 1,
      errors: 2,
      notices: 1,
    });
    expect(buildJsonReport(result, { failOn: 'warn' }).summary.blocking).toBe(5);
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
