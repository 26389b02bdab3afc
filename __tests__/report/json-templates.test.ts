import { describe, expect, it } from 'vitest';
import type { Finding, ScanResult, WorkloadVerdict } from '../../src/findings/types.js';
import { buildJsonReport, jsonReportPieces } from '../../src/report/json.js';
import { listElementText, templatedElements, type ElementTemplates } from '../../src/report/json-templates.js';
import { CHECK_ORDER } from '../../src/policy/registry.js';
import { JSON_ESCAPED_TEXTS } from '../json-escaped-texts.js';
import { loadScanResult } from './helpers.js';

/** Strings JSON escapes, or writes as they are although a quick look might not, and the templates' own markers. */
const TRICKY = [
  ...JSON_ESCAPED_TEXTS,
  // What the templates' placeholders are made of (src/report/json-templates.ts), whole and in part.
  '\u0000podsec-template-0',
  '\u0000podsec-template-2',
  '\u0000podsec-template-',
  '"\\u0000podsec-template-1"',
];

interface Item {
  readonly id: string;
  readonly line: number;
  readonly label: string;
  readonly tags: readonly string[];
  readonly nested?: { readonly values: readonly unknown[]; readonly empty: Record<string, never> };
  readonly places: readonly { readonly line: number; readonly note: string }[];
}

const toJson = (item: Item): unknown => ({
  id: item.id,
  line: item.line,
  label: item.label,
  tags: [...item.tags],
  ...(item.nested === undefined ? {} : { nested: item.nested }),
  places: item.places.map((place) => ({ line: place.line, note: place.note })),
});

const ITEM_TEMPLATES: ElementTemplates<Item> = {
  varying: { id: true, line: true, places: [{ line: true }] },
  keyOf: (item) => item.label.slice(0, 1),
  alike: (a, b) =>
    a.label === b.label &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, index) => tag === b.tags[index]) &&
    a.nested === b.nested &&
    a.places.length === b.places.length &&
    a.places.every((place, index) => place.note === b.places[index]?.note),
  varyingValues: (item, values) => {
    values.push(item.id, item.line);
    for (const place of item.places) values.push(place.line);
  },
};

/** Each item's text through templates, as the report writes it, next to JSON.stringify's. */
function bothTexts(items: readonly Item[], templates: ElementTemplates<Item> = ITEM_TEMPLATES) {
  const write = templatedElements(toJson, templates);
  return items.map((item) => {
    const out: string[] = [];
    write(item, out);
    return { templated: out.join(''), stringified: listElementText(toJson(item)) };
  });
}

describe('listElementText', () => {
  it('is the text JSON.stringify writes for an element of a list in a top-level field', () => {
    const value = { a: [1, [2, []], {}], b: 'x' };
    expect(`{\n  "list": [\n${listElementText(value)}\n  ]\n}`).toBe(JSON.stringify({ list: [value] }, null, 2));
  });
});

describe('templatedElements', () => {
  const nested = { values: [[1, [2, {}]], [], null, true, 1.5, -0, 1e21], empty: {} };
  const items: Item[] = [];
  TRICKY.forEach((label, index) => {
    for (const tag of TRICKY) {
      items.push({ id: `${label}#${index}`, line: index, label, tags: [tag], places: [] });
      items.push({ id: tag, line: 7, label, tags: [tag, label], nested, places: [{ line: 3, note: tag }] });
      items.push({
        id: label,
        line: 8,
        label,
        tags: [],
        places: [
          { line: 1, note: label },
          { line: 2, note: tag },
        ],
      });
    }
  });

  it('writes what JSON.stringify writes, for strings that need escaping anywhere, varying or not', () => {
    for (const { templated, stringified } of bothTexts(items)) expect(templated).toBe(stringified);
  });

  it('writes what JSON.stringify writes for varying values of another kind than the template, or none, and for NaN', () => {
    const odd = [
      { id: 'a', line: 1, label: 'x', tags: [], places: [] },
      { id: undefined as unknown as string, line: 1, label: 'x', tags: [], places: [] },
      { id: 'b', line: Number.NaN, label: 'x', tags: [], places: [] },
      { id: 'c', line: Infinity, label: 'x', tags: [], places: [] },
      { id: 'd', line: 2, label: 'x', tags: [], places: [] },
      { id: 'e', line: '3' as unknown as number, label: 'x', tags: [], places: [] },
      { id: 4 as unknown as string, line: 4, label: 'x', tags: [], places: [] },
      { id: 'f', line: 5, label: 'x', tags: [], places: [] },
    ];
    for (const { templated, stringified } of bothTexts(odd)) expect(templated).toBe(stringified);
  });

  it('stringifies every element when varying values are not given in the order of the text', () => {
    const swapped: ElementTemplates<Item> = {
      ...ITEM_TEMPLATES,
      varyingValues: (item, values) => {
        values.push(item.line, item.id);
      },
    };
    const some = items.slice(0, 20);
    for (const { templated, stringified } of bothTexts(some, swapped)) expect(templated).toBe(stringified);
  });

  it('makes one template per shape and writes the elements of that shape from it', () => {
    let converted = 0;
    const write = templatedElements((item: Item) => {
      converted++;
      return toJson(item);
    }, ITEM_TEMPLATES);
    const alike = Array.from({ length: 50 }, (_, n): Item => ({
      id: `id-${n}`,
      line: n,
      label: 'same',
      tags: ['a'],
      places: [{ line: n, note: 'n' }],
    }));
    const out: string[] = [];
    for (const item of alike) write(item, out);
    expect(converted).toBe(1);
    expect(out.join('')).toBe(alike.map((item) => listElementText(toJson(item))).join(''));
  });
});

