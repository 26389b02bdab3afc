import { readFileSync } from 'node:fs';
import type { ScanResult } from '../findings/types.js';
import { mergeResults, readJsonReport } from '../report/json-read.js';
import { UsageError } from './args.js';

/** Reads the JSON results of sharded scans and merges them; a bad file is a usage error naming it. */
export function mergeResultFiles(files: readonly string[]): ScanResult {
  const results: ScanResult[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new UsageError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    const { result, error } = readJsonReport(text, file);
    if (!result) throw new UsageError(error ?? `${file}: not a podsec JSON report`);
    results.push(result);
  }
  return mergeResults(results);
}
