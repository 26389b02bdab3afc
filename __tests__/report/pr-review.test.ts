import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/types.js';
import {
  COMMENT_MARKER_PREFIX,
  SUMMARY_MARKER,
  escapeMarkdown,
  markFixed,
  parsePatch,
  parsePatchLines,
  planReview,
  readMarker,
  suggestFix,
  suggestionForLine,
  type ExistingComment,
} from '../../src/report/pr-review.js';

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    file: 'deploy/web.yaml',
    line: 20,
    column: 11,
    endLine: 20,
    endColumn: 27,
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    namespace: 'shop',
    name: 'web',
    check: 'privileged',
    level: 'baseline',
    version: 'latest',
    reason: 'privileged',
    detail: 'container "app" must not set securityContext.privileged=true',
    message:
      'violates PodSecurity "baseline:latest": privileged (container "app" must not set securityContext.privileged=true)',
    modes: ['enforce'],
    severity: 'error',
    field: 'spec.template.spec.containers[0].securityContext.privileged',
    targets: [{ kind: 'manifest', path: 'deploy/web.yaml', scenarios: [] }],
    related: [],
    fingerprint: 'fp-privileged-web',
    ...overrides,
  };
}

const HEAD = '0123456789abcdef0123456789abcdef01234567';

// A new file of 3 lines, and a modified file with two hunks, a deletion and a no-newline marker.
const NEW_FILE_PATCH = '@@ -0,0 +1,3 @@\n+apiVersion: v1\n+kind: Pod\n+metadata: {}';
const TWO_HUNKS = [
  '@@ -1,4 +1,5 @@',
  ' apiVersion: apps/v1',
  '-kind: Deployment',
  '+kind: Deployment',
  '+metadata:',
  ' spec:',
  '   replicas: 1',
  '@@ -18,3 +19,4 @@ spec:',
  '           securityContext:',
  '-            privileged: false',
  '+            privileged: true',
  '+            runAsNonRoot: false',
  '         image: nginx',
  '\\ No newline at end of file',
].join('\n');

describe('parsePatchLines', () => {
  it('returns every line of a new file', () => {
    expect([...parsePatchLines(NEW_FILE_PATCH)]).toEqual([1, 2, 3]);
  });

  it('counts added and context lines of several hunks, never removed ones or markers', () => {
    expect([...parsePatchLines(TWO_HUNKS)]).toEqual([1, 2, 3, 4, 5, 19, 20, 21, 22]);
  });

  it('keeps the text of each line without the diff marker', () => {
    const lines = parsePatch(TWO_HUNKS);
    expect(lines.get(20)).toBe('            privileged: true');
    expect(lines.get(22)).toBe('        image: nginx');
  });

  it('handles a hunk header without counts, CRLF and a deleted file', () => {
    expect([...parsePatchLines('@@ -3 +3 @@\r\n-a\r\n+b\r\n')]).toEqual([3]);
    expect([...parsePatchLines('@@ -1,2 +0,0 @@\n-a\n-b')]).toEqual([]);
  });

  it('ignores text before the first hunk', () => {
    expect([...parsePatchLines('diff --git a/x b/x\n+++ b/x\n@@ -1 +1 @@\n+y')]).toEqual([1]);
  });
});

