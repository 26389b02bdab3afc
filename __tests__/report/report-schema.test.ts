import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createNodeScanDeps } from '../../src/node-deps.js';
import { renderJson } from '../../src/report/json.js';
import { JSON_REPORT_VERSION } from '../../src/report/json-shape.js';
import { fixtureRepository } from '../fixture-repository.js';
import { loadScanResult } from './helpers.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schema/report.schema.json'), 'utf8')) as Record<
  string,
  unknown
>;
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, validateFormats: false });
const validate = ajv.compile(schema);

function errorsOf(report: unknown): string[] {
  return validate(report) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

async function scanJson(args: string[]): Promise<unknown> {
  let stdout = '';
  await main(['scan', ...args, '--format', 'json'], {
    // The examples include a kustomize overlay: scanned in a small copy of the repository (see fixture-repository.ts).
    cwd: fixtureRepository(),
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: () => true },
    env: {},
    today: '2026-11-23',
    deps: createNodeScanDeps(),
  });
  return JSON.parse(stdout) as unknown;
}

/** Every property name the schema defines, at any depth. */
function propertyNames(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) propertyNames(item, out);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && value !== null && typeof value === 'object')
        for (const name of Object.keys(value)) out.add(name);
      propertyNames(value, out);
    }
  }
  return out;
}

describe('schema/report.schema.json', () => {
  it('accepts the report of a scan with suppressions, next-version problems, errors and notices', () => {
    expect(errorsOf(JSON.parse(renderJson(loadScanResult())))).toEqual([]);
  });

  it('accepts real reports of the examples, with helm and kustomize renders, under two policies', async () => {
    // The two scans are independent: their renders run side by side.
    const [threeModes, restricted] = await Promise.all([
      scanJson([
        'examples',
        '--enforce',
        'baseline',
        '--warn',
        'restricted:v1.33',
        '--audit',
        'restricted',
        '--next-version',
        'v1.35',
      ]),
      scanJson(['examples', '--level', 'restricted', '--fail-on', 'warn']),
    ]);
    expect(errorsOf(threeModes)).toEqual([]);
    expect((threeModes as { problems: unknown[] }).problems.length).toBeGreaterThan(20);
    expect(errorsOf(restricted)).toEqual([]);
  }, 60_000);

  it('rejects what the reader would refuse: a missing policy list, an unknown check or mode, an old version', () => {
    const good = JSON.parse(renderJson(loadScanResult())) as { version: string; problems: Record<string, unknown>[] };
    const bad = (change: (report: typeof good) => void): string[] => {
      const copy = structuredClone(good);
      change(copy);
      return errorsOf(copy);
    };
    expect(bad((r) => delete r.problems[0]?.['policies'])).not.toEqual([]);
    expect(bad((r) => ((r.problems[0] as Record<string, unknown>)['check'] = 'Privileged'))).not.toEqual([]);
    expect(
      bad((r) => ((r.problems[0] as { policies: { modes: string[] }[] }).policies[0]!.modes = ['deny'])),
    ).not.toEqual([]);
    expect(bad((r) => ((r.problems[0] as Record<string, unknown>)['extra'] = 1))).not.toEqual([]);
    expect(bad((r) => (r.version = '1'))).not.toEqual([]);
  });

  it('matches the version the code writes', () => {
    expect((schema['properties'] as { version: { const: string } }).version.const).toBe(JSON_REPORT_VERSION);
  });

  it('has every field documented in docs/report.md', () => {
    const docs = readFileSync(path.join(repoRoot, 'docs/report.md'), 'utf8');
    const missing = [...propertyNames(schema)].filter((name) => !docs.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });
});
