/**
 * Round trip on the real fixtures: plan the safe fixes, write them, render again with the real helm and
 * kustomize, scan again. What the plan said it clears is gone, what is left was reported with a reason, every
 * file still parses, untouched lines are byte for byte the same, and a second fix changes nothing.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { scanInputOf } from '../../src/cli/scan-input.js';
import { runScan } from '../../src/run-scan.js';
import type { AssessItem } from '../../src/findings/assess.js';
import { runCli, testIo } from './cli-run.js';
import { parseCommandLine, type FixCommand } from '../../src/cli/args.js';
import { nodeSourceFiles } from '../../src/node-sources.js';
import { lineChanges } from '../../src/fix/diff.js';
import { fixKindOf, planFixes } from '../../src/fix/engine.js';
import type { Finding } from '../../src/findings/types.js';
import { HELM_SHAPES } from './helm-shapes.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'podsec-fix-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = runCli;
const io = testIo;

/**
 * A fresh copy of the folder a target is in (`examples/charts`, `fixtures/kustomize`, one of the helm shapes…) at
 * the same path in a new repository folder, so each target is fixed on its own. Only that folder, which holds all
 * the target reads: kustomize builds in a staged copy of the whole repository folder, in each of the four scans.
 * Variants: `crlf` writes the target's files with CRLF line endings, `indent4` prints them again with 4-space
 * indentation and unindented lists.
 */
function copyRepo(target: string, variant: 'as-is' | 'crlf' | 'indent4' = 'as-is'): string {
  const dir = mkdtempSync(path.join(work, 'repo-'));
  const [top = '', folder = ''] = target.split('/');
  if (top === 'shapes') {
    for (const [file, text] of Object.entries(HELM_SHAPES[folder] ?? {})) {
      mkdirSync(path.dirname(path.join(dir, top, folder, file)), { recursive: true });
      writeFileSync(path.join(dir, top, folder, file), text);
    }
  } else {
    const source = top === 'fixtures' ? '__tests__/fixtures' : top;
    cpSync(path.join(repoRoot, source, folder), path.join(dir, top, folder), { recursive: true });
  }
  if (variant !== 'as-is') {
    for (const file of readdirSync(path.join(dir, target), { recursive: true, encoding: 'utf8' })) {
      const full = path.join(dir, target, file);
      if (!/\.ya?ml$/.test(file) || !statSync(full).isFile()) continue;
      const text = readFileSync(full, 'utf8');
      writeFileSync(
        full,
        variant === 'crlf'
          ? text.replace(/\r?\n/g, '\r\n')
          : parseAllDocuments(text)
              .map((doc) => doc.toString({ indent: 4, indentSeq: false }))
              .join(''),
      );
    }
  }
  return dir;
}

/** One workload failing one check in one render (Helm scenarios render differently). */
const problems = (finding: Pick<Finding, 'kind' | 'namespace' | 'name' | 'part' | 'check' | 'targets'>): string[] =>
  finding.targets
    .flatMap((target) => (target.scenarios.length > 0 ? target.scenarios : ['']))
    .map((scenario) =>
      [finding.kind, finding.namespace, finding.name, finding.part ?? '', finding.check, scenario].join('/'),
    );

const TARGETS = [
  'examples/manifests',
  'examples/charts/api',
  'examples/kustomize/overlays/production',
  'fixtures/manifests',
  'fixtures/charts/web',
  'fixtures/charts/db',
  'fixtures/charts/queue-workers',
  'fixtures/charts/node-agent',
  'fixtures/charts/platform',
  'fixtures/kustomize/base',
  'fixtures/kustomize/overlays/dev',
  'fixtures/kustomize/overlays/prod',
  // Charts in the shapes real charts print their security contexts in (range, with/if guards, helpers, dependencies).
  ...Object.keys(HELM_SHAPES).map((name) => `shapes/${name}`),
];

/** Generated variants of the plain manifests and overlays: the same round trip in another file style. */
const VARIANTS = [
  'examples/manifests',
  'fixtures/manifests',
  'examples/kustomize/overlays/production',
  'fixtures/kustomize/base',
].flatMap((target) => (['crlf', 'indent4'] as const).map((variant) => [target, variant] as const));

describe('podsec fix --write, then render and scan again', () => {
  it.each([...TARGETS.map((target) => [target, 'as-is'] as const), ...VARIANTS])(
    '%s (%s)',
    async (target, variant) => {
      const dir = copyRepo(target, variant);
      const command = parseCommandLine(['fix', target]) as FixCommand;
      const cli = io(dir, { stdout: '', stderr: '' });
      const items: AssessItem[] = [];
      const before = { ...(await runScan({ ...scanInputOf(command, cli), keepItems: items })), items };
      expect(before.result.errors).toEqual([]);
      const plan = planFixes({
        items: before.items,
        findings: before.result.findings,
        files: nodeSourceFiles(dir),
        options: { allowBehaviourChange: false },
      });
      const cleared = new Set(plan.workloads.flatMap((fix) => fix.cleared.flatMap(problems)));
      const reported = new Set(
        plan.workloads.flatMap((fix) => fix.remaining.flatMap((entry) => problems(entry.finding))),
      );

      const written = await run(dir, ['fix', '--write', target]);
      expect(written.code).not.toBe(2);

      // Scanned again in process, as `podsec fix` scans: the findings of every policy, as the report's problems are
      // built from them, and the items a second fix would plan from.
      const afterItems: AssessItem[] = [];
      const after = await runScan({ ...scanInputOf(command, cli), keepItems: afterItems });
      expect(after.result.errors).toEqual([]);
      const findings = after.result.findings.filter((finding) => !finding.suppressed && !finding.upcoming);
      for (const key of findings.flatMap(problems)) {
        // Nothing the plan said it clears is left…
        expect(cleared.has(key), `${key} was to be cleared`).toBe(false);
        // …and every safe-fixable problem left was named in the summary, with its reason.
        if (fixKindOf(key.split('/')[4] as Finding['check']) === 'safe')
          expect(reported.has(key), `${key} left without a reason`).toBe(true);
      }

      for (const change of plan.files) {
        const text = readFileSync(path.join(dir, change.file), 'utf8');
        expect(text).toBe(change.after);
        // Templates are checked by rendering them (the scan above); YAML files must still parse.
        if (/\.(ya?ml|json)$/.test(change.file) && !change.file.includes('/templates/'))
          for (const doc of parseAllDocuments(text)) expect(doc.errors).toEqual([]);
        if (change.before === undefined) continue;
        // Safe fixes add lines or change a value in place: every old line is still there, or its key is.
        for (const run of lineChanges(change.before, change.after)) {
          expect(run.newLines.length).toBeGreaterThanOrEqual(run.oldCount);
          const removed = change.before.split('\n').slice(run.oldStart - 1, run.oldStart - 1 + run.oldCount);
          // (JSON: a line may gain the comma before a new key.)
          removed.forEach((line, index) => {
            const now = run.newLines[index] ?? '';
            if (!now.startsWith(line)) expect(now.split(':')[0]).toBe(line.split(':')[0]);
          });
        }
      }

      // A second fix has nothing to do: its plan, made from that scan as `podsec fix` makes it, changes no file.
      const again = planFixes({
        items: afterItems,
        findings: after.result.findings,
        files: nodeSourceFiles(dir),
        options: { allowBehaviourChange: false },
      });
      expect(again.files.map((change) => change.file)).toEqual([]);
    },
    120_000,
  );
});
