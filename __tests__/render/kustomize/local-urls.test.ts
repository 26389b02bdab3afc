import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLocalUrls, localUrl, parseLocalUrls } from '../../../src/render/kustomize/local-urls.js';

describe('URLs that reach this machine', () => {
  it.each([
    'http://127.0.0.1:9/x.yaml',
    'https://127.8.9.10/x',
    'http://localhost/x',
    'HTTP://LocalHost:80/x',
    'http://a.localhost/x',
    'http://[::1]:9/schema.json',
    'http://[::ffff:127.0.0.1]/x',
    'https://user:pw@127.0.0.1/x',
    'http://%6c%6f%63%61%6c%68%6f%73%74/x',
    'x=http://127.0.0.1:9/generator-files',
    'git::http://127.0.0.1/repo.git//base?ref=main',
  ])('%s is a loopback URL (Go sends it past the proxy)', (value) => {
    expect(localUrl(value)).toEqual({ url: value, reason: 'loopback' });
  });

  it.each(['file:///srv/repo', 'git::file:///srv/repo?ref=main', 'FILE://x'])(
    '%s is a repository on this machine',
    (value) => {
      expect(localUrl(value)).toEqual({ url: value, reason: 'file' });
    },
  );

  it.each([
    'https://example.com/x',
    'http://10.0.0.1/x',
    'http://169.254.169.254/latest',
    'github.com/org/repo//base',
    'pod.yaml',
    'ENV=prod',
    'http://127.example.com/',
  ])('%s goes through the proxy (or is no URL)', (value) => {
    expect(localUrl(value)).toBeUndefined();
  });

  it('finds them in any field, in quoted, escaped and binary strings, and anywhere in text that does not parse', () => {
    const text =
      'resources: [pod.yaml]\nAnyField:\n  nested: ["\\x68ttp://127.0.0.1:9/escaped"]\npatches:\n  - path: http://localhost:9/p.yaml\n';
    expect(findLocalUrls(text).map((url) => url.url)).toEqual([
      'http://127.0.0.1:9/escaped',
      'http://localhost:9/p.yaml',
    ]);
    // An inline plugin config is YAML inside a string; an inline patch that only sets a value is not fetched.
    const inline =
      'transformers:\n  - |\n    apiVersion: builtin\n    kind: PatchTransformer\n    path: http://localhost:9/patch.yaml\n';
    expect(findLocalUrls(inline).map((url) => url.url)).toEqual(['http://localhost:9/patch.yaml']);
    expect(
      findLocalUrls(
        'patches:\n  - patch: |\n      - op: add\n        path: /x\n        value: http://localhost:4317\n',
      ),
    ).toEqual([]);
    // A comment is no value; a !!binary value is one, decoded.
    expect(findLocalUrls('# see http://localhost:8080\nresources: [pod.yaml]\n')).toEqual([]);
    expect(
      findLocalUrls(`resources: [!!binary ${Buffer.from('http://127.0.0.1:9/b').toString('base64')}]\n`).map(
        (url) => url.url,
      ),
    ).toEqual(['http://127.0.0.1:9/b']);
    expect(findLocalUrls('resources: [\n  - http://[::1]:9/x\n').map((url) => url.url)).toEqual(['http://[::1]:9/x']);
    expect(findLocalUrls('commonAnnotations: {docs: "https://example.com/runbook"}\n')).toEqual([]);
  });
});

describe('the look at the text before the parse', () => {
  const base64 = (text: string): string => Buffer.from(text).toString('base64');
  // Each refused URL here is spelled so that only one thing in the text can give it away.
  const tricky = [
    'resources: ["fil\\x65\\x3a\\x2f\\x2fsrv/other"]\n',
    'resources: ["http\\u003a\\u002f\\u002flocalhost/x"]\n',
    'resources: ["http:/\\\n  /127.0.0.1/x"]\n',
    `resources: [!!binary ${base64('file:///srv/other')}]\n`,
    `%TAG !t! tag:yaml.org,2002:\n---\nresources: [!t!binary ${base64('http://[::1]/x')}]\n`,
    `resources: [!<tag:yaml.org,2002:binary> ${base64('git::file:///srv')}]\n`,
    'resources: [FILE:relative]\n',
    'transformers:\n  - |\n    apiVersion: builtin\n    kind: PatchTransformer\n    path: "\\x68ttp://localhost:9/p.yaml"\n',
    'resources: [\n  - "http://127.0.0.1:9/x\n',
    // No refused URL: a folded line break is a space, not nothing.
    'resources:\n  - "http:\n    //127.0.0.1/x"\n  - >\n    http:\n    //localhost/x\n',
    'apiVersion: builtin\nkind: PatchTransformer\nmetadata: {name: p}\npath: patch.yaml\n',
  ];

  it('changes no result: on tricky spellings, and on every file of the repository that mentions builtin', () => {
    const texts = [...tricky, ...filesMentioningBuiltin(join(import.meta.dirname, '../../..'))];
    expect(texts.length).toBeGreaterThan(tricky.length + 10);
    for (const text of texts) expect(findLocalUrls(text), text.slice(0, 200)).toEqual(parseLocalUrls(text));
    // Every tricky spelling but the last two holds a refused URL.
    expect(tricky.map((text) => findLocalUrls(text).length > 0)).toEqual([
      ...tricky.slice(2).map(() => true),
      false,
      false,
    ]);
  });
});

/** Text files (below 1 MiB, as staging reads them) that mention `builtin`, but bundles, installed packages and git. */
function filesMentioningBuiltin(root: string): string[] {
  const texts: string[] = [];
  const folders = [root];
  while (folders.length > 0) {
    const folder = folders.pop() as string;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && !['node_modules', '.git', 'dist'].includes(entry.name)) folders.push(path);
      else if (entry.isFile() && statSync(path).size <= 1024 * 1024) {
        const text = readFileSync(path, 'utf8');
        if (text.includes('builtin')) texts.push(text);
      }
    }
  }
  return texts;
}
