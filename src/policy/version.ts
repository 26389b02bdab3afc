/** Policy levels and versions: parsing, printing and the clamp upstream applies before evaluating. */
import { CHECK_DEFINITIONS } from './checks/index.js';
import { LEVELS, type Level, type PolicyVersion } from './types.js';

const VERSION_PATTERN = /^v1\.(0|[1-9][0-9]*)$/;

/**
 * The newest minor any check variant starts at (v1.37 in this snapshot). `latest` and newer numbered
 * versions are evaluated as this minor.
 */
export const MAX_MINOR: number = Math.max(
  ...CHECK_DEFINITIONS.flatMap((definition) => definition.variants.map((variant) => variant.minVersion)),
);

/** The `latest` version. */
export const LATEST: PolicyVersion = Object.freeze({ text: 'latest', latest: true, minor: Number.POSITIVE_INFINITY });

/**
 * Parses `latest` or `v1.<minor>` (no leading zeros, no patch). Anything else, including `Latest`,
 * `1.25` and `v1.25.0`, is undefined.
 */
export function parseVersion(text: string): PolicyVersion | undefined {
  if (text === 'latest') return LATEST;
  const match = VERSION_PATTERN.exec(text);
  if (match === null) return undefined;
  return Object.freeze({ text, latest: false, minor: Number(match[1]) });
}

/** Parses an exact, case-sensitive level name. */
export function parseLevel(text: string): Level | undefined {
  return (LEVELS as readonly string[]).includes(text) ? (text as Level) : undefined;
}

/** `<level>:<version>` as the requested version is written, e.g. `restricted:latest`. */
export function formatLevelVersion(level: Level, version: PolicyVersion | string): string {
  return `${level}:${typeof version === 'string' ? version : version.text}`;
}

/**
 * The minor a check set is chosen for: the requested one, or the newest known minor when the request
 * is `latest` or newer than any check. An emulated (older) cluster version lowers that ceiling.
 */
export function resolveEvaluatedMinor(version: PolicyVersion, emulationMinor?: number): number {
  let ceiling = MAX_MINOR;
  if (emulationMinor !== undefined && Number.isInteger(emulationMinor) && emulationMinor >= 0) {
    ceiling = Math.min(ceiling, emulationMinor);
  }
  // NaN and other nonsense fall through to the ceiling rather than indexing outside the table.
  if (version.latest || !(version.minor <= ceiling)) return ceiling;
  return Math.max(0, Math.floor(version.minor));
}
