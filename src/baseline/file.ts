/**
 * Reads a baseline file given on the command line or as the action's `baseline` input, and applies it.
 * A file that cannot be read or is not a podsec JSON report becomes a scan error naming the file (exit
 * code 2); the scan's own results are still reported, compared with nothing.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ScanResult } from '../findings/types.js';
import { applyBaseline, type BaselineComparison } from './compare.js';
import { MAX_BASELINE_BYTES, readBaseline } from './read.js';

/** `file` is shown as given; it is read relative to `cwd`. */
export function compareWithBaselineFile(
  result: ScanResult,
  cwd: string,
  file: string,
): { result: ScanResult; comparison?: BaselineComparison } {
  const absolute = path.resolve(cwd, file);
  let text: string;
  try {
    if (statSync(absolute).size > MAX_BASELINE_BYTES)
      return withError(result, file, `baseline is larger than ${MAX_BASELINE_BYTES} bytes`);
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : (code ?? 'read failed');
    return withError(result, file, `baseline cannot be read: ${why}`);
  }
  const read = readBaseline(text, file);
  if (read.baseline === undefined)
    return {
      result: {
        ...result,
        errors: [...result.errors, { file, message: stripFile(read.error ?? 'not a podsec JSON report', file) }],
      },
    };
  return applyBaseline(result, read.baseline);
}

function withError(result: ScanResult, file: string, message: string): { result: ScanResult } {
  return { result: { ...result, errors: [...result.errors, { file, message }] } };
}

/** readBaseline's messages start with the file name; a scan error carries it separately. */
function stripFile(message: string, file: string): string {
  return message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
}
