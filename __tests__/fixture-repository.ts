/**
 * A repository folder for scans of the examples and fixtures: `examples/` and `__tests__/fixtures/` copied at the
 * same repository-relative paths, beside a `package.json`, a `node_modules/` and a `.git/` as in the checkout, so
 * the scan boundary is a git top level there too. Scans of kustomize targets build in a staged copy of the whole
 * repository folder, and the checkout holds over 5,000 files (most of them upstream's PSA corpus): every such scan
 * run in the checkout copies and reads them all, seconds of CPU each, for targets that read a few files.
 *
 * Made once per test process, in the run's scratch folder (see scratch-tmp.ts). Read only: tests that write into a
 * tree make their own copy.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const checkout = path.resolve(import.meta.dirname, '..');
let made: string | undefined;

export function fixtureRepository(): string {
  if (made !== undefined) return made;
  const dir = mkdtempSync(path.join(tmpdir(), 'podsec-fixture-repo-'));
  for (const folder of ['examples', '__tests__/fixtures'])
    cpSync(path.join(checkout, folder), path.join(dir, folder), { recursive: true, verbatimSymlinks: true });
  cpSync(path.join(checkout, 'package.json'), path.join(dir, 'package.json'));
  // What the staged copy must leave out: version control and installed packages.
  mkdirSync(path.join(dir, '.git'));
  writeFileSync(path.join(dir, '.git/HEAD'), 'ref: refs/heads/main\n');
  mkdirSync(path.join(dir, 'node_modules/some-package'), { recursive: true });
  writeFileSync(path.join(dir, 'node_modules/some-package/package.json'), '{"name": "some-package"}\n');
  made = dir;
  return dir;
}
