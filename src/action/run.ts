/**
 * The GitHub Action: inputs → scan (or a validated artifact) → files → annotations and job summary →
 * pull-request review, SARIF upload → outputs → gate. GitHub API calls go through src/github.
 */
import * as core from '@actions/core';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { OptionsError, resolveScanOptions } from '../config/options.js';
import { exitCode, failureSummary } from '../findings/exit-code.js';
import type { FailOn, ScanResult } from '../findings/types.js';
import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from '../github/client.js';
import { readEventContext, type EventContext } from '../github/context.js';
import { describeGitHubError } from '../github/errors.js';
import { publishReview, type PublishReviewInput } from '../github/review.js';
import { uploadSarif } from '../github/sarif-upload.js';
import { planAnnotations } from '../report/annotations.js';
import { problemReport } from '../report/common.js';
import { MAX_REPORT_BYTES, mergeResults, readJsonReport } from '../report/json-read.js';
import { renderSarif, type SarifOptions } from '../report/sarif.js';
import { blobBaseUrl } from '../report/summary.js';
import { renderText } from '../report/text.js';
import { createNodeScanDeps } from '../node-deps.js';
import { runScan } from '../run-scan.js';
import type { ScanDeps } from '../scan.js';
import { PODSEC_VERSION } from '../version.js';
import { compareForAction } from '../baseline/action.js';
import { mergeComparisons, type BaselineComparison } from '../baseline/compare.js';
import { readReportComparison } from '../baseline/read.js';
import { baselineTally } from '../baseline/render.js';
import type { AssessItem } from '../findings/assess.js';
import { safeFixCommandLine } from '../fix/command-line.js';
import type { FixResult } from '../fix/engine.js';
import { fixablePaths, safeFixes } from '../node-sources.js';
import { commentFix } from '../fix/suggest.js';
import { createGitRunner } from '../baseline/git-base.js';
import { appendTextSections, jobSummaryWithSections, renderJsonReport } from '../baseline/sections.js';
import { ArtifactError, readArtifact, writeArtifact } from './artifact.js';
import { InputError, Outputs, parseInputs, type ActionSettings } from './inputs.js';

/** Seams for tests; production uses the real scan and GitHub client. */
export interface RunOverrides {
  readonly scanDeps?: ScanDeps;
  readonly createClient?: (token: string, options: GitHubClientOptions) => GitHubClient;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly today?: string;
}

/** What a scan or an artifact gave us, plus how to judge it. */
interface Outcome {
  readonly result: ScanResult;
  readonly failOn: FailOn;
  readonly renderErrorsFail: boolean;
  /** Where to publish: the PR and commit, from the event (`both`) or the validated artifact (`publish`). */
  readonly target: PublishTarget | undefined;
  /** The comparison with the `baseline` input, when there was one. */
  readonly comparison?: BaselineComparison;
  /** The safe fixes of a scan of the checkout, and the command that applies them (not in publish or merge mode). */
  readonly fixes?: { readonly result: FixResult; readonly command: string };
}

interface PublishTarget {
  readonly pull: { readonly number: number; readonly headSha: string } | undefined;
  readonly commitSha: string;
  readonly ref: string;
  /** Check that the pull request's live head is `pull.headSha` before publishing anything. */
  readonly verifyPull?: boolean;
}

/** Runs the action. Never throws: every failure ends as one `::error::` line and a failed step. */
export async function run(overrides: RunOverrides = {}): Promise<void> {
  try {
    // Before anything can log: the token must be masked even in debug output.
    const token = core.getInput('token');
    if (token) core.setSecret(token);
    await runAction(overrides);
  } catch (error) {
    reportFailure(error);
  }
}

