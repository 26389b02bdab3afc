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
    const coloured = renderText(result, { color: true, showSuppressed: true });
    expect(coloured).toContain(`${ESC}31m`);
    // Suppressed problems are dimmed, and their reason is still shown.
    const suppressedLine = coloured.split('\n').find((line) => line.includes('suppressed by config'));
    expect(suppressedLine).toContain(`${ESC}2m`);
  });

  it('shows each problem once, naming every policy it breaks', () => {
    const text = renderText(result, { color: false });
    // privileged breaks enforce baseline:latest and restricted:latest for warn and audit: one line, not three.
    const lines = text.split('\n').filter((line) => line.includes('deploy/web.yaml:22'));
    expect(lines).toEqual([
      '    deploy/web.yaml:22  privileged  enforce baseline:latest, warn restricted:latest, audit restricted:latest  privileged (container "app" must not set securityContext.privileged=true)',
    ]);
  });

  it('puts what fails the run first: enforce, then warn, then the next version', () => {
    const text = renderText(result, { color: false });
    const order = [
      'Fails the run (fail-on: enforce): 4 problems',
      'Warnings (warn): 1 problem',
      'Only at the next version: 1 problem',
    ].map((title) => text.indexOf(`${title}\n`));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // With fail-on warn, the warn problem fails the run too and joins the first section.
    expect(renderText(result, { color: false, failOn: 'warn' })).toContain(
      'Fails the run (fail-on: warn): 5 problems\n',
    );
  });

  it('gives every problem a fix line with the check page', () => {
    const text = renderText(result, { color: false });
    const problemLines = text.split('\n').filter((line) => /^ {4}\S+:\d+ {2}/.test(line));
    expect(problemLines).toHaveLength(6);
    const fixes = text.split('\n').filter((line) => line.startsWith('      fix: '));
    expect(fixes).toHaveLength(6);
    expect(text).toContain(
      '      fix: Remove privileged: true or set it to false; add only the specific capabilities the workload needs. https://github.com/podsec-dev/podsec/blob/main/docs/checks/privileged.md\n',
    );
  });

  it('heads each workload with where its object is defined, also for a patch in another file', () => {
    const text = renderText(result, { color: false });
    expect(text).toContain('  Deployment default/web  deploy/web.yaml:1\n');
    expect(text).toContain('  Pod default/debug  deploy/web.yaml:27\n');
    expect(text).toContain('  CronJob prod/worker  base/worker.yaml:1\n    The CronJob itself is accepted');
    expect(text).toContain('    overlays/prod/patch-ports.yaml:9  hostPorts  enforce baseline:latest');
  });

  it('says a controller under enforce is accepted but its pods rejected, once per workload and not for a Pod', () => {
    const text = renderText(result, { color: false });
    expect(
      text.match(/The Deployment itself is accepted, but the pods it creates will be rejected by enforce\./g),
    ).toHaveLength(2);
    const podBlock = text.slice(text.indexOf('Pod default/debug'), text.indexOf('CronJob prod/worker'));
    expect(podBlock).not.toContain('accepted');
  });

  it('prefers the note the scan put on a finding', () => {
    const first = result.findings[0] as Finding;
    const withNote: ScanResult = { ...result, findings: [{ ...first, note: 'Custom note from the scan.' }] };
    const text = renderText(withNote, { color: false });
    expect(text).toContain('Custom note from the scan.');
    expect(text).not.toContain('itself is accepted');
  });

  it('shows field paths, every policy message, related locations and targets only when verbose', () => {
    const plain = renderText(result, { color: false });
    expect(plain).not.toContain('related:');
    expect(plain).not.toContain('field:');
    const text = renderText(result, { color: false, verbose: true });
    expect(text).toContain('      target: helm charts/api (default, ci/prod-values.yaml)');
    expect(text).toContain('      related: charts/api/values.yaml:14:7 value set in charts/api/values.yaml');
    expect(text).toContain('      target: kustomize overlays/prod');
    expect(text).toContain(
      '      warn, audit: would violate PodSecurity "restricted:latest": privileged (container "app" must not set securityContext.privileged=true)\n',
    );
    // A plain manifest target is the file itself; naming it again is noise.
    expect(text).not.toContain('target: manifest');
  });

  it('counts suppressed problems and lists them one line each with --show-suppressed', () => {
    const text = renderText(result, { color: false });
    expect(text).toContain('3 suppressed problems are not shown (--show-suppressed lists them).');
    expect(text).not.toContain('legacy image needs setuid');
    const shown = renderText(result, { color: false, showSuppressed: true });
    expect(shown).toContain('Suppressed: 3 problems\n');
    expect(shown).toContain(
      '  deploy/web.yaml:21  allowPrivilegeEscalation  Deployment default/web  suppressed by config: legacy image needs setuid | tracked in OPS-12 (expires 2027-01-31)',
    );
    expect(shown).toContain('suppressed by exemption: namespace kube-system is exempt');
  });

  it('lists errors and notices with their locations', () => {
    const text = renderText(result, { color: false });
    expect(text).toContain('Errors\n  charts/broken: helm template failed');
    expect(text).toContain('  manifests/bad.yaml:4:7: YAML does not parse: bad indentation of a mapping entry\n');
    expect(text).toContain('Notices\n  .podsec.yaml:12:5: relaxation of runAsUser');
  });

  it('ends with the counts every report shares', () => {
    const text = renderText(result, { color: false });
    const last = text.trimEnd().split('\n').at(-1);
    // web, debug, api and worker fail enforce; ok, migrate (next version only) and agent (exempt) pass.
    expect(last).toBe(
      '7 workloads (3 passed, 4 failed); 5 problems (enforce 4, warn 3, audit 2); 4 fail the run (fail-on: enforce); 3 suppressed; 1 only at the next version; 2 errors; 1 notice',
    );
  });

  it('groups one problem shared by several workloads under one heading', () => {
    const first = result.findings.find((finding) => finding.check === 'privileged') as Finding;
    const copies = ['a', 'b', 'c', 'd'].map((name, index) => ({
      ...first,
      name,
      file: `deploy/${name}.yaml`,
      line: 10 + index,
      fingerprint: `fp-${name}`,
    }));
    const text = renderText({ ...result, findings: copies, errors: [], notices: [] }, { color: false });
    expect(text).toContain(
      '  4 workloads  privileged  enforce baseline:latest  privileged (container "app" must not set securityContext.privileged=true)\n',
    );
    expect(text).toContain('    deploy/a.yaml:10  Deployment default/a\n');
    expect(text.match(/fix: /g)).toHaveLength(1);
  });

  it('lists passing and exempt workloads only when verbose', () => {
    expect(renderText(result, { color: false })).not.toContain('Deployment default/ok');
    const verbose = renderText(result, { color: false, verbose: true });
    expect(verbose).toContain('Passing workloads (3)\n  deploy/ok.yaml:1  Deployment default/ok\n');
    expect(verbose).toContain('exempt (namespace)');
    expect(verbose).toContain('field: spec.template.spec.containers[0].securityContext.privileged');
  });

  it('reports an empty scan plainly', () => {
    const empty: ScanResult = { findings: [], workloads: [], errors: [], targets: [], notices: [] };
    expect(renderText(empty, { color: false })).toBe(
      '0 workloads (0 passed, 0 failed); 0 problems (enforce 0, warn 0, audit 0); 0 fail the run (fail-on: enforce); 0 errors\n',
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