/**
 * A copy of `value` with the field at `path` changed: strings get characters JSON escapes, numbers grow, lists too; a
 * check id becomes another check's.
 */
function changedAt(value: unknown, path: readonly (string | number)[]): unknown {
  if (path.length === 1 && path[0] === 'check') {
    const check = (value as Finding).check;
    return { ...(value as Finding), check: CHECK_ORDER.find((id) => id !== check) };
  }
  if (path.length === 0) {
    if (typeof value === 'string') return `${value}"\\\u2028é\ud800`;
    if (typeof value === 'number') return value + 1;
    if (typeof value === 'boolean') return !value;
    if (Array.isArray(value)) return value.length === 0 ? ['added'] : [...value, value[0]];
    return value;
  }
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((element, index) => (index === head ? changedAt(element, rest) : element));
  const object = value as Record<string, unknown>;
  return { ...object, [head as string]: changedAt(object[head as string], rest) };
}

/** `value` with each optional field alone, and with all of them. */
function withOptionalFields<T extends object>(value: T, optional: Partial<T>): T[] {
  return [...Object.entries(optional).map(([key, field]) => ({ ...value, [key]: field })), { ...value, ...optional }];
}

/** Every path to a string, number, boolean or list in `value`. */
function pathsIn(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [path];
  const inner = Array.isArray(value)
    ? value.flatMap((element, index) => pathsIn(element, [...path, index]))
    : Object.entries(value).flatMap(([key, field]) => pathsIn(field, [...path, key]));
  return Array.isArray(value) ? [path, ...inner] : inner;
}

describe('the JSON report written from templates', () => {
  const result = loadScanResult();
  const optionalFindingFields: Partial<Finding> = {
    part: 'template "main"',
    suppressed: { reason: 'why "not"', source: 'config', expires: '2030-01-01' },
    upcoming: true,
    note: 'a note',
    related: [{ file: 'values.yaml', line: 3, column: 1, endLine: 3, endColumn: 9, message: 'also: here' }],
  };
  const optionalVerdictFields: Partial<WorkloadVerdict> = {
    part: 'template "main"',
    exempt: 'namespace',
    note: 'a note',
    message: 'would violate',
  };

  /** The report of `changed`: written in pieces from templates, and the report object stringified whole. */
  function expectSameReport(changed: ScanResult): void {
    expect([...jsonReportPieces(changed)].join('')).toBe(`${JSON.stringify(buildJsonReport(changed), null, 2)}\n`);
  }

  it('writes every field of a problem as JSON.stringify does, whichever field differs from a problem alike', () => {
    const findings: Finding[] = [...result.findings];
    result.findings.forEach((finding, index) => {
      const variants = [finding, ...withOptionalFields(finding, optionalFindingFields)];
      for (const variant of variants) {
        for (const path of pathsIn(variant)) {
          // Each changed copy on its own line is its own problem, tried against the templates of its check.
          const changed = changedAt(variant, path) as Finding;
          findings.push({ ...changed, line: changed.line + 1000 * (findings.length + index) });
        }
      }
    });
    expect(findings.length).toBeGreaterThan(300);
    for (const failOn of ['enforce', 'any'] as const) {
      const changed = { ...result, findings: [...findings] };
      expect([...jsonReportPieces(changed, { failOn })].join('')).toBe(
        `${JSON.stringify(buildJsonReport(changed, { failOn }), null, 2)}\n`,
      );
    }
  });

  it('writes every field of a workload verdict as JSON.stringify does, whichever field differs', () => {
    const workloads: WorkloadVerdict[] = [...result.workloads];
    for (const verdict of result.workloads) {
      for (const variant of [verdict, ...withOptionalFields(verdict, optionalVerdictFields)]) {
        for (const path of pathsIn(variant)) workloads.push(changedAt(variant, path) as WorkloadVerdict);
      }
    }
    expect(workloads.length).toBeGreaterThan(100);
    expectSameReport({ ...result, workloads });
  });

  it('writes many workloads alike but for their names and places as JSON.stringify does', () => {
    const copies = (n: number): ScanResult => ({
      ...result,
      findings: result.findings.flatMap((finding) =>
        Array.from({ length: n }, (_, copy) => ({
          ...finding,
          name: `${finding.name}-${copy}`,
          namespace: copy % 3 === 0 ? 'ns "quoted"' : finding.namespace,
          line: finding.line + copy * 100,
          endLine: finding.endLine + copy * 100,
          fingerprint: `${finding.fingerprint}${copy}`,
        })),
      ),
      workloads: result.workloads.flatMap((verdict) =>
        Array.from({ length: n }, (_, copy) => ({ ...verdict, name: `${verdict.name}\ud800${copy}`, line: copy })),
      ),
    });
    expectSameReport(copies(40));
  });
});
