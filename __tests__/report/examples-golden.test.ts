/**
 * Golden outputs of every reporter on the bundled examples under the README's three-mode policy
 * (`--enforce baseline --warn restricted:v1.33 --audit restricted`), rendered with the real helm and
 * kustomize. Each problem is shown once, what fails the run first, each with a fix and its check page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { ScanResult } from '../../src/findings/types.js';
import { createNodeScanDeps } from '../../src/node-deps.js';
import { checkPageUrl } from '../../src/report/advice.js';
import { readJsonReport } from '../../src/report/json-read.js';
import { planReview } from '../../src/report/pr-review.js';
import { fixtureRepository } from '../fixture-repository.js';
import { expectGolden } from './helpers.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const POLICY = ['--enforce', 'baseline', '--warn', 'restricted:v1.33', '--audit', 'restricted'];
const SHA = '0123456789abcdef0123456789abcdef01234567';
const GITHUB_ENV = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'podsec-dev/podsec', GITHUB_SHA: SHA };

async function scanExamples(
  format: string,
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['scan', 'examples', ...POLICY, '--format', format], {
    // The examples include a kustomize overlay: scanned in a small copy of the repository (see fixture-repository.ts).
    cwd: fixtureRepository(),
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text) },
    env,
    today: '2026-11-23',
    deps: createNodeScanDeps(),
  });
  return { code, stdout, stderr };
}

const outputs: Record<string, string> = {};
let result: ScanResult;

beforeAll(async () => {
  for (const format of ['text', 'markdown', 'sarif', 'json']) {
    const run = await scanExamples(format, format === 'markdown' ? GITHUB_ENV : {});
    expect(run.code, run.stderr).toBe(1);
    outputs[format] = run.stdout;
  }
  const read = readJsonReport(outputs['json'] ?? '', 'examples.json');
  if (read.result === undefined) throw new Error(read.error);
  result = read.result;
}, 120_000);

/** The problems of the examples: (file, line, check) per problem, from the JSON report. */
function problemKeys(): { key: string; blocking: boolean; check: string }[] {
  const report = JSON.parse(outputs['json'] ?? '') as {
    problems: { file: string; line: number; check: string; name: string; blocking: boolean }[];
  };
  return report.problems.map((p) => ({ key: `${p.file}:${p.line}  ${p.check}`, blocking: p.blocking, check: p.check }));
}

