import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECK_DEFINITIONS } from '../../src/policy/checks/index.js';
import { allCheckMeta, CHECK_ORDER } from '../../src/policy/registry.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const checksDir = join(root, 'src', 'policy', 'checks');
const testsDir = join(root, '__tests__', 'policy', 'checks');
const docsDir = join(root, 'docs', 'checks');
const ids = allCheckMeta().map((m) => m.id);

describe('every check is in step: module, index entry, test and doc page', () => {
  it('has 19 checks', () => {
    expect(ids).toHaveLength(19);
    expect(CHECK_DEFINITIONS).toHaveLength(19);
  });

  it('has exactly one module per check id under src/policy/checks', () => {
    const modules = readdirSync(checksDir)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.slice(0, -3));
    expect([...modules].sort()).toEqual([...CHECK_ORDER].sort());
  });

  it.each(ids)('%s: its module exports the definition under the id and the index imports it', (id) => {
    const source = readFileSync(join(checksDir, `${id}.ts`), 'utf8');
    expect(source).toMatch(new RegExp(`export const ${id}: CheckDefinition`));
    expect(source).toContain(`id: '${id}'`);
    const index = readFileSync(join(checksDir, 'index.ts'), 'utf8');
    expect(index).toContain(`import { ${id} } from './${id}.js';`);
    expect(CHECK_DEFINITIONS.filter((d) => d.meta.id === id)).toHaveLength(1);
  });

  it.each(ids)('%s: has a test file that exercises it', (id) => {
    const file = join(testsDir, `${id}.test.ts`);
    expect(existsSync(file), file).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(`runCheckCases('${id}'`);
  });

  it.each(ids)('%s: has a doc page docs/checks/%s.md', (id) => {
    const file = join(docsDir, `${id}.md`);
    expect(existsSync(file), file).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(id);
  });

  it('has no test or doc page for a check that does not exist', () => {
    const testIds = readdirSync(testsDir)
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => f.slice(0, -'.test.ts'.length));
    expect(testIds.filter((id) => !ids.includes(id as never))).toEqual([]);
    if (existsSync(docsDir)) {
      const docIds = readdirSync(docsDir)
        .filter((f) => f.endsWith('.md') && f !== 'README.md' && f !== 'index.md')
        .map((f) => f.slice(0, -3));
      expect(docIds.filter((id) => !ids.includes(id as never))).toEqual([]);
    }
  });
});
