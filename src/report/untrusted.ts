/**
 * Readers for untrusted JSON (a shard's result file, a scan artifact from a pull-request run): every
 * value is checked for type, range and form, and a failure names the field. Shared by the report
 * reader and the artifact manifest reader.
 */

/** Bounds for untrusted reports. */
export const LIMITS = {
  items: 500_000,
  text: 20_000,
  line: 10_000_000,
} as const;

/** A value that failed validation; the message names the field and the expected form. */
export class Invalid extends Error {}

export function fail(where: string, expected: string): never {
  throw new Invalid(`${where}: expected ${expected}`);
}

export function obj(value: unknown, where: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(where, 'an object');
  return value as Record<string, unknown>;
}

export function arr(value: unknown, where: string, max: number = LIMITS.items): unknown[] {
  if (!Array.isArray(value)) fail(where, 'a list');
  if (value.length > max) fail(where, `at most ${max} items`);
  return value;
}

export function str(value: unknown, where: string, max: number = LIMITS.text): string {
  if (typeof value !== 'string' || value.length > max) fail(where, `a string of at most ${max} characters`);
  return value;
}

export function optStr(value: unknown, where: string): string | undefined {
  return value === undefined ? undefined : str(value, where);
}

export function int(value: unknown, where: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    fail(where, `a whole number from ${min} to ${max}`);
  }
  return value;
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], where: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
    fail(where, `one of ${allowed.join(', ')}`);
  return value as T;
}

/**
 * A repository-relative path: forward slashes, no `..` segment, not absolute, no control characters.
 * This is what review comments and SARIF locations will point at.
 */
export function isSafeRelativePath(text: string): boolean {
  if (text === '' || text.length > 4096) return false;
  if (text.startsWith('/') || text.startsWith('\\') || /^[A-Za-z]:/.test(text)) return false;
  if (/[\u0000-\u001f\u007f\\]/.test(text)) return false;
  return text.split('/').every((segment) => segment !== '..');
}

export function relPath(value: unknown, where: string): string {
  const text = str(value, where, 4096);
  if (!isSafeRelativePath(text)) fail(where, 'a repository-relative path without ".." (forward slashes)');
  return text;
}
