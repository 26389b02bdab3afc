import { describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../../src/findings/types.js';
import { JOB_SUMMARY_MAX_BYTES, blobBaseUrl, cell, renderJobSummary } from '../../src/report/summary.js';
import { expectGolden, loadScanResult } from './helpers.js';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('renderJobSummary', () => {
  const result = loadScanResult();

  it('matches the stored summary', () => {
    expectGolden('summary.md', renderJobSummary(result));
  });

  it('starts with a headline saying what blocks the merge, then the shared counts', () => {
    const text = renderJobSummary(result, { title: 'Pod security' });
    expect(
      text.startsWith('## Pod security\n\n### ❌ 4 problems block the merge and 2 errors stopped part of the scan\n\n'),
    ).toBe(true);
    expect(text).toContain(
      '7 workloads (3 passed, 4 failed); 5 problems (enforce 4, warn 3, audit 2); 4 fail the run (fail-on: enforce); 3 suppressed; 1 only at the next version; 2 errors; 1 notice\n',
    );
  });

  it('tables the blocking problems, each once with its policies, fix and check page; the rest folded', () => {
    const text = renderJobSummary(result);
    const blocking = text.slice(text.indexOf('#### Fails the run'), text.indexOf('<details>'));
    const rows = blocking
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| Where') && !line.startsWith('| ---'));
    expect(rows).toHaveLength(4);
    expect(rows[1]).toBe(
      '| deploy/<wbr>web.yaml:22<br>Deployment default/web | **Container runs privileged**<br>privileged (container "app" must not set securityContext.privileged=true)<br><sub>enforce baseline:latest, warn restricted:latest, audit restricted:latest</sub> | ' +
        'Remove privileged: true or set it to false; add only the specific capabilities the workload needs. [privileged](https://github.com/podsec-dev/podsec/blob/main/docs/checks/privileged.md) |',
    );
    // The controller note is said once above the table, not on every row.
    expect(text.match(/the Pods it creates are rejected/g)).toHaveLength(1);
    expect(text).toContain('<details><summary><b>Warnings (warn)</b>: 1 problem</summary>');
    expect(text.indexOf('#### Fails the run')).toBeLessThan(text.indexOf('Warnings (warn)'));
  });

  it('links every location to the file line at the scanned commit when on GitHub', () => {
    const blobUrl = blobBaseUrl({
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SHA: 'a'.repeat(40),
    });
    expect(blobUrl).toBe(`https://github.com/acme/shop/blob/${'a'.repeat(40)}`);
    const text = renderJobSummary(result, { ...(blobUrl === undefined ? {} : { blobUrl }) });
    expect(text).toContain(
      `[deploy/<wbr>web.yaml:22](https://github.com/acme/shop/blob/${'a'.repeat(40)}/deploy/web.yaml#L22)`,
    );
    expect(text).toContain(
      `[manifests/<wbr>bad.yaml:4](https://github.com/acme/shop/blob/${'a'.repeat(40)}/manifests/bad.yaml#L4)`,
    );
    // Outside GitHub (or with a forged SHA) there is nothing to link to.
    expect(blobBaseUrl({})).toBeUndefined();
    expect(blobBaseUrl({ GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: 'main)[x](y' })).toBeUndefined();
  });

  it('counts suppressed problems and lists them with their reasons only when asked', () => {
    const text = renderJobSummary(result);
    expect(text).toContain('3 suppressed problems (exemptions, relaxations or annotations) not listed here');
    expect(text).not.toContain('legacy image needs setuid');
    const shown = renderJobSummary(result, { showSuppressed: true });
    const start = shown.indexOf('<details><summary>3 suppressed problems</summary>');
    expect(start).toBeGreaterThan(0);
    const block = shown.slice(start, shown.indexOf('</details>', start));
    expect(block).toContain('config: legacy image needs setuid \\| tracked in OPS-12 (expires 2027-01-31)');
    expect(block).toContain('exemption: namespace kube-system is exempt');
  });

  it('groups one problem shared by many workloads into one row', () => {
    const first = result.findings.find((finding) => finding.check === 'privileged') as Finding;
    const copies = Array.from({ length: 25 }, (_, i) => ({ ...first, name: `w${i}`, fingerprint: `fp-${i}` }));
    const text = renderJobSummary({ ...result, findings: copies, errors: [], notices: [] });
    const rows = text.split('\n').filter((line) => line.startsWith('| 25 workloads:'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('… and 5 more (the JSON report lists all)');
  });

  it('escapes pipes, Markdown and HTML in cells', () => {
    expect(cell('a|b')).toBe('a\\|b');
    expect(cell('<script>x</script>')).toBe('&lt;script&gt;x&lt;/script&gt;');
    expect(cell('drop=["ALL"] *x* _y_ `z`')).toBe('drop=\\["ALL"\\] \\*x\\* \\_y\\_ \\`z\\`');
    expect(cell('two\nlines')).toBe('two<br>lines');
    const odd: ScanResult = {
      ...result,
      findings: [{ ...(result.findings[0] as Finding), name: 'a|b', detail: 'x | y <b>' }],
    };
    const row = renderJobSummary(odd)
      .split('\n')
      .find((line) => line.startsWith('| deploy/'));
    expect(row).toContain('Deployment default/a\\|b | **Container runs privileged**<br>privileged (x \\| y &lt;b&gt;)');
    expect(row?.split(/(?<!\\)\|/)).toHaveLength(5);
  });

  it('stays under the byte budget, closes what it opened, and says what it left out', () => {
    const base = result.findings[0] as Finding;
    // Each workload's problem differs (its own container name), so none are grouped into one row.
    const active = Array.from({ length: 20_000 }, (_, i) => ({
      ...base,
      name: `workload-${i}`,
      detail: `container "c${i}" must not set securityContext.privileged=true`,
      suppressed: undefined,
    }));
    const suppressed = Array.from({ length: 20_000 }, (_, i) => ({
      ...base,
      name: `quiet-${i}`,
      suppressed: { reason: 'r', source: 'config' as const },
    }));
    const big: ScanResult = { ...result, findings: [...active, ...suppressed] };
    const text = renderJobSummary(big, { showSuppressed: true });
    expect(bytes(text)).toBeLessThan(JOB_SUMMARY_MAX_BYTES);
    expect(text).toMatch(/> \d+ more rows were left out to keep this text under GitHub's size limit\./);
    const shown = text
      .split('\n')
      .filter(
        (line) =>
          line.startsWith('| deploy/') ||
          line.startsWith('- deploy/') ||
          line.startsWith('- charts/') ||
          line.startsWith('- manifests/') ||
          line.startsWith('- .podsec'),
      ).length;
    const omitted = Number(/> (\d+) more rows/.exec(text)?.[1]);
    // Every row is either shown or counted (plus the two errors and one notice of the fixture).
    expect(shown + omitted).toBe(active.length + suppressed.length + 3);
    expect(text.split('<details>').length).toBe(text.split('</details>').length);

    const small = renderJobSummary(big, { maxBytes: 8_000 });
    expect(bytes(small)).toBeLessThanOrEqual(8_000);
    expect(small).toContain('#### 2 errors');
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
    expect(renderJobSummary(clean)).toContain('### ✅ Passed: nothing blocks the merge\n');
    expect(renderJobSummary({ ...clean, errors: result.errors })).toContain(
      '### ❌ 2 errors stopped part of the scan\n',
    );
  });
});
