/**
 * Plans podsec's pull-request review: which findings get an inline comment (only on lines that are
 * part of the diff, so the review call cannot fail with 422), which earlier comments are stale, and
 * the texts of the review body and the sticky summary comment.
 *
 * Pure: no network, no files. src/github/review.ts carries the plan out.
 */
import type { Finding, Mode, ScanError } from '../findings/types.js';
import type { CheckId } from '../policy/types.js';
import { checkMeta } from '../policy/registry.js';
import { controllerEnforceNote, firstSentence } from './common.js';

/** Marker prefix of every inline comment podsec writes; the fingerprint follows. */
export const COMMENT_MARKER_PREFIX = '<!-- podsec:v1 fp=';
/** Marker of the one sticky summary comment per pull request. */
export const SUMMARY_MARKER = '<!-- podsec:summary -->';
/**
 * podsec's own cap on inline comments in one review, not GitHub's: a longer review is hard to read. Findings
 * beyond it are listed in the review body and the summary comment.
 */
export const DEFAULT_MAX_INLINE = 30;
/** GitHub rejects comment bodies above 65,536 characters; stay well below. */
const MAX_BODY_CHARS = 60_000;
/** The author of comments made with the workflow's GITHUB_TOKEN. */
export const DEFAULT_BOT_LOGIN = 'github-actions[bot]';

/** A file of the pull request as `pulls.listFiles` returns it. */
export interface PullFile {
  readonly filename: string;
  /** Unified diff of the file; absent for binary or very large files. */
  readonly patch?: string;
  readonly status?: string;
}

/** A comment that already exists on the pull request (review comment or issue comment). */
export interface ExistingComment {
  readonly id: number;
  /** GraphQL node id, needed to minimize or resolve. */
  readonly nodeId?: string;
  readonly kind: 'review' | 'issue';
  readonly body: string;
  readonly author?: string;
  readonly path?: string;
  readonly line?: number | null;
  /** Set on replies within a review thread. */
  readonly inReplyTo?: number;
}

/** An inline comment to create in the review. */
export interface PlannedComment {
  readonly path: string;
  readonly line: number;
  readonly side: 'RIGHT';
  readonly body: string;
  readonly fingerprint: string;
}

/** An earlier podsec comment whose finding is gone. */
export interface StaleComment {
  readonly comment: ExistingComment;
  readonly fingerprint: string;
  /** The comment body rewritten to say the finding was fixed (keeps the original text). */
  readonly fixedBody: string;
  /** True when a person replied in the thread: never delete such a comment. */
  readonly hasReplies: boolean;
}

export interface ReviewPlanInput {
  readonly findings: readonly Finding[];
  readonly files: readonly PullFile[];
  readonly existing: readonly ExistingComment[];
  /** Only comments by this login count as podsec's own (markers can be typed by anyone). */
  readonly botLogin?: string;
  readonly headSha: string;
  readonly maxInline?: number;
  /** Scan errors, listed in the summary so a failed render is never silent. */
  readonly errors?: readonly ScanError[];
  /**
   * The text of a line of the checkout that was scanned. On `pull_request` that is the merge commit,
   * whose line numbers can differ from the head's when the base changed the same file: a finding is
   * only anchored on a diff line whose text is the scanned line's text.
   */
  readonly scannedLine?: (file: string, line: number) => string | undefined;
  /**
   * Set when GitHub listed fewer files than the pull request changes (it lists at most 3,000): a finding
   * in a file it did not list may well be on a changed line, so it is "unknown", not "outside the diff".
   */
  readonly fileListTruncated?: { readonly listed: number; readonly total: number };
}

export interface ReviewPlan {
  /** New inline comments, at most `maxInline`. */
  readonly comments: PlannedComment[];
  /**
   * Body of the one review to create, or undefined when there is nothing new to say inline
   * (re-runs stay quiet).
   */
  readonly reviewBody: string | undefined;
  /** Body for a review without inline comments, used when GitHub rejects the review with 422. */
  readonly fallbackBody: string;
  /** Earlier podsec comments whose finding no longer exists. */
  readonly stale: StaleComment[];
  /** Findings that already have a podsec comment. */
  readonly alreadyCommented: Finding[];
  /** Findings on lines outside the diff (or in files not in the pull request). */
  readonly offDiff: Finding[];
  /** Findings in files GitHub did not list because the pull request has too many (see fileListTruncated). */
  readonly unlisted: Finding[];
  /** Findings on diff lines beyond the inline cap. */
  readonly overflow: Finding[];
  /** Full text of the sticky summary comment. */
  readonly summaryBody: string;
  /** The existing sticky summary comment to edit in place, if any. */
  readonly summaryComment: ExistingComment | undefined;
}

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/**
 * Maps each RIGHT-side line of a unified diff that lies inside a hunk (added or context lines) to its
 * text. Removed lines and "\ No newline at end of file" markers take no new-file line.
 */
