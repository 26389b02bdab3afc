import type { CheckId } from '../policy/types.js';

/**
 * Every upstream check id in the fixed output order of the spec (§4.2): baseline ids in byte order,
 * then restricted ids in byte order. Hard-coded on purpose: a locale-aware sort would put
 * `seccompProfile_baseline` before `seLinuxOptions`.
 */
export const CHECK_ORDER = [
  'appArmorProfile',
  'capabilities_baseline',
  'hostNamespaces',
  'hostPathVolumes',
  'hostPorts',
  'hostProbesAndHostLifecycle',
  'privileged',
  'procMount',
  'seLinuxOptions',
  'seccompProfile_baseline',
  'sysctls',
  'windowsHostProcess',
  'allowPrivilegeEscalation',
  'capabilities_restricted',
  'procMount_restricted',
  'restrictedVolumes',
  'runAsNonRoot',
  'runAsUser',
  'seccompProfile_restricted',
] as const satisfies readonly CheckId[];

// Fails to compile when policy/types.ts gains a check id this list does not have.
type MissingFromOrder = Exclude<CheckId, (typeof CHECK_ORDER)[number]>;
const _everyCheckListed: [MissingFromOrder] extends [never] ? true : MissingFromOrder = true;
void _everyCheckListed;

const rank = new Map<string, number>(CHECK_ORDER.map((id, index) => [id, index]));

/** True for one of the 19 upstream check ids (case-sensitive, as upstream spells them). */
export function isCheckId(text: string): text is CheckId {
  return rank.has(text);
}

/** Position of a check in the spec's output order. */
export function checkRank(id: CheckId): number {
  return rank.get(id) ?? CHECK_ORDER.length;
}
