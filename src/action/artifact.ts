/**
 * The scan → publish hand-over on disk. `mode: scan` writes it for actions/upload-artifact;
 * `mode: publish` reads it back as untrusted input (see artifact-schema.ts).
 */
import { lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FailOn, ScanResult } from '../findings/types.js';
import type { BaselineComparison } from '../baseline/compare.js';
import { readReportComparison } from '../baseline/read.js';
import { renderJsonReport } from '../baseline/sections.js';
import {
  ARTIFACT_SCHEMA,
  ARTIFACT_VERSION,
  LIMITS,
  MANIFEST_FILE,
  validateManifest,
  type ArtifactManifest,
} from './artifact-schema.js';
import { readJsonReport } from '../report/json-read.js';
import { Invalid, obj } from '../report/untrusted.js';
import { readPlan } from '../plan/read.js';
import type { RolloutPlan } from '../plan/types.js';

export const RESULT_FILE = 'result.json';
export const SARIF_FILE = 'podsec.sarif';

export interface ArtifactContent {
  readonly repository: string;
  readonly pullNumber: number | undefined;
  readonly headSha: string | undefined;
  readonly commitSha: string;
  readonly ref: string;
  readonly result: ScanResult;
  /** The comparison with a baseline, when one was made: the publish step shows it as the scan step did. */
  readonly comparison?: BaselineComparison;
  readonly failOn?: FailOn;
  readonly sarif: string;
}

/**
 * Writes the artifact directory: manifest, the JSON report (the same file `result-file` holds, with the
 * `baseline` and `plan` fields) and the SARIF log.
 */
export function writeArtifact(dir: string, content: ArtifactContent): string[] {
  mkdirSync(dir, { recursive: true });
  const manifest: ArtifactManifest = {
    schema: ARTIFACT_SCHEMA,
    version: ARTIFACT_VERSION,
    repository: content.repository,
    pullNumber: content.pullNumber,
    headSha: content.headSha,
    commitSha: content.commitSha,
    ref: content.ref,
    files: { result: RESULT_FILE, sarif: SARIF_FILE },
  };
  const written = [
    [MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`],
    [
      RESULT_FILE,
      renderJsonReport(
        content.result,
        content.comparison,
        content.failOn === undefined ? {} : { failOn: content.failOn },
      ),
    ],
    [SARIF_FILE, content.sarif.endsWith('\n') ? content.sarif : `${content.sarif}\n`],
  ] as const;
  for (const [name, text] of written) writeFileSync(path.join(dir, name), text);
  return written.map(([name]) => path.join(dir, name));
}

/** An artifact that failed validation; the message names the file and the problem. */
export class ArtifactError extends Error {
  override readonly name = 'ArtifactError';
}

/** Reads a regular file (never through a symlink) of at most `maxBytes`. */
function readBounded(dir: string, name: string, maxBytes: number): string {
  const file = path.join(dir, name);
  let stat;
  try {
    stat = lstatSync(file);
  } catch {
    throw new ArtifactError(`artifact file ${name} is missing from ${dir}`);
  }
  if (!stat.isFile()) throw new ArtifactError(`artifact file ${name} is not a regular file`);
  if (stat.size > maxBytes)
    throw new ArtifactError(`artifact file ${name} is ${stat.size} bytes; at most ${maxBytes} are accepted`);
  return readFileSync(file, 'utf8');
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ArtifactError(`artifact file ${name} is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * Reads and validates an artifact directory. Throws ArtifactError naming the first problem. `comparison`
 * is the scan step's comparison with a baseline, rebuilt from the report (see readReportComparison), and
 * `result.plan` its rollout plan (see readPlan).
 */
export function readArtifact(dir: string): {
  manifest: ArtifactManifest;
  result: ScanResult;
  comparison?: BaselineComparison;
} {
  const dirStat = (() => {
    try {
      return lstatSync(dir);
    } catch {
      return undefined;
    }
  })();
  if (!dirStat?.isDirectory())
    throw new ArtifactError(`artifact directory ${dir} does not exist (download the scan artifact first)`);
  const { manifest, error } = validateManifest(
    parseJson(readBounded(dir, MANIFEST_FILE, LIMITS.manifestBytes), MANIFEST_FILE),
  );
  if (!manifest) throw new ArtifactError(`artifact ${MANIFEST_FILE} is invalid: ${error ?? 'unknown problem'}`);
  const name = manifest.files.result;
  // The same reader as for shard results: one definition of what a valid report is.
  const text = readBounded(dir, name, LIMITS.resultBytes);
  const checked = readJsonReport(text, name);
  if (!checked.result) throw new ArtifactError(`artifact ${checked.error ?? `${name} is invalid`}`);
  // readJsonReport has parsed the same text, so this parse cannot fail.
  const report = obj(JSON.parse(text) as unknown, 'report');
  const compared = readReportComparison(report, checked.result.findings, name);
  if (compared.error !== undefined) throw new ArtifactError(`artifact ${compared.error}`);
  const plan = readArtifactPlan(report['plan'], name);
  return {
    manifest,
    result: plan === undefined ? checked.result : { ...checked.result, plan },
    ...(compared.comparison !== undefined ? { comparison: compared.comparison } : {}),
  };
}

/** The scan step's rollout plan, for the publish step's job summary. */
function readArtifactPlan(value: unknown, name: string): RolloutPlan | undefined {
  try {
    return readPlan(value);
  } catch (error) {
    if (error instanceof Invalid) throw new ArtifactError(`artifact ${name}: ${error.message}`);
    throw error;
  }
}
