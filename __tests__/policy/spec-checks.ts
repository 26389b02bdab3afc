/**
 * The upstream check ids in upstream's fixed output order (`policy/registry.go` of kubernetes/pod-security-admission), written out once for every test that
 * needs them. They are the contract, typed by hand: registry.test.ts checks that podsec's registry
 * agrees, so other tests can use them without trusting the code under test.
 */
import type { CheckId } from '../../src/policy/types.js';

/** Baseline checks first, then restricted ones; byte order within each level. */
export const SPEC_CHECK_ORDER: readonly CheckId[] = [
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
];

/** The baseline-level checks, in output order. */
export const SPEC_BASELINE_CHECKS: readonly CheckId[] = SPEC_CHECK_ORDER.slice(
  0,
  SPEC_CHECK_ORDER.indexOf('allowPrivilegeEscalation'),
);

/** The ids in output order, less the ones named. */
export function checkIdsWithout(ids: readonly CheckId[], ...drop: readonly CheckId[]): CheckId[] {
  return ids.filter((id) => !drop.includes(id));
}
