/**
 * What podsec's reports cost once a scan is done, apart from the scan and from the fix engine.
 *
 *   node bench/run.mjs report REPORT.json [--runs 5] [--only STAGE]
 *
 * Reads a `--format json` report back into a scan result (as `podsec merge` does), then times, as the
 * least CPU time (user + system) of `--runs` runs each on a fresh copy of the result (so nothing is
 * reused from the run before):
 *   problems    grouping findings into problems and counting them (what every output starts with)
 *   json-text   the JSON report's text
 *   json-file   the JSON report written to a file, as the CLI writes it
 *   sarif       the SARIF log's text (no fixes: those are the fix engine's)
 *   sarif-file  the SARIF log written to a file, as the CLI writes it
 *   text        the terminal report
 *   markdown    the job summary
 * CPU time rather than wall time, because the benchmark machine is shared. With `--only STAGE`, only that
 * stage runs, and the benchmark also prints how much it raised the process's peak resident memory.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import * as sections from '../src/baseline/sections.js';
import { buildProblems, countProblems } from '../src/findings/problems.js';
import type { ScanResult } from '../src/findings/types.js';
import { readJsonReport } from '../src/report/json-read.js';
import * as sarif from '../src/report/sarif.js';
import { renderSarif, type SarifOptions } from '../src/report/sarif.js';
import { renderJobSummary } from '../src/report/summary.js';
import { renderText } from '../src/report/text.js';

const file = process.argv[2];
if (file === undefined || file.startsWith('--')) {
  console.error('usage: node bench/run.mjs report REPORT.json [--runs 5] [--only STAGE]');
  process.exit(2);
}
const runsAt = process.argv.indexOf('--runs');
const RUNS = Math.max(1, Number(runsAt >= 0 ? process.argv[runsAt + 1] : 5));
const onlyAt = process.argv.indexOf('--only');
const ONLY = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;

/** Set in the child that measures one stage: the result comes as a V8 serialization, cheap to read. */
const SERIALIZED = process.argv.includes('--serialized');

function readResult(): ScanResult {
  if (SERIALIZED) return deserialize(readFileSync(file as string)) as ScanResult;
  const { result: read, error } = readJsonReport(readFileSync(file as string, 'utf8'), file as string);
  if (read === undefined) throw new Error(error ?? `${file}: not a report`);
  return read;
}
const result = readResult();
const scratch = mkdtempSync(join(tmpdir(), 'podsec-report-bench-'));
const out = join(scratch, 'report');

// Reading a JSON report back peaks higher than a report does, so one stage's memory is measured in a
// child process that starts from the result alone.
if (ONLY !== undefined && !SERIALIZED) {
  const handed = join(scratch, 'result.bin');
  writeFileSync(handed, serialize(result));
  const child = spawnSync(
    process.execPath,
    [process.argv[1] as string, handed, '--serialized', '--only', ONLY, '--runs', String(RUNS)],
    { stdio: 'inherit' },
  );
  rmSync(scratch, { recursive: true, force: true });
  process.exit(child.status ?? 1);
}

/** A copy no report has seen: reports may keep what they built for one result object. */
const fresh = (): ScanResult => ({ ...result, findings: [...result.findings] });

/** `JSON.stringify`-sized strings are written whole when the build has no piecewise writer. */
type Pieces = (result: ScanResult) => Iterable<string>;
const pieces: Pieces | undefined = (sections as { jsonReportWithSections?: Pieces }).jsonReportWithSections;
const sarifPieces = (sarif as { sarifPieces?: (result: ScanResult, options: SarifOptions) => Iterable<string> })
  .sarifPieces;

const stages: Record<string, (input: ScanResult) => unknown> = {
  problems: (input) => countProblems(input, buildProblems(input.findings)),
  'json-text': (input) => sections.renderJsonReport(input).length,
  'json-file': (input) => {
    if (pieces === undefined) {
      writeFileSync(out, sections.renderJsonReport(input));
      return;
    }
    const fd = openSync(out, 'w');
    try {
      for (const piece of pieces(input)) writeSync(fd, piece);
    } finally {
      closeSync(fd);
    }
  },
  sarif: (input) => renderSarif(input, { toolVersion: '0.0.0' }).length,
  'sarif-file': (input) => {
    if (sarifPieces === undefined) {
      writeFileSync(out, renderSarif(input, { toolVersion: '0.0.0' }));
      return;
    }
    const fd = openSync(out, 'w');
    try {
      for (const piece of sarifPieces(input, { toolVersion: '0.0.0' })) writeSync(fd, piece);
    } finally {
      closeSync(fd);
    }
  },
  text: (input) => renderText(input, { color: false }).length,
  markdown: (input) => renderJobSummary(input).length,
};

console.log(
  `podsec report benchmark — ${result.findings.length} findings, ${result.workloads.length} workload verdicts, least CPU of ${RUNS} runs (Node ${process.version})`,
);
const peakMiB = (): number => process.resourceUsage().maxRSS / 1024;
const peakBefore = peakMiB();
try {
  for (const [name, stage] of Object.entries(stages)) {
    if (ONLY !== undefined && name !== ONLY) continue;
    let least = Infinity;
    for (let run = 0; run < RUNS; run++) {
      const input = fresh();
      const before = process.cpuUsage();
      stage(input);
      const used = process.cpuUsage(before);
      least = Math.min(least, (used.user + used.system) / 1000);
    }
    console.log(`  ${name.padEnd(14)} ${least.toFixed(0).padStart(7)} ms`);
  }
  if (ONLY !== undefined) {
    console.log(
      `  peak RSS ${peakMiB().toFixed(0)} MiB, ${(peakMiB() - peakBefore).toFixed(0)} MiB above the result alone`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
