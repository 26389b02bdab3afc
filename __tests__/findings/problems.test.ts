import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessWorkloads } from '../../src/findings/assess.js';
import { buildProblems, countProblems, problemId, problemTier } from '../../src/findings/problems.js';
import type { ScanResult } from '../../src/findings/types.js';
import { JSON_ESCAPED_TEXTS } from '../json-escaped-texts.js';
import { items, parse, policy } from './helpers.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/findings/${name}`, import.meta.url), 'utf8');

/** Several workloads, each failing several checks at several levels, in one file. */
function scanned(): ScanResult {
  const text = [
    fixture('privileged-deployment.yaml'),
    fixture('nginx-pod.yaml'),
    fixture('privileged-deployment.yaml').replace(/name: (\S+)/, 'name: $1-two'),
  ].join('\n---\n');
  const out = assessWorkloads({ items: items(parse(text).workloads), policy: policy(), today: '2026-01-01' });
  return { findings: out.findings, workloads: out.verdicts, errors: out.errors, notices: out.notices, targets: [] };
}

describe('buildProblems and countProblems', () => {
  it('group findings into the same problems and count them alike whatever order findings and verdicts come in', () => {
    const result = scanned();
    const shuffled: ScanResult = {
      ...result,
      // Every other one first: no problem's findings and no workload's verdicts stay next to each other.
      findings: [...result.findings.filter((_, i) => i % 2 === 0), ...result.findings.filter((_, i) => i % 2 === 1)],
      workloads: [...result.workloads.filter((_, i) => i % 2 === 0), ...result.workloads.filter((_, i) => i % 2 === 1)],
    };
    const summary = (problems: ReturnType<typeof buildProblems>) =>
      problems.map((problem) => ({
        id: problem.id,
        findings: problem.findings.map((finding) => finding.fingerprint).sort(),
        modes: problem.modes,
        policies: problem.policies,
        severity: problem.severity,
        blocking: problem.blocking,
      }));
    const inOrder = buildProblems(result.findings);
    expect(inOrder.length).toBeGreaterThan(4);
    expect(inOrder.some((problem) => problem.findings.length > 1)).toBe(true);
    expect(summary(buildProblems(shuffled.findings))).toEqual(summary(inOrder));
    expect(countProblems(shuffled, buildProblems(shuffled.findings))).toEqual(countProblems(result, inOrder));
    // Findings in place order are put in rank order without a sort: the same order as sorting the shuffled ones.
    for (const failOn of ['warn', 'audit', 'any', 'none'] as const) {
      const ranked = buildProblems(result.findings, failOn);
      expect(new Set(ranked.map((problem) => `${problem.blocking} ${problemTier(problem)}`)).size).toBeGreaterThan(1);
      expect(summary(buildProblems(shuffled.findings, failOn))).toEqual(summary(ranked));
    }
  });

  it('keeps apart problems of objects alike in place, kind, namespace and name that differ in apiVersion', () => {
    const result = scanned();
    const group = buildProblems(result.findings).find((problem) => problem.findings.length > 1);
    expect(group).toBeDefined();
    const [first, second] = group?.findings ?? [];
    if (first === undefined || second === undefined) throw new Error('no problem with two findings');
    const other = (finding: typeof first) => ({ ...finding, apiVersion: 'apps/v1beta2' });
    // In place order (the objects compare alike), but the two objects' findings alternate.
    const problems = buildProblems([first, other(first), second, other(second)]);
    expect(problems.map((problem) => [problem.apiVersion, problem.findings.length])).toEqual(
      expect.arrayContaining([
        [first.apiVersion, 2],
        ['apps/v1beta2', 2],
      ]),
    );
    expect(problems).toHaveLength(2);
    expect(problems.map((problem) => problem.policies)).toEqual([group?.policies, group?.policies]);
  });
});

describe('problemId', () => {
  /** The id as podsec has always written it: baselines and PR comments compare these across runs. */
  const serializedId = (parts: Parameters<typeof problemId>[0]): string =>
    createHash('sha256')
      .update(
        JSON.stringify([
          parts.check,
          parts.file,
          parts.kind,
          parts.namespace,
          parts.name,
          parts.part ?? '',
          parts.field,
        ]),
      )
      .digest('hex')
      .slice(0, 32);

  it('is the SHA-256 of the parts as a JSON array, whatever characters they hold, with or without a part', () => {
    const plain = {
      check: 'privileged',
      file: 'deploy/app.yaml',
      kind: 'Deployment',
      namespace: 'payments',
      name: 'api',
      field: 'spec.template.spec.containers[0].securityContext.privileged',
    } as const;
    expect(problemId(plain)).toBe(serializedId(plain));
    for (const text of JSON_ESCAPED_TEXTS) {
      for (const key of ['file', 'kind', 'namespace', 'name', 'part', 'field'] as const) {
        const parts = { ...plain, [key]: text };
        expect(problemId(parts)).toBe(serializedId(parts));
      }
    }
  });

  it('is the same for the problems of one object one after another as for each alone', () => {
    const object = { file: 'deploy/app.yaml', kind: 'Deployment', namespace: 'payments', name: 'api' } as const;
    const problems = [
      { ...object, check: 'privileged', field: 'spec.template.spec.containers[0].securityContext.privileged' },
      { ...object, check: 'runAsNonRoot', field: 'spec.template.spec.securityContext.runAsNonRoot' },
      { ...object, check: 'runAsNonRoot', field: 'spec.template.spec.securityContext.runAsNonRoot', part: 'b' },
      // Alike in all but one part of the object each.
      { ...object, kind: 'StatefulSet', check: 'privileged', field: 'spec' },
      { ...object, kind: 'StatefulSet', namespace: 'api', check: 'privileged', field: 'spec' },
      { ...object, kind: 'StatefulSet', namespace: 'api', name: 'api"', check: 'privileged', field: 'spec' },
    ] as const;
    for (const parts of problems) expect(problemId(parts)).toBe(serializedId(parts));
  });
});

describe('buildProblems: problems of one finding', () => {
  it('have the lists their finding has: places, targets and the containers its detail names', () => {
    const result = scanned();
    const problems = buildProblems(result.findings);
    const single = problems.filter((problem) => problem.findings.length === 1);
    expect(single.length).toBeGreaterThan(0);
    expect(problems.some((problem) => problem.findings.length > 1)).toBe(true);
    for (const problem of single) {
      const [finding] = problem.findings;
      expect(problem.related).toEqual(finding?.related);
      expect(problem.targets).toEqual(finding?.targets);
      expect(problem.containers.length).toBeGreaterThan(0);
      for (const name of problem.containers) expect(finding?.detail).toContain(`"${name}"`);
    }
  });
});
