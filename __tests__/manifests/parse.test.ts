import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Document } from 'yaml';
import { describe, expect, it } from 'vitest';
import { certainlyString } from '../../src/manifests/block-yaml.js';
import { parseManifests, withLocator } from '../../src/manifests/parse.js';

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/manifests/${name}`, import.meta.url)), 'utf8');

/** 1-based line and column of the only occurrence of `needle` (the test fails if it is not unique). */
function where(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  expect(at, `${needle} occurs`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(needle, at + 1), `${needle} is unique`).toBe(-1);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

describe('parseManifests: objects and positions', () => {
  const text = fixture('multi.yaml');
  const parsed = parseManifests(text, 'deploy/multi.yaml');

  it('returns each Kubernetes document, skipping comment-only and empty documents', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.objects.map((o) => [o.value['kind'], o.documentIndex])).toEqual([
      // A comment before the first `---` belongs to the first document (YAML spec), not to a document of its own.
      ['ConfigMap', 0],
      ['Deployment', 2],
    ]);
    expect(parsed.objects.every((o) => o.file === 'deploy/multi.yaml')).toBe(true);
  });

  it('points map entries at their key, with the value span for scalars', () => {
    const deployment = parsed.objects[1]!;
    const span = deployment.position(['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privileged']);
    const at = where(text, 'privileged: on');
    expect(span).toMatchObject({
      line: at.line,
      column: at.column,
      endLine: at.line,
      endColumn: at.column + 'privileged: on'.length,
      exact: true,
    });
  });

  it('points sequence items at the item, in block and flow style', () => {
    const deployment = parsed.objects[1]!;
    expect(deployment.position(['spec', 'template', 'spec', 'containers', 0])).toMatchObject({
      ...where(text, 'name: app'),
      exact: true,
    });
    expect(deployment.position(['spec', 'template', 'spec', 'containers', 0, 'command', 1])).toMatchObject({
      ...where(text, '- -c'),
      column: where(text, '- -c').column + 2,
    });
    expect(
      deployment.position(['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'capabilities', 'add', 1]),
    ).toMatchObject({
      ...where(text, 'SYS_TIME'),
      exact: true,
    });
    expect(deployment.position(['metadata', 'labels', 'tier'])).toMatchObject({
      ...where(text, 'tier: "front"'),
      exact: true,
    });
  });

  it('spans a block scalar to its last line', () => {
    const deployment = parsed.objects[1]!;
    const span = deployment.position(['spec', 'template', 'spec', 'containers', 0, 'env', 0, 'value']);
    expect(span.line).toBe(where(text, 'value: |').line);
    expect(span.endLine).toBe(where(text, 'echo two').line);
  });

  it('falls back to the nearest existing parent with exact: false', () => {
    const deployment = parsed.objects[1]!;
    const span = deployment.position(['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'runAsNonRoot']);
    expect(span).toMatchObject({
      ...where(text, 'securityContext:'),
      exact: false,
      foundPath: ['spec', 'template', 'spec', 'containers', 0, 'securityContext'],
    });
    const missingContainer = deployment.position(['spec', 'template', 'spec', 'containers', 5, 'name']);
    expect(missingContainer.foundPath).toEqual(['spec', 'template', 'spec', 'containers']);
    expect(missingContainer.line).toBe(where(text, 'containers:').line);
  });

  it('places the object itself at its first line', () => {
    const configMap = parsed.objects[0]!;
    expect(configMap.position([])).toMatchObject({
      line: where(text, 'kind: ConfigMap').line - 1,
      column: 1,
      exact: true,
    });
  });

  it('locates fields in the file for plain manifests', () => {
    const located = parsed.objects[1]!.locate(['spec', 'template', 'spec', 'hostNetwork']);
    expect(located).toEqual({
      primary: {
        file: 'deploy/multi.yaml',
        ...where(text, 'hostNetwork: yes'),
        endLine: where(text, 'hostNetwork: yes').line,
        endColumn: where(text, 'hostNetwork: yes').column + 16,
      },
      related: [],
      exact: true,
    });
  });

  it('reads YAML 1.1 booleans the way the API server does (sigs.k8s.io/yaml, go-yaml v2)', () => {
    const spec = (parsed.objects[1]!.value['spec'] as { template: { spec: Record<string, unknown> } }).template.spec;
    expect(spec['hostNetwork']).toBe(true);
    const container = (spec['containers'] as Record<string, { privileged?: unknown }>[])[0]!;
    expect(container['securityContext']?.privileged).toBe(true);
    // Quoted stays a string.
    expect((parsed.objects[0]!.value['data'] as Record<string, unknown>)['enabled']).toBe('yes');
    const more = parseManifests(
      'apiVersion: v1\nkind: ConfigMap\ndata:\n  off: n\n  mode: 0755\n  port: 8080:80\n  date: 2001-12-14\n',
      'x.yaml',
    );
    expect(more.objects[0]!.value['data']).toEqual({ false: false, mode: 493, port: '8080:80', date: '2001-12-14' });
  });
});

describe('parseManifests: lists, JSON, merge keys', () => {
  it('expands kind: List and typed *List items with positions in the file', () => {
    const text = fixture('list.yaml');
    const parsed = parseManifests(text, 'list.yaml');
    expect(parsed.errors).toEqual([]);
    expect(parsed.objects.map((o) => [o.value['kind'], o.value['metadata'], o.documentIndex, o.itemIndex])).toEqual([
      ['Pod', { name: 'first' }, 0, 0],
      ['Job', { name: 'second' }, 0, 1],
      ['Deployment', { name: 'typed-item' }, 1, 0],
    ]);
    const job = parsed.objects[1]!;
    expect(job.position(['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'runAsUser'])).toMatchObject({
      ...where(text, 'runAsUser: 0'),
      exact: true,
    });
    expect(job.position([]).line).toBe(where(text, 'kind: Job').line - 1);
    // A typed list's items inherit apiVersion/kind (the API returns them without).
    expect(parsed.objects[2]!.value['apiVersion']).toBe('apps/v1');
    expect(parsed.objects[2]!.position(['kind'])).toMatchObject({ exact: false, foundPath: [] });
  });

  it('reads JSON with tabs, with positions', () => {
    const text = fixture('pod.json');
    const parsed = parseManifests(text, 'pod.json');
    expect(parsed.errors).toEqual([]);
    expect(parsed.objects).toHaveLength(1);
    const pod = parsed.objects[0]!;
    expect(pod.position(['spec', 'hostPID'])).toMatchObject({ ...where(text, '"hostPID": true'), exact: true });
    expect(pod.position(['spec', 'containers', 0, 'securityContext', 'allowPrivilegeEscalation'])).toMatchObject({
      ...where(text, '"allowPrivilegeEscalation"'),
      exact: true,
    });
  });

  it('resolves merge keys and aliases for values and positions', () => {
    const text =
      'base: &sc\n  runAsUser: 0\n---\napiVersion: v1\nkind: Pod\nspec:\n  securityContext:\n    <<: {runAsUser: 5}\n    runAsGroup: 1\n  containers: &cs\n    - name: a\n';
    const parsed = parseManifests(text, 'm.yaml');
    expect(parsed.errors).toEqual([]);
    const pod = parsed.objects[0]!;
    expect(pod.value['spec']).toMatchObject({ securityContext: { runAsUser: 5, runAsGroup: 1 } });
    expect(pod.position(['spec', 'securityContext', 'runAsUser'])).toMatchObject({
      ...where(text, 'runAsUser: 5'),
      exact: true,
    });
  });

  it('errors on a top-level sequence of objects, suggesting kind: List, and skips other sequences and scalars', () => {
    const text =
      'just a string\n---\n- 1\n- 2\n---\n- apiVersion: v1\n  kind: Pod\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: ok}\n';
    const parsed = parseManifests(text, 's.yaml');
    expect(parsed.errors).toEqual([
      { file: 's.yaml', message: expect.stringContaining('kind: List'), line: 6, column: 1 },
    ]);
    expect(parsed.objects.map((o) => o.value['metadata'])).toEqual([{ name: 'ok' }]);
  });

  it('errors on half an object (kind without apiVersion) and on List items that are not objects', () => {
    const parsed = parseManifests(
      'kind: Deployment\nmetadata: {name: x}\n---\napiVersion: v1\nkind: List\nitems:\n- 5\n- {kind: Pod}\n',
      'h.yaml',
    );
    expect(parsed.errors).toEqual([
      { file: 'h.yaml', message: 'object has kind "Deployment" but no apiVersion', line: 1, column: 1 },
      { file: 'h.yaml', message: 'items[0]: not a Kubernetes object', line: 7, column: 3 },
      { file: 'h.yaml', message: 'items[1]: not a Kubernetes object: apiVersion not set', line: 8, column: 3 },
    ]);
    expect(parsed.objects).toEqual([]);
  });

  it('skips non-Kubernetes YAML silently', () => {
    expect(parseManifests('name: my-chart\nversion: 1.0.0\n', 'Chart.yaml')).toEqual({ objects: [], errors: [] });
    expect(parseManifests('', 'empty.yaml')).toEqual({ objects: [], errors: [] });
    expect(parseManifests('# only a comment\n', 'c.yaml')).toEqual({ objects: [], errors: [] });
  });
});

describe('parseManifests: syntax errors', () => {
  it('reports a bad document with line and column and keeps the good ones', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: before}\n---\nmetadata:\n  name: [unclosed\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: after}\n';
    const parsed = parseManifests(text, 'bad.yaml');
    expect(parsed.errors).toHaveLength(1);
    // The parser notices the unclosed `[` where the next document starts.
    expect(parsed.errors[0]).toMatchObject({
      file: 'bad.yaml',
      message: expect.stringMatching(/^YAML syntax error: .*\]/),
      line: where(text, '---\napiVersion').line,
    });
    expect(parsed.errors[0]!.column).toBeGreaterThan(0);
    expect(parsed.objects.map((o) => (o.value['metadata'] as { name: string }).name)).toEqual(['before', 'after']);
  });

  it('names a duplicate key and its line, in JSON and YAML', () => {
    const json =
      '{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "spec": {\n    "hostPID": false,\n    "hostPID": true\n  }\n}\n';
    expect(parseManifests(json, 'dup.json')).toEqual({
      objects: [],
      errors: [{ file: 'dup.json', message: 'duplicate key "hostPID" (keys must be unique)', line: 6, column: 5 }],
    });
    const yaml = 'apiVersion: v1\nkind: Pod\nkind: Pod\n';
    expect(parseManifests(yaml, 'dup.yaml').errors).toEqual([
      { file: 'dup.yaml', message: 'duplicate key "kind" (keys must be unique)', line: 3, column: 1 },
    ]);
  });
});

describe('withLocator', () => {
  it('keeps value and positions and replaces locate', () => {
    const text = 'apiVersion: v1\nkind: Pod\nspec:\n  hostIPC: true\n';
    const object = parseManifests(text, 'rendered.yaml').objects[0]!;
    const wrapped = withLocator(
      object,
      (path) => {
        const span = object.position(path);
        return {
          primary: {
            file: 'templates/pod.yaml',
            line: span.line + 10,
            column: span.column,
            endLine: span.endLine + 10,
            endColumn: span.endColumn,
          },
          related: [],
          exact: span.exact,
        };
      },
      { file: 'templates/pod.yaml' },
    );
    expect(wrapped.value).toBe(object.value);
    expect(wrapped.file).toBe('templates/pod.yaml');
    expect(wrapped.position(['spec', 'hostIPC']).line).toBe(4);
    expect(wrapped.locate(['spec', 'hostIPC']).primary).toMatchObject({ file: 'templates/pod.yaml', line: 14 });
  });

  it('is also available as a parse option', () => {
    const parsed = parseManifests('apiVersion: v1\nkind: Pod\n', 'r.yaml', {
      locate: (object, path, span) => ({
        primary: {
          file: `${object.file}#${path.join('.')}`,
          line: span.line,
          column: 1,
          endLine: span.line,
          endColumn: 1,
        },
        related: [],
        exact: span.exact,
      }),
    });
    expect(parsed.objects[0]!.locate(['kind']).primary).toEqual({
      file: 'r.yaml#kind',
      line: 2,
      column: 1,
      endLine: 2,
      endColumn: 1,
    });
  });
});

