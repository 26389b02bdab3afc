/**
 * Plans podsec's pull-request review: which findings get an inline comment (only on lines that are
 * part of the diff, so the review call cannot fail with 422), which earlier comments are stale, and
 * the texts of the review body and the sticky summary comment.
 *
 * Pure: no network, no files. src/github/review.ts carries the plan out.
 */
import { formatBaselineTally, type BaselineTally } from '../baseline/render.js';
import { buildProblems, formatPolicies, problemMessage, type Problem } from '../findings/problems.js';
import type { FailOn, Finding, ScanError, WorkloadVerdict } from '../findings/types.js';
import type { CommentFix } from '../fix/suggest.js';
import { checkPageUrl, fixLine, formatRelatedPlace, problemTitle, relatedPlaces } from './advice.js';
import { controllerEnforceNote, problemReport, workloadLabel } from './common.js';
import { BoundedMarkdown, closeBudget, writeProblemMarkdown } from './summary.js';

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
  /** First line of a multi-line comment (a suggestion that replaces several lines); `line` is the last. */
  readonly startLine?: number;
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
  /** Every workload's verdict, so the summary counts workloads as the other reports do; absent: not counted. */
  readonly workloads?: readonly WorkloadVerdict[];
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
  /** Which problems fail the run (default `enforce`): they head the summary comment. */
  readonly failOn?: FailOn;
  /** `$GITHUB_SERVER_URL/owner/repo/blob/<head sha>`: locations in the summary link to the file line. */
  readonly blobUrl?: string;
  /** The comparison with a baseline, when one was made: the summary says how many problems are new. */
  readonly baseline?: BaselineTally;
  /**
   * The fix an inline comment can carry for `findings` anchored in `file`, whose lines `diffLines` are in the
   * diff (see commentFix). Only with a checkout of the scanned code; preferred to the one-line suggestion.
   */
  readonly fixFor?: (
    findings: readonly Finding[],
    file: string,
    diffLines: ReadonlySet<number>,
  ) => CommentFix | undefined;
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
  /** Earlier podsec comments whose problems no longer exist. */
  readonly stale: StaleComment[];
  /** Problems that already have a podsec comment. */
  readonly alreadyCommented: Problem[];
  /** Problems on lines outside the diff (or in files not in the pull request). */
  readonly offDiff: Problem[];
  /** Problems on diff lines beyond the inline cap. */
  readonly overflow: Problem[];
  /** Problems in files GitHub did not list because the pull request has too many (see fileListTruncated). */
  readonly unlisted: Problem[];
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
  return {
    fingerprint: match[1],
    fingerprints: match[1].split(',').filter((fp) => fp !== ''),
    fixed: match[2] !== undefined,
  };
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

  // Each problem once (all the policies it breaks together), what blocks the merge first.
  const problems = buildProblems(input.findings, input.failOn);
  const active = problems.filter((problem) => problem.suppressed === undefined && !problem.upcoming);
  const fingerprintsOf = (problem: Problem): string[] => problem.findings.map((finding) => finding.fingerprint);
  const activeFingerprints = new Set(active.flatMap(fingerprintsOf));

  // One comment per line, naming every check that fails there.
  const groups = new Map<string, { anchor: Anchor; problems: Problem[] }>();
  const alreadyCommented: Problem[] = [];
  const offDiff: Problem[] = [];
  const unlisted: Problem[] = [];
  const listedFiles = new Set(input.files.map((file) => file.filename));
  const isUnlisted = (problem: Problem): boolean =>
    input.fileListTruncated !== undefined &&
    [problem.file, ...problem.findings.flatMap((finding) => finding.related.map((r) => r.file))].some(
      (file) => !listedFiles.has(file),
    );
  for (const problem of active) {
    if (fingerprintsOf(problem).some((fingerprint) => commented.has(fingerprint))) {
      alreadyCommented.push(problem);
      continue;
    }
    const anchor = findAnchor(problem, fileLines, input.scannedLine);
    if (!anchor) {
      (isUnlisted(problem) ? unlisted : offDiff).push(problem);
      continue;
    }
    const key = `${anchor.file}\u0000${anchor.line}`;
    const group = groups.get(key);
    if (group) group.problems.push(problem);
    else groups.set(key, { anchor, problems: [problem] });
  }

  const comments: PlannedComment[] = [];
  const overflow: Problem[] = [];
  // The cap holds across runs: podsec's live comments count against it, so problems over the cap stay
  // in the summary comment instead of arriving as a new review on the next run.
  const stillLive = liveComments.filter(({ marker }) =>
    marker.fingerprints.some((fingerprint) => activeFingerprints.has(fingerprint)),
  ).length;
  const room = Math.max(0, maxInline - stillLive);
  for (const { anchor, problems: onLine } of groups.values()) {
    if (comments.length >= room) {
      overflow.push(...onLine);
      continue;
    }
    const offered = input.fixFor?.(
      onLine.flatMap((problem) => problem.findings),
      anchor.file,
      suggestableLines(anchor.file, fileLines, input.scannedLine),
    );
    // The fix quotes the repository's lines in a code block: one that holds a fence of its own would end it early.
    const fix =
      offered !== undefined && offered.body.split('\n').filter((text) => text.includes('```')).length === 2
        ? offered
        : undefined;
    // A suggestion replaces the lines the comment spans: the comment sits on them, not on the finding's line.
    const range = fix?.kind === 'suggestion' ? { startLine: fix.startLine, line: fix.endLine } : { line: anchor.line };
    comments.push({
      path: anchor.file,
      ...(range.startLine !== undefined && range.startLine < range.line ? { startLine: range.startLine } : {}),
      line: range.line,
      side: 'RIGHT',
      fingerprint: onLine.flatMap(fingerprintsOf).join(','),
      body: commentBody(onLine, anchor, fix),
    });
  }

  const stale: StaleComment[] = [];
  for (const { comment, marker } of liveComments) {
    if (marker.fingerprints.some((fingerprint) => activeFingerprints.has(fingerprint))) continue;
    const hasReplies = input.existing.some((c) => c.inReplyTo === comment.id);
    stale.push({
      comment,
      fingerprint: marker.fingerprint,
      hasReplies,
      fixedBody: markFixed(comment.body, input.headSha),
    });
  }

  const inline = active.filter((problem) =>
    comments.some((c) => c.fingerprint.split(',').includes(fingerprintsOf(problem)[0] ?? '')),
  );
  const reviewBody = comments.length > 0 ? buildReviewBody(inline.length, overflow, offDiff) : undefined;
  const fallbackBody = buildFallbackBody(inline, overflow, offDiff);
  const summaryComment = ours.find((c) => c.kind === 'issue' && c.body.includes(SUMMARY_MARKER));
  const summaryBody = buildSummaryBody({
    findings: input.findings,
    errors: input.errors ?? [],
    ...(input.workloads === undefined ? {} : { workloads: input.workloads }),
    headSha: input.headSha,
    offDiff,
    unlisted,
    ...(input.fileListTruncated !== undefined ? { fileListTruncated: input.fileListTruncated } : {}),
    diffKnown: input.files.length > 0,
    failOn: input.failOn ?? 'enforce',
    ...(input.blobUrl === undefined ? {} : { blobUrl: input.blobUrl }),
    ...(input.baseline === undefined ? {} : { baseline: input.baseline }),
  });
  return {
    comments,
    reviewBody,
    fallbackBody,
    stale,
    alreadyCommented,
    offDiff,
    unlisted,
    overflow,
    summaryBody,
    summaryComment,
  };
}