function reportFailure(error: unknown): void {
  if (error instanceof InputError || error instanceof OptionsError) {
    const problems = error instanceof InputError ? error.problems : error.messages;
    core.setFailed(`podsec: ${problems.join('; ')}`);
    return;
  }
  if (error instanceof ArtifactError) {
    core.setFailed(`podsec: ${error.message}`);
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  core.setFailed(`podsec: internal error: ${message.split('\n')[0]}`);
  if (core.isDebug() && error instanceof Error && error.stack) core.debug(error.stack);
}

async function runAction(overrides: RunOverrides): Promise<void> {
  const env = overrides.env ?? process.env;
  const settings = parseInputs((name) => core.getInput(name));
  const ctx = readEventContext(env, (file) => readFileSync(file, 'utf8'));
  const workspace = ctx.workspace ?? process.cwd();

  const outcome =
    settings.mode === 'publish'
      ? loadPublishOutcome(settings, ctx, workspace)
      : settings.mode === 'merge'
        ? loadMergeOutcome(settings, ctx, workspace)
        : await scanWorkspace(settings, ctx, workspace, overrides);
  const { result } = outcome;
  const sarif = renderSarif(result, sarifOptions(settings, workspace, outcome));

  // Files first: whatever the API does later, the results are on disk for upload-artifact.
  writeText(workspace, settings.sarifFile, sarif);
  writeText(workspace, settings.resultFile, renderJsonReport(result, outcome.comparison, { failOn: outcome.failOn }));
  if (settings.mode === 'scan') {
    const repository = ctx.repo ? `${ctx.repo.owner}/${ctx.repo.repo}` : undefined;
    if (!repository || !ctx.sha || !ctx.ref) {
      throw new InputError([
        'mode "scan" needs GITHUB_REPOSITORY, GITHUB_SHA and GITHUB_REF (run it inside a workflow)',
      ]);
    }
    const files = writeArtifact(path.resolve(workspace, settings.artifactDir), {
      repository,
      pullNumber: ctx.pullRequest?.number,
      headSha: ctx.pullRequest?.headSha,
      commitSha: ctx.sha,
      ref: ctx.ref,
      result,
      ...(outcome.comparison !== undefined ? { comparison: outcome.comparison } : {}),
      failOn: outcome.failOn,
      sarif,
    });
    core.info(`podsec: wrote ${files.length} files to ${settings.artifactDir} for the publish step.`);
  }

  logUntrusted(
    appendTextSections(
      renderText(result, { color: false, failOn: outcome.failOn }),
      result,
      outcome.comparison,
    ).trimEnd(),
  );
  emitAnnotations(result, outcome.failOn);
  const blobUrl = blobBaseUrl(env);
  await writeJobSummary(
    jobSummaryWithSections(result, outcome.comparison, {
      failOn: outcome.failOn,
      ...(blobUrl === undefined ? {} : { blobUrl }),
    }),
  );

  if (settings.mode !== 'scan') await publish(settings, ctx, outcome, env, overrides, sarif);

  // The same counts the reports print: problems (workload × check × location), not per-policy findings.
  const totals = problemReport(result, outcome.failOn).counts;
  const code = exitCode(result, outcome.failOn, { renderErrorsFail: outcome.renderErrorsFail });
  core.setOutput(Outputs.SarifFile, settings.sarifFile);
  core.setOutput(Outputs.ResultFile, settings.resultFile);
  core.setOutput(Outputs.Violations, String(totals.problems));
  core.setOutput(Outputs.EnforceViolations, String(totals.byMode.enforce.problems));
  core.setOutput(Outputs.WarnViolations, String(totals.byMode.warn.problems));
  core.setOutput(Outputs.AuditViolations, String(totals.byMode.audit.problems));
  core.setOutput(Outputs.Errors, String(totals.errors));
  core.setOutput(Outputs.Passed, String(code === 0));

  // The scan run is the required check; a publish run only reports.
  if (settings.mode !== 'publish' && code !== 0) {
    core.setFailed(
      `podsec: ${failureSummary(result, outcome.failOn, { renderErrorsFail: outcome.renderErrorsFail }) ?? 'the scan failed'}`,
    );
  }
}

async function scanWorkspace(
  settings: ActionSettings,
  ctx: EventContext,
  workspace: string,
  overrides: RunOverrides,
): Promise<Outcome> {
  // Inline comments on a pull request carry fixes: only then keep the rendered objects the fix engine reads.
  const wantsFixes = settings.mode === 'both' && settings.comment === 'review' && ctx.pullRequest !== undefined;
  const items: AssessItem[] = [];
  const { result: scanned, options } = await runScan({
    cwd: workspace,
    paths: settings.paths,
    ...(settings.configPath !== undefined ? { configPath: settings.configPath } : {}),
    flags: settings.flags,
    ...(overrides.today !== undefined ? { today: overrides.today } : {}),
    ...(overrides.scanDeps !== undefined ? { deps: overrides.scanDeps } : {}),
    plan: settings.plan,
    ...(wantsFixes ? { keepItems: items } : {}),
  });
  const { result, comparison } =
    settings.baseline === undefined
      ? { result: scanned, comparison: undefined }
      : await compareForAction({
          baseline: settings.baseline,
          result: scanned,
          options,
          workspace,
          baseSha: ctx.pullRequest?.baseSha,
          eventName: ctx.eventName,
          git: createGitRunner(),
          scanDeps: () => overrides.scanDeps ?? createNodeScanDeps(),
          ...(process.env['RUNNER_TEMP'] ? { tempRoot: process.env['RUNNER_TEMP'] } : {}),
          log: (message) => core.info(message),
        });
  const pull = ctx.pullRequest ? { number: ctx.pullRequest.number, headSha: ctx.pullRequest.headSha } : undefined;
  // After the comparison: problems the baseline suppressed get no fix, and the findings are the ones published.
  const fixes = wantsFixes ? safeFixes({ result, items }, workspace) : undefined;
  const command = safeFixCommandLine({
    paths: fixablePaths(settings.paths, workspace),
    flags: settings.flags,
    ...(settings.configPath === undefined ? {} : { config: settings.configPath }),
  });
  return {
    result,
    ...(comparison !== undefined ? { comparison } : {}),
    ...(fixes !== undefined ? { fixes: { result: fixes, command } } : {}),
    failOn: options.failOn ?? 'enforce',
    renderErrorsFail: options.render.renderErrorsFail,
    target: eventTarget(ctx, pull),
  };
}

/** `mode: publish`: the artifact is untrusted; only validated data and trusted event facts are used. */
function loadPublishOutcome(settings: ActionSettings, ctx: EventContext, workspace: string): Outcome {
  const dir = path.resolve(workspace, settings.artifactDir);
  const { manifest, result, comparison } = readArtifact(dir);
  const here = ctx.repo ? `${ctx.repo.owner}/${ctx.repo.repo}` : undefined;
  if (here !== undefined && manifest.repository !== here) {
    throw new ArtifactError(`artifact was made for ${manifest.repository}, not ${here}`);
  }
  // workflow_run tells us (trustworthily) which commit the scan ran on; the artifact must agree.
  const trustedHead = ctx.workflowRunHeadSha;
  if (trustedHead !== undefined && manifest.headSha !== undefined && manifest.headSha !== trustedHead) {
    throw new ArtifactError(
      `artifact head commit ${manifest.headSha} does not match the workflow run's head ${trustedHead}`,
    );
  }
  const options = resolveScanOptions({
    cwd: workspace,
    paths: [],
    flags: { ...(settings.flags.failOn ? { failOn: settings.flags.failOn } : {}) },
    today: '1970-01-01',
  });
  // Where results go comes from the workflow_run event, never from the artifact: a pull request's
  // scan could otherwise write an artifact that points an upload at the default branch.
  if (trustedHead === undefined) {
    throw new ArtifactError(
      'mode "publish" runs on a workflow_run event: its head commit is what the artifact is checked against and published for',
    );
  }
  const pull = manifest.pullNumber !== undefined ? { number: manifest.pullNumber, headSha: trustedHead } : undefined;
  const branch = ctx.workflowRunHeadBranch;
  return {
    result,
    // The scan step's comparison: the summary, the summary comment and the SARIF say what a one-step run says.
    ...(comparison !== undefined ? { comparison } : {}),
    failOn: options.failOn ?? 'enforce',
    renderErrorsFail: true,
    // The merge commit of the scan run is gone by now; PR results attach to the head ref. The PR number is
    // verified against the live pull request before anything is published (see publish()).
    target: pull
      ? { pull, commitSha: trustedHead, ref: `refs/pull/${pull.number}/head`, verifyPull: true }
      : branch !== undefined &&
          ctx.workflowRunEvent !== 'pull_request' &&
          ctx.workflowRunEvent !== 'pull_request_target'
        ? { pull: undefined, commitSha: trustedHead, ref: `refs/heads/${branch}` }
        : undefined,
  };
}

/** `mode: merge`: shard results (artifacts of other jobs) are untrusted and validated like any input. */
function loadMergeOutcome(settings: ActionSettings, ctx: EventContext, workspace: string): Outcome {
  const files = settings.results.flatMap((entry) => {
    const target = path.resolve(workspace, entry);
    if (!existsSync(target)) throw new InputError([`results: ${entry} does not exist`]);
    if (!statSync(target).isDirectory()) return [target];
    return readdirSync(target)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => path.join(target, name));
  });
  if (files.length === 0) throw new InputError(['results: no JSON result files found']);
  const shards = files.map((file) => {
    const shown = path.relative(workspace, file).split(path.sep).join('/');
    if (statSync(file).size > MAX_REPORT_BYTES)
      throw new ArtifactError(`${shown}: larger than ${MAX_REPORT_BYTES} bytes`);
    const text = readFileSync(file, 'utf8');
    const read = readJsonReport(text, shown);
    if (!read.result) throw new ArtifactError(read.error ?? `${shown}: not a podsec JSON report`);
    // Shards scanned with a baseline: their comparisons become one, as the results do.
    const compared = readReportComparison(JSON.parse(text) as unknown, read.result.findings, shown);
    if (compared.error !== undefined) throw new ArtifactError(compared.error);
    return { result: read.result, comparison: compared.comparison };
  });
  core.info(`podsec: merged ${files.length} result files.`);
  const merged = mergeResults(shards.map((shard) => shard.result));
  const comparisons = shards.flatMap((shard) => (shard.comparison === undefined ? [] : [shard.comparison]));
  const options = resolveScanOptions({
    cwd: workspace,
    paths: [],
    flags: { ...(settings.flags.failOn ? { failOn: settings.flags.failOn } : {}) },
    today: '1970-01-01',
  });
  const pull = ctx.pullRequest ? { number: ctx.pullRequest.number, headSha: ctx.pullRequest.headSha } : undefined;
  return {
    result: merged,
    ...(comparisons.length > 0 ? { comparison: mergeComparisons(merged.findings, comparisons) } : {}),
    failOn: options.failOn ?? 'enforce',
    renderErrorsFail: true,
    target: eventTarget(ctx, pull),
  };
}

