/**
 * The scan → publish hand-over on disk. `mode: scan` writes it for actions/upload-artifact;
 * `mode: publish` reads it back as untrusted input (see artifact-schema.ts).
 */
import { lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ScanResult } from '../findings/types.js';
import {
  ARTIFACT_SCHEMA,
  ARTIFACT_VERSION,
  LIMITS,
  MANIFEST_FILE,
  validateManifest,
  type ArtifactManifest,
} from './artifact-schema.js';
import { renderJson } from '../report/json.js';
import { readJsonReport } from '../report/json-read.js';

export const RESULT_FILE = 'result.json';
export const SARIF_FILE = 'podsec.sarif';

export interface ArtifactContent {
  readonly repository: string;
  readonly pullNumber: number | undefined;
  readonly headSha: string | undefined;
  readonly commitSha: string;
  readonly ref: string;
  readonly result: ScanResult;
  readonly sarif: string;
}

/** Writes the artifact directory: manifest, the JSON report (the same file `result-file` holds) and the SARIF log. */
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
    [RESULT_FILE, renderJson(content.result)],
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
  if (stat.size > maxBytes) throw new ArtifactError(`artifact file ${name} is ${stat.size} bytes; at most ${maxBytes} are accepted`);
  return readFileSync(file, 'utf8');
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ArtifactError(`artifact file ${name} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads and validates an artifact directory. Throws ArtifactError naming the first problem. */
export function readArtifact(dir: string): { manifest: ArtifactManifest; result: ScanResult } {
  const dirStat = (() => {
    try {
      return lstatSync(dir);
    } catch {
      return undefined;
    }
  })();
  if (!dirStat?.isDirectory()) throw new ArtifactError(`artifact directory ${dir} does not exist (download the scan artifact first)`);
  const { manifest, error } = validateManifest(parseJson(readBounded(dir, MANIFEST_FILE, LIMITS.manifestBytes), MANIFEST_FILE));
  if (!manifest) throw new ArtifactError(`artifact ${MANIFEST_FILE} is invalid: ${error ?? 'unknown problem'}`);
  const name = manifest.files.result;
  // The same reader as for shard results: one definition of what a valid report is.
  const checked = readJsonReport(readBounded(dir, name, LIMITS.resultBytes), name);
  if (!checked.result) throw new ArtifactError(`artifact ${checked.error ?? `${name} is invalid`}`);
  return { manifest, result: checked.result };
}