/**
 * The diff lines of a file a suggestion may replace: those whose text is the scanned line's, so the
 * suggestion (made from the scanned checkout) replaces exactly the text it was made from.
 */
function suggestableLines(
  file: string,
  fileLines: ReadonlyMap<string, ReadonlyMap<number, string>>,
  scannedLine: ReviewPlanInput['scannedLine'],
): Set<number> {
  const lines = new Set<number>();
  for (const [line, text] of fileLines.get(file) ?? []) {
    if (scannedLine === undefined || scannedLine(file, line)?.trimEnd() === text.trimEnd()) lines.add(line);
  }
  return lines;
}

interface Anchor {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly primary: boolean;
}

/** The first place of the finding that is on the diff: its own line, else a related values/patch line. */
function findAnchor(
  finding: Pick<Problem, 'file' | 'line' | 'related'>,
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

/**
 * Makes untrusted text (names and values from the pull request) inert in Markdown: no HTML, so no fake
 * podsec markers; no @-mentions; no code-fence breaks.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/@/g, '@\u200b')
      .replace(/`/g, "'")
      // Links, images and emphasis: a name like `[fix](https://…)` must read as text, not a live link.
      .replace(/([\\[\]*_~!])/g, '\\$1')
      .replace(/\|/g, '\\|')
      .replace(/\r?\n/g, ' ')
  );
}

/**
 * The one suggestion for a diff line, or undefined. It is offered only when it fixes every problem on
 * the line: each problem's field is this line's key and nothing else in the workload fails the same
 * check (`hostNetwork: false` would leave `hostPID: true` failing host namespaces). Fixes that span
 * several lines belong to podsec's fix planner, which can take this function's place.
 */
export function suggestionForLine(
  problems: readonly Pick<Problem, 'field' | 'check' | 'related'>[],
  lineText: string,
): string | undefined {
  let suggestion: string | undefined;
  for (const problem of problems) {
    if (problem.related.some((location) => location.message?.startsWith('also:') === true)) return undefined;
    const replacement = suggestFix(problem, lineText);
    if (replacement === undefined || (suggestion !== undefined && replacement !== suggestion)) return undefined;
    suggestion = replacement;
  }
  return suggestion;
}

function commentBody(problems: readonly Problem[], anchor: Anchor, fix: CommentFix | undefined): string {
  const fingerprints = problems.flatMap((problem) => problem.findings.map((finding) => finding.fingerprint));
  const checks = [...new Set(problems.map((problem) => problem.check))];
  const lines = [
    `${COMMENT_MARKER_PREFIX}${fingerprints.join(',')} -->`,
    `**podsec** · ${checks.map((check) => `\`${check}\``).join(' · ')}`,
    '',
  ];
  for (const problem of problems) {
    const where = anchor.primary ? '' : ` (set at \`${escapeMarkdown(problem.file)}:${problem.line}\`)`;
    lines.push(
      `**${SEVERITY_WORD[problem.severity]}** · ${escapeMarkdown(problemTitle(problem.check))} · ${escapeMarkdown(workloadLabel(problem))}${where}`,
      '',
      `> ${escapeMarkdown(problem.findings[0]?.message ?? problemMessage(problem))}`,
      '',
      `Breaks ${escapeMarkdown(formatPolicies(problem.policies))}.`,
      '',
    );
    const places = relatedPlaces(problem.related);
    if (places.length > 0) {
      const shown = places
        .slice(0, MAX_COMMENT_PLACES)
        .map(
          (place) =>
            `\`${escapeMarkdown(formatRelatedPlace(place))}\`${place.message === undefined ? '' : ` ${escapeMarkdown(place.message)}`}`,
        );
      if (places.length > MAX_COMMENT_PLACES)
        shown.push(`${places.length - MAX_COMMENT_PLACES} more (see the job summary)`);
      lines.push(`**Related:** ${shown.join('; ')}`, '');
    }
    const note = controllerEnforceNote(problem);
    if (note !== undefined) lines.push(`**Note:** ${escapeMarkdown(note)}`, '');
    lines.push(`**Fix:** ${escapeMarkdown(fixLine(problem))} ([${problem.check}](${checkPageUrl(problem.check)}))`, '');
  }
  if (fix !== undefined) {
    lines.push(fix.body);
  } else {
    const suggestion = suggestionForLine(problems, anchor.text);
    if (suggestion !== undefined) lines.push('```suggestion', suggestion, '```');
  }
  return lines.join('\n').trimEnd();
}

