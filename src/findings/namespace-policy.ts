/**
 * Namespace labels → the policy of each mode, exactly as Pod Security Admission decides it
 * (`PolicyToEvaluate` in upstream `api/helpers.go` of kubernetes/pod-security-admission): absent labels keep the defaults, invalid values fall back (enforce fails closed,
 * audit/warn fail open, versions become latest), and warn inherits a valid, stricter enforce label.
 */
import type { Mode } from './types.js';
import type { ModePolicies, ModePolicy } from '../options.js';
import { LEVELS, type Level } from '../policy/types.js';
import { parseLevel, parseVersion } from '../policy/version.js';
import { itemAt } from '../util/item-at.js';

export const POD_SECURITY_LABEL_PREFIX = 'pod-security.kubernetes.io/';

/** Label keys in the order upstream reports their errors: enforce, audit, warn; level before version. */
const ERROR_ORDER: readonly Mode[] = ['enforce', 'audit', 'warn'];

export const podSecurityLabelKeys: readonly string[] = ERROR_ORDER.flatMap((mode) => [
  `${POD_SECURITY_LABEL_PREFIX}${mode}`,
  `${POD_SECURITY_LABEL_PREFIX}${mode}-version`,
]);

const strictness = (level: Level): number => LEVELS.indexOf(level);

/** Fail closed for enforce, open for audit and warn. */
const INVALID_LEVEL_FALLBACK: Readonly<Record<Mode, Level>> = {
  enforce: 'restricted',
  audit: 'privileged',
  warn: 'privileged',
};

function invalidValue(key: string, value: string, detail: string): string {
  // apimachinery field.Invalid rendering for a label; label values cannot contain characters JSON and Go quote differently.
  return `metadata.labels[${key}]: Invalid value: ${JSON.stringify(value)}: ${detail}`;
}

/**
 * The policy a namespace's labels select. `errors` holds one apimachinery-style field error per invalid
 * label, in upstream order; the policies are still usable (fallback values) when there are errors.
 */
export function namespacePolicy(
  labels: Readonly<Record<string, string>> | undefined,
  defaults: ModePolicies,
): { policies: ModePolicies; errors: string[] } {
  if (!labels || Object.keys(labels).length === 0) return { policies: defaults, errors: [] };
  const errors: string[] = [];
  const resolved: Partial<Record<Mode, ModePolicy>> = {};
  const validLevelLabel: Partial<Record<Mode, boolean>> = {};

  for (const mode of ERROR_ORDER) {
    const levelKey = `${POD_SECURITY_LABEL_PREFIX}${mode}`;
    const versionKey = `${levelKey}-version`;
    let level = defaults[mode].level;
    const levelText = labels[levelKey];
    if (levelText !== undefined) {
      const parsed = parseLevel(levelText);
      if (parsed === undefined) {
        errors.push(invalidValue(levelKey, levelText, 'must be one of privileged, baseline, restricted'));
        level = INVALID_LEVEL_FALLBACK[mode];
      } else {
        level = parsed;
        validLevelLabel[mode] = true;
      }
    }
    let version = defaults[mode].version;
    const versionText = labels[versionKey];
    if (versionText !== undefined) {
      if (parseVersion(versionText) === undefined) {
        errors.push(invalidValue(versionKey, versionText, 'must be "latest" or "v1.x"'));
        version = 'latest';
      } else {
        version = versionText;
      }
    }
    resolved[mode] = { level, version };
  }

  const enforce = resolved.enforce as ModePolicy;
  let warn = resolved.warn as ModePolicy;
  const warnLabelled = labels[`${POD_SECURITY_LABEL_PREFIX}warn`] !== undefined;
  if (validLevelLabel.enforce && !warnLabelled && strictness(enforce.level) > strictness(warn.level)) {
    const warnVersionLabelled = labels[`${POD_SECURITY_LABEL_PREFIX}warn-version`] !== undefined;
    warn = { level: enforce.level, version: warnVersionLabelled ? warn.version : enforce.version };
  }
  return { policies: { enforce, warn, audit: resolved.audit as ModePolicy }, errors };
}

/** apimachinery's aggregate: one error as is, several as `[a, b]`. */
export function joinFieldErrors(errors: readonly string[]): string {
  return errors.length === 1 ? itemAt(errors, 0) : `[${errors.join(', ')}]`;
}

/** The API server's rejection of a Namespace whose Pod Security labels are invalid. */
export function invalidNamespaceMessage(name: string, errors: readonly string[]): string {
  return `Namespace ${JSON.stringify(name)} is invalid: ${joinFieldErrors(errors)}`;
}
