/**
 * One scratch folder for the whole test run: every test's temp folders (and those of the helm, kustomize and
 * action processes they start, which inherit TMPDIR) go below it, and it is removed when the run ends, so a
 * run leaves nothing in the machine's temp folder whatever a test forgets to clean.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'podsec-test-run-'));
  process.env['TMPDIR'] = root;
  return () => rmSync(root, { recursive: true, force: true });
}
