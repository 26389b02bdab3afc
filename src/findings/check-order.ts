import { CHECK_ORDER } from '../policy/registry.js';
import type { CheckId } from '../policy/types.js';
import { compareStrings } from '../util/compare.js';

const rank = new Map<string, number>(CHECK_ORDER.map((id, index) => [id, index]));

/** True for one of the 19 upstream check ids (case-sensitive, as upstream spells them). */
export function isCheckId(text: string): text is CheckId {
  return rank.has(text);
}

/** Position of a check in upstream's fixed output order (`policy/registry.go` of kubernetes/pod-security-admission). */
export function checkRank(id: CheckId): number {
  return rank.get(id) ?? CHECK_ORDER.length;
}

// Still offered here for the modules that import it from this one.
export { compareStrings };

/** The fields both findings and problems are ordered by: where they point, then the object, then the check. */
export interface Placed {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly check: CheckId;
}

/** Report order by place: file, line, column, object, then upstream's check order. */
export function compareByPlace(a: Placed, b: Placed): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.kind, b.kind) ||
    compareStrings(a.namespace, b.namespace) ||
    compareStrings(a.name, b.name) ||
    checkRank(a.check) - checkRank(b.check)
  );
}
