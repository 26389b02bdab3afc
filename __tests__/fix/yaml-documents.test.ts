/**
 * Document places read part by part (`---` lines) must be the ones a parse of the whole text gives, for every
 * document and every line, on the repository's YAML files and on texts built to trip a splitter; and files of
 * many documents are edited document by document exactly as each document alone would be.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { documentAt, documentSpan, documentsToRead } from '../../src/fix/yaml-documents.js';
import { detectStyle, editYamlFile, YamlEditError, type YamlChange } from '../../src/fix/yaml-edit.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');

function yamlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((file) => path.join(folder, file))
    .filter((file) => /\.ya?ml$/.test(file) && statSync(file).isFile());
}

/** The ranges a parse of the whole text gives (`range[0]`, `range[2]`). */
function wholeRanges(text: string): [number, number][] {
  return parseAllDocuments(text, { version: '1.1', uniqueKeys: false, logLevel: 'error' }).map((doc) => [
    doc.range[0],
    doc.range[2],
  ]);
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

const TRICKY = [
  'a: 1\n---\nb: 2\n',
  '# only a comment\n---\na: 1\n---\nb: 2\n',
  '# c0\na: 1\n# c1\n---\n# c2\nb: 2\n\n\n',
  '---\na: 1\n---\n---\nb: 2\n---\n',
  '--- {"kind": "Pod"}\n--- [1, 2]\n---   \nc: 3',
  'a: |\n  ---\n  text\n---\nb: >\n  --- folded\n',
  'a: "multi\n  line ---\n  quoted"\n---\nb: \'one\n  --- two\'\n',
  'a: [1,\n  2]\n---\nb: {c: 1,\n  d: 2}\n',
  'a: 1\r\n---\r\nb: 2\r\n---\r\nc:\r\n  - 1\r\n',
  '----\na: 1\n---x\nb: 2\n',
  '  a: 1\n  b: 2\n---\nc: 3',
  'a: "unterminated\n---\nb: 1\n',
  'a: [1, 2\n---\nb: 1\n',
  'a: 1\n...\n---\nb: 2\n',
  '%YAML 1.1\n---\na: 1\n---\nb: 2\n',
  '\uFEFFa: 1\n---\nb: 2\n',
  'a: &x {b: 1}\n---\nc: *x\n',
  '',
  '\n\n',
  '---',
  '{"a": 1}\n',
  '{"a": 1}\n\n\n',
  '---\n{\n  "a": [1,\n    2]\n}\n---\n{"b": {}}  \n---\nc: {d: [e]}\n',
];

describe('document places read part by part', () => {
  const texts = [
    ...TRICKY.map((text, index) => ({ name: `tricky ${index}`, text })),
    ...[...yamlFiles(path.join(repoRoot, '__tests__/fixtures')), ...yamlFiles(path.join(repoRoot, 'examples'))].map(
      (file) => ({ name: path.relative(repoRoot, file), text: readFileSync(file, 'utf8') }),
    ),
  ];

  it.each(texts)('$name: the spans and the document of every line are those of a whole parse', ({ text }) => {
    const ranges = wholeRanges(text);
    ranges.forEach(([start, end], index) => {
      expect(documentSpan(text, index), `document ${index}`).toMatchObject({ start, end });
    });
    expect(documentSpan(text, ranges.length)).toBeUndefined();
    for (const offset of lineStarts(text)) {
      const found = ranges.findIndex(([start, end]) => start <= offset && offset <= end);
      expect(documentAt(text, offset), `offset ${offset}`).toBe(found >= 0 ? found : ranges.length - 1);
    }
  });
});

describe('a single-document text such as a JSON List', () => {
  it('is read once for finding a document and then editing it, and its parse is handed out once', () => {
    const text = `${JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [{ kind: 'Pod' }] }, null, 4)}\n`;
    // As fix planning asks: the document holding a workload's line.
    expect(documentAt(text, text.lastIndexOf('\n', text.indexOf('"Pod"')) + 1)).toBe(0);
    const first = documentSpan(text, 0);
    expect(first).toMatchObject({ start: 0, end: text.length });
    expect(first?.parsed?.errors).toEqual([]);
    // A later caller gets the span, and reads the document itself: a caller may edit what it is handed.
    const second = documentSpan(text, 0);
    expect(second).toEqual({ start: 0, end: text.length });
  });
});

/** The file's habits as the editor read them before: every line split, every key line searched to the end. */
function referenceStyle(text: string): ReturnType<typeof detectStyle> {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  let unit = 0;
  let indentSequences: boolean | undefined;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!/:\s*(#.*)?$/.test(line) || /^\s*#/.test(line)) continue;
    const next = lines.slice(i + 1).find((candidate) => candidate.trim() !== '' && !/^\s*#/.test(candidate));
    if (next === undefined) continue;
    const keyIndent = line.length - line.replace(/^[\s-]*/, '').length;
    const nextIndent = next.length - next.trimStart().length;
    if (/^\s*- /.test(next)) {
      indentSequences ??= nextIndent > keyIndent;
      continue;
    }
    if (unit === 0 && nextIndent > keyIndent) unit = nextIndent - keyIndent;
  }
  return { newline, unit: unit > 0 && unit <= 8 ? unit : 2, indentSequences: indentSequences ?? true };
}

describe('file style', () => {
  const texts = [
    ...TRICKY,
    'a:\n    b:\n        - 1\n',
    'a:\n# comment\n\n   b: 1\nc:\n- 1\n',
    'a:\r\n  b:\r\n  - x\r\n',
    'key:\n\n# only comments below\n',
    'x: 1\ny:\n  # c\n\n      z: 1\n',
    ...yamlFiles(path.join(repoRoot, '__tests__/fixtures')).map((file) => readFileSync(file, 'utf8')),
  ];
  it('is what reading every line gives', () => {
    for (const text of texts)
      expect(detectStyle(text), JSON.stringify(text.slice(0, 80))).toEqual(referenceStyle(text));
  });
});

const deployment = (name: string, podContext: string): string =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  template:',
    '    spec:',
    `      securityContext: ${podContext}`,
    '      containers:',
    '        - name: app',
    '          image: app:1',
    '',
  ].join('\n');

const hardening: YamlChange[] = [
  { action: 'set', path: ['spec', 'template', 'spec', 'securityContext', 'runAsNonRoot'], value: true },
  {
    action: 'append',
    path: ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'capabilities', 'drop'],
    value: 'ALL',
  },
];

