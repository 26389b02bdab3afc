import { describe, expect, it } from 'vitest';
import { decodeManifestText } from '../../src/manifests/decode.js';
import { parseManifests } from '../../src/manifests/parse.js';

const GOOD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: good}\nspec:\n  containers: [{name: a}]\n';
const names = (objects: { value: Record<string, unknown> }[]): unknown[] =>
  objects.map((o) => (o.value['metadata'] as { name: string }).name);

function billionLaughs(levels: number): string {
  let text = 'apiVersion: v1\nkind: ConfigMap\ndata:\n  l0: &l0 "lol"\n';
  for (let i = 1; i <= levels; i++) {
    const refs = Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ');
    text += `  l${i}: &l${i} [${refs}]\n`;
  }
  return text;
}

describe('hostile input', () => {
  it('refuses an alias expansion bomb before expanding it (10^12 nodes), keeping the other documents', () => {
    const parsed = parseManifests(`${billionLaughs(12)}---\n${GOOD}`, 'bomb.yaml');
    expect(parsed.errors).toEqual([
      { file: 'bomb.yaml', message: expect.stringContaining('aliases expand too much'), line: 1, column: 1 },
    ]);
    expect(names(parsed.objects)).toEqual(['good']);
  });

  it('still accepts ordinary anchors and aliases', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: a, labels: &l {app: x}}\nspec:\n  nodeSelector: *l\n  containers: [{name: a}]\n';
    const parsed = parseManifests(text, 'anchors.yaml');
    expect(parsed.errors).toEqual([]);
    expect(parsed.objects[0]!.value['spec']).toMatchObject({ nodeSelector: { app: 'x' } });
  });

  it.each([
    ['flow', (n: number) => `apiVersion: v1\nkind: ConfigMap\ndata: ${'['.repeat(n)}${']'.repeat(n)}\n`],
    [
      'block',
      (n: number) =>
        `apiVersion: v1\nkind: ConfigMap\ndata:\n${Array.from({ length: n }, (_, i) => `${' '.repeat(i + 2)}k:`).join('\n')}\n`,
    ],
  ])('refuses deep %s nesting with a named error, at the limit and far beyond it', (_style, build) => {
    for (const depth of [300, 5000]) {
      const parsed = parseManifests(`${build(depth)}---\n${GOOD}`, 'deep.yaml');
      expect(parsed.errors).toHaveLength(1);
      expect(parsed.errors[0]).toMatchObject({
        file: 'deep.yaml',
        message: 'nesting is too deep (more than 200 levels)',
      });
      expect(parsed.errors[0]!.line).toBeGreaterThan(0);
      expect(names(parsed.objects)).toEqual(['good']);
    }
    // Just under the limit is fine.
    expect(parseManifests(build(150), 'ok.yaml').errors).toEqual([]);
  });

  it('refuses an oversize input without parsing it', () => {
    const big = `${GOOD}#${'x'.repeat(2048)}\n`;
    expect(parseManifests(big, 'big.yaml', { maxBytes: 1024 })).toEqual({
      objects: [],
      errors: [
        { file: 'big.yaml', message: `file is too large to scan (${big.length} bytes; the limit is 1024 bytes)` },
      ],
    });
    const bytes = new TextEncoder().encode(big);
    expect(parseManifests(bytes, 'big.yaml', { maxBytes: 1024 }).errors[0]!.message).toMatch(/too large/);
  });

  it('refuses a 100 MB file at the default limit without decoding it', () => {
    // NUL bytes: decoded, the file would be refused as binary instead.
    const bytes = new Uint8Array(100 * 1024 * 1024);
    const parsed = parseManifests(bytes, 'huge.yaml');
    expect(parsed).toEqual({
      objects: [],
      errors: [
        {
          file: 'huge.yaml',
          message: 'file is too large to scan (100.0 MiB, 104857600 bytes; the limit is 64.0 MiB, 67108864 bytes)',
        },
      ],
    });
  });

  it('refuses binary files and invalid UTF-8 with the offset', () => {
    const binary = new Uint8Array([0x61, 0x3a, 0x20, 0x31, 0x0a, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]);
    expect(decodeManifestText(binary, 'logo.yaml').error).toEqual({
      file: 'logo.yaml',
      message: 'binary file (NUL byte at offset 9); not a YAML or JSON manifest',
      line: 2,
      column: 5,
    });
    const prefix = 'apiVersion: v1\nkind: Pod\nmetadata: {name: caf';
    const latin1 = new Uint8Array([...new TextEncoder().encode(prefix), 0xe9, 0x7d, 0x0a]);
    expect(parseManifests(latin1, 'latin1.yaml')).toEqual({
      objects: [],
      errors: [
        {
          file: 'latin1.yaml',
          message: `invalid UTF-8 (byte 0xe9 at offset ${prefix.length}); not a YAML or JSON manifest`,
          line: 3,
          column: 'metadata: {name: caf'.length + 1,
        },
      ],
    });
    const utf16 = new Uint8Array([0xff, 0xfe, 0x61, 0x00]);
    expect(parseManifests(utf16, 'utf16.yaml').errors[0]!.message).toMatch(/UTF-16/);
  });

  it('drops a UTF-8 byte order mark so line 1 columns match the editor', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(GOOD)]);
    const fromBytes = parseManifests(bytes, 'bom.yaml');
    expect(fromBytes.errors).toEqual([]);
    expect(fromBytes.objects[0]!.position(['apiVersion'])).toMatchObject({ line: 1, column: 1 });
    const fromString = parseManifests(`\uFEFF${GOOD}`, 'bom.yaml');
    expect(fromString.objects[0]!.position(['kind'])).toMatchObject({ line: 2, column: 1 });
  });

  it('accepts valid multi-byte UTF-8', () => {
    const parsed = parseManifests(
      new TextEncoder().encode('apiVersion: v1\nkind: ConfigMap\ndata: {greeting: "grüß dich 👋"}\n'),
      'utf8.yaml',
    );
    expect(parsed.objects[0]!.value['data']).toEqual({ greeting: 'grüß dich 👋' });
  });

  it('keeps __proto__ keys as plain data without touching prototypes', () => {
    const parsed = parseManifests('apiVersion: v1\nkind: Pod\nspec:\n  __proto__: {hostPID: true}\n', 'proto.yaml');
    const spec = parsed.objects[0]!.value['spec'] as Record<string, unknown>;
    expect(Object.getPrototypeOf(spec)).toBe(Object.prototype);
    expect(spec['hostPID']).toBeUndefined();
    expect(({} as Record<string, unknown>)['hostPID']).toBeUndefined();
  });

  it('treats documents that are scalars or non-object lists as non-Kubernetes YAML', () => {
    expect(parseManifests('42\n---\n"text"\n---\n[1, 2]\n---\nnull\n', 'scalars.yaml')).toEqual({
      objects: [],
      errors: [],
    });
  });

  it('rejects non-string apiVersion/kind', () => {
    expect(parseManifests('apiVersion: 1\nkind: Pod\n', 'n.yaml').errors).toEqual([
      { file: 'n.yaml', message: 'apiVersion and kind must be non-empty strings', line: 1, column: 1 },
    ]);
  });
});
