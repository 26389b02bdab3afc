import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessWorkloads } from '../../src/findings/assess.js';
import { exitCode, failureSummary } from '../../src/findings/exit-code.js';
import { buildProblems, workloadKey } from '../../src/findings/problems.js';
import type { FailOn, ScanError, ScanResult } from '../../src/findings/types.js';
import { items, parse, policy } from './helpers.js';

const yaml = readFileSync(new URL('../fixtures/findings/privileged-deployment.yaml', import.meta.url), 'utf8');
const nginx = readFileSync(new URL('../fixtures/findings/nginx-pod.yaml', import.meta.url), 'utf8');

function result(text: string, overrides: Parameters<typeof policy>[0] = {}, errors: ScanError[] = []): ScanResult {
  const out = assessWorkloads({ items: items(parse(text).workloads), policy: policy(overrides), today: '2026-01-01' });
  return {
    findings: out.findings,
    workloads: out.verdicts,
    errors: [...out.errors, ...errors],
    notices: out.notices,
    targets: [],
  };
}

describe('exitCode and failureSummary', () => {
  it('fails on unsuppressed enforce violations by default', () => {
    const r = result(yaml);
    expect(exitCode(r)).toBe(1);
    expect(failureSummary(r)).toBe('1 problem fails the run in 1 workload (fail-on: enforce)');
  });

  it('passes when only warn/audit findings exist, unless fail-on asks for them', () => {
    const r = result(nginx);
    expect(exitCode(r, 'enforce')).toBe(0);
    expect(failureSummary(r, 'enforce')).toBeUndefined();
    expect(exitCode(r, 'warn')).toBe(1);
    expect(exitCode(r, 'audit')).toBe(1);
    expect(exitCode(r, 'none')).toBe(0);
    const auditOnly = result(nginx, {
      defaults: {
        enforce: { level: 'baseline', version: 'latest' },
        warn: { level: 'baseline', version: 'latest' },
        audit: { level: 'restricted', version: 'latest' },
      },
    });
    expect(exitCode(auditOnly, 'warn')).toBe(0);
    expect(exitCode(auditOnly, 'audit')).toBe(1);
  });

  it('never fails on suppressed findings', () => {
    const r = result(yaml, { relaxations: [{ checks: ['privileged'], reason: 'Node agent.' }] });
    expect(r.findings.some((f) => f.suppressed)).toBe(true);
    expect(exitCode(r)).toBe(0);
  });

  it('counts next-version notes only with fail-on any', () => {
    const probe = readFileSync(new URL('../fixtures/findings/probe-host.yaml', import.meta.url), 'utf8');
    const at = { level: 'baseline' as const, version: 'v1.33' };
    const r = result(probe, { defaults: { enforce: at, warn: at, audit: at }, nextVersion: 'v1.34' });
    expect(r.findings.every((f) => f.upcoming)).toBe(true);
    expect(exitCode(r, 'audit')).toBe(0);
    expect(exitCode(r, 'any')).toBe(1);
  });

  it.each<FailOn>(['enforce', 'warn', 'audit', 'any'])(
    'counts the blocking problems and their workloads alike before and after a report built the problems (fail-on %s)',
    (failOn) => {
      // Several workloads, several failing checks each, in one file: one Pod fails only warn and audit.
      const text = [yaml, nginx, yaml.replace(/name: (\S+)/, 'name: $1-two')].join('\n---\n');
      const first = result(text);
      const before = failureSummary(first, failOn);
      const second = result(text);
      const problems = buildProblems(second.findings, failOn).filter((problem) => problem.blocking);
      const workloads = new Set(problems.map(workloadKey)).size;
      expect(problems.length).toBeGreaterThan(1);
      const expected = `${problems.length} problems fail the run in ${workloads} workload${workloads === 1 ? '' : 's'} (fail-on: ${failOn})`;
      expect(before).toBe(expected);
      expect(failureSummary(second, failOn)).toBe(expected);
    },
  );

  it('gives 2 for errors whatever the findings, except render errors when configured to warn', () => {
    const input: ScanError = { file: 'a.yaml', line: 3, message: 'bad YAML' };
    const render: ScanError = {
      file: 'charts/web',
      message: 'helm template failed',
      target: { kind: 'helm', path: 'charts/web', scenarios: [] },
    };
    expect(exitCode(result(nginx, {}, [input]), 'none')).toBe(2);
    expect(failureSummary(result(nginx, {}, [input]))).toBe('1 input or configuration error');
    expect(exitCode(result(nginx, {}, [render]))).toBe(2);
    expect(exitCode(result(nginx, {}, [render]), 'enforce', { renderErrorsFail: false })).toBe(0);
    expect(exitCode(result(yaml, {}, [render]), 'enforce', { renderErrorsFail: false })).toBe(1);
    expect(failureSummary(result(yaml, {}, [render]))).toBe(
      '1 render error; 1 problem fails the run in 1 workload (fail-on: enforce)',
    );
  });
});
