/**
 * What a reader is told about a problem besides the upstream words: a title that names the problem,
 * a one-line fix taken from the check's own `meta.fix` (one source of truth), the link to the check's
 * page, and, where the workload cannot honestly be fixed, the real alternatives.
 */
import type { Problem } from '../findings/problems.js';
import { checkMeta } from '../policy/registry.js';
import type { CheckId } from '../policy/types.js';
import { firstSentence } from './common.js';

/** podsec's repository; check pages live under `docs/checks/` there. */
export const PODSEC_REPOSITORY_URL = 'https://github.com/podsec-dev/podsec';

/** Code scanning alert titles and report headings: what is wrong, not the rule's name. */
const PROBLEM_TITLES: Readonly<Record<CheckId, string>> = {
  privileged: 'Container runs privileged',
  windowsHostProcess: 'Pod runs as a Windows HostProcess',
  hostNamespaces: "Pod shares the host's namespaces",
  hostPathVolumes: 'Pod mounts a hostPath volume',
  capabilities_baseline: 'Container adds a non-default capability',
  procMount: 'Container unmasks /proc',
  procMount_restricted: 'Container unmasks /proc',
  seLinuxOptions: 'Pod sets a disallowed SELinux option',
  appArmorProfile: 'AppArmor profile is overridden',
  seccompProfile_baseline: 'Seccomp is turned off (Unconfined)',
  hostPorts: 'Container uses a host port',
  hostProbesAndHostLifecycle: 'Probe or lifecycle hook targets another host',
  sysctls: 'Pod sets an unsafe sysctl',
  restrictedVolumes: 'Pod uses a volume type restricted does not allow',
  capabilities_restricted: 'Container keeps capabilities restricted does not allow',
  allowPrivilegeEscalation: 'Container can escalate privileges',
  runAsUser: 'Container runs as user ID 0',
  runAsNonRoot: 'Container may run as root',
  seccompProfile_restricted: 'Container has no seccomp profile',
};

/** `Container can escalate privileges`. */
export function problemTitle(check: CheckId): string {
  return PROBLEM_TITLES[check];
}

/** The check's page in podsec's repository: `…/blob/main/docs/checks/<id>.md`. */
export function checkPageUrl(check: CheckId, repositoryUrl: string = PODSEC_REPOSITORY_URL): string {
  return `${repositoryUrl.replace(/\/+$/, '')}/blob/main/docs/checks/${check}.md`;
}

/** The first sentence of the check's own fix text, as plain text. */
export function checkFix(check: CheckId): string {
  return firstSentence(checkMeta(check).fix);
}

/** Checks a node agent typically fails on purpose: it needs the host to do its job. */
const HOST_ACCESS_CHECKS: ReadonlySet<CheckId> = new Set<CheckId>([
  'privileged',
  'hostNamespaces',
  'hostPathVolumes',
  'hostPorts',
  'capabilities_baseline',
  'restrictedVolumes',
]);

/**
 * For a problem a workload often cannot fix itself (a DaemonSet node agent that needs the host
 * network, PID namespace or host paths), the honest alternatives; undefined otherwise.
 */
export function alternativeAdvice(problem: Pick<Problem, 'kind' | 'check'>): string | undefined {
  if (problem.kind !== 'DaemonSet' || !HOST_ACCESS_CHECKS.has(problem.check)) return undefined;
  return 'If this node agent needs host access, no change to it can pass: use a namespace at a lower level, a PSA exemption, or a relaxation with a reason.';
}

/** The one fix line every problem carries in text and markdown (plain text). */
export function fixLine(problem: Pick<Problem, 'kind' | 'check'>): string {
  const alternative = alternativeAdvice(problem);
  const fix = checkFix(problem.check);
  return alternative === undefined ? fix : `${fix} ${alternative}`;
}
