/**
 * The reports' side of fixes on the real examples: SARIF `fixes` that pass the official validator and, applied
 * as written, give the fixed file; the one line text reports add; the suggestion a PR comment may carry.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanInputOf } from '../../src/cli/scan-input.js';
import { runScan } from '../../src/run-scan.js';
import type { AssessItem } from '../../src/findings/assess.js';
import { parseCommandLine, type FixCommand } from '../../src/cli/args.js';
import { nodeSourceFiles } from '../../src/node-sources.js';
import type { ScanWithWorkloads } from '../../src/fix/collect.js';
import { planFixes, type FixResult } from '../../src/fix/engine.js';
import { sarifFixes } from '../../src/fix/report-hooks.js';
import { commentFix } from '../../src/fix/suggest.js';
import { buildSarif, renderSarif, sarifPieces, type SarifLog } from '../../src/report/sarif.js';
import type { SarifReplacement } from '../../src/report/sarif-types.js';
import { runCli, testIo } from './cli-run.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'podsec-fix-report-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A text with a SARIF fix's replacements made, back to front as their offsets are into the original text. */
function applyReplacements(text: string, replacements: readonly SarifReplacement[]): string {
  let applied = text;
  for (const replacement of [...replacements].reverse()) {
    const { charOffset, charLength } = replacement.deletedRegion;
    applied =
      applied.slice(0, charOffset) + (replacement.insertedContent?.text ?? '') + applied.slice(charOffset + charLength);
  }
  return applied;
}

let scanned: ScanWithWorkloads;
let plan: FixResult;
beforeAll(async () => {
  cpSync(path.join(repoRoot, 'examples'), path.join(work, 'examples'), { recursive: true });
  const items: AssessItem[] = [];
  const { result } = await runScan({
    ...scanInputOf(parseCommandLine(['fix', 'examples']) as FixCommand, testIo(work, { stdout: '', stderr: '' })),
    keepItems: items,
  });
  scanned = { result, items };
  plan = planFixes({
    items: scanned.items,
    findings: scanned.result.findings,
    files: nodeSourceFiles(work),
    options: { allowBehaviourChange: false },
  });
}, 120_000);

/** The scan and fix plan `podsec fix --level restricted TARGET` makes in `dir`. */
async function planIn(
  dir: string,
  target: string,
): Promise<{ result: ScanWithWorkloads['result']; planned: FixResult }> {
  const items: AssessItem[] = [];
  const { result } = await runScan({
    ...scanInputOf(
      parseCommandLine(['fix', '--level', 'restricted', target]) as FixCommand,
      testIo(dir, { stdout: '', stderr: '' }),
    ),
    keepItems: items,
  });
  const planned = planFixes({
    items,
    findings: result.findings,
    files: nodeSourceFiles(dir),
    options: { allowBehaviourChange: false },
  });
  return { result, planned };
}

