import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findingFingerprint, type FingerprintParts } from '../../src/findings/fingerprint.js';
import { JSON_ESCAPED_TEXTS } from '../json-escaped-texts.js';

/** The fingerprint as podsec has always written it: SARIF baselines and PR comments compare these across runs. */
function serializedFingerprint(parts: FingerprintParts): string {
  const key = [
    parts.check,
    `${parts.level}:${parts.version}`,
    parts.file,
    parts.kind,
    parts.namespace,
    parts.name,
    parts.field,
  ];
  return createHash('sha256').update(JSON.stringify(key)).digest('hex').slice(0, 32);
}

const PARTS: FingerprintParts = {
  check: 'privileged',
  level: 'baseline',
  version: 'latest',
  file: 'deploy/app.yaml',
  kind: 'Deployment',
  namespace: 'payments',
  name: 'api',
  field: 'spec.template.spec.containers[0].securityContext.privileged',
};

describe('findingFingerprint', () => {
  it('is the first 32 hex digits of the SHA-256 of the parts serialized as a JSON array', () => {
    expect(findingFingerprint(PARTS)).toBe(serializedFingerprint(PARTS));
    // Pinned: a change of the digest would make every finding look new to code scanning.
    expect(findingFingerprint(PARTS)).toBe('b00e162eeeb25fc857fd5d9520ba6e35');
  });

  it('serializes every part as JSON does, whatever characters it holds', () => {
    for (const text of JSON_ESCAPED_TEXTS) {
      for (const key of ['file', 'kind', 'namespace', 'name', 'field', 'version'] as const) {
        const parts = { ...PARTS, [key]: text };
        expect(findingFingerprint(parts)).toBe(serializedFingerprint(parts));
      }
    }
  });
});
