/**
 * Keeps docs/checks in step with the engine: one page per check id (file name == id), each naming
 * the check's level and upstream reason, and an index that links every page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCheckMeta } from '../../src/policy/registry.js';
import { SPEC_CHECK_ORDER } from '../policy/spec-checks.js';
import { REASONS } from './generator.js';

const DOCS = join(import.meta.dirname, '..', '..', 'docs', 'checks');
const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md') && f !== 'README.md');
const index = readFileSync(join(DOCS, 'README.md'), 'utf8');

describe('docs/checks', () => {
  it('has exactly one page per check id the engine knows', () => {
    const ids = allCheckMeta().map((m) => m.id);
    expect([...ids].sort()).toEqual([...SPEC_CHECK_ORDER].sort());
    expect(pages.map((f) => f.slice(0, -3)).sort()).toEqual([...ids].sort());
  });

  it.each(allCheckMeta().map((m) => [m.id, m] as const))(
    '%s page states its id, level, reason and a fix',
    (id, meta) => {
      const page = readFileSync(join(DOCS, `${id}.md`), 'utf8');
      expect(page.startsWith(`# \`${id}\` — `)).toBe(true);
      expect(page).toMatch(new RegExp(`\\| Level \\| ${meta.level}\\b`));
      expect(page).toContain(`\`${REASONS[id]}`);
      expect(page).toContain('## How to fix');
      expect(page).toContain('```yaml');
      for (const overridden of meta.overrides) expect(page).toContain(`overrides [\`${overridden}\`]`);
    },
  );

  it('index links every page in output order', () => {
    const linked = [...index.matchAll(/^\| \[`(\w+)`\]\((\w+)\.md\)/gm)].map((m) => {
      expect(m[2]).toBe(m[1]);
      return m[1];
    });
    expect(linked).toEqual(SPEC_CHECK_ORDER);
  });
});