/**
 * Where a scan of this event publishes. pull_request_target runs on the base branch: its GITHUB_SHA
 * and GITHUB_REF are the base's, so results go to the pull request's head instead. The live head is
 * checked before publishing, since the event may be older than the pull request.
 */
function eventTarget(ctx: EventContext, pull: PublishTarget['pull']): PublishTarget | undefined {
  if (pull && ctx.eventName === 'pull_request_target')
    return { pull, commitSha: pull.headSha, ref: `refs/pull/${pull.number}/head`, verifyPull: true };
  return ctx.sha && ctx.ref
    ? { pull, commitSha: ctx.sha, ref: ctx.ref, ...(pull ? { verifyPull: true } : {}) }
    : undefined;
}

/** SARIF options; a scan's log names the checkout it ran in, as GitHub documents for `%SRCROOT%`. */
function sarifOptions(
  settings: ActionSettings,
  workspace: string,
  outcome: Pick<Outcome, 'failOn' | 'comparison'>,
): SarifOptions {
  return {
    toolVersion: PODSEC_VERSION,
    failOn: outcome.failOn,
    ...(outcome.comparison !== undefined ? { baselineCompared: true } : {}),
    ...(settings.category ? { category: settings.category } : {}),
    ...(settings.mode === 'both' || settings.mode === 'scan' ? { srcRoot: path.resolve(workspace) } : {}),
  };
}

