import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { ScanResult } from '../../src/findings/types.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'report');

/** The combined scan result every reporter is tested with (manifests, helm, kustomize, suppressions, errors). */
export function loadScanResult(name = 'scan-result.json'): ScanResult {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as ScanResult;
}

/**
 * Compares with `__tests__/fixtures/report/expected/<name>`. `UPDATE_GOLDEN=1 npx vitest run __tests__/report`
 * rewrites the files; review the diff before committing. A missing file fails rather than silently passing.
 */
export function expectGolden(name: string, actual: string): void {
  const path = join(FIXTURES, 'expected', name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) {
    throw new Error(`golden file ${path} is missing; run with UPDATE_GOLDEN=1 to create it`);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