describe('suggestFix', () => {
  it('flips unambiguous booleans and enums, keeping indentation, quotes and comments', () => {
    const f = finding();
    expect(suggestFix(f, '            privileged: true')).toBe('            privileged: false');
    expect(suggestFix(f, '  - privileged: "true" # why')).toBe('  - privileged: "false" # why');
    expect(
      suggestFix(
        finding({ check: 'runAsNonRoot', field: 'spec.securityContext.runAsNonRoot' }),
        '    runAsNonRoot: false',
      ),
    ).toBe('    runAsNonRoot: true');
    expect(
      suggestFix(
        finding({
          check: 'allowPrivilegeEscalation',
          field: 'spec.containers[0].securityContext.allowPrivilegeEscalation',
        }),
        'allowPrivilegeEscalation: true',
      ),
    ).toBe('allowPrivilegeEscalation: false');
    expect(
      suggestFix(
        finding({ check: 'seccompProfile_restricted', field: 'spec.securityContext.seccompProfile.type' }),
        '      type: Unconfined',
      ),
    ).toBe('      type: RuntimeDefault');
  });

  it('gives no suggestion for templates, other keys or values that are already safe', () => {
    const f = finding();
    expect(suggestFix(f, '            privileged: {{ .Values.privileged }}')).toBeUndefined();
    expect(suggestFix(f, '            hostNetwork: true')).toBeUndefined();
    expect(suggestFix(f, '            privileged: false')).toBeUndefined();
    expect(suggestFix(finding({ field: 'spec.containers[0].securityContext' }), '  privileged: true')).toBeUndefined();
    expect(suggestFix(finding({ field: 'spec.volumes[0].type' }), '  type: Unconfined')).toBeUndefined();
  });
});

