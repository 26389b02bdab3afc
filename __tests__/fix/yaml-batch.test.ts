/**
 * The editor makes a document's changes in batches (changes that leave each other's places alone together, keys
 * into one block mapping as one insertion) and reads the document once per batch. It must write exactly what
 * making the changes one by one writes (`batches` false: one read per change), or stop with the same error: held
 * here on every YAML and JSON file of the repository's fixtures and examples, on helm-rendered and CRLF variants,
 * on the benchmark's shapes (block, flow style, JSON List), and on changes written to interact.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { editDocumentInBatches, editYamlFile, YamlEditError, type YamlChange } from '../../src/fix/yaml-edit.js';
import { readQuickDocument } from '../../src/fix/quick-yaml.js';
import { parseDocuments } from '../../src/fix/yaml-documents.js';
import { applyChanges, isPlainData, type FieldChange } from '../../src/fix/plan.js';

type Edit = { docIndex: number; change: YamlChange };

function outcome(text: string, edits: readonly Edit[], batches: boolean): string {
  try {
    return editYamlFile(text, edits, 'quick', batches);
  } catch (error) {
    if (!(error instanceof YamlEditError)) throw error;
    return `error: ${error.message}`;
  }
}

/** The batched text, after checking it is what one change at a time writes. */
function sameAsOneByOne(text: string, edits: readonly Edit[]): string {
  const batched = outcome(text, edits, true);
  expect(batched).toBe(outcome(text, edits, false));
  return batched;
}

/** What the engine asks of a pod that fails the restricted level, plus changes that meet in one mapping or list. */
function podChanges(
  spec: Record<string, unknown>,
  at: (...rest: (string | number)[]) => (string | number)[],
): YamlChange[] {
  const changes: YamlChange[] = [];
  const containers = Array.isArray(spec.containers) ? (spec.containers as Record<string, unknown>[]) : [];
  containers.forEach((container, index) => {
    const context = (container.securityContext ?? {}) as Record<string, unknown>;
    const sc = (...rest: (string | number)[]): (string | number)[] =>
      at('containers', index, 'securityContext', ...rest);
    if (context.privileged !== true)
      changes.push({ action: 'set', path: sc('allowPrivilegeEscalation'), value: false });
    changes.push({ action: 'append', path: sc('capabilities', 'drop'), value: 'ALL' });
    changes.push({ action: 'set', path: sc('seccompProfile', 'type'), value: 'RuntimeDefault' });
    if ((context.capabilities as { add?: unknown } | undefined)?.add)
      changes.push({ action: 'delete', path: sc('capabilities', 'add', 0) });
    const ports = Array.isArray(container.ports) ? (container.ports as Record<string, unknown>[]) : [];
    ports.forEach((port, portIndex) => {
      if (port.hostPort !== undefined)
        changes.push({ action: 'delete', path: at('containers', index, 'ports', portIndex, 'hostPort') });
    });
  });
  changes.push(
    { action: 'set', path: at('securityContext', 'runAsNonRoot'), value: true },
    { action: 'set', path: at('securityContext', 'seccompProfile', 'type'), value: 'RuntimeDefault' },
    { action: 'set', path: at('securityContext', 'seccompProfile', 'localhostProfile'), value: 'x.json' },
  );
  if (spec.hostNetwork === true) changes.push({ action: 'set', path: at('hostNetwork'), value: false });
  return [
    ...changes.filter((change) => change.action !== 'delete'),
    ...changes.filter((change) => change.action === 'delete').reverse(),
  ];
}

/** A pod spec inside a workload value: a Pod's, a template's, a CronJob's. */
function podPath(value: Record<string, unknown>): string[] | undefined {
  const spec = value.spec as Record<string, unknown> | undefined;
  if (!spec || typeof spec !== 'object') return undefined;
  if (Array.isArray(spec.containers)) return ['spec'];
  const template = (spec.template ??
    (spec.jobTemplate as { spec?: { template?: unknown } } | undefined)?.spec?.template) as
    { spec?: { containers?: unknown } } | undefined;
  if (Array.isArray(template?.spec?.containers))
    return spec.template ? ['spec', 'template', 'spec'] : ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
  return undefined;
}

function at(value: unknown, keys: readonly (string | number)[]): unknown {
  let node = value;
  for (const key of keys) node = (node as Record<string | number, unknown> | undefined)?.[key];
  return node;
}

