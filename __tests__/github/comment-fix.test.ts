/**
 * Inline comments that carry podsec's planned fix, published against the fake GitHub API on 127.0.0.1: a real
 * manifest is scanned at restricted, the safe fixes are planned from its files, and each comment gets one
 * combined fix: a multi-line ```suggestion when every line it replaces is in the diff, else the diff and the
 * `podsec fix` command.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AssessItem } from '../../src/findings/assess.js';
import type { ScanResult } from '../../src/findings/types.js';
import type { FixResult } from '../../src/fix/engine.js';
import { safeFixes } from '../../src/node-sources.js';
import { commentFix } from '../../src/fix/suggest.js';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { publishReview, type PublishReviewInput } from '../../src/github/review.js';
import { runScan } from '../../src/run-scan.js';
import { FakeGitHub } from './fake-github.js';

const HEAD = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const FILE = 'deploy/web.yaml';
const COMMAND = 'podsec fix --write --level restricted deploy';
// The container's securityContext sets none of allowPrivilegeEscalation, capabilities, runAsNonRoot, seccompProfile.
const MANIFEST = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: web',
  '  namespace: shop',
  'spec:',
  '  selector:',
  '    matchLabels:',
  '      app: web',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app: web',
  '    spec:',
  '      containers:',
  '        - name: app',
  '          image: nginx:1.27',
  '          securityContext:',
  '            readOnlyRootFilesystem: true',
  '          ports:',
  '            - containerPort: 8080',
  '',
].join('\n');
const LINES = MANIFEST.split('\n').length - 1;

const workspace = mkdtempSync(path.join(tmpdir(), 'podsec-comment-fix-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

let result: ScanResult;
let fixes: FixResult;
beforeAll(async () => {
  mkdirSync(path.join(workspace, 'deploy'));
  writeFileSync(path.join(workspace, FILE), MANIFEST);
  const items: AssessItem[] = [];
  ({ result } = await runScan({
    cwd: workspace,
    paths: ['deploy'],
    flags: { level: 'restricted' },
    today: '2026-06-01',
    keepItems: items,
  }));
  const planned = safeFixes({ result, items }, workspace);
  if (planned === undefined) throw new Error('no fixes planned');
  fixes = planned;
}, 60_000);

function scannedLine(file: string, line: number): string | undefined {
  return readFileSync(path.join(workspace, file), 'utf8').split('\n')[line - 1];
}

interface PostedComment {
  path: string;
  line: number;
  side?: string;
  start_line?: number;
  start_side?: string;
  body: string;
}

describe('inline comments with the planned fix', () => {
  let gh: FakeGitHub;
  let client: GitHubClient;
  let warnings: string[];
  const log = { info: () => undefined, warning: (m: string) => warnings.push(m) };

  const start = async (patch: string): Promise<void> => {
    gh = new FakeGitHub({
      repo: 'acme/shop',
      pulls: [
        { number: 7, headSha: HEAD, headRepo: 'acme/shop', baseRepo: 'acme/shop', files: [{ filename: FILE, patch }] },
      ],
    });
    await gh.start();
    client = createGitHubClient('ghs_secret_token', { baseUrl: gh.url, retryBaseMs: 5, writeIntervalMs: 0 });
  };
  const input: () => PublishReviewInput = () => ({
    repo: { owner: 'acme', repo: 'shop' },
    pull: 7,
    headSha: HEAD,
    findings: result.findings,
    errors: [],
    comment: 'review',
    scannedLine,
    fixFor: (findings, file, diffLines) => commentFix(findings, file, diffLines, fixes, COMMAND),
  });

  /** Publishes the scan on a pull request whose diff of the manifest is `patch`; the one inline comment posted. */
  const publishOne = async (patch: string): Promise<PostedComment> => {
    await start(patch);
    const outcome = await publishReview(client, input(), log);
    expect(warnings).toEqual([]);
    expect(outcome).toMatchObject({ inlineComments: 1, fallback: false });
    const comments = gh.reviews.flatMap((review) => review.comments as PostedComment[]);
    expect(comments).toHaveLength(1);
    if (comments[0] === undefined) throw new Error('no comment');
    return comments[0];
  };

  beforeEach(() => {
    warnings = [];
  });
  afterEach(async () => {
    // Every request, the multi-line comment included, fit GitHub's OpenAPI description.
    expect(gh.violations).toEqual([]);
    await gh.stop();
  });

  it('puts the four restricted settings in one comment with one multi-line suggestion of the combined edit', async () => {
    expect(new Set(result.findings.map((finding) => finding.check))).toEqual(
      new Set(['allowPrivilegeEscalation', 'capabilities_restricted', 'runAsNonRoot', 'seccompProfile_restricted']),
    );
    // A new file: every line is in the diff.
    const comment = await publishOne(
      [
        `@@ -0,0 +1,${LINES} @@`,
        ...MANIFEST.split('\n')
          .slice(0, LINES)
          .map((text) => `+${text}`),
      ].join('\n'),
    );
    expect(comment).toMatchObject({ path: FILE, side: 'RIGHT', start_side: 'RIGHT' });
    expect(comment.start_line).toBeLessThan(comment.line);
    for (const check of [
      'allowPrivilegeEscalation',
      'capabilities_restricted',
      'runAsNonRoot',
      'seccompProfile_restricted',
    ])
      expect(comment.body).toContain(`\`${check}\``);
    expect(comment.body.match(/```suggestion/g)).toHaveLength(1);
    expect(comment.body).not.toContain('```diff');
    // Accepting the suggestion (its lines replace start_line..line) gives exactly the file `podsec fix --write` writes.
    const suggested = /```suggestion\n([\s\S]*?)\n```/.exec(comment.body)?.[1];
    if (suggested === undefined) throw new Error(`no suggestion in ${comment.body}`);
    const lines = MANIFEST.split('\n');
    const accepted = [
      ...lines.slice(0, (comment.start_line ?? comment.line) - 1),
      ...suggested.split('\n'),
      ...lines.slice(comment.line),
    ].join('\n');
    expect(accepted).toBe(fixes.files.find((change) => change.file === FILE)?.after);
    for (const setting of ['allowPrivilegeEscalation: false', '- ALL', 'runAsNonRoot: true', 'type: RuntimeDefault'])
      expect(suggested).toContain(setting);
  });

  it('gives the diff and the podsec fix command when the lines to change are outside the diff', async () => {
    // Only the image line changed: the securityContext line is in the hunk, the lines the fix adds after it are not.
    const comment = await publishOne(
      [
        '@@ -15,4 +15,4 @@ spec:',
        '       containers:',
        '         - name: app',
        '-          image: nginx:1.26',
        '+          image: nginx:1.27',
        '           securityContext:',
      ].join('\n'),
    );
    expect(comment).toMatchObject({ path: FILE, line: 18, side: 'RIGHT' });
    expect(comment.start_line).toBeUndefined();
    expect(comment.body).not.toContain('```suggestion');
    expect(comment.body).toContain(`\`\`\`diff\n--- a/${FILE}\n+++ b/${FILE}`);
    expect(comment.body).toContain('+            allowPrivilegeEscalation: false');
    expect(comment.body).toContain(`Apply with \`${COMMAND}\`.`);
  });
});
