import { describe, expect, it } from 'vitest';
import { invalidNamespaceMessage, namespacePolicy } from '../../src/findings/namespace-policy.js';
import type { ModePolicies } from '../../src/options.js';

const P = 'pod-security.kubernetes.io/';
const privileged: ModePolicies = {
  enforce: { level: 'privileged', version: 'latest' },
  warn: { level: 'privileged', version: 'latest' },
  audit: { level: 'privileged', version: 'latest' },
};
const podsecDefaults: ModePolicies = {
  enforce: { level: 'baseline', version: 'latest' },
  warn: { level: 'restricted', version: 'latest' },
  audit: { level: 'restricted', version: 'latest' },
};
const labels = (entries: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(entries).map(([key, value]) => [`${P}${key}`, value]));

describe('namespacePolicy: labels over defaults', () => {
  it('uses the defaults verbatim without labels', () => {
    expect(namespacePolicy(undefined, podsecDefaults)).toEqual({ policies: podsecDefaults, errors: [] });
    expect(namespacePolicy({}, podsecDefaults)).toEqual({ policies: podsecDefaults, errors: [] });
    expect(namespacePolicy({ team: 'web' }, podsecDefaults)).toEqual({ policies: podsecDefaults, errors: [] });
  });

  it('takes each mode level and version from its labels, keeping defaults for the rest', () => {
    const result = namespacePolicy(
      labels({ enforce: 'restricted', 'enforce-version': 'v1.30', 'audit-version': 'v1.25' }),
      podsecDefaults,
    );
    expect(result.errors).toEqual([]);
    expect(result.policies).toEqual({
      enforce: { level: 'restricted', version: 'v1.30' },
      warn: { level: 'restricted', version: 'latest' },
      audit: { level: 'restricted', version: 'v1.25' },
    });
  });
});

describe('namespacePolicy: warn inherits a valid, stricter enforce label (spec 6.2)', () => {
  const cases: [string, Record<string, string>, { level: string; version: string }][] = [
    ['enforce alone', { enforce: 'baseline' }, { level: 'baseline', version: 'latest' }],
    [
      'enforce with its version',
      { enforce: 'baseline', 'enforce-version': 'v1.22' },
      { level: 'baseline', version: 'v1.22' },
    ],
    [
      'enforce with a warn version',
      { enforce: 'baseline', 'warn-version': 'v1.23' },
      { level: 'baseline', version: 'v1.23' },
    ],
    ['an explicit warn level', { enforce: 'baseline', warn: 'privileged' }, { level: 'privileged', version: 'latest' }],
    ['an invalid enforce (no inheritance)', { enforce: 'foo' }, { level: 'privileged', version: 'latest' }],
    [
      'an invalid warn (fails open)',
      { enforce: 'restricted', warn: 'bar' },
      { level: 'privileged', version: 'latest' },
    ],
  ];
  for (const [name, given, warn] of cases) {
    it(name, () => {
      expect(namespacePolicy(labels(given), privileged).policies.warn).toEqual(warn);
    });
  }

  it('does not lower a stricter default warn level', () => {
    expect(
      namespacePolicy(labels({ enforce: 'baseline', 'enforce-version': 'v1.22' }), podsecDefaults).policies.warn,
    ).toEqual({
      level: 'restricted',
      version: 'latest',
    });
  });
});

describe('namespacePolicy: invalid values (spec 6.3)', () => {
  it('fails enforce closed, audit and warn open, versions to latest, with upstream error text in order', () => {
    const result = namespacePolicy(
      labels({
        warn: 'Baseline',
        'warn-version': '1.30',
        audit: '',
        enforce: 'strict',
        'enforce-version': 'v1.01',
        'audit-version': 'v1.20',
      }),
      podsecDefaults,
    );
    expect(result.policies).toEqual({
      enforce: { level: 'restricted', version: 'latest' },
      warn: { level: 'privileged', version: 'latest' },
      audit: { level: 'privileged', version: 'v1.20' },
    });
    expect(result.errors).toEqual([
      'metadata.labels[pod-security.kubernetes.io/enforce]: Invalid value: "strict": must be one of privileged, baseline, restricted',
      'metadata.labels[pod-security.kubernetes.io/enforce-version]: Invalid value: "v1.01": must be "latest" or "v1.x"',
      'metadata.labels[pod-security.kubernetes.io/audit]: Invalid value: "": must be one of privileged, baseline, restricted',
      'metadata.labels[pod-security.kubernetes.io/warn]: Invalid value: "Baseline": must be one of privileged, baseline, restricted',
      'metadata.labels[pod-security.kubernetes.io/warn-version]: Invalid value: "1.30": must be "latest" or "v1.x"',
    ]);
  });

  it('renders the API server rejection of a Namespace, one error bare, several in brackets', () => {
    const one = namespacePolicy(labels({ enforce: 'foo' }), privileged).errors;
    expect(invalidNamespaceMessage('web', one)).toBe(
      'Namespace "web" is invalid: metadata.labels[pod-security.kubernetes.io/enforce]: Invalid value: "foo": must be one of privileged, baseline, restricted',
    );
    const two = namespacePolicy(labels({ enforce: 'foo', 'warn-version': 'v2.0' }), privileged).errors;
    expect(invalidNamespaceMessage('web', two)).toBe(
      'Namespace "web" is invalid: [metadata.labels[pod-security.kubernetes.io/enforce]: Invalid value: "foo": must be one of privileged, baseline, restricted, metadata.labels[pod-security.kubernetes.io/warn-version]: Invalid value: "v2.0": must be "latest" or "v1.x"]',
    );
  });
});
