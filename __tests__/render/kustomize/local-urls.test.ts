import { describe, expect, it } from 'vitest';
import { findLocalUrls, localUrl } from '../../../src/render/kustomize/local-urls.js';

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
