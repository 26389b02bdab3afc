import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCheckPages, renderCheckPage } from '../../src/policy/check-page.js';
import { allCheckMeta, checkDefinition } from '../../src/policy/registry.js';

const root = path.resolve(import.meta.dirname, '../..');

describe("docs/checks pages are generated from the checks' meta", () => {
  it.each(allCheckPages().map((page) => [page.file, page.text] as const))(
    '%s is current (else run npm run docs:checks)',
    (file, text) => {
      expect(readFileSync(path.join(root, file), 'utf8')).toBe(text);
    },
  );

  it.each(allCheckMeta().map((meta) => [meta.id, meta] as const))(
    '%s: the page carries the fix, the rule and the reference from meta',
    (id, meta) => {
      const page = renderCheckPage(id);
      expect(page).toContain(`# \`${id}\` — ${meta.title}`);
      expect(page).toContain(`## How to fix\n${meta.fix.trim()}\n`);
      expect(page).toContain(meta.description);
      for (const line of meta.reference.split('\n')) expect(page).toContain(line);
      // A one-variant check whose reference says nothing on versions gets the section from its variant.
      if (checkDefinition(id).variants.length === 1) expect(page).toContain('## Versions');
      expect(page).toContain('## Message');
    },
  );

  it('the generator rewrites a stale page and --check reports it with exit code 1', () => {
    // Run the real script on a copy of the repository's sources, so the working tree is never touched.
    const copy = mkdtempSync(path.join(tmpdir(), 'podsec-pages-'));
    try {
      for (const dir of ['src', 'scripts', 'docs'])
        cpSync(path.join(root, dir), path.join(copy, dir), { recursive: true });
      symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
      const page = path.join(copy, 'docs/checks/privileged.md');
      writeFileSync(page, '# hand-edited\n');
      const node = process.execPath;
      const check = () =>
        execFileSync(node, ['scripts/check-pages.mjs', '--check'], { cwd: copy, encoding: 'utf8', stdio: 'pipe' });
      expect(check).toThrow(/stale check pages \(run npm run docs:checks\): docs\/checks\/privileged\.md/);
      execFileSync(node, ['scripts/check-pages.mjs'], { cwd: copy, stdio: 'pipe' });
      expect(readFileSync(page, 'utf8')).toBe(renderCheckPage('privileged'));
      expect(check()).toBe('');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