function workloadChanges(value: unknown, prefix: (string | number)[]): YamlChange[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const pod = podPath(value as Record<string, unknown>);
  if (!pod) return [];
  return podChanges(at(value, pod) as Record<string, unknown>, (...rest) => [...prefix, ...pod, ...rest]);
}

function editsFor(text: string): Edit[] {
  const edits: Edit[] = [];
  parseAllDocuments(text, { version: '1.1', uniqueKeys: false, logLevel: 'error' }).forEach((doc, docIndex) => {
    if (Array.isArray(doc) || doc.errors.length > 0) return;
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch {
      return;
    }
    const items = (value as { items?: unknown } | null)?.items;
    const changes = Array.isArray(items)
      ? items.flatMap((item, index) => workloadChanges(item, ['items', index]))
      : workloadChanges(value, []);
    for (const change of changes) edits.push({ docIndex, change });
  });
  return edits;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) return filesUnder(file);
    return /\.(ya?ml|json)$/.test(name) ? [file] : [];
  });
}

/** A Deployment as the fix benchmark writes them: failing restricted in one of five ways. */
function benchDeployment(index: number): Record<string, unknown> {
  const shape = index % 5;
  const context = [
    undefined,
    { privileged: true },
    { capabilities: { add: ['NET_ADMIN', 'SYS_TIME'] } },
    { allowPrivilegeEscalation: false },
    undefined,
  ][shape];
  const container: Record<string, unknown> = { name: 'app', image: `registry.example.com/app-${index}:1.0` };
  if (context) container.securityContext = context;
  if (shape === 4) container.ports = [{ containerPort: 8080, hostPort: 8080 }];
  const spec: Record<string, unknown> = { containers: [container, { name: 'side', image: 'busybox' }] };
  if (index % 2 === 0) spec.securityContext = {};
  spec.volumes = [{ name: 'tmp', emptyDir: {} }];
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: `app-${index}`, labels: { app: `app-${index}` } },
    spec: { replicas: 1, template: { metadata: { labels: { app: `app-${index}` } }, spec } },
  };
}

const benchValues = Array.from({ length: 40 }, (_, index) => benchDeployment(index));
const benchBlock = benchValues.map((value) => stringify(value)).join('---\n');