export function parsePatch(patch: string): Map<number, string> {
  const lines = new Map<number, string>();
  let next = 0;
  let remaining = 0;
  let inHunk = false;
  for (const raw of patch.split('\n')) {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const header = HUNK_HEADER.exec(text);
    if (header) {
      next = Number(header[1]);
      // An omitted count means one line; a zero count is an empty side (a deleted file).
      remaining = header[2] === undefined ? 1 : Number(header[2]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    const marker = text[0];
    if (marker === '+' || marker === ' ') {
      if (remaining <= 0) continue;
      lines.set(next, text.slice(1));
      next += 1;
      remaining -= 1;
    } else if (text === '' && remaining > 0) {
      // Some tools strip the single space of an empty context line.
      lines.set(next, '');
      next += 1;
      remaining -= 1;
    }
    // '-' lines and '\' markers do not exist on the RIGHT side.
  }
  return lines;
}

/** RIGHT-side line numbers of added and context lines inside the hunks of a unified diff. */
export function parsePatchLines(patch: string): Set<number> {
  return new Set(parsePatch(patch).keys());
}

/**
 * The fingerprints in a podsec marker (one comment covers every policy that flags the same line for the
 * same check, so a marker may list several, comma-separated), and whether it was already marked fixed.
 */
export function readMarker(body: string): { fingerprint: string; fingerprints: string[]; fixed: boolean } | undefined {
  const match = /<!-- podsec:v1 fp=([A-Za-z0-9:_.,\-]+)( fixed=[0-9a-f]+)? -->/.exec(body);
  if (!match || match[1] === undefined) return undefined;
  return { fingerprint: match[1], fingerprints: match[1].split(',').filter((fp) => fp !== ''), fixed: match[2] !== undefined };
}

/** Builds the review plan. Deterministic: same input, same plan. */
export function planReview(input: ReviewPlanInput): ReviewPlan {
  const maxInline = input.maxInline ?? DEFAULT_MAX_INLINE;
  const botLogin = input.botLogin ?? DEFAULT_BOT_LOGIN;
  const fileLines = new Map<string, Map<number, string>>();
  for (const file of input.files) {
    if (file.patch !== undefined) fileLines.set(file.filename, parsePatch(file.patch));
  }

  const ours = input.existing.filter((c) => c.author === botLogin);
  const liveComments: { comment: ExistingComment; marker: { fingerprint: string; fingerprints: string[] } }[] = [];
  const commented = new Set<string>();
  for (const comment of ours) {
    if (comment.kind !== 'review') continue;
    const marker = readMarker(comment.body);
    if (!marker || marker.fixed) continue;
    liveComments.push({ comment, marker });
    for (const fingerprint of marker.fingerprints) commented.add(fingerprint);
  }

  const active = uniqueByFingerprint(input.findings.filter((f) => f.suppressed === undefined && f.upcoming !== true));
  const activeFingerprints = new Set(active.map((f) => f.fingerprint));

  // The same field often breaks the enforce policy and the warn policy (baseline:latest and
  // restricted:latest): reviewers get one comment per line and check that names both.
  const groups = new Map<string, { anchor: Anchor; findings: Finding[] }>();
  const alreadyCommented: Finding[] = [];
  const offDiff: Finding[] = [];
  const unlisted: Finding[] = [];
  const listedFiles = new Set(input.files.map((file) => file.filename));
  const isUnlisted = (finding: Finding): boolean =>
    input.fileListTruncated !== undefined && [finding.file, ...finding.related.map((r) => r.file)].some((file) => !listedFiles.has(file));
  for (const finding of active) {
    if (commented.has(finding.fingerprint)) {
      alreadyCommented.push(finding);
      continue;
    }
    const anchor = findAnchor(finding, fileLines, input.scannedLine);
    if (!anchor) {
      (isUnlisted(finding) ? unlisted : offDiff).push(finding);
      continue;
    }
    const key = `${anchor.file}\u0000${anchor.line}\u0000${finding.check}`;
    const group = groups.get(key);
    if (group) group.findings.push(finding);
    else groups.set(key, { anchor, findings: [finding] });
  }

  const comments: PlannedComment[] = [];
  const overflow: Finding[] = [];
  // The cap holds across runs: podsec's live comments count against it, so findings over the cap stay
  // in the summary comment instead of arriving as a new review on the next run.
  const stillLive = liveComments.filter(({ marker }) => marker.fingerprints.some((fingerprint) => activeFingerprints.has(fingerprint))).length;
  const room = Math.max(0, maxInline - stillLive);
  for (const { anchor, findings } of groups.values()) {
    if (comments.length >= room) {
      overflow.push(...findings);
      continue;
    }
    comments.push({
      path: anchor.file,
      line: anchor.line,
      side: 'RIGHT',
      fingerprint: findings.map((f) => f.fingerprint).join(','),
      body: commentBody(findings, anchor.text),
    });
  }

  const stale: StaleComment[] = [];
  for (const { comment, marker } of liveComments) {
    if (marker.fingerprints.some((fingerprint) => activeFingerprints.has(fingerprint))) continue;
    const hasReplies = input.existing.some((c) => c.inReplyTo === comment.id);
    stale.push({ comment, fingerprint: marker.fingerprint, hasReplies, fixedBody: markFixed(comment.body, input.headSha) });
  }

  const reviewBody = comments.length > 0 ? buildReviewBody(comments.length, overflow, offDiff) : undefined;
  const fallbackBody = buildFallbackBody(
    active.filter((f) => comments.some((c) => c.fingerprint.split(',').includes(f.fingerprint))),
    overflow,
    offDiff,
  );
  const summaryComment = ours.find((c) => c.kind === 'issue' && c.body.includes(SUMMARY_MARKER));
  const summaryBody = buildSummaryBody({
    findings: input.findings,
    errors: input.errors ?? [],
    headSha: input.headSha,
    offDiff,
    unlisted,
    ...(input.fileListTruncated !== undefined ? { fileListTruncated: input.fileListTruncated } : {}),
    diffKnown: input.files.length > 0,
  });
  return { comments, reviewBody, fallbackBody, stale, alreadyCommented, offDiff, unlisted, overflow, summaryBody, summaryComment };
}

function uniqueByFingerprint(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    if (seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    out.push(f);
  }
  return out;
}

interface Anchor {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly primary: boolean;
}

/** The first place of the finding that is on the diff: its own line, else a related values/patch line. */
function findAnchor(
  finding: Finding,
  fileLines: ReadonlyMap<string, ReadonlyMap<number, string>>,
  scannedLine: ReviewPlanInput['scannedLine'],
): Anchor | undefined {
  const candidates = [{ file: finding.file, line: finding.line, primary: true }].concat(
    finding.related.map((r) => ({ file: r.file, line: r.line, primary: false })),
  );
  for (const candidate of candidates) {
    const text = fileLines.get(candidate.file)?.get(candidate.line);
    if (text === undefined) continue;
    const scanned = scannedLine?.(candidate.file, candidate.line);
    // The head's line differs from the scanned one: commenting here would point at other code.
    if (scanned !== undefined && scanned.trimEnd() !== text.trimEnd()) continue;
    return { ...candidate, text };
  }
  return undefined;
}

/** Boolean and enum fields whose bad value has exactly one safe replacement. */
const SUGGESTIONS: Readonly<Record<string, { readonly bad: readonly string[]; readonly good: string }>> = {
  privileged: { bad: ['true'], good: 'false' },
  allowPrivilegeEscalation: { bad: ['true'], good: 'false' },
  runAsNonRoot: { bad: ['false'], good: 'true' },
  hostNetwork: { bad: ['true'], good: 'false' },
  hostPID: { bad: ['true'], good: 'false' },
  hostIPC: { bad: ['true'], good: 'false' },
  hostProcess: { bad: ['true'], good: 'false' },
  procMount: { bad: ['Unmasked'], good: 'Default' },
  type: { bad: ['Unconfined'], good: 'RuntimeDefault' },
};

const PLAIN_LINE = /^(\s*(?:-\s+)?)([A-Za-z]+)(\s*:\s*)(["']?)([A-Za-z]+)\4(\s*(?:#.*)?)$/;

/**
 * A one-line replacement for a plain YAML line such as `privileged: true`, when the finding's field is
 * that key and the fix is unambiguous. Template expressions never match, so Helm templates get advice,
 * not a suggestion.
 */
export function suggestFix(finding: Pick<Finding, 'field' | 'check'>, lineText: string): string | undefined {
  const match = PLAIN_LINE.exec(lineText);
  if (!match) return undefined;
  const [, indent, key, colon, quote, value, trailing] = match;
  if (key === undefined || value === undefined) return undefined;
  // Only the key the finding is about: a `privileged: true` line elsewhere in the file is not ours.
  const fieldKey = /([A-Za-z]+)$/.exec(finding.field)?.[1];
  if (fieldKey !== key) return undefined;
  if (key === 'type' && !/seccompProfile\.type$/.test(finding.field)) return undefined;
  const rule = SUGGESTIONS[key];
  if (!rule || !rule.bad.includes(value)) return undefined;
  return `${indent ?? ''}${key}${colon ?? ': '}${quote ?? ''}${rule.good}${quote ?? ''}${trailing ?? ''}`;
}

const PSS_DOCS = 'https://kubernetes.io/docs/concepts/security/pod-security-standards/';

/**
 * Makes untrusted text (names and values from the pull request) inert in Markdown: no HTML, so no fake
 * podsec markers; no @-mentions; no code-fence breaks.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '@\u200b')
    .replace(/`/g, "'")
    // Links, images and emphasis: a name like `[fix](https://…)` must read as text, not a live link.
    .replace(/([\\[\]*_~!])/g, '\\$1')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}

function modesText(modes: readonly Mode[]): string {
  return modes.length > 0 ? modes.join(', ') : 'none';
}

function workloadText(f: Finding): string {
  const ns = f.namespace ? `${f.namespace}/` : '';
  return `${f.kind} ${ns}${f.name}`;
}

function commentBody(findings: readonly Finding[], lineText: string): string {
  const [first] = findings as [Finding, ...Finding[]];
  const suggestion = suggestFix(first, lineText);
  const lines = [
    `${COMMENT_MARKER_PREFIX}${findings.map((f) => f.fingerprint).join(',')} -->`,
    `**podsec** · \`${first.check}\` · ${escapeMarkdown(workloadText(first))}`,
    '',
  ];
  for (const finding of findings) {
    lines.push(`**${severityWord(finding)}** (${modesText(finding.modes)}, ${finding.level}:${escapeMarkdown(finding.version)})`, '', `> ${escapeMarkdown(finding.message)}`, '');
  }
  lines.push(...noteLines(first), `**Fix:** ${fixHint(first.check)} ([${first.check}](${PSS_DOCS}))`);
  if (suggestion !== undefined) {
    lines.push('', '```suggestion', suggestion, '```');
  }
  return lines.join('\n');
}

function fixHint(check: CheckId): string {
  return escapeMarkdown(firstSentence(checkMeta(check).fix));
}

function noteLines(finding: Finding): string[] {
  const note = controllerEnforceNote(finding);
  return note !== undefined ? [`**Note:** ${escapeMarkdown(note)}`] : [];
}

function severityWord(f: Finding): string {
  return f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'note';
}

/** Rewrites a podsec comment to say its finding is gone, keeping the original text for the thread. */
export function markFixed(body: string, headSha: string): string {
  const marker = readMarker(body);
  const short = headSha.slice(0, 7);
  const original = body.replace(/<!-- podsec:v1 fp=[^>]*-->\n?/, '');
  const headline = original.split('\n')[0] ?? '';
  const markerLine = marker ? `${COMMENT_MARKER_PREFIX}${marker.fingerprint} fixed=${headSha.toLowerCase()} -->` : '';
  return [
    markerLine,
    `~~${headline.replace(/~/g, '')}~~`,
    '',
    `✅ Fixed in ${short}: podsec no longer reports this finding.`,
    '',
    '<details><summary>Original comment</summary>',
    '',
    original,
    '',
    '</details>',
  ].join('\n');
}

function findingLine(f: Finding): string {
  return `- \`${f.check}\` ${severityWord(f)} (${modesText(f.modes)}) — ${escapeMarkdown(workloadText(f))} at \`${escapeMarkdown(f.file)}:${f.line}\`: ${escapeMarkdown(f.detail || f.reason)}`;
}

function listWithCap(findings: readonly Finding[], cap: number): string[] {
  const lines = findings.slice(0, cap).map(findingLine);
  if (findings.length > cap) lines.push(`- … and ${findings.length - cap} more (see the job summary)`);
  return lines;
}

function buildReviewBody(inline: number, overflow: readonly Finding[], offDiff: readonly Finding[]): string {
  const parts = [`**podsec** found ${inline} new Pod Security Standards ${inline === 1 ? 'finding' : 'findings'} on changed lines.`];
  if (overflow.length > 0) {
    parts.push('', `${overflow.length} more on changed lines (over the limit of inline comments):`, ...listWithCap(overflow, 50));
  }
  if (offDiff.length > 0) {
    parts.push('', `${offDiff.length} ${offDiff.length === 1 ? 'finding is' : 'findings are'} outside this diff; see the podsec summary comment.`);
  }
  return clip(parts.join('\n'));
}

function buildFallbackBody(inline: readonly Finding[], overflow: readonly Finding[], offDiff: readonly Finding[]): string {
  const onDiff = [...inline, ...overflow];
  const parts = [
    `**podsec** found ${onDiff.length} new Pod Security Standards ${onDiff.length === 1 ? 'finding' : 'findings'} on changed lines (inline comments could not be placed):`,
    '',
    ...listWithCap(onDiff, 100),
  ];
  if (offDiff.length > 0) parts.push('', `${offDiff.length} more outside this diff; see the podsec summary comment.`);
  return clip(parts.join('\n'));
}

function buildSummaryBody(input: {
  findings: readonly Finding[];
  errors: readonly ScanError[];
  headSha: string;
  offDiff: readonly Finding[];
  unlisted: readonly Finding[];
  fileListTruncated?: { readonly listed: number; readonly total: number };
  /** False in summary-only mode, where the diff was not read and nothing is "outside" it. */
  diffKnown: boolean;
}): string {
  const active = input.findings.filter((f) => f.suppressed === undefined && f.upcoming !== true);
  const suppressed = input.findings.filter((f) => f.suppressed !== undefined).length;
  const upcoming = input.findings.filter((f) => f.suppressed === undefined && f.upcoming === true).length;
  const count = (mode: Mode): number => active.filter((f) => f.modes.includes(mode)).length;
  const enforce = count('enforce');
  const status =
    enforce > 0 || input.errors.length > 0
      ? `❌ ${enforce} enforce ${enforce === 1 ? 'violation' : 'violations'}, ${input.errors.length} ${input.errors.length === 1 ? 'error' : 'errors'}`
      : active.length > 0
        ? '⚠️ no enforce violations; warnings and notes below'
        : '✅ no Pod Security Standards violations';
  const parts = [
    SUMMARY_MARKER,
    '### podsec — Pod Security Standards',
    '',
    `${status} · commit ${input.headSha.slice(0, 7)}`,
    '',
    '| enforce | warn | audit | suppressed | errors |',
    '|---:|---:|---:|---:|---:|',
    `| ${enforce} | ${count('warn')} | ${count('audit')} | ${suppressed} | ${input.errors.length} |`,
  ];
  if (upcoming > 0) parts.push('', `${upcoming} more would fail after a cluster upgrade (next version).`);
  if (active.length > 0) {
    parts.push('', '<details><summary>Findings</summary>', '', ...listWithCap(active, 100), '', '</details>');
  }
  if (input.diffKnown && input.offDiff.length > 0) {
    parts.push('', `${input.offDiff.length} ${input.offDiff.length === 1 ? 'finding is' : 'findings are'} on lines outside this pull request's diff (listed above, not commented inline).`);
  }
  if (input.fileListTruncated !== undefined) {
    const { listed, total } = input.fileListTruncated;
    parts.push(
      '',
      `GitHub lists only ${listed.toLocaleString('en-US')} of this pull request's ${total.toLocaleString('en-US')} changed files` +
        (input.unlisted.length > 0
          ? `; ${input.unlisted.length} ${input.unlisted.length === 1 ? 'finding is' : 'findings are'} in files it did not list, so podsec cannot tell whether they are on changed lines (listed above, not commented inline).`
          : '.'),
    );
  }
  if (input.errors.length > 0) {
    parts.push('', '**Errors**', '');
    for (const e of input.errors.slice(0, 30)) {
      parts.push(`- \`${escapeMarkdown(e.file)}${e.line !== undefined ? `:${e.line}` : ''}\`: ${escapeMarkdown(e.message)}`);
    }
    if (input.errors.length > 30) parts.push(`- … and ${input.errors.length - 30} more (see the job summary)`);
  }
  return clip(parts.join('\n'));
}

function clip(body: string): string {
  if (body.length <= MAX_BODY_CHARS) return body;
  return `${body.slice(0, MAX_BODY_CHARS)}\n\n… (truncated; see the job summary)`;
}
