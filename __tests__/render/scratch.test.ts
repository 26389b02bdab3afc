import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeFileSystem } from '../../src/discover/node-fs.js';
import { withScratchDir } from '../../src/render/scratch.js';

const root = mkdtempSync(join(tmpdir(), 'podsec-scratch-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const scratch = createNodeFileSystem(root);

describe('the scratch space renderers stage charts in', () => {
  it('copies a chart folder, leaving out excluded folders and keeping symlinks as links', async () => {
    const chart = join(root, 'chart');
    mkdirSync(join(chart, 'templates'), { recursive: true });
    mkdirSync(join(chart, '.git', 'objects'), { recursive: true });
    writeFileSync(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: web\nversion: 1.0.0\n');
    writeFileSync(join(chart, 'templates', 'pod.yaml'), 'kind: Pod\n');
    writeFileSync(join(chart, '.git', 'config'), '[remote "origin"]\n');
    writeFileSync(join(chart, '.gitignore'), '*.tgz\n');
    symlinkSync('templates/pod.yaml', join(chart, 'pod-link.yaml'));

    const copied = await withScratchDir(scratch, 'podsec-chart-', async (dir) => {
      const target = join(dir, 'chart');
      await scratch.copyTree(chart, target, { exclude: ['.git'] });
      expect(readFileSync(join(target, 'templates', 'pod.yaml'), 'utf8')).toBe('kind: Pod\n');
      // `.git` goes, `.gitignore` (a name that merely starts like it) stays.
      expect(existsSync(join(target, '.git'))).toBe(false);
      expect(readFileSync(join(target, '.gitignore'), 'utf8')).toBe('*.tgz\n');
      expect(readlinkSync(join(target, 'pod-link.yaml'))).toBe('templates/pod.yaml');
      await scratch.writeFile(join(target, 'charts', 'dep', 'Chart.yaml'), 'name: dep\n');
      expect(readFileSync(join(target, 'charts', 'dep', 'Chart.yaml'), 'utf8')).toBe('name: dep\n');
      return dir;
    });
    expect(copied.startsWith(join(root, 'podsec-chart-'))).toBe(true);
    expect(existsSync(copied)).toBe(false);
  });

  it('removes the scratch folder when the work in it fails', async () => {
    let made = '';
    await expect(
      withScratchDir(scratch, 'podsec-chart-', async (dir) => {
        made = dir;
        await scratch.writeFile(join(dir, 'a.yaml'), 'a: 1\n');
        throw new Error('staging failed');
      }),
    ).rejects.toThrow('staging failed');
    expect(made).not.toBe('');
    expect(existsSync(made)).toBe(false);
  });

  it('writes a new file in place of a name it is given, never into a file that name shares', async () => {
    const dir = await scratch.makeTempDir('podsec-write-');
    const original = join(root, 'shared.yaml');
    writeFileSync(original, 'kind: Pod\n');
    linkSync(original, join(dir, 'shared.yaml'));
    await scratch.writeFile(join(dir, 'shared.yaml'), 'replaced: true\n');
    expect(readFileSync(join(dir, 'shared.yaml'), 'utf8')).toBe('replaced: true\n');
    expect(readFileSync(original, 'utf8')).toBe('kind: Pod\n');
    expect(statSync(original).nlink).toBe(1);
    await scratch.removeTempDir(dir);
  });

  it('removes a scratch folder at once, nested folders, links and all, and says nothing when it is gone already', () => {
    const dir = join(root, 'remove-now');
    mkdirSync(join(dir, 'a/b/c'), { recursive: true });
    writeFileSync(join(dir, 'a/b/c/pod.yaml'), 'kind: Pod\n');
    writeFileSync(join(root, 'kept.yaml'), 'kind: Pod\n');
    linkSync(join(root, 'kept.yaml'), join(dir, 'a/kept.yaml'));
    symlinkSync(join(root, 'kept.yaml'), join(dir, 'a/b/outside.yaml'));
    symlinkSync('b', join(dir, 'a/b-link'));
    scratch.removeTempDirNow(dir);
    expect(existsSync(dir)).toBe(false);
    expect(readFileSync(join(root, 'kept.yaml'), 'utf8')).toBe('kind: Pod\n');
    expect(() => scratch.removeTempDirNow(dir)).not.toThrow();
  });
});