describe('batched edits', () => {
  it('write what one change at a time writes on every YAML and JSON file of the fixtures and examples', () => {
    const files = [...filesUnder('__tests__/fixtures'), ...filesUnder('examples')];
    let edited = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (text.includes('{{')) continue;
      const edits = editsFor(text);
      if (edits.length === 0) continue;
      const after = sameAsOneByOne(text, edits);
      if (after !== text && !after.startsWith('error')) edited++;
      // The helm-rendered shape (a `# Source:` line after each marker) and CRLF line ends.
      sameAsOneByOne(text.replace(/^---\n/gm, '---\n# Source: chart/templates/x.yaml\n'), edits);
      sameAsOneByOne(text.replace(/\n/g, '\r\n'), edits);
    }
    expect(edited).toBeGreaterThan(20);
  });

  it("write what one change at a time writes on the benchmark's block, flow-style and JSON List shapes", () => {
    const block = sameAsOneByOne(benchBlock, editsFor(benchBlock));
    expect(block).toContain(
      '      securityContext:\n        runAsNonRoot: true\n        seccompProfile:\n          type: RuntimeDefault\n          localhostProfile: x.json\n',
    );
    const flow = benchValues
      .map((value) =>
        Object.entries(value)
          .map(([key, item]) => `${key}: ${stringify(item, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd()}`)
          .join('\n'),
      )
      .join('\n---\n');
    expect(sameAsOneByOne(flow, editsFor(flow))).toContain('runAsNonRoot: true');
    const list = `${JSON.stringify({ apiVersion: 'v1', kind: 'List', items: benchValues }, null, 4)}\n`;
    const listAfter = sameAsOneByOne(list, editsFor(list));
    expect(() => JSON.parse(listAfter) as unknown).not.toThrow();
    const compact = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: benchValues });
    sameAsOneByOne(compact, editsFor(compact));
  });

  it('check a JSON List item by item as the whole list read again checks it: same text, same value', () => {
    // The quick reader checks each edited item alone; the general reader reads the whole edited list and checks
    // every change there. Both must give the same text, and the list's value must be the items' values changed.
    const kubectlList = { apiVersion: 'v1', items: benchValues, kind: 'List', metadata: { resourceVersion: '' } };
    for (const text of [`${JSON.stringify(kubectlList, null, 4)}\n`, JSON.stringify(kubectlList)]) {
      const edits = editsFor(text);
      expect(edits.length).toBeGreaterThan(100);
      const itemwise = editYamlFile(text, edits, 'quick');
      expect(itemwise).toBe(editYamlFile(text, edits, 'general'));
      const items = (JSON.parse(itemwise) as { items: unknown[] }).items;
      benchValues.forEach((value, index) => {
        const own = edits
          .map((edit) => edit.change)
          .filter((change) => change.path[1] === index)
          .map((change) => ({ ...change, path: change.path.slice(2), kind: 'safe', check: 'runAsNonRoot' }));
        expect(items[index]).toEqual(applyChanges(value, own as FieldChange[]));
      });
    }
  });

  it("print new values in pretty JSON as the printer would, in the file's unit, and keep one-line JSON compact", () => {
    // Every workload of the fixtures and examples, and the benchmark's, as `JSON.stringify(value, null, unit)` and
    // `kubectl get -o json` print them: after the fixes the file is still exactly what the printer prints.
    const workloads = [...filesUnder('__tests__/fixtures'), ...filesUnder('examples')]
      .map((file) => readFileSync(file, 'utf8'))
      .filter((text) => !text.includes('{{'))
      .flatMap((text) =>
        parseAllDocuments(text, { version: '1.1', uniqueKeys: false, logLevel: 'error' }).flatMap((doc) => {
          if (Array.isArray(doc) || doc.errors.length > 0) return [];
          try {
            const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
            return workloadChanges(value, []).length > 0 ? [value] : [];
          } catch {
            return [];
          }
        }),
      );
    expect(workloads.length).toBeGreaterThan(40);
    let edited = 0;
    for (const unit of ['  ', '    ', '\t']) {
      const printed = (value: unknown): string => `${JSON.stringify(value, null, unit)}\n`;
      const kubectlList = { apiVersion: 'v1', items: benchValues, kind: 'List', metadata: { resourceVersion: '' } };
      for (const value of [...workloads, kubectlList]) {
        const text = printed(value);
        const after = sameAsOneByOne(text, editsFor(text));
        if (after.startsWith('error')) continue;
        expect(after).toBe(printed(JSON.parse(after)));
        if (after !== text) edited++;
        expect(sameAsOneByOne(text.replace(/\n/g, '\r\n'), editsFor(text))).toBe(after.replace(/\n/g, '\r\n'));
      }
    }
    expect(edited).toBeGreaterThan(130);
    const oneLine = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: benchValues });
    const oneLineAfter = sameAsOneByOne(oneLine, editsFor(oneLine));
    expect(oneLineAfter).not.toContain('\n');
    expect(oneLineAfter).toContain('"securityContext":{"runAsNonRoot":true,"seccompProfile":{"type":"RuntimeDefault"');
    expect(() => JSON.parse(oneLineAfter) as unknown).not.toThrow();
  });

  it('keep flow-style YAML mappings in flow and block YAML in blocks, also in a file that starts with `{`', () => {
    const changes: Edit[] = [
      {
        docIndex: 0,
        change: { action: 'set', path: ['spec', 'securityContext', 'seccompProfile', 'type'], value: 'RuntimeDefault' },
      },
      {
        docIndex: 0,
        change: {
          action: 'append',
          path: ['spec', 'containers', 0, 'securityContext', 'capabilities', 'drop'],
          value: 'ALL',
        },
      },
    ];
    const flow = '{kind: Pod,\n  spec: {containers: [{name: a, securityContext: {}}],\n    hostNetwork: false}}\n';
    expect(sameAsOneByOne(flow, changes)).toBe(
      '{kind: Pod,\n  spec: {containers: [{name: a, securityContext: {capabilities: {drop: [ALL]}}}],\n    hostNetwork: false,\n    securityContext: {seccompProfile: {type: RuntimeDefault}}}}\n',
    );
    const block = 'kind: Pod\nspec:\n  containers:\n    - name: a\n';
    expect(sameAsOneByOne(block, changes)).toBe(
      'kind: Pod\nspec:\n  containers:\n    - name: a\n      securityContext:\n        capabilities:\n          drop:\n            - ALL\n  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n',
    );
  });

  it('merge keys into one mapping only where one at a time gives the same lines', () => {
    const doc = (context: string): string =>
      `kind: Pod\nspec:\n  containers:\n    - name: a\n      image: x\n${context}  volumes: []\n`;
    const set = (keys: (string | number)[], value: unknown): Edit => ({
      docIndex: 0,
      change: { action: 'set', path: ['spec', ...keys], value },
    });
    const edits = [
      set(['securityContext', 'runAsNonRoot'], true),
      set(['containers', 0, 'securityContext', 'allowPrivilegeEscalation'], false),
      set(['securityContext', 'seccompProfile', 'type'], 'RuntimeDefault'),
      {
        docIndex: 0,
        change: {
          action: 'append',
          path: ['spec', 'containers', 0, 'securityContext', 'capabilities', 'drop'],
          value: 'ALL',
        },
      } as Edit,
      set(['securityContext', 'seccompProfile', 'localhostProfile'], 'p.json'),
      // Into a value an earlier change set, and over one: these wait for the next batch.
      set(['securityContext', 'runAsNonRoot'], false),
      {
        docIndex: 0,
        change: {
          action: 'append',
          path: ['spec', 'containers', 0, 'securityContext', 'capabilities', 'drop'],
          value: 'NET_RAW',
        },
      } as Edit,
    ];
    // Missing parents, an empty flow mapping (alone on its line, then with a comment and spaces after it), a block
    // mapping with keys, an empty value, and the file's end without a line break.
    for (const context of [
      '',
      '  securityContext: {}\n',
      '  securityContext: {} # none yet\n',
      '  securityContext: {}   \n',
      '  securityContext:\n    fsGroup: 1\n',
      '  securityContext:\n',
      '  securityContext: null\n',
    ]) {
      const text = doc(context);
      const after = sameAsOneByOne(text, edits);
      expect(after).toContain('runAsNonRoot: false');
      expect(after).toContain('- NET_RAW');
      sameAsOneByOne(text.replace(/\n {2}volumes: \[\]\n$/, ''), edits);
    }
    const deletes = doc('  securityContext:\n    sysctls:\n      - name: a\n      - name: b\n      - name: c\n');
    const appendsAndDeletes: Edit[] = [
      { docIndex: 0, change: { action: 'append', path: ['spec', 'securityContext', 'sysctls'], value: { name: 'd' } } },
      { docIndex: 0, change: { action: 'delete', path: ['spec', 'securityContext', 'sysctls', 2] } },
      { docIndex: 0, change: { action: 'delete', path: ['spec', 'securityContext', 'sysctls', 0] } },
      { docIndex: 0, change: { action: 'delete', path: ['spec', 'containers', 0, 'image'] } },
      { docIndex: 0, change: { action: 'delete', path: ['spec', 'hostNetwork'] } },
    ];
    expect(sameAsOneByOne(deletes, appendsAndDeletes)).toContain('      - name: b\n      - name: d\n');
    // An alias on the way: the same error either way.
    const alias = 'kind: Pod\nx: &c\n  a: 1\nspec:\n  securityContext: *c\n';
    expect(sameAsOneByOne(alias, [set(['securityContext', 'b'], 1), set(['hostNetwork'], false)])).toMatch(/^error/);
  });
});