describe('keepKind: skipping uninteresting documents of tool output', () => {
  const output = [
    '---',
    '# Source: web/templates/service.yaml',
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: web',
    '---',
    '# Source: web/templates/deployment.yaml',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: app',
    '          securityContext:',
    '            privileged: true',
    '---',
    '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "flow"}}',
    '',
  ].join('\n');

  it('parses only the kinds asked for (and what it cannot classify), with unchanged positions and indexes', () => {
    const all = parseManifests(output, 'out.yaml');
    const some = parseManifests(output, 'out.yaml', { keepKind: (_apiVersion, kind) => kind === 'Deployment' });
    expect(all.objects.map((o) => o.value['kind'])).toEqual(['Service', 'Deployment', 'ConfigMap']);
    // The flow-style document cannot be classified by its lines, so it is parsed anyway.
    expect(some.objects.map((o) => o.value['kind'])).toEqual(['Deployment', 'ConfigMap']);
    const path = ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privileged'];
    const full = all.objects[1];
    const skipped = some.objects[0];
    expect(skipped?.documentIndex).toBe(full?.documentIndex);
    expect(skipped?.position(path)).toEqual(full?.position(path));
    expect(skipped?.position(path).line).toBe(19);
    expect(some.errors).toEqual([]);
  });

  it('keeps indexes and positions when the skipped document is the first and has no `---` (kustomize output)', () => {
    const unmarked = output.slice('---\n'.length);
    const keep = (_apiVersion: string, kind: string): boolean => kind !== 'Service';
    for (const reader of ['auto', 'general'] as const) {
      const all = parseManifests(unmarked, 'out.yaml', { reader });
      const some = parseManifests(unmarked, 'out.yaml', { reader, keepKind: keep });
      expect(some.objects.map((o) => [o.value['kind'], o.documentIndex])).toEqual([
        ['Deployment', 1],
        ['ConfigMap', 2],
      ]);
      expect(some.objects.map((o) => o.documentIndex)).toEqual(all.objects.slice(1).map((o) => o.documentIndex));
      expect(some.objects[0]?.position(['metadata', 'name'])).toEqual(all.objects[1]?.position(['metadata', 'name']));
      expect(some.errors).toEqual([]);
    }
  });
});

