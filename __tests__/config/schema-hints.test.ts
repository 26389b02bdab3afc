import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { resolveScanOptions } from '../../src/config/options.js';
import { validateConfig } from '../../src/config/validate.js';

type SchemaNode = Record<string, unknown>;
const schema = JSON.parse(
  readFileSync(new URL('../../schema/podsec.schema.json', import.meta.url), 'utf8'),
) as SchemaNode;
const RAW_URL = 'https://raw.githubusercontent.com/podsec-dev/podsec/main/schema/podsec.schema.json';

/** Every subschema with its JSON pointer-ish path. */
function* subschemas(node: unknown, at = ''): Generator<[string, SchemaNode]> {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
  const schemaNode = node as SchemaNode;
  yield [at, schemaNode];
  for (const [key, value] of Object.entries(schemaNode)) {
    if (key === 'properties' || key === 'patternProperties') {
      for (const [name, child] of Object.entries(value as SchemaNode)) yield* subschemas(child, `${at}/${name}`);
    } else if (key === 'items' || key === 'additionalProperties') {
      yield* subschemas(value, `${at}/${key}`);
    } else if (key === 'oneOf' || key === 'anyOf' || key === 'allOf') {
      for (const [index, child] of (value as unknown[]).entries()) yield* subschemas(child, `${at}/${key}[${index}]`);
    }
  }
}

describe('the config schema helps editors', () => {
  it('is reachable by a raw URL into the repository, named as its $id and in the docs', () => {
    expect(schema['$id']).toBe(RAW_URL);
    const docs = readFileSync(new URL('../../docs/config.md', import.meta.url), 'utf8');
    expect(docs).toContain(`# yaml-language-server: $schema=${RAW_URL}`);
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`$schema=${RAW_URL}`);
  });

  it('offers restricted:v1.33 where a mode is set, and defaults where podsec has them', () => {
    const defaults = (schema['properties'] as Record<string, SchemaNode>)['defaults'] as SchemaNode;
    const warn = (defaults['properties'] as Record<string, SchemaNode>)['warn'] as SchemaNode;
    expect(warn['examples']).toContain('restricted:v1.33');
    expect(warn['default']).toBe('restricted');
    const annotated = [...subschemas(schema)]
      .filter(([, node]) => 'default' in node || 'examples' in node)
      .map(([at]) => at);
    expect(annotated.length).toBeGreaterThan(30);
  });

  // One validator for every subschema: each is compiled on its own, and building a validator costs more than that.
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true });
  it.each([...subschemas(schema)].filter(([, node]) => 'default' in node || 'examples' in node))(
    '%s: its default and examples are valid there',
    (_at, node) => {
      const { default: fallback, examples, ...rest } = node;
      const accepts = ajv.compile(rest);
      for (const value of [
        ...(fallback === undefined ? [] : [fallback]),
        ...((examples as unknown[] | undefined) ?? []),
      ]) {
        expect(accepts(value), JSON.stringify(value)).toBe(true);
      }
    },
  );

  it('the defaults it states are the ones podsec applies', () => {
    const properties = schema['properties'] as Record<string, SchemaNode>;
    const stated = (name: string): unknown => properties[name]?.['default'];
    const options = resolveScanOptions({ cwd: '/repo', paths: [], flags: {}, today: '2026-01-01' });
    const modes = Object.fromEntries(
      Object.entries(options.policy.defaults).map(([mode, policy]) => [mode, policy.level]),
    );
    expect(stated('defaults')).toEqual(modes);
    expect(stated('version')).toBe(options.policy.defaults.enforce.version);
    expect(stated('timeout')).toBe(options.render.timeoutMs / 1000);
    expect(stated('network')).toBe(options.render.network);
    expect(stated('inlineIgnores')).toBe(options.policy.allowInlineIgnores);
    expect(stated('renderErrors')).toBe(options.render.renderErrorsFail ? 'fail' : 'warn');
    expect(stated('failOn')).toBe(options.failOn ?? 'enforce');
    const helm = properties['helm']?.['properties'] as Record<string, SchemaNode>;
    expect(helm['releaseName']?.['default']).toBe(options.render.helm.releaseName);
    expect(helm['ciScenarios']?.['default']).toBe(options.render.helm.ciScenarios);
    const kustomize = properties['kustomize']?.['properties'] as Record<string, SchemaNode>;
    expect(kustomize['enableHelm']?.['default']).toBe(options.render.kustomize.enableHelm);
  });

  it('a config made of every stated default is accepted by podsec and changes nothing', () => {
    const config = {
      defaults: { enforce: 'baseline', warn: 'restricted', audit: 'restricted' },
      version: 'latest',
      timeout: 120,
      network: false,
      failOn: 'enforce',
      renderErrors: 'fail',
    };
    const validated = validateConfig(config, '.podsec.yaml');
    expect(validated.errors).toEqual([]);
    const plain = resolveScanOptions({ cwd: '/repo', paths: [], flags: {}, today: '2026-01-01' });
    const explicit = resolveScanOptions({
      cwd: '/repo',
      paths: [],
      flags: {},
      today: '2026-01-01',
      ...(validated.config ? { config: validated.config } : {}),
    });
    expect(explicit.policy.defaults).toEqual(plain.policy.defaults);
    expect(explicit.render.timeoutMs).toBe(plain.render.timeoutMs);
  });
});
