/**
 * Seeded, deterministic mutations of YAML text for the differential tests of podsec's two YAML readers:
 * comments and blank lines at any indentation, trailing spaces, YAML 1.1 scalars, quoted and odd keys,
 * literal blocks, flow sequences, anchors and aliases, document markers, deleted and shifted lines. Many
 * results stay within the fast reader's subset, many leave it; both readers must agree on all of them.
 */
export function createYamlMutator(initialSeed: number): {
  mutate: (text: string) => string;
  pick: <T>(items: readonly T[]) => T;
} {
  let seed = initialSeed;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const scalars = [
    '&k1 x',
    '*k1',
    '&k1',
    '&k1 [a]',
    '&k1 |',
    '&k1 "q"',
    '*k1 # c',
    '&k1 {}',
    '&k1 a: b',
    'yes',
    'No',
    'on',
    'OFF',
    'y',
    '~',
    'null',
    '0755',
    '0o17',
    '0x1F',
    '1e3',
    '-1.5',
    '.inf',
    '.NaN',
    '1_000',
    '12:30',
    '0b101',
    '+12',
    '08',
    '1.0',
    '"quoted"',
    "'it''s'",
    '""',
    'a b',
    'http://x:80/y',
    'a#b',
    '[]',
    '{}',
    '[a, "b", 1]',
    '[ ]',
    '[a, ]',
    '|',
    '|-',
    '|+',
    '>',
    '&a x',
    '*a',
    '!!str 1',
    'a: b',
    '- x',
    '"a\\nb"',
    '{a: 1}',
    '{a: [b, {c: d}], "e": f:g}',
    '[{name: x, value: "1"}]',
    '{ a: 1 }',
    '[a:b]',
    '{a: b, a: c}',
    '{a:b}',
    '{a: }',
    '[a: 1]',
    '{"a":1}',
    '{a: 1,}',
    '[x, [y]]',
    '{a: yes, b: 0755, c: ~}',
    "{'k': 'v', n: [1, 2.5]}",
    '{a: b #c}',
    '[--port=80, -1, -, "-x"]',
    '{a: -b, c: [- x]}',
    ' # c',
    '-',
    '--x',
    '"open',
    'true',
    '3.10',
    '@x',
    '%x',
  ];
  const keys = [
    'on',
    'y',
    '1',
    'null',
    '"q key"',
    "'s key'",
    '<<',
    'a b',
    'dup',
    '__proto__',
    'constructor',
    '? x',
    'key ',
    '-k',
    'k#x',
  ];
  const mutate = (text: string): string => {
    const lines = text.split('\n');
    for (let count = 1 + Math.floor(random() * 8); count > 0; count--) {
      const at = Math.floor(random() * lines.length);
      const line = lines[at] ?? '';
      const indent = line.length - line.trimStart().length;
      const colon = line.indexOf(': ');
      const roll = random();
      if (roll < 0.1) lines.splice(at, 0, `${' '.repeat(Math.floor(random() * 12))}# note`);
      else if (roll < 0.2) lines.splice(at, 0, ' '.repeat(Math.floor(random() * 6)));
      else if (roll < 0.27) lines[at] = `${line}${' '.repeat(1 + Math.floor(random() * 3))}`;
      else if (roll < 0.34) lines[at] = `${line}  # trailing`;
      else if (roll < 0.6) {
        if (colon > 0) lines[at] = `${line.slice(0, colon + 2)}${pick(scalars)}`;
        else if (/^\s*- /.test(line)) lines[at] = line.replace(/- .*/, `- ${pick(scalars)}`);
      } else if (roll < 0.67) {
        if (line.indexOf(':') > 0) lines[at] = `${' '.repeat(indent)}${pick(keys)}${line.slice(line.indexOf(':'))}`;
      } else if (roll < 0.74) {
        if (colon > 0) {
          lines[at] = `${line.slice(0, colon + 1)} |${pick(['', '-', '+'])}`;
          const body = Array.from(
            { length: 1 + Math.floor(random() * 3) },
            (_, index) =>
              `${' '.repeat(indent + 2 + (index === 1 ? Math.floor(random() * 3) : 0))}${random() < 0.2 ? '' : `text ${index}`}`,
          );
          // Sometimes lines of spaces after the block, as helm leaves them.
          if (random() < 0.4)
            body.push(
              ...Array.from({ length: 1 + Math.floor(random() * 2) }, () =>
                ' '.repeat(Math.floor(random() * (indent + 5))),
              ),
            );
          lines.splice(at + 1, 0, ...body);
        }
      } else if (roll < 0.8) {
        if (line.indexOf(':') > 0) {
          lines[at] = line.slice(0, line.indexOf(':') + 1);
          // Sometimes the value on the next line: `{}` as toYaml | nindent prints an empty map, or a flow sequence.
          if (random() < 0.5)
            lines.splice(
              at + 1,
              0,
              `${' '.repeat(indent + Math.floor(random() * 4))}${pick(['{}', '[]', '[a, 1]', '{} # c', '{a: 1}'])}`,
            );
        }
      } else if (roll < 0.85) lines.splice(at, 0, '---');
      else if (roll < 0.9) lines.splice(at, 1);
      else if (roll < 0.95) lines[at] = ` ${line}`;
      else lines[at] = line.replace(/^(\s*)- /, '$1-   ');
    }
    return lines.join('\n');
  };
  return { mutate, pick };
}