/** The page of this workflow run, where the job summary is: the full report behind a clipped comment. */
function workflowRunUrl(ctx: EventContext, env: Readonly<Record<string, string | undefined>>): string | undefined {
  const runId = env['GITHUB_RUN_ID'];
  if (!ctx.repo || runId === undefined || !/^\d+$/.test(runId)) return undefined;
  return `${ctx.serverUrl.replace(/\/+$/, '')}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${runId}`;
}

function workspaceOf(ctx: EventContext): string {
  return ctx.workspace ?? process.cwd();
}

/** Reads lines of files in the checkout (cached per file); undefined for files it cannot read. */
function checkoutLineReader(workspace: string): (file: string, line: number) => string | undefined {
  const cache = new Map<string, string[] | undefined>();
  return (file, line) => {
    if (!cache.has(file)) {
      const absolute = path.resolve(workspace, file);
      const inside = !path.relative(workspace, absolute).startsWith('..');
      let lines: string[] | undefined;
      try {
        lines = inside ? readFileSync(absolute, 'utf8').split(/\r?\n/) : undefined;
      } catch {
        lines = undefined;
      }
      cache.set(file, lines);
    }
    return cache.get(file)?.[line - 1];
  };
}

/** The fix of an inline comment, from the fixes planned for the scan (pure: the files were read when planning). */
function fixForComments(fixes: NonNullable<Outcome['fixes']>): NonNullable<PublishReviewInput['fixFor']> {
  return (findings, file, diffLines) => commentFix(findings, file, diffLines, fixes.result, fixes.command);
}

