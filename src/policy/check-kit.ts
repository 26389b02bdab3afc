/**
 * Building blocks for check modules: the shared outcomes and the wrappers that express upstream's
 * version changes as "the previous variant, plus an exemption".
 */
import { isUserNamespacePod, isWindowsPod } from './shape.js';
import type { CheckFunction, CheckOutcome, FieldPath } from './types.js';

/** The single "allowed" outcome; shared so passing checks allocate nothing. */
export const ALLOWED: CheckOutcome = Object.freeze({ allowed: true });

/** A failing outcome. */
export function forbidden(reason: string, detail: string, paths: readonly FieldPath[]): CheckOutcome {
  return { allowed: false, reason, detail, paths };
}

/**
 * From v1.25 upstream lets Windows pods through allowPrivilegeEscalation, capabilities_restricted and
 * seccompProfile_restricted: those Linux-only fields are rejected for Windows pods by API validation.
 */
export function exemptWindowsPods(previous: CheckFunction): CheckFunction {
  return (pod) => (isWindowsPod(pod) ? ALLOWED : previous(pod));
}

/**
 * From v1.35 a pod in a user namespace (`hostUsers: false`) is allowed by procMount, runAsNonRoot and
 * runAsUser: root and an unmasked /proc inside the namespace map to an unprivileged host user.
 */
export function exemptUserNamespacePods(previous: CheckFunction): CheckFunction {
  return (pod) => (isUserNamespacePod(pod) ? ALLOWED : previous(pod));
}

/** Kubernetes documentation page the checks link to. */
export const PSS_DOCS = 'https://kubernetes.io/docs/concepts/security/pod-security-standards/';