describe('reads per document', () => {
  /** The edited text and how many times the document was read (the first read places the first batch). */
  function counted(text: string, changes: readonly YamlChange[], general = false): { text?: string; reads: number } {
    let reads = 0;
    const read = (source: string) => {
      reads++;
      return general ? parseDocuments(source)[0] : (readQuickDocument(source) ?? parseDocuments(source)[0]);
    };
    const edited = editDocumentInBatches(text, changes, read);
    return { ...(edited === undefined ? {} : { text: edited }), reads };
  }
  const oneByOne = (text: string, list: readonly YamlChange[]): string =>
    outcome(
      text,
      list.map((change) => ({ docIndex: 0, change })),
      false,
    );
  const first = stringify(benchDeployment(0));
  const changes = editsFor(first).map((edit) => edit.change);

  it('reads a benchmark Deployment twice for all its changes, with either reader, and writes what one at a time writes', () => {
    expect(changes.length).toBeGreaterThan(4);
    for (const general of [false, true]) {
      const { text, reads } = counted(first, changes, general);
      expect(reads).toBe(2);
      expect(text).toBe(oneByOne(first, changes));
    }
  });

  it('reads the same Deployment in flow style and as JSON twice too, and merges JSON only while it stays compact', () => {
    const value = benchDeployment(0);
    const flow = Object.entries(value)
      .map(([key, item]) => `${key}: ${stringify(item, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd()}`)
      .join('\n');
    for (const text of [flow, JSON.stringify(value, null, 2), JSON.stringify(value)]) {
      const { text: edited, reads } = counted(text, changes);
      expect(reads).toBe(2);
      expect(edited).toBe(oneByOne(text, changes));
    }
    const spaced: YamlChange[] = [
      { action: 'set', path: ['spec', 'template', 'spec', 'securityContext', 'a'], value: 'x, y' },
      { action: 'set', path: ['spec', 'template', 'spec', 'securityContext', 'b'], value: 1 },
    ];
    const json = JSON.stringify(value);
    expect(counted(json, spaced).text).toBeUndefined();
    expect(
      sameAsOneByOne(
        json,
        spaced.map((change) => ({ docIndex: 0, change })),
      ),
    ).toContain('{"a":"x, y", "b": 1}');
  });

  it('reads again for changes that build on one another, and leaves what it cannot check to one at a time', () => {
    const override: YamlChange[] = [
      ...changes,
      { action: 'set', path: ['spec', 'template', 'spec', 'securityContext', 'runAsNonRoot'], value: false },
    ];
    const { text, reads } = counted(first, override);
    expect(reads).toBe(3);
    expect(text).toContain('runAsNonRoot: false');
    // A change through an alias is left to one at a time; a value YAML would read otherwise is checked as written.
    const alias = 'kind: Pod\nx: &c\n  a: 1\nspec:\n  securityContext: *c\n  b: 1\n';
    expect(
      counted(alias, [
        { action: 'set', path: ['spec', 'c'], value: 1 },
        { action: 'set', path: ['spec', 'securityContext', 'b'], value: 1 },
      ]).text,
    ).toBeUndefined();
    const written = counted('kind: Pod\nspec:\n  a: 1\n', [
      { action: 'set', path: ['spec', 'b'], value: 'x' },
      { action: 'set', path: ['spec', 'c'], value: ['yes'] },
    ]);
    expect(written.text).toBe('kind: Pod\nspec:\n  a: 1\n  b: x\n  c:\n    - "yes"\n');
  });
});