const SEVERITY_WORD = { error: 'error', warning: 'warning', note: 'note' } as const;

/** An inline comment names at most this many related places (a list's items count once). */
const MAX_COMMENT_PLACES = 4;

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

function problemLine(problem: Problem): string {
  return (
    `- \`${problem.check}\` ${SEVERITY_WORD[problem.severity]} — ${escapeMarkdown(workloadLabel(problem))} at ` +
    `\`${escapeMarkdown(problem.file)}:${problem.line}\`: ${escapeMarkdown(problemMessage(problem))} (${escapeMarkdown(formatPolicies(problem.policies))})`
  );
}

function listWithCap(problems: readonly Problem[], cap: number): string[] {
  const lines = problems.slice(0, cap).map(problemLine);
  if (problems.length > cap) lines.push(`- … and ${problems.length - cap} more (see the job summary)`);
  return lines;
}

function buildReviewBody(inline: number, overflow: readonly Problem[], offDiff: readonly Problem[]): string {
  const parts = [
    `**podsec** found ${inline} new Pod Security Standards ${inline === 1 ? 'problem' : 'problems'} on changed lines.`,
  ];
  if (overflow.length > 0) {
    parts.push(
      '',
      `${overflow.length} more on changed lines (over the limit of inline comments):`,
      ...listWithCap(overflow, 50),
    );
  }
  if (offDiff.length > 0) {
    parts.push(
      '',
      `${offDiff.length} ${offDiff.length === 1 ? 'problem is' : 'problems are'} outside this diff; see the podsec summary comment.`,
    );
  }
  return clip(parts.join('\n'));
}

