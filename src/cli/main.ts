/**
 * The CLI front end: argv → ScanOptions → scan → reports → exit code. The only place (with the action)
 * that catches errors; everything below returns problems as data.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { loadAdmission, loadConfig } from '../config/load.js';
import { OptionsError, resolveScanOptions } from '../config/options.js';
import { exitCode, failureSummary } from '../findings/exit-code.js';
import type { ScanResult } from '../findings/types.js';
import { createNodeScanDeps } from '../node-deps.js';
import type { ScanOptions } from '../options.js';
import { renderJson } from '../report/json.js';
import { renderSarif, type SarifOptions } from '../report/sarif.js';
import { renderJobSummary } from '../report/summary.js';
import { renderText } from '../report/text.js';
import type { ScanDeps } from '../scan.js';
import { PODSEC_VERSION } from '../version.js';
import { HELP_TEXT, parseCommandLine, UsageError, type OutputFormat, type ScanCommand } from './args.js';
import { scanKeepingWorkloads } from '../fix/collect.js';
import type { FixResult } from '../fix/engine.js';
import { fixableLine, sarifFixes } from '../fix/report-hooks.js';
import { fixCommandLine, runFix, safeFixes } from './fix.js';
import { mergeResultFiles } from './merge.js';

/** What the CLI needs from the process; tests pass their own. */
export interface CliIo {
  readonly cwd: string;
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly today?: string;
  readonly deps?: ScanDeps;
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
      case 'merge': {
        debug = command.debug;
        const merged = mergeResultFiles(command.files.map((file) => path.resolve(io.cwd, file)));
        const failOn = resolveFailOn(command.failOn);
        emitReport(merged, command.format, command.output, useColor(command.color, io), io);
        return reportExit(merged, failOn, io);
      }
      case 'scan':
        debug = command.debug;
        return await runScan(command, io);
      case 'fix':
        debug = command.debug;
        return await runFix(command, io, scanOptionsOf(command, io));
    }
  } catch (error) {
    return reportCrash(error, debug, io);
  }
}

/** The scan options a scan or fix command asks for: config file, admission configuration and flags. */
export function scanOptionsOf(command: Omit<ScanCommand, 'command'>, io: CliIo): ScanOptions {
  const { loaded, errors } = loadConfig({ cwd: io.cwd, configPath: command.config });
  if (!loaded) throw new OptionsError(errors);
  // A flag-given admission configuration replaces the one the config file names.
  let admission = loaded.admission;
  if (command.admissionConfig !== undefined) {
    const read = loadAdmission(io.cwd, path.resolve(io.cwd, command.admissionConfig), '--admission-config');
    if (!read.policy) throw new OptionsError(read.errors);
    admission = read.policy;
  }
  return resolveScanOptions({
    cwd: io.cwd,
    paths: command.paths.length > 0 ? command.paths : ['.'],
    config: loaded.config,
    admission,
    configDir: loaded.dir,
    flags: command.flags,
    today: io.today ?? new Date().toISOString().slice(0, 10),
    cpuCount: availableParallelism(),
  });
}

async function runScan(command: ScanCommand, io: CliIo): Promise<number> {
  const options = scanOptionsOf(command, io);
  const deps = io.deps ?? createNodeScanDeps();
  let result: ScanResult;
  let fixes: FixResult | undefined;
  try {
    const scanned = await scanKeepingWorkloads(options, deps);
    result = scanned.result;
    fixes = safeFixes(scanned, io.cwd);
  } finally {
    if ('dispose' in deps && typeof deps.dispose === 'function') deps.dispose();
  }
  const sarifOptions = { toolVersion: PODSEC_VERSION, ...(fixes ? { fixes: sarifFixes(fixes) } : {}) };
  if (command.sarifFile) writeOutput(io.cwd, command.sarifFile, renderSarif(result, sarifOptions));
  if (command.jsonFile) writeOutput(io.cwd, command.jsonFile, renderJson(result));
  const fixCommand = fixCommandLine({ allowBehaviourChange: false, paths: command.paths, flags: command.flags, ...(command.config === undefined ? {} : { config: command.config }) });
  emitReport(result, command.format, command.output, useColor(command.color, io), io, {
    sarif: sarifOptions,
    fixable: fixes && fixableLine(fixes, fixCommand, command.format === 'markdown'),
  });
  return reportExit(result, options.failOn, io, options.render.renderErrorsFail);
}

function resolveFailOn(text: string | undefined): ScanOptions['failOn'] {
  // Reuse the one place that validates fail-on, so merge and scan accept exactly the same words.
  return resolveScanOptions({ cwd: '.', paths: [], flags: { failOn: text }, today: '1970-01-01' }).failOn;
}

function emitReport(result: ScanResult, format: OutputFormat, output: string | undefined, color: boolean, io: CliIo, extra: { sarif?: SarifOptions; fixable?: string | undefined } = {}): void {
  const report =
    format === 'json'
      ? renderJson(result)
      : format === 'sarif'
        ? renderSarif(result, extra.sarif ?? { toolVersion: PODSEC_VERSION })
        : format === 'markdown'
          ? renderJobSummary(result)
          : renderText(result, { color: output === undefined && color });
  // `podsec fix` can clear some problems: text and markdown say so, with the command.
  const text = extra.fixable !== undefined && (format === 'text' || format === 'markdown') ? `${report.replace(/\n*$/, '')}\n\n${extra.fixable}\n` : report;
  if (output === undefined) io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  else writeOutput(io.cwd, output, text);
}

function reportExit(result: ScanResult, failOn: ScanOptions['failOn'], io: CliIo, renderErrorsFail = true): number {
  const code = exitCode(result, failOn, { renderErrorsFail });
  const why = failureSummary(result, failOn, { renderErrorsFail });
  if (why !== undefined) io.stderr.write(`${why}\n`);
  return code;
}

function writeOutput(cwd: string, file: string, text: string): void {
  const target = path.resolve(cwd, file);
  try {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text.endsWith('\n') ? text : `${text}\n`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOTDIR' ? 'a parent is not a directory' : (code ?? 'write failed');
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