describe('SARIF fixes', () => {
  it('are written in pieces exactly as in the whole log, and stay the same once their edits are worked out', () => {
    const options = { toolVersion: '0.1.0', fixes: sarifFixes(plan) };
    const whole = `${JSON.stringify(buildSarif(scanned.result, options))}\n`;
    expect(whole).toContain('"fixes":');
    // The lookup lets the fix result go after its first use: later reports get the same fixes.
    expect([...sarifPieces(scanned.result, options)].join('')).toBe(whole);
    expect(renderSarif(scanned.result, options)).toBe(whole);
  });

  it('passes the SARIF multitool, and the replacements give the fixed file', async () => {
    const file = path.join(work, 'fixes.sarif');
    writeFileSync(file, renderSarif(scanned.result, { toolVersion: '0.1.0', fixes: sarifFixes(plan) }));
    const log = JSON.parse(readFileSync(file, 'utf8')) as SarifLog;
    const results = log.runs[0]?.results ?? [];
    const withFixes = results.filter((result) => result.fixes !== undefined);
    expect(withFixes.length).toBeGreaterThan(0);
    // Every change of one file, applied back to front, is the text `podsec fix --write` writes.
    for (const result of withFixes) {
      for (const change of result.fixes?.[0]?.artifactChanges ?? []) {
        const planned = plan.files.find((candidate) => candidate.file === change.artifactLocation.uri);
        expect(applyReplacements(planned?.before ?? '', change.replacements)).toBe(planned?.after);
      }
    }
    const out = path.join(work, 'validation.sarif');
    await promisify(execFile)(
      path.join(repoRoot, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool'),
      [
        'validate',
        '--rule-kind',
        'Gh;Sarif',
        '--level',
        'Error;Warning;Note',
        '-c',
        path.join(repoRoot, '__tests__/fixtures/report/sarif-validator.xml'),
        '-o',
        out,
        file,
      ],
      { timeout: 120_000 },
    );
    const validation = JSON.parse(readFileSync(out, 'utf8')) as {
      runs: { results?: { ruleId: string; level?: string }[] }[];
    };
    const problems = (validation.runs[0]?.results ?? [])
      .filter((r) => r.level === 'error' || r.level === 'warning')
      .map((r) => r.ruleId);
    expect(problems).toEqual([]);
  }, 180_000);

  it('gives each workload of a multi-document manifest only the edits in its own document', async () => {
    const dir = mkdtempSync(path.join(work, 'docs-'));
    const deployment = (name: string): string =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  selector:\n    matchLabels: {app: ${name}}\n  template:\n    metadata:\n      labels: {app: ${name}}\n    spec:\n      containers:\n      - name: web\n        image: nginx\n`;
    writeFileSync(
      path.join(dir, 'apps.yaml'),
      [deployment('first'), deployment('second'), deployment('third')].join('---\n'),
    );
    const { result, planned } = await planIn(dir, 'apps.yaml');
    const fixes = sarifFixes(planned);
    const change = planned.files.find((candidate) => candidate.file === 'apps.yaml');
    expect(change?.before).toBeDefined();
    const before = change?.before ?? '';
    const documents = (text: string): string[] => text.split(/^---\n/m);
    const applied = new Map<string, string>();
    for (const name of ['first', 'second', 'third']) {
      const finding = result.findings.find((candidate) => candidate.name === name);
      const replacements =
        fixes(finding as NonNullable<typeof finding>)?.[0]?.artifactChanges.flatMap(
          (artifact) => artifact.replacements,
        ) ?? [];
      applied.set(name, applyReplacements(before, replacements));
    }
    // Each fix changes its own document into the fixed one and leaves the others as they were.
    for (const [index, name] of ['first', 'second', 'third'].entries()) {
      const text = documents(applied.get(name) ?? '');
      for (const other of [0, 1, 2])
        expect(text[other]).toBe(other === index ? documents(change?.after ?? '')[other] : documents(before)[other]);
    }
  }, 120_000);

  it('gives each item of a kubectl JSON List only the edits in its own item, as a diff of many small hunks', async () => {
    const dir = mkdtempSync(path.join(work, 'list-'));
    // Sixty items of about forty lines: one document whose changed middle is too long for one comparison table.
    const item = (index: number): unknown => ({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: `app-${index}`, namespace: `team-${index % 7}`, labels: { app: `app-${index}` } },
      spec: {
        replicas: 2,
        selector: { matchLabels: { app: `app-${index}` } },
        template: {
          metadata: { labels: { app: `app-${index}` } },
          spec: {
            containers: [
              {
                name: 'web',
                image: 'nginx:1.27',
                ports: [{ containerPort: 8080, protocol: 'TCP' }],
                securityContext: {},
              },
              { name: 'sidecar', image: 'busybox:1.36', args: ['sleep', 'infinity'] },
            ],
            securityContext: {},
          },
        },
      },
    });
    const items = Array.from({ length: 60 }, (_, index) => item(index));
    const before = `${JSON.stringify({ apiVersion: 'v1', kind: 'List', items, metadata: { resourceVersion: '' } }, null, 4)}\n`;
    writeFileSync(path.join(dir, 'cluster.json'), before);
    const scanned = await runCli(dir, ['scan', '--level', 'restricted', '--format', 'sarif', 'cluster.json']);
    expect(scanned.code, scanned.stderr).toBe(1);
    const results = (JSON.parse(scanned.stdout) as SarifLog).runs[0]?.results ?? [];
    const diff = await runCli(dir, ['fix', '--level', 'restricted', 'cluster.json']);
    expect(diff.stderr).not.toContain('internal error');
    // A hunk per edited place, not the whole list replaced.
    expect(diff.stdout.match(/^@@ /gm)?.length).toBeGreaterThanOrEqual(120);
    expect(diff.stdout.split('\n').filter((line) => line.startsWith('-')).length).toBeLessThan(400);
    const written = await runCli(dir, ['fix', '--write', '--level', 'restricted', 'cluster.json']);
    expect(written.code, written.stderr).toBe(0);
    const fixedItems = (JSON.parse(readFileSync(path.join(dir, 'cluster.json'), 'utf8')) as { items: unknown[] }).items;
    const fixedNames = new Set<string>();
    for (const result of results) {
      const fix = result.fixes?.[0];
      if (fix === undefined) continue;
      const name = /Deployment (app-\d+) /.exec(fix.description.text)?.[1] ?? '';
      const text = applyReplacements(
        before,
        fix.artifactChanges.flatMap((artifact) => artifact.replacements),
      );
      // Applied alone, a result's fix gives its own item as `podsec fix --write` fixes it and leaves the rest.
      const applied = (JSON.parse(text) as { items: unknown[] }).items;
      for (const [index, entry] of applied.entries())
        expect(entry).toEqual(`app-${index}` === name ? fixedItems[index] : items[index]);
      fixedNames.add(name);
    }
    expect(fixedNames.size).toBe(60);
  }, 120_000);

  it('writes pretty-printed JSON the same way in SARIF fixes, PR suggestions, the diff and --write', async () => {
    const dir = mkdtempSync(path.join(work, 'pretty-'));
    const pod = (name: string): unknown => ({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name },
      spec: {
        template: {
          spec: {
            containers: [{ name: 'app', image: 'nginx:1.27', securityContext: { runAsNonRoot: true } }],
          },
        },
      },
    });
    const units = { 'two.json': '  ', 'four.json': '    ', 'tab.json': '\t' };
    const before = new Map<string, string>();
    for (const [file, unit] of Object.entries(units)) {
      before.set(file, `${JSON.stringify(pod(file.replace('.json', '')), null, unit)}\n`);
      writeFileSync(path.join(dir, file), before.get(file) ?? '');
    }
    const sarif = await runCli(dir, ['scan', '--level', 'restricted', '--format', 'sarif', '.']);
    const results = (JSON.parse(sarif.stdout) as SarifLog).runs[0]?.results ?? [];
    const { result, planned } = await planIn(dir, '.');
    const diff = await runCli(dir, ['fix', '--level', 'restricted', '.']);
    const written = await runCli(dir, ['fix', '--write', '--level', 'restricted', '.']);
    expect(written.code, written.stderr).toBe(0);
    for (const [file, unit] of Object.entries(units)) {
      const after = readFileSync(path.join(dir, file), 'utf8');
      // What a JSON printer writes with the file's own unit, nested values over lines.
      expect(after).toBe(`${JSON.stringify(JSON.parse(after), null, unit)}\n`);
      expect(after).toContain(`${unit.repeat(7)}"capabilities": {\n${unit.repeat(8)}"drop": [\n`);
      // Each result's SARIF fix, applied alone, gives the file --write writes.
      const fixes = results.filter((entry) => entry.locations[0]?.physicalLocation?.artifactLocation?.uri === file);
      expect(fixes.length).toBeGreaterThan(0);
      for (const entry of fixes) {
        const replacements = entry.fixes?.[0]?.artifactChanges[0]?.replacements ?? [];
        expect(applyReplacements(before.get(file) ?? '', replacements)).toBe(after);
      }
      // The PR suggestion is the fixed text of the lines it replaces; the diff adds exactly the new lines.
      const lines = (before.get(file) ?? '').split('\n').length;
      const suggestion = commentFix(
        result.findings.filter((finding) => finding.file === file && !finding.suppressed),
        file,
        new Set(Array.from({ length: lines }, (_, i) => i + 1)),
        planned,
        'podsec fix --write .',
      );
      if (suggestion?.kind !== 'suggestion')
        throw new Error(`expected a suggestion, got ${JSON.stringify(suggestion)}`);
      const added = after.split('\n').length - lines;
      expect(suggestion.body).toBe(
        ['```suggestion', ...after.split('\n').slice(suggestion.startLine - 1, suggestion.endLine + added), '```'].join(
          '\n',
        ),
      );
      const section = diff.stdout.slice(diff.stdout.indexOf(`+++ b/${file}`)).split('\n--- ')[0] ?? '';
      const plus = section.split('\n').filter((line) => line.startsWith('+') && !line.startsWith('+++'));
      expect(plus.length).toBeGreaterThan(8);
      for (const line of plus) expect(after.split('\n')).toContain(line.slice(1));
    }
  }, 120_000);

  it('gives no fix to findings only a behaviour change would clear', () => {
    const fixes = sarifFixes(plan);
    const privileged = scanned.result.findings.filter((finding) => finding.check === 'privileged');
    expect(privileged.length).toBeGreaterThan(0);
    for (const finding of privileged) expect(fixes(finding)).toBeUndefined();
  });
});

describe('text report', () => {
  it('says how many problems podsec fix can clear, with the command', async () => {
    const scan = await runCli(work, ['scan', 'examples/manifests']);
    expect(scan.stdout).toMatch(/\n\d+ problems can be fixed automatically: podsec fix --write examples\/manifests\n$/);
    const markdown = await runCli(work, ['scan', '--format', 'markdown', 'examples/manifests']);
    expect(markdown.stdout).toMatch(/can be fixed automatically: `podsec fix --write examples\/manifests`\n$/);
  }, 60_000);

  it('leaves a path that does not exist out of the command, after reporting it', async () => {
    const scan = await runCli(work, ['scan', 'missing.yaml', 'examples/manifests']);
    expect(scan.code).toBe(2);
    expect(scan.stdout).toContain('missing.yaml: path does not exist');
    expect(scan.stdout).toMatch(/\n\d+ problems can be fixed automatically: podsec fix --write examples\/manifests\n$/);
  }, 60_000);
});

describe('PR comment fixes', () => {
  const file = 'examples/manifests/report-job.yaml';
  const findingsOf = (check: string) =>
    scanned.result.findings.filter((finding) => finding.file === file && finding.check === check);

  it('is one suggestion holding the combined edit when its lines are in the diff', () => {
    const planned = plan.files.find((change) => change.file === file);
    const lines = (planned?.before ?? '').split('\n').length;
    const fix = commentFix(
      [...findingsOf('runAsNonRoot'), ...findingsOf('allowPrivilegeEscalation')],
      file,
      new Set(Array.from({ length: lines }, (_, i) => i + 1)),
      plan,
      'podsec fix --write examples',
    );
    if (fix?.kind !== 'suggestion') throw new Error(`expected a suggestion, got ${JSON.stringify(fix)}`);
    const after = (planned?.after ?? '').split('\n');
    // The suggestion is exactly the fixed text of the lines it replaces.
    const added = after.length - lines;
    expect(fix.body).toBe(['```suggestion', ...after.slice(fix.startLine - 1, fix.endLine + added), '```'].join('\n'));
    expect(fix.body.match(/```suggestion/g)).toHaveLength(1);
    expect(fix.body).toContain('allowPrivilegeEscalation: false');
    expect(fix.body).toContain('runAsNonRoot: true');
  });

  it('is a diff block and the command when the lines are outside the diff', () => {
    const fix = commentFix(findingsOf('runAsNonRoot'), file, new Set(), plan, 'podsec fix --write examples');
    expect(fix?.kind).toBe('diff');
    expect(fix?.body).toContain('```diff\n--- a/examples/manifests/report-job.yaml');
    expect(fix?.body).toContain('Apply with `podsec fix --write examples`.');
  });

  it('is nothing when the fix would leave the check of the comment failing', () => {
    const privileged = scanned.result.findings.filter((finding) => finding.check === 'privileged');
    expect(
      commentFix(privileged, privileged[0]?.file ?? '', new Set([1, 2, 3]), plan, 'podsec fix --write'),
    ).toBeUndefined();
  });
});
