/**
 * The CLI front end: argv → ScanOptions → scan → reports → exit code. The only place (with the action)
 * that catches errors; everything below returns problems as data.
 */
import path from 'node:path';
import { CONFIG_FILE_NAMES } from '../config/load.js';
import type { LoadedConfig } from '../config/types.js';
import { OptionsError, resolveScanOptions } from '../config/options.js';
import { exitCode, failureSummary } from '../findings/exit-code.js';
import type { FailOn, ScanResult } from '../findings/types.js';
import type { ScanOptions } from '../options.js';
import { renderCheckList, renderCheckPage } from '../policy/check-page.js';
import { CHECK_ORDER } from '../policy/registry.js';
import type { CheckId } from '../policy/types.js';
import { sarifPieces, type SarifOptions } from '../report/sarif.js';
import { blobBaseUrl } from '../report/summary.js';
import { renderText } from '../report/text.js';
import { runScan as runSharedScan } from '../run-scan.js';
import type { ScanDeps, ScanTarget } from '../scan.js';
import type { AssessItem } from '../findings/assess.js';
import { PODSEC_VERSION } from '../version.js';
import { compareWithBaselineFile } from '../baseline/file.js';
import { appendTextSections, jobSummaryWithSections, jsonReportWithSections } from '../baseline/sections.js';
import type { BaselineComparison } from '../baseline/compare.js';
import { renderPlanMarkdown, renderPlanText } from '../plan/render.js';
import {
  HELP_TEXT,
  parseCommandLine,
  UsageError,
  type OutputFormat,
  type PlanCommand,
  type ReportFlags,
  type ScanCommand,
} from './args.js';
import { didYouMean } from './did-you-mean.js';
import { targetsForChangedFiles } from './changed-files.js';
import { fixableLine, sarifFixes } from '../fix/report-hooks.js';
import { safeFixCommandLine } from '../fix/command-line.js';
import { fixablePaths, safeFixes } from '../node-sources.js';
import { runFix } from './fix.js';
import { writeWholeFile } from './whole-file.js';
import { scanInputOf } from './scan-input.js';
import { mergeResultFiles } from './merge.js';
import { errorLine } from './error-line.js';
import { createProgress, type Progress, type ProgressStream } from './progress.js';

/** What the CLI needs from the process; tests pass their own. */
export interface CliIo {
  readonly cwd: string;
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: ProgressStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly today?: string;
  readonly deps?: ScanDeps;
  /** How long a scan runs before progress shows on a terminal stderr (default 2 s); tests shorten it. */
  readonly progressDelayMs?: number;
}

/** Runs the CLI and returns the exit code. Never throws. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    const command = parseCommandLine(argv);
    switch (command.command) {
      case 'help':
        io.stdout.write(HELP_TEXT);
        return 0;
      case 'version':
        io.stdout.write(`podsec ${PODSEC_VERSION}\n`);
        return 0;
      case 'checks':
        io.stdout.write(renderCheckList());
        return 0;
      case 'explain':
        io.stdout.write(renderCheckPage(knownCheck(command.check), { withNotice: false }));
        return 0;
      case 'merge': {
        debug = command.debug;
        const merged = mergeResultFiles(command.files.map((file) => path.resolve(io.cwd, file)));
        const failOn = resolveFailOn(command.failOn);
        emitReport(
          merged,
          command.format,
          command.output,
          { color: useColor(command.color, io), failOn, ...command.report },
          io,
        );
        nameErrors(merged, command.format, command.output, io);
        return reportExit(merged, failOn, io);
      }
      case 'scan':
      case 'plan':
        debug = command.debug;
        return await runScan(command, io);
      case 'fix':
        debug = command.debug;
        return await runFix(command, io);
    }
    return 2;
  } catch (error) {
    return reportCrash(error, debug, io);
  }
}

async function runScan(command: ScanCommand | PlanCommand, io: CliIo): Promise<number> {
  const paths = command.changed ? targetsForChangedFiles(io.cwd, command.paths) : command.paths;
  if (command.changed && paths.length === 0) {
    io.stderr.write('podsec: no manifests, charts or kustomize overlays among the changed files\n');
    return 0;
  }
  const progress = createProgress(io.stderr, {
    env: io.env,
    ...(io.progressDelayMs === undefined ? {} : { delayMs: io.progressDelayMs }),
  });
  const items: AssessItem[] = [];
  const showsFixes = command.command === 'scan' && (command.format !== 'json' || command.sarifFile !== undefined);
  let scanned: Awaited<ReturnType<typeof runSharedScan>>;
  try {
    scanned = await runSharedScan({
      ...scanInputOf(command, io, paths),
      ...(command.command === 'plan' || command.plan === true ? { plan: true } : {}),
      // The scanned objects are kept only when an output shows the fixes (the fixable line, SARIF fixes).
      ...(showsFixes ? { keepItems: items } : {}),
      onConfig: (loaded) => {
        if (command.format === 'text')
          io.stderr.write(`${configMessage(loaded, command.config !== undefined, io.cwd)}\n`);
      },
      wrapDeps: (deps) => withProgress(deps, progress),
    });
  } finally {
    progress.stop();
  }
  const options = scanned.options;
  let result = scanned.result;
  if (command.command === 'plan') return emitPlan(result, command, io);
  let comparison: BaselineComparison | undefined;
  if (command.baseline !== undefined)
    ({ result, comparison } = compareWithBaselineFile(result, io.cwd, command.baseline));
  // After the comparison, as in the action: problems the baseline keeps from failing are not offered as fixes.
  const fixes = showsFixes ? reportedFixes(result, items, command, io.cwd) : undefined;
  nameErrors(result, command.format, command.output, io);
  const failOn = options.failOn;
  const sarifOptions: SarifOptions = {
    toolVersion: PODSEC_VERSION,
    failOn,
    ...(fixes?.sarif ? { fixes: fixes.sarif } : {}),
    ...(comparison ? { baselineCompared: true } : {}),
  };
  if (command.sarifFile) writeOutput(io.cwd, command.sarifFile, sarifPieces(result, sarifOptions));
  if (command.jsonFile) writeOutput(io.cwd, command.jsonFile, jsonReportWithSections(result, comparison, { failOn }));
  emitReport(
    result,
    command.format,
    command.output,
    { color: useColor(command.color, io), failOn, ...command.report },
    io,
    {
      ...(comparison === undefined ? {} : { comparison }),
      sarif: sarifOptions,
      fixable: fixes?.fixable,
    },
  );
  return reportExit(result, options.failOn, io, options.render.renderErrorsFail);
}

/** What the reports of a scan say about its safe fixes. */
interface ReportedFixes {
  /** The SARIF fixes, when a SARIF report is written. */
  readonly sarif?: SarifOptions['fixes'];
  /** The line text and markdown reports end with. */
  readonly fixable: string | undefined;
}