/**
 * Logs text that holds names and messages from the scanned repository. Workflow commands are turned
 * off around it, so a container called `x\n::set-output …` is printed, not obeyed.
 */
function logUntrusted(text: string): void {
  const token = randomBytes(16).toString('hex');
  core.info(`::stop-commands::${token}`);
  core.info(text);
  core.info(`::${token}::`);
}

function writeText(workspace: string, file: string, text: string): void {
  const target = path.resolve(workspace, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text.endsWith('\n') ? text : `${text}\n`);
}

function emitAnnotations(result: ScanResult, failOn: FailOn): void {
  // GitHub shows 10 annotations per level per step: leave one of each for podsec's own messages (the
  // failing gate's error, a permissions warning, the fork notice).
  const plan = planAnnotations(result, { perLevel: 9 }, { failOn });
  for (const a of plan.annotations) {
    const properties: core.AnnotationProperties = {
      title: a.title,
      file: a.file,
      startLine: a.startLine,
      ...(a.endLine !== undefined ? { endLine: a.endLine } : {}),
      ...(a.startColumn !== undefined ? { startColumn: a.startColumn } : {}),
      ...(a.endColumn !== undefined ? { endColumn: a.endColumn } : {}),
    };
    if (a.level === 'error') core.error(a.message, properties);
    else if (a.level === 'warning') core.warning(a.message, properties);
    else core.notice(a.message, properties);
  }
  const omitted = plan.omitted.error + plan.omitted.warning + plan.omitted.notice;
  if (omitted > 0) {
    core.info(
      `podsec: ${omitted} more ${omitted === 1 ? 'annotation' : 'annotations'} (GitHub shows 10 per level per step) in the job summary.`,
    );
  }
}

