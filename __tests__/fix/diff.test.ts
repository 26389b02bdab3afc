import { describe, expect, it } from 'vitest';
import { lineChanges, placedLineChanges, type PlacedLineChange } from '../../src/fix/diff.js';

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
