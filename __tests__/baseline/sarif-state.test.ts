/**
 * SARIF after a baseline comparison: `baselineState` on each compared result (SARIF 2.1.0 §3.27.24),
 * existing problems at their own level and never failing, no `absent` results, and a log that the SARIF
 * multitool passes with GitHub's ingestion rules.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { applyBaseline } from '../../src/baseline/compare.js';
import { readBaseline } from '../../src/baseline/read.js';
import { exitCode } from '../../src/findings/exit-code.js';
import type { ScanResult } from '../../src/findings/types.js';
import { buildSarif, renderSarif, type SarifResult } from '../../src/report/sarif.js';
import { FIXTURES, loadScanResult } from '../report/helpers.js';

const run = promisify(execFile);
const MULTITOOL = join(process.cwd(), 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');
const work = mkdtempSync(join(tmpdir(), 'podsec-sarif-state-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Without its render errors, which fail a run on their own.
const scanned: ScanResult = { ...loadScanResult(), errors: [] };
// The counted findings of the first two workloads were there before; the rest are new.
const olderNames = [...new Set(scanned.findings.filter((f) => f.suppressed === undefined).map((f) => f.name))].slice(
  0,
  2,
);
const base: ScanResult = {
  ...scanned,
  findings: scanned.findings.filter((f) => f.suppressed === undefined && olderNames.includes(f.name)),
};
// One problem the base had is gone from the head: it is fixed.
const gone = {
  ...base.findings[0]!,
  name: 'retired',
  detail: 'container "old" must not set securityContext.privileged=true',
};
const read = readBaseline(
  JSON.stringify({ version: '1', findings: [...base.findings, gone], targets: base.targets.map((t) => t.ref) }),
  'podsec-baseline.json',
);
const { result, comparison } = applyBaseline(scanned, read.baseline!);

function results(log = buildSarif(result, { toolVersion: '0.1.0', baselineCompared: true })): readonly SarifResult[] {
  return log.runs[0]?.results ?? [];
}

describe('SARIF baselineState', () => {
  it('marks existing problems unchanged and the others new, at the level they have without a baseline', () => {
    const plain = buildSarif(scanned, { toolVersion: '0.1.0' }).runs[0]?.results ?? [];
    const compared = results();
    expect(plain.every((r) => r.baselineState === undefined)).toBe(true);
    const byFingerprint = new Map(plain.map((r) => [r.partialFingerprints?.primaryLocationLineHash, r]));
    const unchanged = compared.filter((r) => r.baselineState === 'unchanged');
    const fresh = compared.filter((r) => r.baselineState === 'new');
    expect(unchanged.length).toBeGreaterThan(0);
    expect(fresh.length).toBeGreaterThan(0);
    expect(comparison.existing).toBeGreaterThan(0);
    for (const r of unchanged) {
      expect(olderNames).toContain(r.properties?.['name']);
      expect(r.properties?.['blocking']).toBe(false);
      // Reported at its level, not demoted to a note.
      expect(r.level).toBe(byFingerprint.get(r.partialFingerprints?.primaryLocationLineHash)?.level);
    }
    for (const r of fresh) expect(olderNames).not.toContain(r.properties?.['name']);
    // Next-version previews are new to SARIF too, but only current problems count as new in the summary.
    const current = fresh.filter((r) => r.properties?.['upcoming'] !== true);
    expect(current.length).toBeLessThan(fresh.length);
    expect(new Set(current.map((r) => r.properties?.['name']))).toEqual(
      new Set(comparison.newProblems.map((p) => p.name)),
    );
  });

  it('leaves results suppressed by a relaxation, an annotation or an exemption uncompared, and writes no absent results', () => {
    const compared = results();
    const otherwise = compared.filter((r) => r.suppressions?.some((s) => s.properties?.['source'] !== 'baseline'));
    expect(otherwise.length).toBeGreaterThan(0);
    for (const r of otherwise) expect(r.baselineState).toBeUndefined();
    expect(comparison.fixed.map((p) => p.name)).toEqual(['retired']);
    expect(compared.some((r) => r.baselineState === 'absent' || r.properties?.['name'] === 'retired')).toBe(false);
  });

  it('fails only on new problems: with every problem existing, the run passes', () => {
    expect(exitCode(scanned, 'enforce')).toBe(1);
    const everything = readBaseline(
      JSON.stringify({
        version: '1',
        findings: scanned.findings.filter((f) => f.suppressed === undefined),
        targets: [],
      }),
      'all.json',
    );
    const allExisting = applyBaseline(scanned, everything.baseline!);
    expect(allExisting.comparison.newProblems).toEqual([]);
    expect(exitCode(allExisting.result, 'enforce')).toBe(0);
    expect(
      results(buildSarif(allExisting.result, { toolVersion: '0.1.0', baselineCompared: true })).filter(
        (r) => r.baselineState === 'new',
      ),
    ).toEqual([]);
  });

  it('passes the SARIF multitool with GitHub rules', async () => {
    const path = join(work, 'compared.sarif');
    writeFileSync(path, renderSarif(result, { toolVersion: '0.1.0', baselineCompared: true }));
    const out = join(work, 'validation.sarif');
    await run(
      MULTITOOL,
      [
        'validate',
        '--rule-kind',
        'Gh;Sarif',
        '--level',
        'Error;Warning',
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
    const problems = (validation.runs[0]?.results ?? [])
      .filter((r) => r.level === 'error' || r.level === 'warning')
      .map((r) => `${r.level} ${r.ruleId} ${(r.message.arguments ?? []).join(' | ')}`);
    expect(problems).toEqual([]);
  });
});
