/**
 * The one test for "a plain object" that podsec applies to parsed YAML and JSON, where any value may be
 * of any type: an object that is neither null nor an array.
 */

/** True for a plain object (a YAML mapping, a JSON object). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as a plain object, or undefined for null, arrays and scalars. */
export function asRecord(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return isPlainObject(value) ? value : undefined;
}