function buildFallbackBody(
  inline: readonly Problem[],
  overflow: readonly Problem[],
  offDiff: readonly Problem[],
): string {
  const onDiff = [...inline, ...overflow];
  const parts = [
    `**podsec** found ${onDiff.length} new Pod Security Standards ${onDiff.length === 1 ? 'problem' : 'problems'} on changed lines (inline comments could not be placed):`,
    '',
    ...listWithCap(onDiff, 100),
  ];
  if (offDiff.length > 0) parts.push('', `${offDiff.length} more outside this diff; see the podsec summary comment.`);
  return clip(parts.join('\n'));
}

/** The sticky summary: the job summary's headline and tables, for the pull request. */
function buildSummaryBody(input: {
  findings: readonly Finding[];
  errors: readonly ScanError[];
  workloads?: readonly WorkloadVerdict[];
  headSha: string;
  offDiff: readonly Problem[];
  unlisted: readonly Problem[];
  fileListTruncated?: { readonly listed: number; readonly total: number };
  /** False in summary-only mode, where the diff was not read and nothing is "outside" it. */
  diffKnown: boolean;
  failOn: FailOn;
  blobUrl?: string;
  baseline?: BaselineTally;
}): string {
  const result = {
    findings: [...input.findings],
    workloads: [...(input.workloads ?? [])],
    errors: [...input.errors],
    notices: [],
    targets: [],
  };
  const report = problemReport(result, input.failOn);
  const out = new BoundedMarkdown(MAX_BODY_CHARS - 2_000);
  out.add(SUMMARY_MARKER);
  out.add(`## podsec: Pod Security Standards · commit ${input.headSha.slice(0, 7)}`);
  out.add('');
  if (input.baseline !== undefined) {
    // Suppressed by the baseline: the counts say why existing problems do not fail the run.
    out.add(
      `**${escapeMarkdown(formatBaselineTally(input.baseline))}**, compared with the baseline ${escapeMarkdown(input.baseline.source)}.`,
    );
    out.add('');
  }
  writeProblemMarkdown(out, report, input.errors, {
    workloadsKnown: input.workloads !== undefined,
    maxErrors: 30,
    ...(input.blobUrl === undefined ? {} : { blobUrl: input.blobUrl }),
  });
  if (input.diffKnown && input.offDiff.length > 0) {
    out.add('');
    out.add(
      `${input.offDiff.length} ${input.offDiff.length === 1 ? 'problem is' : 'problems are'} on lines outside this pull request's diff (listed above, not commented inline).`,
    );
  }
  if (input.fileListTruncated !== undefined) {
    const { listed, total } = input.fileListTruncated;
    out.add('');
    out.add(
      `GitHub lists only ${listed.toLocaleString('en-US')} of this pull request's ${total.toLocaleString('en-US')} changed files` +
        (input.unlisted.length > 0
          ? `; ${input.unlisted.length} ${input.unlisted.length === 1 ? 'problem is' : 'problems are'} in files it did not list, so podsec cannot tell whether they are on changed lines (listed above, not commented inline).`
          : '.'),
    );
  }
  closeBudget(out);
  return clip(out.text().trimEnd());
}

function clip(body: string): string {
  if (body.length <= MAX_BODY_CHARS) return body;
  return `${body.slice(0, MAX_BODY_CHARS)}\n\n… (truncated; see the job summary)`;
}
