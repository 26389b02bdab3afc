/**
 * Small value checks shared by the config file validator and the Pod Security Admission configuration
 * parser. Each returns an error text (without the key path) or undefined.
 */
import picomatch from 'picomatch';
import { LEVELS } from '../policy/types.js';
import { parseLevel, parseVersion } from '../policy/version.js';

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** `relaxations[1].reason`, `namespaces.prod.labels["pod-security.kubernetes.io/enforce"]`. */
export function formatKeyPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === '' ? '(top level)' : out;
}

export function levelError(value: string): string | undefined {
  return parseLevel(value) === undefined
    ? `level ${JSON.stringify(value)} is not one of ${LEVELS.join(', ')}`
    : undefined;
}

export function versionError(value: string): string | undefined {
  return parseVersion(value) === undefined ? `${JSON.stringify(value)} must be "latest" or "v1.x"` : undefined;
}

/** A glob picomatch can compile with strict brackets; unbalanced `{`, `[` or `(` would never match. */
export function globError(value: string): string | undefined {
  if (value === '') return 'a glob must not be empty';
  if (value.includes('\\')) return `glob ${JSON.stringify(value)} uses "\\"; use forward slashes`;
  try {
    picomatch.makeRe(value, { strictBrackets: true });
  } catch (error) {
    return `glob ${JSON.stringify(value)} is not valid: ${(error as Error).message}`;
  }
  return undefined;
}

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Namespace names: RFC 1123 labels, as the API server requires. */
export function dns1123LabelError(value: string): string | undefined {
  if (value.length > 63) return `${JSON.stringify(value)}: must be no more than 63 characters`;
  if (!DNS1123_LABEL.test(value)) {
    return `${JSON.stringify(value)}: a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character`;
  }
  return undefined;
}

/** RuntimeClass names: RFC 1123 subdomains. */
export function dns1123SubdomainError(value: string): string | undefined {
  if (value.length > 253) return `${JSON.stringify(value)}: must be no more than 253 characters`;
  if (!DNS1123_SUBDOMAIN.test(value)) {
    return `${JSON.stringify(value)}: a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character`;
  }
  return undefined;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD. */
export function dateError(value: string): string | undefined {
  const match = ISO_DATE.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day)
      return undefined;
  }
  return `${JSON.stringify(value)} must be a date written YYYY-MM-DD`;
}
