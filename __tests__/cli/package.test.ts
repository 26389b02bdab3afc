import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

interface PackResult {
  files: { path: string }[];
}

const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  engines: { node: string };
  files: string[];
};

describe('the published package runs as npx podsec', () => {
  // What `npm publish` would upload, as npm itself computes it (offline).
  const packed = (
    JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repoRoot, encoding: 'utf8' }),
    ) as PackResult[]
  )[0] as PackResult;
  const files = packed.files.map((file) => file.path);

  it('ships the CLI bundle its bin names, with a node shebang', () => {
    expect(pkg.bin).toEqual({ podsec: 'dist/cli.js' });
    expect(files).toContain('dist/cli.js');
    expect(readFileSync(path.join(repoRoot, 'dist/cli.js'), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('ships the config schema, the check pages and the docs, and nothing of the tests or sources', () => {
    expect(files).toContain('schema/podsec.schema.json');
    expect(files).toContain('docs/config.md');
    expect(files).toContain('docs/checks/runAsNonRoot.md');
    expect(files).toContain('README.md');
    expect(
      files.filter((file) => file.startsWith('__tests__/') || file.startsWith('src/') || file.startsWith('examples/')),
    ).toEqual([]);
  });

  it('names the Node.js it needs', () => {
    expect(pkg.engines.node).toMatch(/^>=20\./);
  });
});