describe('reports of the examples under enforce baseline, warn restricted:v1.33, audit restricted', () => {
  it('text: each problem on one line, enforce first, each with a fix line and its check page', () => {
    const text = outputs['text'] ?? '';
    expectGolden('examples/text.txt', text);
    const keys = problemKeys();
    expect(keys).toHaveLength(23);
    for (const { key, check } of keys) {
      const lines = text.split('\n');
      const at = lines.findIndex((line) => line.trimStart().startsWith(key));
      expect(at, key).toBeGreaterThan(0);
      expect(lines.filter((line) => line.trimStart().startsWith(`${key}  `))).toHaveLength(1);
      expect(lines[at + 1]).toContain(`fix: `);
      expect(lines[at + 1]).toContain(checkPageUrl(check as never));
    }
    // Every blocking problem comes before the first warning.
    const lastBlocking = Math.max(...keys.filter((k) => k.blocking).map((k) => text.indexOf(k.key)));
    expect(lastBlocking).toBeLessThan(text.indexOf('Warnings (warn)'));
    expect(text.indexOf('Fails the run (fail-on: enforce): 15 problems')).toBe(0);
    // privileged breaks three policies and is printed once, naming them all.
    expect(text).toContain(
      'examples/manifests/node-agent.yaml:23  privileged  enforce baseline:latest, warn restricted:v1.33, audit restricted:latest  privileged (container "agent" must not set securityContext.privileged=true)\n',
    );
    // The node agent cannot honestly drop host access: the alternatives are named.
    expect(text).toContain('If this node agent needs host access, no change to it can pass');
  });

  it('markdown: a headline, one table row per blocking problem with links, warnings folded', () => {
    const markdown = outputs['markdown'] ?? '';
    expectGolden('examples/summary.md', markdown);
    expect(markdown).toContain('### ❌ 15 problems block the merge\n');
    const blocking = markdown.slice(markdown.indexOf('#### Fails the run'), markdown.indexOf('<details>'));
    const rows = blocking.split('\n').filter((line) => line.startsWith('| [examples/'));
    expect(rows).toHaveLength(15);
    for (const row of rows) {
      expect(row).toMatch(
        /^\| \[examples\/[^\]]+:\d+\]\(https:\/\/github\.com\/podsec-dev\/podsec\/blob\/0123456789abcdef0123456789abcdef01234567\/examples\/[^)]+#L\d+\)/,
      );
      expect(row).toMatch(
        /\[[\w\\]+\]\(https:\/\/github\.com\/podsec-dev\/podsec\/blob\/main\/docs\/checks\/\w+\.md\) \|$/,
      );
    }
    expect(markdown).toContain('<details><summary><b>Warnings (warn)</b>: 8 problems</summary>');
  });

  it('SARIF: one result per problem, level from the strictest mode, every policy listed', () => {
    const sarif = JSON.parse(outputs['sarif'] ?? '') as {
      runs: {
        results: { ruleId: string; level: string; message: { text: string }; properties: { policies: string[] } }[];
      }[];
    };
    const normalised = {
      ...sarif,
      runs: sarif.runs.map((run) => ({
        ...run,
        tool: {
          driver: {
            ...(run as unknown as { tool: { driver: object } }).tool.driver,
            version: 'x',
            semanticVersion: 'x',
          },
        },
      })),
    };
    expectGolden('examples/report.sarif.json', `${JSON.stringify(normalised, null, 2)}\n`);
    const results = sarif.runs[0]?.results ?? [];
    expect(results).toHaveLength(23);
    const privileged = results.filter((r) => r.ruleId === 'privileged');
    expect(privileged).toHaveLength(1);
    expect(privileged[0]?.level).toBe('error');
    expect(privileged[0]?.properties.policies).toEqual([
      'enforce baseline:latest',
      'warn restricted:v1.33',
      'audit restricted:latest',
    ]);
    expect(privileged[0]?.message.text).toContain(
      'Breaks enforce baseline:latest, warn restricted:v1.33, audit restricted:latest.',
    );
    expect(privileged[0]?.message.text).toContain('Fix: ');
    // Blocking first: all errors come before the first warning.
    const levels = results.map((r) => r.level);
    expect(levels.lastIndexOf('error')).toBeLessThan(levels.indexOf('warning'));
  });

  it('pull request: one comment per line naming every check there, no suggestion that leaves a check failing', () => {
    // Every example file as new in the pull request, so every problem's line is on the diff.
    const files = [...new Set(result.findings.flatMap((f) => [f.file, ...f.related.map((r) => r.file)]))]
      .sort()
      .map((filename) => {
        const lines = readFileSync(path.join(repoRoot, filename), 'utf8').replace(/\n$/, '').split('\n');
        return { filename, patch: `@@ -0,0 +1,${lines.length} @@\n${lines.map((line) => `+${line}`).join('\n')}` };
      });
    const plan = planReview({
      findings: result.findings,
      workloads: result.workloads,
      files,
      existing: [],
      headSha: SHA,
      blobUrl: `https://github.com/podsec-dev/podsec/blob/${SHA}`,
    });
    const bodies = [
      ...plan.comments.map((c) => `### inline ${c.path}:${c.line}\n\n${c.body}`),
      `### review body\n\n${plan.reviewBody ?? ''}`,
      `### summary comment\n\n${plan.summaryBody}`,
    ].join('\n\n');
    expectGolden('examples/pr.md', `${bodies}\n`);
    // The summary comment counts as the terminal report does: workloads, problems per mode, blocking, errors.
    const counts = readFileSync(path.join(repoRoot, '__tests__/fixtures/report/expected/examples/text.txt'), 'utf8')
      .split('\n')
      .find((line) => line.includes(' workloads ('));
    expect(counts).toBeDefined();
    expect(plan.summaryBody).toContain((counts ?? '').trim());
    // One comment per line: lines with several checks get one comment naming them all.
    const lines = plan.comments.map((c) => `${c.path}:${c.line}`);
    expect(new Set(lines).size).toBe(lines.length);
    const debug = plan.comments.find((c) => c.path === 'examples/manifests/debug-pod.yaml' && c.line === 12);
    expect(debug?.body).toContain('`allowPrivilegeEscalation` · `runAsNonRoot` · `seccompProfile_restricted`');
    // hostNetwork: false would leave hostPID: true failing host namespaces, so no suggestion there.
    const hostNetwork = plan.comments.find(
      (c) => c.path === 'examples/manifests/node-agent.yaml' && c.body.includes('`hostNamespaces`'),
    );
    expect(hostNetwork?.body).not.toContain('```suggestion');
    const privileged = plan.comments.find((c) => c.path === 'examples/manifests/node-agent.yaml' && c.line === 23);
    expect(privileged?.body).toContain('```suggestion\n            privileged: false\n```');
    for (const comment of plan.comments) {
      expect(comment.body.match(/```suggestion/g)?.length ?? 0).toBeLessThanOrEqual(1);
      expect(comment.body).toContain('**Fix:** ');
    }
    expect(plan.summaryBody).toContain('### ❌ 15 problems block the merge');
  });
});