describe('certainlyString: plain scalars no scalar tag can match', () => {
  const schemas = [new Document(null, { version: '1.1' }), new Document(null)];
  const tagTests = schemas.flatMap((document) =>
    document.schema.tags.flatMap((tag) =>
      'test' in tag && tag.test instanceof RegExp && tag.default === true ? [tag.test] : [],
    ),
  );

  it('rests on the tag patterns it was written for (first characters ~NnYyTtOoFf-+.< and digits, words of at most 5 letters)', () => {
    // When the yaml package changes a pattern, TAG_FIRST_CHARACTERS in block-yaml.ts must be checked against it.
    expect(new Set(tagTests.map(String))).toEqual(
      new Set([
        '/^(?:~|[Nn]ull|NULL)?$/',
        '/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/',
        '/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/',
        '/^[-+]?0b[0-1_]+$/',
        '/^[-+]?0[0-7_]+$/',
        '/^[-+]?[0-9][0-9_]*$/',
        '/^[-+]?0x[0-9a-fA-F_]+$/',
        '/^(?:[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$/',
        '/^[-+]?(?:[0-9][0-9_]*)?(?:\\.[0-9_]*)?[eE][-+]?[0-9]+$/',
        '/^[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*$/',
        '/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/',
        '/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*$/',
        '/^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/',
        '/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/',
        '/^0o[0-7]+$/',
        '/^[-+]?[0-9]+$/',
        '/^0x[0-9a-fA-F]+$/',
        '/^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)[eE][-+]?[0-9]+$/',
        '/^[-+]?(?:\\.[0-9]+|[0-9]+\\.[0-9]*)$/',
      ]),
    );
  });

  it('never says so of a scalar a tag matches, and says so of names, images and words', () => {
    const samples = [
      '',
      '~',
      'null',
      'NULL',
      'y',
      'Yes',
      'on',
      'OFF',
      'false',
      'FALSE',
      '0b101',
      '0755',
      '-12',
      '+3',
      '0x1F',
      '.inf',
      '-.Inf',
      '.NaN',
      '1e3',
      '.5',
      '1:20',
      '<<',
      '2026-12-04',
      '0o17',
      'nginx',
      'true-ish',
      'Falsey',
      'ONE',
      'app-1',
      'registry.example.com/app:1.2',
      'Always',
      '/tmp',
      'value-42',
      '5f0c9992-1b2c-4d5e-8f90-a1b2c3d4e5f6',
      '7d',
      '1st',
      '1_000',
      '1.5.2',
      '1E3',
      '12',
      '9',
    ];
    for (const sample of samples) {
      const matched = tagTests.some((test) => test.test(sample));
      if (matched) expect(certainlyString(sample), sample).toBe(false);
    }
    expect(
      ['true-ish', 'Falsey', 'app-1', 'registry.example.com/app:1.2', 'Always', '/tmp', 'value-42'].filter(
        certainlyString,
      ),
    ).toHaveLength(7);
    // A uid that starts with a digit (as often as not) is one of them: no number or timestamp has a letter there.
    expect(['5f0c9992-1b2c-4d5e-8f90-a1b2c3d4e5f6', '7d', '1st', '3-tier'].filter(certainlyString)).toHaveLength(4);
  });

  it('never says so of a scalar a tag matches, whatever follows a first digit', () => {
    // Every printable ASCII character and a few others after each digit, alone and followed by texts that complete
    // numbers, floats, base-60 numbers and timestamps.
    const seconds = [...Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)), 'é', '\u2028'];
    const tails = ['', '0', '1', '7', 'F', '_1', '.5', 'e3', '1e3', '5:30', '01-02', '99-12-31', '99-12-31t10:00:00'];
    let checked = 0;
    for (const digit of '0123456789') {
      for (const second of seconds) {
        for (const tail of tails) {
          const sample = `${digit}${second}${tail}`;
          if (certainlyString(sample))
            expect(tagTests.filter((test) => test.test(sample)).map(String), sample).toEqual([]);
          checked++;
        }
      }
    }
    expect(checked).toBe(10 * 97 * 13);
  });
});
