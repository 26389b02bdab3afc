/**
 * Work that several test files need and that gives the same result every time within one test run (a build of
 * the bundles, a set of real renders): done once, by the first test process that asks, into a folder of the run's
 * scratch folder (see scratch-tmp.ts), which every test process shares and which is removed when the run ends.
 * The other processes wait for the finished folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const WAIT_MS = 120_000;
const made = new Map<string, Promise<string>>();

/** The folder `make` filled, once per test run under `name`. */
export function oncePerRun(name: string, make: (dir: string) => Promise<void>): Promise<string> {
  let folder = made.get(name);
  if (folder === undefined) {
    folder = makeOnce(name, make);
    made.set(name, folder);
  }
  return folder;
}

async function makeOnce(name: string, make: (dir: string) => Promise<void>): Promise<string> {
  const scratch = tmpdir();
  // Outside a test run's scratch folder (a test started some other way) nothing is shared.
  if (!path.basename(scratch).startsWith('podsec-test-run-')) {
    const dir = mkdtempSync(path.join(scratch, `podsec-${name}-`));
    await make(dir);
    return dir;
  }
  const done = path.join(scratch, `podsec-${name}`);
  const failed = `${done}.failed`;
  try {
    mkdirSync(`${done}.claimed`);
  } catch {
    return waitFor(done, failed);
  }
  try {
    const partial = mkdtempSync(`${done}.partial-`);
    await make(partial);
    renameSync(partial, done);
    return done;
  } catch (error) {
    writeFileSync(failed, String(error));
    throw error;
  }
}

async function waitFor(done: string, failed: string): Promise<string> {
  for (const started = Date.now(); Date.now() - started < WAIT_MS;) {
    if (existsSync(done)) return done;
    if (existsSync(failed)) throw new Error(`${path.basename(done)} failed: ${readFileSync(failed, 'utf8')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing in ${done} after ${WAIT_MS / 1000} s`);
}