/**
 * The safe fixes as the reports show them, worked out before any report is made: the scanned objects (`items`,
 * emptied here) and the fix result (every changed file's text, before and after) can then go first. On ten
 * thousand workloads those are a few hundred megabytes the report would otherwise be made next to.
 */
function reportedFixes(
  result: ScanResult,
  items: AssessItem[],
  command: ScanCommand,
  cwd: string,
): ReportedFixes | undefined {
  const planned = safeFixes({ result, items }, cwd);
  items.length = 0;
  if (planned === undefined) return undefined;
  const fixCommand = safeFixCommandLine({
    paths: fixablePaths(command.paths, cwd),
    flags: command.flags,
    ...(command.config === undefined ? {} : { config: command.config }),
  });
  return {
    ...(command.format === 'sarif' || command.sarifFile !== undefined
      ? { sarif: sarifFixes(planned, result.workloads) }
      : {}),
    fixable: fixableLine(planned, fixCommand, command.format === 'markdown'),
  };
}

/** `podsec plan`: the plan on its own; scan errors go to stderr and give exit code 2, findings never fail it. */
function emitPlan(result: ScanResult, command: PlanCommand, io: CliIo): number {
  const plan = result.plan ?? { version: '', namespaces: [] };
  const text =
    command.format === 'json'
      ? `${JSON.stringify(plan, null, 2)}\n`
      : command.format === 'markdown'
        ? renderPlanMarkdown(plan)
        : renderPlanText(plan);
  if (command.output === undefined) io.stdout.write(text);
  else writeOutput(io.cwd, command.output, text);
  for (const error of result.errors) io.stderr.write(`podsec: ${errorLine(error)}\n`);
  return result.errors.length > 0 ? 2 : 0;
}

/** Which config file this scan uses, or where podsec looked for one. */
function configMessage(loaded: LoadedConfig, fromFlag: boolean, cwd: string): string {
  if (loaded.file !== undefined) return `podsec: config ${loaded.file}${fromFlag ? ' (--config)' : ''}`;
  return `podsec: no config file (${CONFIG_FILE_NAMES.join(' or ')} in the working folder ${cwd}); built-in defaults and flags`;
}

/**
 * Every error on stderr, one line each. A text report on the terminal names them itself; when the report
 * goes to a file, a pipe or a machine format, stderr is where a person looks.
 */
function nameErrors(result: ScanResult, format: OutputFormat, output: string | undefined, io: CliIo): void {
  if (format === 'text' && output === undefined && io.stdout.isTTY === true) return;
  for (const error of result.errors) io.stderr.write(`podsec: ${errorLine(error)}\n`);
}

/** The same deps, telling `progress` how many targets there are and which ones start and finish. */
function withProgress(deps: ScanDeps, progress: Progress): ScanDeps {
  const tracked =
    <T>(run: (target: ScanTarget, options: ScanOptions) => Promise<T>) =>
    async (target: ScanTarget, options: ScanOptions): Promise<T> => {
      progress.started(target.ref.path);
      try {
        return await run(target, options);
      } finally {
        progress.finished(target.ref.path);
      }
    };
  return {
    discover: async (options) => {
      const found = await deps.discover(options);
      progress.setTotal(found.targets.length);
      return found;
    },
    loadManifests: (target, options, sink) => tracked((t, o) => deps.loadManifests(t, o, sink))(target, options),
    render: tracked((target, options) => deps.render(target, options)),
  };
}

