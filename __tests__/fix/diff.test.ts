import { describe, expect, it } from 'vitest';
import { lineChanges, placedLineChanges, unifiedDiff, type PlacedLineChange } from '../../src/fix/diff.js';

/** What placedLineChanges must give: lineChanges over the whole texts, placed by the whole old text's line starts. */
function reference(before: string, after: string): PlacedLineChange[] {
  const starts = [0];
  for (let at = before.indexOf('\n'); at >= 0; at = before.indexOf('\n', at + 1)) starts.push(at + 1);
  const offsetOf = (line: number): number => starts[line - 1] ?? before.length;
  return lineChanges(before, after).map((run) => ({
    ...run,
    charOffset: offsetOf(run.oldStart),
    charLength: offsetOf(run.oldStart + run.oldCount) - offsetOf(run.oldStart),
  }));
}

/** The replacements applied back to front, as a SARIF viewer applies them. */
function applied(before: string, runs: readonly PlacedLineChange[]): string {
  let text = before;
  for (const run of [...runs].reverse()) {
    const inserted = run.newLines.map((line) => `${line}\n`).join('');
    text = text.slice(0, run.charOffset) + inserted + text.slice(run.charOffset + run.charLength);
  }
  return text;
}

const deployment = (n: number, extra = ''): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${n}\nspec:\n  template:\n    spec:${extra}\n      containers:\n        - name: app\n          image: nginx\n`;

/** A small seeded generator, so every run checks the same texts. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('placedLineChanges', () => {
  const cases: [string, string, string][] = [
    ['one document, a line added', 'a: 1\nb: 2\n', 'a: 1\nc: 3\nb: 2\n'],
    ['no trailing newline, last line changed', 'a: 1\nb: 2', 'a: 1\nb: 3'],
    ['a new file of nothing', '', 'a: 1\n'],
    ['identical texts', `${deployment(1)}---\n${deployment(2)}`, `${deployment(1)}---\n${deployment(2)}`],
    [
      'an insertion at the first line of a later document',
      `${deployment(1)}---\n${deployment(2)}`,
      `${deployment(1)}---\n# note\n${deployment(2)}`,
    ],
    [
      'a document separator removed (documents no longer pair up)',
      `${deployment(1)}---\n${deployment(2)}`,
      `${deployment(1)}${deployment(2)}`,
    ],
    [
      'separators with comments, an empty document and CRLF lines',
      `---\r\na: 1\r\n--- # two\r\n---\r\nb: 2\r\n`,
      `---\r\na: 1\r\nx: 0\r\n--- # two\r\n---\r\nb: 3\r\n`,
    ],
    ['a separator on the last line, no newline', 'a: 1\n---', 'a: 2\n---'],
    ['blank lines at the end', `${deployment(1)}---\n${deployment(2)}\n\n`, `${deployment(1)}---\n${deployment(2)}\n`],
  ];

  for (const [name, before, after] of cases) {
    it(`gives lineChanges' runs, placed in the old text: ${name}`, () => {
      const runs = placedLineChanges(before, after);
      expect(runs).toEqual(reference(before, after));
      // (Run lines are whole lines: a changed last line without its newline gets one, as in lineChanges' runs.)
      if (!/[^\n]$/.test(before) && !/[^\n]$/.test(after)) expect(applied(before, runs)).toBe(after);
    });
  }

  it('gives the same runs on many-document files edited here and there', () => {
    const next = random(15);
    for (let round = 0; round < 40; round++) {
      const count = 1 + Math.floor(next() * 30);
      const documents = Array.from({ length: count }, (_, n) => deployment(n));
      const edited = documents.map((text, n) => {
        const roll = next();
        if (roll < 0.4) return text;
        if (roll < 0.7) return deployment(n, '\n      securityContext:\n        runAsNonRoot: true');
        if (roll < 0.85) return text.replace('image: nginx', 'image: nginx:1.27');
        return text.replace('  template:\n', '');
      });
      const separator = round % 3 === 0 ? '---\n' : '--- # next\n';
      const before = documents.join(separator);
      const after = round % 7 === 6 ? edited.join('') : edited.join(separator);
      const runs = placedLineChanges(before, after);
      expect(runs, `round ${round}`).toEqual(reference(before, after));
      expect(applied(before, runs)).toBe(after);
    }
  });
});

describe('a change too long for one comparison table', () => {
  /** The old text with the runs applied, line by line. */
  const appliedLines = (before: string, runs: ReturnType<typeof lineChanges>): string => {
    const lines = before.split('\n').slice(0, -1);
    for (const run of [...runs].reverse()) lines.splice(run.oldStart - 1, run.oldCount, ...run.newLines);
    return `${lines.join('\n')}\n`;
  };

  it('is cut at lines found once on each side, so each edit is its own run', () => {
    // One document (no `---`) of 3,000 items, each edited: the changed middle is the whole text.
    const item = (n: number, extra: string): string =>
      `  - name: app-${n}\n    image: nginx\n${extra}    ports: [80]\n`;
    const before = Array.from({ length: 3000 }, (_, n) => item(n, '')).join('');
    const after = Array.from({ length: 3000 }, (_, n) => item(n, n % 2 === 0 ? '    user: 1000\n' : '')).join('');
    const runs = lineChanges(before, after);
    expect(runs).toHaveLength(1500);
    expect(runs.every((run) => run.oldCount === 0 && run.newLines.length === 1)).toBe(true);
    expect(appliedLines(before, runs)).toBe(after);
    expect(applied(before, placedLineChanges(before, after))).toBe(after);
  });

  it('is replaced whole when no line is found once on each side, and its diff is still written', () => {
    const before = 'a\n'.repeat(150_000);
    const after = 'b\n'.repeat(150_000);
    expect(lineChanges(before, after)).toEqual([
      { oldStart: 1, oldCount: 150_000, newLines: after.split('\n').slice(0, -1) },
    ]);
    // A hunk of 300,000 lines: more than one call takes arguments.
    const diff = unifiedDiff({ file: 'list.yaml', before, after });
    expect(diff.startsWith('--- a/list.yaml\n+++ b/list.yaml\n@@ -1,150000 +1,150000 @@\n-a\n')).toBe(true);
    expect(diff.split('\n')).toHaveLength(3 + 300_000 + 1);
  });
});

describe('a run that ends with a line like the one after the edit', () => {
  it('pairs the common closing line with its first copy, so old lines come first and each new line reads in place', () => {
    // A key added after a JSON list, its value printed over lines: the value ends with `}` lines as the text goes on.
    const before = '{\n\t"spec": {\n\t\t"containers": [\n\t\t\t{\n\t\t\t\t"a": 1\n\t\t\t}\n\t\t]\n\t}\n}\n';
    const after =
      '{\n\t"spec": {\n\t\t"containers": [\n\t\t\t{\n\t\t\t\t"a": 2\n\t\t\t}\n\t\t],\n\t\t"securityContext": {\n\t\t\t"seccompProfile": {\n\t\t\t\t"type": "RuntimeDefault"\n\t\t\t}\n\t\t}\n\t}\n}\n';
    expect(lineChanges(before, after)).toEqual([
      { oldStart: 5, oldCount: 1, newLines: ['\t\t\t\t"a": 2'] },
      {
        oldStart: 7,
        oldCount: 1,
        newLines: [
          '\t\t],',
          '\t\t"securityContext": {',
          '\t\t\t"seccompProfile": {',
          '\t\t\t\t"type": "RuntimeDefault"',
          '\t\t\t}',
          '\t\t}',
        ],
      },
    ]);
  });
});
