/**
 * `podsec fix`: scan, plan the fixes, then print them as a unified diff or (with --write) write them and scan
 * again, so the summary says what really remains. Files are written here and read through src/node-sources.ts,
 * nowhere below.
 */
import path from 'node:path';
import { exitCode, failureSummary } from '../findings/exit-code.js';
import type { ScanResult } from '../findings/types.js';
import type { AssessItem } from '../findings/assess.js';
import { unifiedDiff } from '../fix/diff.js';
import { planFixes, type FixResult } from '../fix/engine.js';
import { fixCommandLine } from '../fix/command-line.js';
import { nodeSourceFiles } from '../node-sources.js';
import { renderFixSummary } from '../fix/summary.js';
import type { ScanOptions } from '../options.js';
import { runScan } from '../run-scan.js';
import type { FixCommand } from './args.js';
import { UsageError } from './args.js';
import type { CliIo } from './main.js';
import { errorLine } from './error-line.js';
import { scanInputOf } from './scan-input.js';
import { writeWholeFile } from './whole-file.js';

export async function runFix(command: FixCommand, io: CliIo): Promise<number> {
  const items: AssessItem[] = [];
  const { result, options } = await runScan({ ...scanInputOf(command, io), keepItems: items });
  for (const error of result.errors) io.stderr.write(`podsec: ${errorLine(error)}\n`);
  const fix = planFixes({
    items,
    findings: result.findings,
    files: nodeSourceFiles(io.cwd),
    options: { allowBehaviourChange: command.allowBehaviourChange },
  });
  if (!command.write) {
    for (const change of fix.files) io.stdout.write(unifiedDiff(change));
    io.stderr.write(renderFixSummary(fix, { written: false, command: fixCommandLine(command) }));
    return finish(predictedResult(result, fix), options, io);
  }
  for (const change of fix.files) writeFile(io.cwd, change.file, change.after);
  io.stderr.write(renderFixSummary(fix, { written: true, command: fixCommandLine(command) }));
  // What really remains: the changed files, rendered and checked again.
  const after = fix.files.length === 0 ? result : (await runScan(scanInputOf(command, io))).result;
  return finish(after, options, io);
}

/** The scan result as it will be once the planned edits are applied. */
function predictedResult(result: ScanResult, fix: FixResult): ScanResult {
  const cleared = new Set(fix.workloads.flatMap((workload) => workload.cleared));
  return { ...result, findings: result.findings.filter((finding) => !cleared.has(finding)) };
}

function finish(result: ScanResult, options: ScanOptions, io: CliIo): number {
  const why = failureSummary(result, options.failOn, { renderErrorsFail: options.render.renderErrorsFail });
  if (why !== undefined) io.stderr.write(`${why}\n`);
  return exitCode(result, options.failOn, { renderErrorsFail: options.render.renderErrorsFail });
}

/** A fixed file replaced whole (see whole-file.ts): an editor or a second podsec never reads half of it. */
function writeFile(cwd: string, file: string, text: string): void {
  try {
    writeWholeFile(
      path.resolve(cwd, file),
      (write) => write(text),
      (step) => step(),
    );
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? 'write failed'}`);
  }
}
