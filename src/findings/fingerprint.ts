import { hash } from 'node:crypto';
import type { CheckId, Level } from '../policy/types.js';
import { jsonString, quotedOnce } from '../util/json-string.js';

/** The parts of a finding that identify it across runs. Line numbers are left out on purpose. */
export interface FingerprintParts {
  readonly check: CheckId;
  readonly level: Level;
  readonly version: string;
  readonly file: string;
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  /** Dotted field path relative to the object. */
  readonly field: string;
}

/**
 * A stable 32-hex-digit identity for a finding: unchanged when unrelated lines move, changed when the
 * check, policy, file, object or field differ. Used for SARIF partialFingerprints and PR comment dedup.
 * The digest is of `JSON.stringify([check, "level:version", file, kind, namespace, name, field])`; that text is
 * written here part by part (see jsonString), which gives the same characters without an array and a
 * serializer call for each of tens of thousands of findings.
 */
export function findingFingerprint(parts: FingerprintParts): string {
  return fingerprintOf(
    fingerprintPolicyPart(parts.check, parts.level, parts.version),
    parts.file,
    fingerprintObjectPart(parts.kind, parts.namespace, parts.name),
    parts.field,
  );
}

/**
 * The start of a fingerprint's text, `["check","level:version"`: alike for every finding of one check under one policy,
 * so an assessment writes it once for all of them.
 */
export function fingerprintPolicyPart(check: CheckId, level: Level, version: string): string {
  return `[${jsonString(check)},${jsonString(`${level}:${version}`)}`;
}

/** The object's part of a fingerprint's text, `"kind","namespace","name"`: alike for every finding of one workload. */
export function fingerprintObjectPart(kind: string, namespace: string, name: string): string {
  return `${jsonString(kind)},${jsonString(namespace)},${jsonString(name)}`;
}

/**
 * {@link findingFingerprint} from its parts as {@link fingerprintPolicyPart} and {@link fingerprintObjectPart} write
 * them (the file and field vary from finding to finding).
 */
export function fingerprintOf(policyPart: string, file: string, objectPart: string, field: string): string {
  const key = `${policyPart},${quotedOnce(file)},${objectPart},${quotedOnce(field)}]`;
  // One-shot hashing: the same digest as createHash('sha256'), without a Hash object per finding.
  return hash('sha256', key, 'hex').slice(0, 32);
}
