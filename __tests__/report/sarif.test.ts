import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProblems, type Problem } from '../../src/findings/problems.js';
import type { Finding, ScanResult, Severity } from '../../src/findings/types.js';
import { allCheckMeta } from '../../src/policy/registry.js';
import { SARIF_LIMITS, buildSarif, renderSarif, sarifPieces, type SarifOptions } from '../../src/report/sarif.js';
import type { SarifLog, SarifRun } from '../../src/report/sarif.js';
import { FIXTURES, expectGolden, loadScanResult } from './helpers.js';

const run = promisify(execFile);
const MULTITOOL = join(process.cwd(), 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');
const work = mkdtempSync(join(tmpdir(), 'podsec-sarif-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const OPTIONS = { toolVersion: '0.1.0' };

function onlyRun(log: SarifLog): SarifRun {
  expect(log.runs).toHaveLength(1);
  const first = log.runs[0];
  if (first === undefined) throw new Error('no run');
  return first;
}

const MODE_OF = { error: 'enforce', warning: 'warn', note: 'audit' } as const;

function finding(base: Finding, index: number, severity: Severity): Finding {
  return {
    ...base,
    name: `w${index}`,
    severity,
    modes: [MODE_OF[severity]],
    fingerprint: `fp-${index}`,
    suppressed: undefined,
    related: [],
  };
}

describe('buildSarif', () => {
  const result = loadScanResult();

  it('matches the stored log', () => {
    expectGolden(
      'report.sarif.json',
      `${JSON.stringify(buildSarif(result, { ...OPTIONS, category: 'charts' }), null, 2)}\n`,
    );
  });

  it('passes the SARIF multitool with GitHub rules: no errors, no warnings', async () => {
    // One combined log: findings, suppressions, related locations, errors, notices and truncation.
    const path = join(work, 'combined.sarif');
    writeFileSync(path, renderSarif(result, { ...OPTIONS, category: 'charts', maxResults: 6 }));
    const out = join(work, 'validation.sarif');
    // The config turns off SARIF2006, which would fetch every help URI over the network.
    await run(
      MULTITOOL,
      [
        'validate',
        '--rule-kind',
        'Gh;Sarif',
        '--level',
        'Error;Warning;Note',
        '-c',
        join(FIXTURES, 'sarif-validator.xml'),
        '-o',
        out,
        path,
      ],
      { timeout: 120_000 },
    );
    const validation = JSON.parse(readFileSync(out, 'utf8')) as {
      runs: { results?: { ruleId: string; level?: string; message: { arguments?: string[] } }[] }[];
    };
    const findings = validation.runs[0]?.results ?? [];
    const problems = findings
      .filter((r) => r.level === 'error' || r.level === 'warning')
      .map((r) => `${r.level} ${r.ruleId} ${(r.message.arguments ?? []).join(' | ')}`);
    expect(problems).toEqual([]);
    // Notes left on purpose: check ids are upstream's (not `XX1234`), no snippets or VCS details in a
    // pure report, and no message arguments.
    const notes = new Set(findings.map((r) => r.ruleId));
    for (const id of notes) expect(['SARIF2002', 'SARIF2003', 'SARIF2009', 'SARIF2010', 'SARIF2011']).toContain(id);
  });

  it('has one rule per check from the registry, with the fields code scanning needs', () => {
    const sarifRun = onlyRun(buildSarif(result, OPTIONS));
    const driver = sarifRun.tool.driver;
    expect(driver.name).toBe('podsec');
    expect(driver.semanticVersion).toBe('0.1.0');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    const metas = allCheckMeta();
    expect(driver.rules.map((r) => r.id)).toEqual(metas.map((m) => m.id));
    expect(driver.rules).toHaveLength(19);
    for (const [index, rule] of driver.rules.entries()) {
      const meta = metas[index];
      if (meta === undefined) throw new Error('rule without meta');
      expect(rule.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(rule.name?.toLowerCase()).not.toBe(rule.id.toLowerCase());
      for (const text of [
        rule.shortDescription?.text,
        rule.fullDescription?.text,
        rule.help?.text,
        rule.help?.markdown,
      ]) {
        expect(text?.trim()).toBeTruthy();
      }
      expect(rule.fullDescription?.text.length).toBeLessThanOrEqual(SARIF_LIMITS.textLength);
      expect(rule.help?.markdown).toContain(meta.docsUrl);
      expect(rule.help?.markdown).toContain(`docs/checks/${meta.id}.md`);
      expect(rule.help?.markdown).toContain(meta.fix);
      expect(rule.help?.text).toContain('How to fix');
      const tags = rule.properties?.['tags'] as string[];
      expect(tags).toEqual(['security', 'kubernetes', 'pod-security', `pss-${meta.level}`]);
      expect(tags.length).toBeLessThanOrEqual(SARIF_LIMITS.tagsPerRule);
      expect(rule.properties?.['precision']).toBe('very-high');
      const score = Number(rule.properties?.['security-severity']);
      if (meta.level === 'baseline') {
        expect(score).toBeGreaterThanOrEqual(7.0);
        expect(score).toBeLessThan(9.0);
        expect(rule.defaultConfiguration?.level).toBe('error');
      } else {
        expect(score).toBeGreaterThanOrEqual(4.0);
        expect(score).toBeLessThan(7.0);
        expect(rule.defaultConfiguration?.level).toBe('warning');
      }
    }
  });

  it('maps each problem to one result with its rule, level from the strictest mode, location and fingerprint', () => {
    const sarifRun = onlyRun(buildSarif(result, OPTIONS));
    const problems = buildProblems(result.findings);
    // Ten findings, nine problems: privileged breaks enforce baseline:latest and restricted:latest (warn, audit).
    expect(sarifRun.results).toHaveLength(9);
    const levels = { error: 'error', warning: 'warning', note: 'note' };
    for (const [index, sarifResult] of sarifRun.results.entries()) {
      const source = problems[index] as Problem;
      expect(sarifResult.ruleId).toBe(source.check);
      expect(sarifRun.tool.driver.rules[sarifResult.ruleIndex]?.id).toBe(source.check);
      expect(sarifResult.level).toBe(levels[source.severity]);
      expect(sarifResult.partialFingerprints).toEqual({ primaryLocationLineHash: source.id });
      expect(sarifResult.locations).toHaveLength(1);
      const physical = sarifResult.locations[0]?.physicalLocation;
      expect(physical?.artifactLocation).toEqual({ uri: source.file, uriBaseId: '%SRCROOT%' });
      expect(physical?.region).toEqual({
        startLine: source.line,
        startColumn: source.column,
        endLine: source.endLine,
        endColumn: source.endColumn,
      });
      const prefix = source.upcoming ? 'After an upgrade to the next version, ' : '';
      expect(sarifResult.message.text.startsWith(`${prefix}${source.kind} ${source.namespace}/${source.name}: `)).toBe(
        true,
      );
      expect(sarifResult.properties?.['modes']).toEqual(source.modes);
      expect(sarifResult.properties?.['messages']).toEqual(source.findings.map((f) => f.message));
    }
    const privileged = sarifRun.results.find((r) => r.ruleId === 'privileged');
    expect(privileged?.level).toBe('error');
    expect(privileged?.properties?.['policies']).toEqual([
      'enforce baseline:latest',
      'warn restricted:latest',
      'audit restricted:latest',
    ]);
    // The level comes from the mode, not from the rule: a restricted check under enforce is an error.
    const warnOnly = sarifRun.results.find((r) => r.ruleId === 'runAsNonRoot');
    expect(warnOnly?.level).toBe('warning');
    expect(sarifRun.automationDetails).toEqual({ id: 'podsec/' });
    expect(sarifRun.originalUriBaseIds?.['%SRCROOT%']).toBeDefined();
  });

  it('titles alerts with the problem and links help to the check page', () => {
    const rules = onlyRun(buildSarif(result, OPTIONS)).tool.driver.rules;
    const rule = rules.find((r) => r.id === 'allowPrivilegeEscalation');
    expect(rule?.shortDescription?.text).toBe('Container can escalate privileges');
    expect(rule?.helpUri).toBe(
      'https://github.com/podsec-dev/podsec/blob/main/docs/checks/allowPrivilegeEscalation.md',
    );
    expect(rule?.help?.markdown).toContain('**How to fix**');
  });

  it('writes the policies, a fix hint and the controller note into the message', () => {
    const sarifRun = onlyRun(buildSarif(result, OPTIONS));
    const privileged = sarifRun.results[0];
    expect(privileged?.message.text).toBe(
      'Deployment shop/api: non-default capabilities (container "api" must not include "NET_ADMIN" in securityContext.capabilities.add). ' +
        'Breaks enforce baseline:v1.30, warn baseline:v1.30. The Deployment itself is accepted, but the pods it creates will be ' +
        'rejected by enforce. Seen in helm charts/api (default, ci/prod-values.yaml). Fix: Remove the extra capabilities from add; keep only the defaults the program needs.',
    );
    const pod = sarifRun.results.find((r) => r.properties?.['kind'] === 'Pod');
    expect(pod?.message.text).not.toContain('accepted');
  });

  it('keeps fingerprints when unrelated lines move', () => {
    const shifted: ScanResult = {
      ...result,
      findings: result.findings.map((f) => ({ ...f, line: f.line + 7, endLine: f.endLine + 7 })),
    };
    const before = onlyRun(buildSarif(result, OPTIONS)).results.map((r) => r.partialFingerprints);
    const after = onlyRun(buildSarif(shifted, OPTIONS)).results.map((r) => r.partialFingerprints);
    expect(after).toEqual(before);
    expect(new Set(before.map((f) => f?.['primaryLocationLineHash'])).size).toBe(9);
  });

  it('adds related locations for values files and patches, with messages', () => {
    const sarifRun = onlyRun(buildSarif(result, OPTIONS));
    const helm = sarifRun.results.find((r) => r.ruleId === 'capabilities_baseline');
    expect(helm?.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'charts/api/values.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 14, startColumn: 7, endLine: 15, endColumn: 20 },
        },
        message: { text: 'value set in charts/api/values.yaml' },
      },
      {
        id: 2,
        physicalLocation: {
          artifactLocation: { uri: 'charts/api/ci/prod-values.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 25 },
        },
        message: { text: 'value set in charts/api/ci/prod-values.yaml (scenario ci/prod-values.yaml)' },
      },
    ]);
    expect(helm?.properties?.['targets']).toEqual(['helm charts/api (default, ci/prod-values.yaml)']);
    const patch = sarifRun.results.find((r) => r.ruleId === 'hostPorts');
    expect(patch?.relatedLocations?.[0]?.physicalLocation?.artifactLocation.uri).toBe('base/worker.yaml');
  });

  it('writes suppressed findings as suppressions: inSource for annotations, external otherwise', () => {
    const sarifRun = onlyRun(buildSarif(result, OPTIONS));
    const byRule = (id: string) => sarifRun.results.find((r) => r.ruleId === id);
    expect(byRule('allowPrivilegeEscalation')?.suppressions).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        justification: 'legacy image needs setuid | tracked in OPS-12',
        properties: { source: 'config', expires: '2027-01-31' },
      },
    ]);
    expect(byRule('seccompProfile_restricted')?.suppressions?.[0]).toMatchObject({
      kind: 'inSource',
      justification: 'node default seccomp profile is RuntimeDefault',
    });
    expect(byRule('hostPathVolumes')?.suppressions?.[0]).toMatchObject({
      kind: 'external',
      justification: 'namespace kube-system is exempt',
    });
    expect(sarifRun.results.filter((r) => r.suppressions !== undefined)).toHaveLength(3);
  });

  it('reports scan errors and notices as tool notifications with locations', () => {
    const invocation = onlyRun(buildSarif(result, OPTIONS)).invocations?.[0];
    expect(invocation?.executionSuccessful).toBe(false);
    const notifications = invocation?.toolExecutionNotifications ?? [];
    expect(notifications.map((n) => n.level)).toEqual(['error', 'error', 'note']);
    expect(notifications[0]?.message.text).toMatch(
      /^charts\/broken \(helm charts\/broken \(default\)\): helm template failed/,
    );
    expect(notifications[1]?.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'manifests/bad.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 4, startColumn: 7 },
        },
      },
    ]);
    const clean = onlyRun(buildSarif({ ...result, errors: [], notices: [] }, OPTIONS)).invocations?.[0];
    expect(clean).toEqual({ executionSuccessful: true });
  });

  it('uses one category per run as automationDetails.id', () => {
    expect(onlyRun(buildSarif(result, { ...OPTIONS, category: '/charts/api/' })).automationDetails?.id).toBe(
      'podsec/charts/api/',
    );
    expect(onlyRun(buildSarif(result, { ...OPTIONS, category: '' })).automationDetails?.id).toBe('podsec/');
  });

  it('writes in pieces exactly the text of the whole log, with every option and across result batches', () => {
    const base = result.findings[0] as Finding;
    const many: ScanResult = {
      ...result,
      findings: [...result.findings, ...Array.from({ length: 700 }, (_, i) => finding(base, i, 'warning'))],
    };
    const fixes: SarifOptions['fixes'] = (found) =>
      found.name.endsWith('3')
        ? [
            {
              description: { text: `fix ${found.name}` },
              artifactChanges: [{ artifactLocation: { uri: found.file }, replacements: [] }],
            },
          ]
        : undefined;
    const variants: [ScanResult, SarifOptions][] = [
      [result, OPTIONS],
      [result, { ...OPTIONS, category: 'charts', maxResults: 6, baselineCompared: true }],
      [{ ...result, findings: [], errors: [], notices: [] }, OPTIONS],
      [many, { ...OPTIONS, fixes, srcRoot: '/home/runner/work/repo' }],
      [many, { ...OPTIONS, maxResults: 512 }],
    ];
    for (const [scanned, options] of variants) {
      const whole = `${JSON.stringify(buildSarif(scanned, options))}\n`;
      const pieces = [...sarifPieces(scanned, options)];
      expect(pieces.join('')).toBe(whole);
      expect(renderSarif(scanned, options)).toBe(whole);
      // The results are written a batch at a time, not as one piece.
      if (scanned === many) expect(pieces.length).toBeGreaterThan(4);
    }
  });

  it('never emits a temp directory or an absolute path for repo files', () => {
    const text = renderSarif(result, OPTIONS);
    expect(text).not.toMatch(/\/tmp\/|file:\/\//);
    const absolute: ScanResult = {
      ...result,
      findings: [{ ...(result.findings[0] as Finding), file: '/home/runner/work/repo/deploy/web.yaml' }],
      errors: [],
      notices: [],
    };
    const sarifRun = onlyRun(buildSarif(absolute, { ...OPTIONS, srcRoot: '/home/runner/work/repo' }));
    expect(sarifRun.results[0]?.locations[0]?.physicalLocation?.artifactLocation).toEqual({
      uri: 'deploy/web.yaml',
      uriBaseId: '%SRCROOT%',
    });
  });

  it('percent-encodes path segments', () => {
    const odd: ScanResult = {
      ...result,
      findings: [{ ...(result.findings[0] as Finding), file: 'my charts/a:b#c.yaml' }],
    };
    expect(onlyRun(buildSarif(odd, OPTIONS)).results[0]?.locations[0]?.physicalLocation?.artifactLocation.uri).toBe(
      'my%20charts/a%3Ab%23c.yaml',
    );
  });

  it('truncates to 25,000 results by severity, says so, and stays under 10 MB gzipped', () => {
    const base = result.findings[0] as Finding;
    const findings: Finding[] = [];
    // Notes first in input order, so keeping the first 25,000 would be wrong.
    for (let i = 0; i < 3_000; i++) findings.push(finding(base, i, 'note'));
    for (let i = 3_000; i < 13_000; i++) findings.push(finding(base, i, 'warning'));
    for (let i = 13_000; i < 27_000; i++) findings.push(finding(base, i, 'error'));
    const big: ScanResult = { ...result, findings, errors: [], notices: [] };
    const text = renderSarif(big, OPTIONS);
    const sarifRun = onlyRun(JSON.parse(text) as SarifLog);
    expect(sarifRun.results).toHaveLength(25_000);
    const kept = sarifRun.results.reduce<Record<string, number>>(
      (acc, r) => ({ ...acc, [r.level]: (acc[r.level] ?? 0) + 1 }),
      {},
    );
    expect(kept).toEqual({ error: 14_000, warning: 10_000, note: 1_000 });
    expect(sarifRun.properties?.['truncation']).toEqual({
      totalResults: 27_000,
      emittedResults: 25_000,
      maxResults: 25_000,
      omitted: { error: 0, warning: 0, note: 2_000 },
    });
    const notes = sarifRun.invocations?.[0]?.toolExecutionNotifications ?? [];
    expect(notes.some((n) => n.level === 'warning' && n.message.text.includes('25000 most severe of 27000'))).toBe(
      true,
    );
    expect(
      notes.some(
        (n) =>
          n.level === 'note' &&
          n.message.text.includes('Code scanning shows only the 5,000 most severe of the 25,000 results'),
      ),
    ).toBe(true);
    expect(gzipSync(text).length).toBeLessThan(10 * 1024 * 1024);
  });

  it('drops suppressed results before unsuppressed ones of the same severity', () => {
    const base = result.findings[0] as Finding;
    const suppressed = { ...finding(base, 1, 'error'), suppressed: { reason: 'r', source: 'config' as const } };
    const active = finding(base, 2, 'error');
    const sarifRun = onlyRun(buildSarif({ ...result, findings: [suppressed, active] }, { ...OPTIONS, maxResults: 1 }));
    expect(sarifRun.results.map((r) => r.properties?.['name'])).toEqual(['w2']);
  });
});