async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) {
    core.info('podsec: no GITHUB_STEP_SUMMARY file; skipping the job summary.');
    return;
  }
  try {
    await core.summary.addRaw(markdown).write();
  } catch (error) {
    core.warning(`podsec could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function numberFromEnv(env: Readonly<Record<string, string | undefined>>, name: string): number | undefined {
  const text = env[name];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

async function publish(
  settings: ActionSettings,
  ctx: EventContext,
  outcome: Outcome,
  env: Readonly<Record<string, string | undefined>>,
  overrides: RunOverrides,
  /** The SARIF log the run wrote, uploaded as it is (the same result and options: no need to make it again). */
  sarif: string,
): Promise<void> {
  const wantsComments = settings.comment !== 'off' && outcome.target?.pull !== undefined;
  if (!wantsComments && !settings.uploadSarif) return;
  if (settings.mode !== 'publish' && ctx.readOnlyReason) {
    core.notice(
      `podsec: ${ctx.readOnlyReason}, so the workflow token is read-only: skipping the pull request review, summary comment and SARIF upload. ` +
        'The findings are in the annotations and the job summary, and this step still passes or fails on them. ' +
        'To comment on such pull requests, split the action into `mode: scan` and a `workflow_run` workflow with `mode: publish`.',
    );
    return;
  }
  if (!settings.token) {
    core.warning('podsec: the `token` input is empty; skipping the pull request review and SARIF upload.');
    return;
  }
  if (!ctx.repo || !outcome.target) {
    core.warning(
      settings.mode === 'publish'
        ? 'podsec: the workflow_run event names no pull request or branch to publish to (the artifact is not trusted for that); skipping the review and SARIF upload.'
        : 'podsec: GITHUB_REPOSITORY, GITHUB_SHA or GITHUB_REF is missing; skipping the pull request review and SARIF upload.',
    );
    return;
  }
  const repo = ctx.repo;
  const target = outcome.target;
  // PODSEC_GITHUB_RETRY_BASE_MS shortens "one second" (end-to-end tests): waits keep GitHub's rules in those seconds.
  const retryBaseMs = numberFromEnv(env, 'PODSEC_GITHUB_RETRY_BASE_MS');
  const writeIntervalMs = numberFromEnv(env, 'PODSEC_GITHUB_WRITE_INTERVAL_MS');
  const client = (overrides.createClient ?? createGitHubClient)(settings.token, {
    baseUrl: ctx.apiUrl,
    ...(retryBaseMs !== undefined ? { retryBaseMs } : {}),
    ...(writeIntervalMs !== undefined ? { writeIntervalMs } : {}),
    log: (message) => core.info(`podsec: ${message}`),
  });
  const reportUrl = workflowRunUrl(ctx, env);
  const log = { info: (m: string) => core.info(m), warning: (m: string) => core.warning(m) };

  let changedFiles: number | undefined;
  if (target.pull && target.verifyPull) {
    // The scan must be of the pull request's current head: a PR number from an artifact, or an event
    // that is older than the pull request, must not put comments or results on other code.
    const pull = target.pull;
    try {
      const live = await client.getPull(repo, pull.number);
      if (live.headSha !== pull.headSha) {
        core.notice(
          `podsec: pull request #${pull.number} has moved on to ${live.headSha.slice(0, 7)} since the scan of ${pull.headSha.slice(0, 7)}; not publishing an outdated scan.`,
        );
        return;
      }
      changedFiles = live.changedFiles;
    } catch (error) {
      core.warning(describeGitHubError('read', error));
      return;
    }
  }

  if (wantsComments && target.pull) {
    const pull = target.pull;
    const published = await publishReview(
      client,
      {
        repo,
        pull: pull.number,
        headSha: pull.headSha,
        findings: outcome.result.findings,
        errors: outcome.result.errors,
        workloads: outcome.result.workloads,
        comment: settings.comment === 'summary' ? 'summary' : 'review',
        botLogin: settings.commentAuthor,
        ...(changedFiles !== undefined ? { changedFiles } : {}),
        ...(reportUrl !== undefined ? { reportUrl } : {}),
        failOn: outcome.failOn,
        ...(outcome.comparison !== undefined ? { baseline: baselineTally(outcome.comparison) } : {}),
        blobUrl: `${ctx.serverUrl.replace(/\/+$/, '')}/${repo.owner}/${repo.repo}/blob/${pull.headSha}`,
        // The checkout is what was scanned (publish mode has no checkout of the pull request's code).
        ...(settings.mode === 'publish' ? {} : { scannedLine: checkoutLineReader(workspaceOf(ctx)) }),
        ...(settings.mode !== 'publish' && outcome.fixes !== undefined
          ? { fixFor: fixForComments(outcome.fixes) }
          : {}),
      },
      log,
    );
    const parts = [
      published.reviewId !== undefined
        ? `review with ${published.inlineComments} inline ${published.inlineComments === 1 ? 'comment' : 'comments'}${published.fallback ? ' (findings in the body)' : ''}`
        : 'no new review',
      `summary comment ${published.summary}`,
      ...(published.staleMarked > 0
        ? [`${published.staleMarked} fixed ${published.staleMarked === 1 ? 'comment' : 'comments'} marked`]
        : []),
    ];
    core.info(`podsec: pull request #${pull.number}: ${parts.join(', ')}.`);
  }

  if (settings.uploadSarif) {
    const pollIntervalMs = numberFromEnv(env, 'PODSEC_SARIF_POLL_MS');
    const uploaded = await uploadSarif(client, {
      repo,
      sarif,
      commitSha: target.commitSha,
      ref: target.ref,
      ...(settings.mode === 'both' ? { checkoutUri: pathToFileURL(path.resolve(workspaceOf(ctx))).href } : {}),
      ...(pollIntervalMs !== undefined ? { pollIntervalMs } : {}),
    });
    if (uploaded.ok) core.info(`podsec: ${uploaded.message}`);
    else core.warning(uploaded.message);
  }
}