describe('editing many documents of one file', () => {
  const docs = Array.from({ length: 40 }, (_, index) => deployment(`app-${index}`, index % 3 === 0 ? '{}' : ''));
  const file = docs.join('---\n');
  /** Every third document, and two adjacent ones. */
  const edited = [0, 3, 6, 7, 8, 21, 39];

  it('gives each document what editing it alone gives, and leaves the others as they are', () => {
    const after = editYamlFile(
      file,
      edited.flatMap((docIndex) => hardening.map((change) => ({ docIndex, change }))),
    );
    const expected = docs
      .map((doc, index) =>
        edited.includes(index)
          ? editYamlFile(
              doc,
              hardening.map((change) => ({ docIndex: 0, change })),
            )
          : doc,
      )
      .join('---\n');
    expect(after).toBe(expected);
    expect(after.split('---\n')[7]).toContain('      securityContext:\n        runAsNonRoot: true\n');
    expect(after.split('---\n')[8]).toContain(
      '            capabilities:\n              drop:\n                - ALL\n',
    );
  });

  it('keeps CRLF line ends in every edited document', () => {
    const crlf = file.replace(/\n/g, '\r\n');
    const after = editYamlFile(
      crlf,
      edited.flatMap((docIndex) => hardening.map((change) => ({ docIndex, change }))),
    );
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(after.replace(/\r\n/g, '\n')).toBe(
      editYamlFile(
        file,
        edited.flatMap((docIndex) => hardening.map((change) => ({ docIndex, change }))),
      ),
    );
  });

  it('still refuses an edit it cannot make cleanly, naming the document', () => {
    const withAlias = `${docs[0] ?? ''}---\nspec: &shared {}\nother: *shared\n`;
    expect(() =>
      editYamlFile(withAlias, [{ docIndex: 1, change: { action: 'set', path: ['other', 'x'], value: 1 } }]),
    ).toThrow(YamlEditError);
    expect(() => editYamlFile(file, [{ docIndex: 40, change: { action: 'set', path: ['a'], value: 1 } }])).toThrow(
      'document 41 not found',
    );
  });
});

describe('documentsToRead', () => {
  const deployment = (name: string): string =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  replicas: 1\n`;

  it("gives the whole text's documents, and the same parse when asked about the same text again", () => {
    const text = `${deployment('a')}---\n${deployment('b')}`;
    const docs = documentsToRead(text);
    expect(docs.map((doc) => (doc.toJS() as { metadata: { name: string } }).metadata.name)).toEqual(['a', 'b']);
    expect(docs.map((doc) => [doc.range[0], doc.range[2]])).toEqual(wholeRanges(text));
    // A base many overlays build is asked about once per change placed in it.
    expect(documentsToRead(`${deployment('a')}---\n${deployment('b')}`)).toBe(docs);
  });

  it('keeps only the texts last asked about, up to a bound, and never holds a large text', () => {
    const first = deployment('first');
    const kept = documentsToRead(first);
    // 4 MiB of other texts pushes the first out.
    for (let index = 0; index < 64; index++) documentsToRead(`${deployment(`d${index}`)}# ${'x'.repeat(64 * 1024)}\n`);
    expect(documentsToRead(first)).not.toBe(kept);
    const large = `${deployment('large')}# ${'x'.repeat(300 * 1024)}\n`;
    expect(documentsToRead(large)).not.toBe(documentsToRead(large));
  });
});
