import { hash } from 'node:crypto';
import type { CheckId, Level } from '../policy/types.js';

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
 */
export function findingFingerprint(parts: FingerprintParts): string {
  const key = [
    parts.check,
    `${parts.level}:${parts.version}`,
    parts.file,
    parts.kind,
    parts.namespace,
    parts.name,
    parts.field,
  ];
  // One-shot hashing: the same digest as createHash('sha256'), without a Hash object per finding.
  return hash('sha256', JSON.stringify(key), 'hex').slice(0, 32);
}
