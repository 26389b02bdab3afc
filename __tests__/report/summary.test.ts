import { describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../../src/findings/types.js';
import { JOB_SUMMARY_MAX_BYTES, cell, renderJobSummary } from '../../src/report/summary.js';
import { expectGolden, loadScanResult } from './helpers.js';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('renderJobSummary', () => {
  const result = loadScanResult();

  it('matches the stored summary', () => {
    expectGolden('summary.md', renderJobSummary(result));
  });

  it('starts with the totals table', () => {
    const text = renderJobSummary(result, { title: 'Pod security' });
    expect(text.startsWith('## Pod security\n\n**4 of 7 workloads violate enforce.**\n')).toBe(true);
    expect(text).toContain('| Workloads | Passed | Failed (enforce) | Warn | Audit | Suppressed | Errors |\n');
    expect(text).toContain('| 7 | 3 | 4 | 2 | 1 | 3 | 2 |\n');
  });

  it('has one table per target with check, mode, message and file:line', () => {
    const text = renderJobSummary(result);
    const headings = text.split('\n').filter((line) => line.startsWith('### '));
    expect(headings).toEqual([
      '### Errors',
      '### Manifest deploy/web.yaml',
      '### Helm chart charts/api',
      '### Kustomization overlays/prod',
      '### Manifest manifests/batch.yaml',
      '### Notices',
    ]);
    expect(text).toContain(
      '| Pod default/debug | `hostNamespaces` | enforce | violates PodSecurity "baseline:latest": host namespaces (hostNetwork=true) | `deploy/web.yaml:33` |',
    );
    expect(text).toContain('Scenarios: default, ci/prod-values.yaml.');
  });

  it('puts suppressed findings with their reasons in a collapsed section', () => {
    const text = renderJobSummary(result);
    const start = text.indexOf('<details><summary>3 suppressed findings</summary>');
    const end = text.indexOf('</details>');
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    const block = text.slice(start, end);
    expect(block).toContain('config: legacy image needs setuid \\| tracked in OPS-12 (expires 2027-01-31)');
    expect(block).toContain('exemption: namespace kube-system is exempt');
    // Suppressed findings are not in the target tables.
    expect(text.slice(0, start)).not.toContain('allowPrivilegeEscalation');
  });

  it('escapes pipes, Markdown and HTML in cells', () => {
    expect(cell('a|b')).toBe('a\\|b');
    expect(cell('<script>x</script>')).toBe('&lt;script&gt;x&lt;/script&gt;');
    expect(cell('drop=["ALL"] *x* _y_ `z`')).toBe('drop=\\["ALL"\\] \\*x\\* \\_y\\_ \\`z\\`');
    expect(cell('two\nlines')).toBe('two<br>lines');
    const odd: ScanResult = {
      ...result,
      findings: [{ ...(result.findings[0] as Finding), name: 'a|b', message: 'x | y <b>' }],
    };
    const row = renderJobSummary(odd).split('\n').find((line) => line.startsWith('| Deployment'));
    expect(row).toBe('| Deployment default/a\\|b | `privileged` | enforce | x \\| y &lt;b&gt;<br>The Deployment itself is accepted, but the pods it creates will be rejected by enforce. | `deploy/web.yaml:22` |');
    expect(row?.split(/(?<!\\)\|/)).toHaveLength(7);
  });

  it('stays under the byte budget, closes what it opened, and says what it left out', () => {
    const base = result.findings[0] as Finding;
    const active = Array.from({ length: 20_000 }, (_, i) => ({ ...base, name: `workload-${i}`, suppressed: undefined }));
    const suppressed = Array.from({ length: 20_000 }, (_, i) => ({ ...base, name: `quiet-${i}`, suppressed: { reason: 'r', source: 'config' as const } }));
    const big: ScanResult = { ...result, findings: [...active, ...suppressed] };
    const text = renderJobSummary(big);
    expect(bytes(text)).toBeLessThan(JOB_SUMMARY_MAX_BYTES);
    expect(text).toMatch(/> \d+ more rows were left out to keep this summary under GitHub's 1 MiB limit\./);
    const shown = text.split('\n').filter((line) => line.startsWith('| Deployment default/') || line.startsWith('- `')).length;
    const omitted = Number(/> (\d+) more rows/.exec(text)?.[1]);
    // Every row is either shown or counted (plus the two errors and one notice of the fixture).
    expect(shown + omitted).toBe(active.length + suppressed.length + 3);
    expect(text.split('<details>').length).toBe(text.split('</details>').length);

    const small = renderJobSummary(big, { maxBytes: 8_000 });
    expect(bytes(small)).toBeLessThanOrEqual(8_000);
    expect(small).toContain('### Errors');
  });

  it('keeps a budget that is smaller than the summary of one target', () => {
    const text = renderJobSummary(result, { maxBytes: 2_500 });
    expect(bytes(text)).toBeLessThanOrEqual(2_500);
    expect(text).toContain('more rows were left out');
  });

  it('says all pass when nothing fails', () => {
    const clean: ScanResult = {
      ...result,
      findings: [],
      workloads: result.workloads.map((w) => ({ ...w, allowed: true, message: undefined })),
      errors: [],
      notices: [],
    };
    expect(renderJobSummary(clean)).toContain('**All 7 workloads pass enforce.**');
    expect(renderJobSummary({ ...clean, errors: result.errors })).toContain('**No enforce violations, but 2 errors stopped part of the scan.**');
  });
});
