import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeFileSystem } from '../../../src/discover/node-fs.js';
import { checkChart, redactValues, setValues, valuesFileStrings } from '../../../src/render/helm/helm-safety.js';

const fs = createNodeFileSystem();

function chart(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'podsec-safety-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('checkChart', () => {
  it('accepts a plain chart and a symlink that stays inside it', async () => {
    const dir = chart({ 'Chart.yaml': 'name: a\n', 'templates/pod.yaml': 'kind: Pod\n', 'files/a.txt': 'x' });
    symlinkSync('../files/a.txt', path.join(dir, 'templates/a.txt'));
    const checked = await checkChart(fs, dir, 'charts/a', { network: false });
    expect([checked.problems, checked.hidden]).toEqual([[], []]);
    // The templates it read are handed to the render instead of being read twice.
    expect([...checked.texts.values()]).toEqual(['kind: Pod\n']);
  });

  it('refuses symlinks that leave the chart or lead nowhere, naming them', async () => {
    const outside = chart({ 'secret.txt': 'token' });
    const dir = chart({ 'Chart.yaml': 'name: a\n' });
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'leak'));
    symlinkSync('missing', path.join(dir, 'dangling'));
    const { problems } = await checkChart(fs, dir, 'charts/a', { network: false });
    expect(problems.map((p) => p.file)).toEqual(['charts/a/dangling', 'charts/a/leak']);
    expect(problems[1]?.message).toContain('symlink points outside the chart');
  });

  it('hides version-control folders and refuses DNS lookups unless network is on', async () => {
    const dir = chart({
      'Chart.yaml': 'name: a\n',
      '.git/config': '[core]\n',
      'templates/cm.yaml': 'ip: {{ getHostByName "example.com" }}\n',
    });
    const offline = await checkChart(fs, dir, '.', { network: false });
    expect(offline.hidden).toEqual(['.git']);
    expect(offline.problems).toEqual([
      { file: 'templates/cm.yaml', message: expect.stringContaining('getHostByName') },
    ]);
    expect((await checkChart(fs, dir, '.', { network: true })).problems).toEqual([]);
  });
});

describe('redacting values from helm errors', () => {
  it('replaces --set values and values-file strings, longest first, leaving short common words', () => {
    const secrets = new Set([
      ...setValues('db.password=hunter2-secret,replicas=3'),
      ...valuesFileStrings('apiKey: "abc123-KEY-xyz"\nimage:\n  tag: "1.2"\n# note: ignored\n'),
    ]);
    expect(secrets).toContain('hunter2-secret');
    expect(secrets).toContain('abc123-KEY-xyz');
    const text = 'Error: refusing key abc123-KEY-xyz and password hunter2-secret with 3 replicas, tag 1.2';
    expect(redactValues(text, secrets)).toBe(
      'Error: refusing key <redacted> and password <redacted> with 3 replicas, tag 1.2',
    );
  });
});
