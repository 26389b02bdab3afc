/**
 * The bundles of the code under test (`cli.js` and `index.js`, what `npm run build` writes to dist/), built once per
 * test run (see once-per-run.ts) for every test that runs podsec as a process the way users do, and for the check
 * that dist/ is current. dist/ itself is never written.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { oncePerRun } from './once-per-run.js';

const checkout = path.resolve(import.meta.dirname, '..');

/** The folder holding `cli.js` and `index.js`, built from src/ in this test run. */
export function freshBundle(): Promise<string> {
  return oncePerRun('bundle', async (out) => {
    await promisify(execFile)(process.execPath, [path.join(checkout, 'scripts/build.mjs'), out], { cwd: checkout });
  });
}
