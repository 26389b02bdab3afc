import { describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../../src/findings/types.js';
import { renderText } from '../../src/report/text.js';
import { expectGolden, loadScanResult } from './helpers.js';

const ESC = '\u001b[';

describe('renderText', () => {
  const result = loadScanResult();

  it('matches the stored plain report', () => {
    expectGolden('text.txt', renderText(result, { color: false }));
  });

  it('matches the stored verbose report', () => {
    expectGolden('text-verbose.txt', renderText(result, { color: false, verbose: true }));
  });

  it('matches the stored coloured report', () => {
    expectGolden('text-color.txt', renderText(result, { color: true }));
  });

  it('uses ANSI codes only when asked to', () => {
    expect(renderText(result, { color: false })).not.toContain(ESC);
    const coloured = renderText(result, { color: true });
    expect(coloured).toContain(`${ESC}31m`);
    // Suppressed findings are dimmed, and their reason is still shown.
    const suppressedLine = coloured.split('\n').find((line) => line.includes('suppressed by config'));
    expect(suppressedLine).toContain(`${ESC}2m`);
  });

  it('groups by file, then workload, with the object line in the workload header', () => {
    const text = renderText(result, { color: false });
    const lines = text.split('\n');
    const file = lines.indexOf('deploy/web.yaml');
    expect(file).toBeGreaterThanOrEqual(0);
    expect(lines[file + 1]).toBe('  Deployment default/web (line 1)');
    expect(text).toContain('  Pod default/debug (line 27)\n');
    // A patch's finding names where the object itself is defined, not a line of the patch.
    expect(text).toContain('overlays/prod/patch-ports.yaml\n  CronJob prod/worker (defined in base/worker.yaml:1)\n');
  });

  it('prints the upstream message and file:line of each finding', () => {
    const text = renderText(result, { color: false });
    expect(text).toContain('ERROR privileged [enforce] deploy/web.yaml:22:13\n');
    expect(text).toContain(
      '      violates PodSecurity "baseline:latest": privileged (container "app" must not set securityContext.privileged=true)\n',
    );
  });

  it('says a controller under enforce is accepted but its pods rejected, and not for a Pod', () => {
    const text = renderText(result, { color: false });
    expect(text).toContain('The Deployment itself is accepted, but the pods it creates will be rejected by enforce.');
    expect(text).toContain('The CronJob itself is accepted');
    const podBlock = text.slice(text.indexOf('Pod default/debug'), text.indexOf('charts/api/templates'));
    expect(podBlock).not.toContain('accepted');
  });

  it('prefers the note the scan put on a finding', () => {
    const first = result.findings[0] as Finding;
    const withNote: ScanResult = { ...result, findings: [{ ...first, note: 'Custom note from the scan.' }] };
    const text = renderText(withNote, { color: false });
    expect(text).toContain('Custom note from the scan.');
    expect(text).not.toContain('itself is accepted');
  });

  it('shows render targets, scenarios and related locations', () => {
    const text = renderText(result, { color: false });
    expect(text).toContain('target: helm charts/api (default, ci/prod-values.yaml)');
    expect(text).toContain('related: charts/api/values.yaml:14:7 value set in charts/api/values.yaml');
    expect(text).toContain('target: kustomize overlays/prod');
    // A plain manifest target is the file itself; naming it again is noise.
    expect(text).not.toContain('target: manifest');
  });

  it('marks suppressed findings with source, reason and expiry', () => {
    const text = renderText(result, { color: false });
    expect(text).toContain('SUPPRESSED allowPrivilegeEscalation [warn, audit] deploy/web.yaml:21:11');
    expect(text).toContain('suppressed by config: legacy image needs setuid | tracked in OPS-12 (expires 2027-01-31)');
    expect(text).toContain('suppressed by exemption: namespace kube-system is exempt');
  });

  it('lists errors and notices with their locations', () => {
    const text = renderText(result, { color: false });
    expect(text).toContain('Errors\n  charts/broken: helm template failed');
    expect(text).toContain('  manifests/bad.yaml:4:7: YAML does not parse: bad indentation of a mapping entry\n');
    expect(text).toContain('Notices\n  .podsec.yaml:12:5: relaxation of runAsUser');
  });

  it('ends with a one-line summary counting each workload once', () => {
    const text = renderText(result, { color: false });
    const last = text.trimEnd().split('\n').at(-1);
    // web, debug, api and worker violate enforce; ok, migrate (upcoming only) and agent (exempt) pass.
    expect(last).toBe(
      '7 workloads, 3 passed, 4 failed; 2 errors (violations by mode: enforce 4, warn 2, audit 1; 3 suppressed; 1 upcoming; 1 notice)',
    );
  });

  it('lists passing and exempt workloads only when verbose', () => {
    expect(renderText(result, { color: false })).not.toContain('Deployment default/ok');
    const verbose = renderText(result, { color: false, verbose: true });
    expect(verbose).toContain('deploy/ok.yaml\n  Deployment default/ok (line 1)  passed\n');
    expect(verbose).toContain('field: spec.template.spec.containers[0].securityContext.privileged');
    // The CronJob was shown with its patch finding; its base file must not list it again as passed.
    expect(verbose).not.toContain('\nbase/worker.yaml\n');
  });

  it('reports an empty scan plainly', () => {
    const empty: ScanResult = { findings: [], workloads: [], errors: [], targets: [], notices: [] };
    expect(renderText(empty, { color: false })).toBe(
      '0 workloads, 0 passed, 0 failed; 0 errors (violations by mode: enforce 0, warn 0, audit 0)\n',
    );
  });
});

describe('names from the repository', () => {
  it('cannot forge report lines: control characters in file and object names are shown escaped', async () => {
    const { renderText: render } = await import('../../src/report/text.js');
    const { loadScanResult } = await import('./helpers.js');
    const base = loadScanResult();
    const first = base.findings[0];
    if (!first) throw new Error('fixture has no findings');
    const forged = { ...base, findings: [{ ...first, file: 'evil\n::error::forged.yaml', name: 'a\u001b[31mb' }] };
    const text = render(forged, { color: false });
    expect(text).toContain('evil\\n::error::forged.yaml');
    expect(text).not.toMatch(/^::error::forged/m);
    expect(text).toContain('a\\u001b[31mb');
  });
});