describe('planReview', () => {
  const files = [{ filename: 'deploy/web.yaml', patch: TWO_HUNKS }];

  it('comments on diff lines only, with marker, check, message, mode and a suggestion', () => {
    const onDiff = finding();
    const offDiff = finding({ line: 10, fingerprint: 'fp-off', check: 'hostPorts' });
    const otherFile = finding({ file: 'other.yaml', fingerprint: 'fp-other' });
    const plan = planReview({ findings: [onDiff, offDiff, otherFile], files, existing: [], headSha: HEAD });
    expect(plan.comments).toHaveLength(1);
    const [comment] = plan.comments;
    expect(comment).toMatchObject({
      path: 'deploy/web.yaml',
      line: 20,
      side: 'RIGHT',
      fingerprint: 'fp-privileged-web',
    });
    expect(comment?.body.startsWith(`${COMMENT_MARKER_PREFIX}fp-privileged-web -->`)).toBe(true);
    expect(comment?.body).toContain('`privileged`');
    expect(comment?.body).toContain('baseline:latest');
    expect(comment?.body).toContain('**error** · Container runs privileged · Deployment shop/web');
    expect(comment?.body).toContain('Breaks enforce baseline:latest.');
    expect(comment?.body).toContain('**Fix:** Remove privileged: true or set it to false');
    expect(comment?.body).toContain('(https://github.com/podsec-dev/podsec/blob/main/docs/checks/privileged.md)');
    expect(comment?.body).toContain('> violates PodSecurity "baseline:latest": privileged');
    expect(comment?.body).toContain('```suggestion\n            privileged: false\n```');
    expect(plan.offDiff.map((p) => p.findings[0]?.fingerprint)).toEqual(['fp-off', 'fp-other']);
    expect(plan.reviewBody).toContain('1 new Pod Security Standards problem');
    expect(plan.reviewBody).toContain('2 problems are outside this diff');
    expect(plan.summaryBody.startsWith(SUMMARY_MARKER)).toBe(true);
    expect(plan.summaryBody).toContain('### ❌ 3 problems block the merge');
    expect(plan.summaryBody).toContain('commit 0123456');
  });

  it('prefers the planned fix: a multi-line suggestion spans its lines, made only from diff lines the scan saw', () => {
    const seen: { findings: string[]; file: string; lines: number[] }[] = [];
    const suggestion = '```suggestion\n            privileged: false\n            runAsNonRoot: true\n```';
    const plan = planReview({
      findings: [finding()],
      files,
      existing: [],
      headSha: HEAD,
      // The scanned checkout differs from the head at line 22: a suggestion must not replace that line.
      scannedLine: (_file, line) => (line === 22 ? '        image: nginx:1.26' : parsePatch(TWO_HUNKS).get(line)),
      fixFor: (findings, file, diffLines) => {
        seen.push({ findings: findings.map((f) => f.fingerprint), file, lines: [...diffLines].sort((a, b) => a - b) });
        return { kind: 'suggestion', file, startLine: 20, endLine: 21, body: suggestion };
      },
    });
    expect(seen).toEqual([
      { findings: ['fp-privileged-web'], file: 'deploy/web.yaml', lines: [1, 2, 3, 4, 5, 19, 20, 21] },
    ]);
    expect(plan.comments).toHaveLength(1);
    expect(plan.comments[0]).toMatchObject({ startLine: 20, line: 21, side: 'RIGHT' });
    expect(plan.comments[0]?.body.endsWith(suggestion)).toBe(true);
    expect(plan.comments[0]?.body.match(/```suggestion/g)).toHaveLength(1);
  });

  it('keeps the one-line suggestion when there is no planned fix or its block would break the comment', () => {
    for (const fixFor of [
      () => undefined,
      () => ({ kind: 'diff' as const, body: '```diff\n+```\n```\n\nApply with `podsec fix --write`.' }),
    ]) {
      const plan = planReview({ findings: [finding()], files, existing: [], headSha: HEAD, fixFor });
      expect(plan.comments[0]).toMatchObject({ line: 20 });
      expect(plan.comments[0]?.startLine).toBeUndefined();
      expect(plan.comments[0]?.body).toContain('```suggestion\n            privileged: false\n```');
      expect(plan.comments[0]?.body).not.toContain('```diff');
    }
  });

  it('anchors on a related values-file line when the primary line is off the diff', () => {
    const f = finding({
      file: 'chart/templates/deploy.yaml',
      line: 30,
      related: [
        { file: 'chart/values.yaml', line: 2, column: 3, endLine: 2, endColumn: 20, message: 'value set here' },
      ],
    });
    const plan = planReview({
      findings: [f],
      files: [
        {
          filename: 'chart/values.yaml',
          patch: '@@ -1,2 +1,2 @@\n securityContext:\n-  privileged: false\n+  privileged: true',
        },
      ],
      existing: [],
      headSha: HEAD,
    });
    expect(plan.comments[0]).toMatchObject({ path: 'chart/values.yaml', line: 2 });
    expect(plan.comments[0]?.body).toContain('```suggestion\n  privileged: false\n```');
  });

  it('does not comment a finding podsec already commented, and marks gone ones stale', () => {
    const kept = finding();
    const existing: ExistingComment[] = [
      {
        id: 1,
        kind: 'review',
        author: 'github-actions[bot]',
        body: `${COMMENT_MARKER_PREFIX}fp-privileged-web -->\nold`,
        path: 'deploy/web.yaml',
        line: 20,
      },
      {
        id: 2,
        kind: 'review',
        author: 'github-actions[bot]',
        body: `${COMMENT_MARKER_PREFIX}fp-gone -->\n**podsec** · gone`,
        nodeId: 'N2',
      },
      { id: 3, kind: 'review', author: 'alice', body: 'thanks, will fix', inReplyTo: 2 },
      {
        id: 4,
        kind: 'review',
        author: 'github-actions[bot]',
        body: `${COMMENT_MARKER_PREFIX}fp-older fixed=${HEAD} -->\n~~x~~`,
      },
    ];
    const plan = planReview({ findings: [kept], files, existing, headSha: HEAD });
    expect(plan.comments).toEqual([]);
    expect(plan.reviewBody).toBeUndefined();
    expect(plan.alreadyCommented.map((p) => p.findings[0]?.fingerprint)).toEqual(['fp-privileged-web']);
    expect(plan.stale).toHaveLength(1);
    expect(plan.stale[0]).toMatchObject({ fingerprint: 'fp-gone', hasReplies: true });
    expect(plan.stale[0]?.comment.id).toBe(2);
    expect(plan.stale[0]?.fixedBody).toContain(`Fixed in ${HEAD.slice(0, 7)}`);
    expect(readMarker(plan.stale[0]?.fixedBody ?? '')).toEqual({
      fingerprint: 'fp-gone',
      fingerprints: ['fp-gone'],
      fixed: true,
    });
  });

  it('ignores markers written by anyone but the bot', () => {
    const existing: ExistingComment[] = [
      { id: 9, kind: 'review', author: 'mallory', body: `${COMMENT_MARKER_PREFIX}fp-privileged-web -->` },
      { id: 10, kind: 'issue', author: 'mallory', body: SUMMARY_MARKER },
    ];
    const plan = planReview({ findings: [finding()], files, existing, headSha: HEAD });
    expect(plan.comments).toHaveLength(1);
    expect(plan.stale).toEqual([]);
    expect(plan.summaryComment).toBeUndefined();
  });

  it('finds the sticky summary comment of the bot', () => {
    const existing: ExistingComment[] = [
      { id: 11, kind: 'issue', author: 'github-actions[bot]', body: 'unrelated' },
      { id: 12, kind: 'issue', author: 'github-actions[bot]', body: `${SUMMARY_MARKER}\nold summary` },
    ];
    expect(planReview({ findings: [], files, existing, headSha: HEAD }).summaryComment?.id).toBe(12);
  });

  it('does not anchor on a diff line whose text differs from the scanned line (a merge commit moved it)', () => {
    const scannedLine = (_file: string, line: number): string | undefined =>
      line === 20 ? '            runAsNonRoot: false' : undefined;
    const plan = planReview({ findings: [finding()], files, existing: [], headSha: HEAD, scannedLine });
    expect(plan.comments).toEqual([]);
    expect(plan.offDiff.map((p) => p.findings[0]?.fingerprint)).toEqual(['fp-privileged-web']);
    const same = planReview({
      findings: [finding()],
      files,
      existing: [],
      headSha: HEAD,
      scannedLine: () => '            privileged: true',
    });
    expect(same.comments).toHaveLength(1);
  });

  it('comments again on a finding whose earlier comment was marked fixed', () => {
    const existing: ExistingComment[] = [
      {
        id: 4,
        kind: 'review',
        author: 'github-actions[bot]',
        body: `${COMMENT_MARKER_PREFIX}fp-privileged-web fixed=${HEAD} -->`,
      },
    ];
    const plan = planReview({ findings: [finding()], files, existing, headSha: HEAD });
    expect(plan.comments).toHaveLength(1);
    expect(plan.stale).toEqual([]);
  });

  it('puts every policy that flags the same line for the same check in one comment, and keeps it while any remains', () => {
    const enforce = finding();
    const warn = finding({
      fingerprint: 'fp-privileged-web-restricted',
      level: 'restricted',
      modes: ['warn', 'audit'],
      severity: 'warning',
      message:
        'would violate PodSecurity "restricted:latest": privileged (container "app" must not set securityContext.privileged=true)',
    });
    const plan = planReview({ findings: [enforce, warn], files, existing: [], headSha: HEAD });
    expect(plan.comments).toHaveLength(1);
    const body = plan.comments[0]?.body ?? '';
    expect(plan.comments[0]?.fingerprint).toBe('fp-privileged-web,fp-privileged-web-restricted');
    // One problem naming every policy it breaks, severity from the strictest mode.
    expect(body.match(/\*\*error\*\*/g)).toHaveLength(1);
    expect(body).not.toContain('**warning**');
    expect(body).toContain('Breaks enforce baseline:latest, warn restricted:latest, audit restricted:latest.');
    expect(body.match(/```suggestion/g)).toHaveLength(1);

    // On the next run only the warn finding remains: the comment is neither repeated nor stale.
    const existing: ExistingComment[] = [{ id: 9, kind: 'review', author: 'github-actions[bot]', body }];
    const rerun = planReview({ findings: [warn], files, existing, headSha: HEAD });
    expect(rerun.comments).toEqual([]);
    expect(rerun.stale).toEqual([]);
    expect(rerun.alreadyCommented.map((p) => p.findings[0]?.fingerprint)).toEqual(['fp-privileged-web-restricted']);
    // When both are gone, it is stale.
    expect(planReview({ findings: [], files, existing, headSha: HEAD }).stale.map((s) => s.comment.id)).toEqual([9]);
  });

  it('keeps the inline cap across runs, so a re-run does not post the overflow as a new review', () => {
    const checks = ['privileged', 'hostPorts', 'runAsUser', 'sysctls', 'procMount'] as const;
    const many = Array.from({ length: 5 }, (_, i) =>
      finding({ fingerprint: `fp-${i}`, line: 19 + (i % 4), check: checks[i] }),
    );
    const first = planReview({ findings: many, files, existing: [], headSha: HEAD, maxInline: 3 });
    const existing: ExistingComment[] = first.comments.map((c, i) => ({
      id: i + 1,
      kind: 'review',
      author: 'github-actions[bot]',
      body: c.body,
      path: c.path,
      line: c.line,
    }));
    const second = planReview({ findings: many, files, existing, headSha: HEAD, maxInline: 3 });
    expect(second.comments).toEqual([]);
    expect(second.reviewBody).toBeUndefined();
    // Once the only problem on a commented line is fixed, its place is free again.
    const third = planReview({
      findings: many.filter((_, i) => i !== 1),
      files,
      existing,
      headSha: HEAD,
      maxInline: 3,
    });
    expect(third.comments).toHaveLength(1);
  });

  it('caps inline comments and lists the overflow in the review body', () => {
    const checks = ['privileged', 'hostPorts', 'runAsUser', 'sysctls', 'procMount'] as const;
    const many = Array.from({ length: 5 }, (_, i) =>
      finding({ fingerprint: `fp-${i}`, line: 19 + (i % 4), check: checks[i] }),
    );
    const plan = planReview({ findings: many, files, existing: [], headSha: HEAD, maxInline: 3 });
    // Five problems on four lines: one comment per line, so lines 19, 20 and 21 fit and 22 overflows.
    expect(plan.comments.map((c) => c.line)).toEqual([19, 20, 21]);
    expect(plan.comments[0]?.body).toContain('`privileged` · `procMount`');
    expect(plan.overflow.map((p) => p.findings[0]?.fingerprint)).toEqual(['fp-3']);
    expect(plan.reviewBody).toContain('1 more on changed lines');
    expect(plan.fallbackBody).toContain('5 new Pod Security Standards problems');
  });

  it('leaves suppressed and next-version findings out of inline comments, and counts them', () => {
    const plan = planReview({
      findings: [
        finding({ fingerprint: 's', suppressed: { reason: 'legacy', source: 'config' } }),
        finding({ fingerprint: 'u', check: 'procMount', upcoming: true, modes: ['audit'], severity: 'note' }),
      ],
      files,
      existing: [],
      headSha: HEAD,
    });
    expect(plan.comments).toEqual([]);
    expect(plan.summaryBody).toContain(
      '0 problems (enforce 0, warn 0, audit 0); 0 fail the run (fail-on: enforce); 1 suppressed; 1 only at the next version; 0 errors',
    );
    expect(plan.summaryBody).toContain('<details><summary><b>Only at the next version</b>: 1 problem</summary>');
    expect(plan.summaryBody).toContain('### ✅ Passed: nothing blocks the merge');
  });

  it('says in the summary comment how many problems are new when a baseline comparison was made, and only then', () => {
    const input = {
      findings: [
        finding({ fingerprint: 'new' }),
        finding({
          fingerprint: 'old',
          check: 'hostNamespaces',
          suppressed: { reason: 'in the baseline', source: 'baseline' as const },
        }),
      ],
      files,
      existing: [],
      headSha: HEAD,
    };
    const compared = planReview({
      ...input,
      baseline: { source: 'base commit 0123456789ab', new: 1, existing: 1, fixed: 2 },
    });
    expect(compared.summaryBody).toContain(
      '**1 new problem (1 existing, not failing); 2 fixed**, compared with the baseline base commit 0123456789ab.',
    );
    const plain = planReview(input);
    expect(plain.summaryBody).not.toContain('existing, not failing');
  });

  it('lists scan errors in the summary and makes untrusted names inert', () => {
    const plan = planReview({
      findings: [finding({ name: 'x<!-- podsec:summary -->@team', fingerprint: 'evil' })],
      files,
      existing: [],
      headSha: HEAD,
      errors: [{ file: 'chart', message: 'helm template failed: boom' }],
    });
    expect(plan.summaryBody.split(SUMMARY_MARKER)).toHaveLength(2);
    expect(plan.comments[0]?.body).not.toContain('<!-- podsec:summary');
    expect(plan.comments[0]?.body).toContain('@\u200bteam');
    expect(plan.summaryBody).toContain('helm template failed: boom');
    expect(plan.summaryBody).toContain('1 error');
  });
});

describe('suggestionForLine', () => {
  it('never suggests a change that leaves the same check failing', () => {
    // hostNetwork: false would leave hostPID: true, so host namespaces would still fail.
    const both = finding({
      check: 'hostNamespaces',
      field: 'spec.template.spec.hostNetwork',
      related: [
        {
          file: 'deploy/web.yaml',
          line: 21,
          column: 5,
          endLine: 21,
          endColumn: 18,
          message: 'also: spec.template.spec.hostPID',
        },
      ],
    });
    expect(suggestionForLine([both], '    hostNetwork: true')).toBeUndefined();
    const alone = finding({ check: 'hostNamespaces', field: 'spec.template.spec.hostNetwork' });
    expect(suggestionForLine([alone], '    hostNetwork: true')).toBe('    hostNetwork: false');
  });

  it('offers one suggestion only when it fixes every problem on the line', () => {
    const privileged = finding();
    const other = finding({ check: 'runAsNonRoot', field: 'spec.template.spec.containers[0].securityContext' });
    expect(suggestionForLine([privileged], '            privileged: true')).toBe('            privileged: false');
    expect(suggestionForLine([privileged, other], '            privileged: true')).toBeUndefined();
  });

  it('leaves the suggestion out of the comment on a line of the real examples where hostPID stays true', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync('examples/manifests/node-agent.yaml', 'utf8').split('\n');
    const hostNetworkLine = text.findIndex((line) => line.trim() === 'hostNetwork: true') + 1;
    const hostPidLine = text.findIndex((line) => line.trim() === 'hostPID: true') + 1;
    expect(hostNetworkLine).toBeGreaterThan(0);
    expect(hostPidLine).toBeGreaterThan(0);
    const problem = finding({
      file: 'examples/manifests/node-agent.yaml',
      line: hostNetworkLine,
      check: 'hostNamespaces',
      field: 'spec.template.spec.hostNetwork',
      related: [
        {
          file: 'examples/manifests/node-agent.yaml',
          line: hostPidLine,
          column: 7,
          endLine: hostPidLine,
          endColumn: 20,
          message: 'also: spec.template.spec.hostPID',
        },
      ],
    });
    const patch = `@@ -0,0 +1,${text.length} @@\n${text.map((line) => `+${line}`).join('\n')}`;
    const plan = planReview({
      findings: [problem],
      files: [{ filename: 'examples/manifests/node-agent.yaml', patch }],
      existing: [],
      headSha: HEAD,
    });
    expect(plan.comments).toHaveLength(1);
    expect(plan.comments[0]?.body).not.toContain('```suggestion');
  });
});

describe('helpers', () => {
  it('escapeMarkdown removes HTML, mentions, fences and table breaks', () => {
    expect(escapeMarkdown('<b>@x `y` |z|\nw')).toBe("&lt;b&gt;@\u200bx 'y' \\|z\\| w");
  });

  it('escapeMarkdown leaves no live link, image or emphasis', () => {
    expect(escapeMarkdown('[fix](https://evil.example/x) ![i](y) **bold** _it_')).toBe(
      '\\[fix\\](https://evil.example/x) \\!\\[i\\](y) \\*\\*bold\\*\\* \\_it\\_',
    );
  });

  it('markFixed keeps the original text and fingerprint', () => {
    const body = `${COMMENT_MARKER_PREFIX}abc -->\n**podsec** · \`privileged\`\n\n> message`;
    const fixed = markFixed(body, HEAD);
    expect(fixed).toContain('~~**podsec** · `privileged`~~');
    expect(fixed).toContain('> message');
    expect(readMarker(fixed)).toEqual({ fingerprint: 'abc', fingerprints: ['abc'], fixed: true });
  });
});