/** A check id as typed (any case), or a usage error with the closest id. */
function knownCheck(typed: string): CheckId {
  const found =
    CHECK_ORDER.find((id) => id === typed) ?? CHECK_ORDER.find((id) => id.toLowerCase() === typed.toLowerCase());
  if (found !== undefined) return found;
  throw new UsageError(`unknown check "${typed}"${didYouMean(typed, CHECK_ORDER)} (podsec checks lists them)`);
}

function resolveFailOn(text: string | undefined): ScanOptions['failOn'] {
  // Reuse the one place that validates fail-on, so merge and scan accept exactly the same words.
  return resolveScanOptions({ cwd: '.', paths: [], flags: { failOn: text }, today: '1970-01-01' }).failOn;
}

interface ReportChoices extends ReportFlags {
  readonly color: boolean;
  readonly failOn: FailOn | undefined;
}

interface ReportExtras {
  readonly comparison?: BaselineComparison;
  readonly sarif?: SarifOptions;
  /** `podsec fix` can clear some problems: text and markdown say so, with the command. */
  readonly fixable?: string | undefined;
}

function emitReport(
  result: ScanResult,
  format: OutputFormat,
  output: string | undefined,
  choices: ReportChoices,
  io: CliIo,
  extra: ReportExtras = {},
): void {
  const { failOn, verbose, showSuppressed } = choices;
  const { comparison } = extra;
  // Inside a GitHub workflow, Markdown locations link to the file line at the scanned commit.
  const blobUrl = blobBaseUrl(io.env);
  // The JSON and SARIF reports come in pieces, written as they are made: they can be tens of megabytes.
  const report: string | Iterable<string> =
    format === 'json'
      ? jsonReportWithSections(result, comparison, { failOn })
      : format === 'sarif'
        ? sarifPieces(result, extra.sarif ?? { toolVersion: PODSEC_VERSION, failOn })
        : format === 'markdown'
          ? jobSummaryWithSections(result, comparison, {
              failOn,
              showSuppressed,
              ...(blobUrl === undefined ? {} : { blobUrl }),
            })
          : appendTextSections(
              renderText(result, { color: output === undefined && choices.color, failOn, verbose, showSuppressed }),
              result,
              comparison,
            );
  const text =
    typeof report === 'string' && extra.fixable !== undefined && (format === 'text' || format === 'markdown')
      ? `${report.replace(/\n*$/, '')}\n\n${extra.fixable}\n`
      : report;
  if (output === undefined) writeLines(text, (piece) => io.stdout.write(piece));
  else writeOutput(io.cwd, output, text);
}

function reportExit(result: ScanResult, failOn: ScanOptions['failOn'], io: CliIo, renderErrorsFail = true): number {
  const code = exitCode(result, failOn, { renderErrorsFail });
  const why = failureSummary(result, failOn, { renderErrorsFail });
  if (why !== undefined) io.stderr.write(`${why}\n`);
  return code;
}

/** Writes a report's text, given whole or in pieces, ending it with a newline if it has none. */
function writeLines(text: string | Iterable<string>, write: (piece: string) => void): void {
  let last = '';
  for (const piece of typeof text === 'string' ? [text] : text) {
    if (piece === '') continue;
    write(piece);
    last = piece;
  }
  if (!last.endsWith('\n')) write('\n');
}

/**
 * Writes a report to `file` whole or not at all (see whole-file.ts): a report that fails half-way, or a disk that
 * fills up, leaves the file that was there before as it was. Only the file system's errors are "cannot write": an
 * error making the report is podsec's own.
 */
function writeOutput(cwd: string, file: string, text: string | Iterable<string>): void {
  writeWholeFile(
    path.resolve(cwd, file),
    (write) => writeLines(text, write),
    (step) => writing(file, step),
  );
}

/** Runs a file system step, turning its failure into a usage error that says why the file cannot be written. */
function writing<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EISDIR'
        ? 'it is a directory'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'ENOTDIR'
            ? 'a parent is not a directory'
            : (code ?? 'write failed');
    throw new UsageError(`cannot write ${file}: ${why}`);
  }
}

function useColor(choice: boolean | undefined, io: CliIo): boolean {
  if (choice !== undefined) return choice;
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  if (io.env['FORCE_COLOR'] !== undefined && io.env['FORCE_COLOR'] !== '0') return true;
  return io.stdout.isTTY === true;
}

/** Usage and configuration problems are one line each; anything else is a bug, shown in full with --debug. */
function reportCrash(error: unknown, debug: boolean, io: CliIo): number {
  if (error instanceof UsageError) {
    io.stderr.write(`podsec: ${error.message}\n`);
    return 2;
  }
  if (error instanceof OptionsError) {
    for (const message of error.messages) io.stderr.write(`podsec: ${message}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`podsec: internal error: ${message}${debug ? '' : ' (run with --debug for details)'}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return 2;
}

function processIo(): CliIo {
  return { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env };
}
