/**
 * The bundles of the code under test (`cli.js` and `index.js`, what `npm run build` writes to dist/), built once per
 * test run for every test that runs podsec as a process the way users do, and for the check that dist/ is current.
 * dist/ itself is never written.
 *
 * The build goes to the run's scratch folder (see scratch-tmp.ts), which every test process shares and which is
 * removed when the run ends. The first process to ask builds; the others wait for the finished folder.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const checkout = path.resolve(import.meta.dirname, '..');
const WAIT_MS = 120_000;

let built: Promise<string> | undefined;

/** The folder holding `cli.js` and `index.js`, built from src/ in this test run. */
export function freshBundle(): Promise<string> {
  built ??= buildOnce();
  return built;
}

async function buildOnce(): Promise<string> {
  const scratch = tmpdir();
  // Outside a test run's scratch folder (a test started some other way) a build is not shared.
  if (!path.basename(scratch).startsWith('podsec-test-run-'))
    return build(mkdtempSync(path.join(scratch, 'podsec-bundle-')));
  const done = path.join(scratch, 'podsec-bundle');
  const failed = `${done}.failed`;
  try {
    mkdirSync(`${done}.claimed`);
  } catch {
    return waitFor(done, failed);
  }
  try {
    const partial = await build(mkdtempSync(`${done}.partial-`));
    renameSync(partial, done);
    return done;
  } catch (error) {
    writeFileSync(failed, String(error));
    throw error;
  }
}

async function build(out: string): Promise<string> {
  await promisify(execFile)(process.execPath, [path.join(checkout, 'scripts/build.mjs'), out], { cwd: checkout });
  return out;
}

async function waitFor(done: string, failed: string): Promise<string> {
  for (const started = Date.now(); Date.now() - started < WAIT_MS;) {
    if (existsSync(done)) return done;
    if (existsSync(failed)) throw new Error(`the bundle build failed: ${readFileSync(failed, 'utf8')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no bundle in ${done} after ${WAIT_MS / 1000} s`);
}