describe('applyChanges', () => {
  const pod = {
    metadata: { name: 'p' },
    spec: { containers: [{ name: 'a', securityContext: { capabilities: { add: ['X', 'Y'] } } }] },
  };
  const changes: FieldChange[] = [
    {
      action: 'set',
      path: ['spec', 'containers', 0, 'securityContext', 'runAsNonRoot'],
      value: true,
      kind: 'safe',
      check: 'runAsNonRoot',
    },
    {
      action: 'append',
      path: ['spec', 'containers', 0, 'securityContext', 'capabilities', 'drop'],
      value: 'ALL',
      kind: 'safe',
      check: 'capabilities_restricted',
    },
    {
      action: 'delete',
      path: ['spec', 'containers', 0, 'securityContext', 'capabilities', 'add', 0],
      kind: 'behaviour',
      check: 'capabilities_restricted',
    },
    {
      action: 'set',
      path: ['spec', 'securityContext', 'seccompProfile', 'type'],
      value: 'RuntimeDefault',
      kind: 'safe',
      check: 'seccompProfile_restricted',
    },
  ];

  it('copies a plain pod along the changed paths only, and gives what a whole copy gives', () => {
    const before = JSON.stringify(pod);
    const changed = applyChanges(pod, changes);
    expect(JSON.stringify(pod)).toBe(before);
    expect(changed).toEqual({
      metadata: { name: 'p' },
      spec: {
        containers: [
          { name: 'a', securityContext: { capabilities: { add: ['Y'], drop: ['ALL'] }, runAsNonRoot: true } },
        ],
        securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
      },
    });
    expect(changed.metadata).toBe(pod.metadata);
  });

  it('copies anything else whole through JSON, as before', () => {
    expect(isPlainData(pod)).toBe(true);
    for (const odd of [Number.NaN, -0, undefined, new Date(0), Infinity]) {
      const value = { ...pod, metadata: { name: 'p', odd } };
      expect(isPlainData(value)).toBe(false);
      expect(applyChanges(value, changes)).toEqual(
        applyChanges(JSON.parse(JSON.stringify(value)) as typeof pod, changes),
      );
    }
  });
});
