/**
 * What a reader is told about a problem besides the upstream words: a title that names the problem,
 * a one-line fix taken from the check's own `meta.fix` (one source of truth), the link to the check's
 * page, and, where the workload cannot honestly be fixed, the real alternatives.
 */
import type { Problem } from '../findings/problems.js';
import type { RepoLocation } from '../manifests/types.js';
import { checkMeta } from '../policy/registry.js';
import type { CheckId } from '../policy/types.js';
import { firstSentence } from './common.js';
import { itemAt } from '../util/item-at.js';
import { groupsByKey } from '../util/group-by.js';

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
  restrictedVolumes: 'Pod uses a volume type the restricted level does not allow',
  capabilities_restricted: 'Container keeps capabilities the restricted level does not allow',
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

/** Fix sentences already worked out, per check: a report asks for the same few once per problem. */
const fixSentences = new Map<CheckId, string>();

/** The first sentence of the check's own fix text, as plain text. */
export function checkFix(check: CheckId): string {
  let sentence = fixSentences.get(check);
  if (sentence === undefined) {
    sentence = firstSentence(checkMeta(check).fix);
    fixSentences.set(check, sentence);
  }
  return sentence;
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

/**
 * Related places as a reader should see them: the per-item places of one list (`containers[1]`, `[2]`, `[3]` of
 * one workload, or `workers[0]`, `[1]` of one values list) in one file, said once with every line, instead of
 * one line per item. Places of different lists, files or kinds stay apart; the order is that of first mention.
 */
export interface RelatedPlace {
  readonly file: string;
  /** Every line, in the order first mentioned; one line keeps its column. */
  readonly lines: readonly number[];
  readonly column?: number;
  /** The message with differing list indexes written as a set: `containers[1-3]`, `workers[0,2]`. */
  readonly message?: string;
}

const LIST_INDEX = /\[(\d+)\]/g;
const HAS_LIST_INDEX = /\[\d+\]/;

export function relatedPlaces(related: readonly RepoLocation[]): RelatedPlace[] {
  const groups = groupsByKey(related, (location) => {
    // Places without a message, or whose message names no list item, are each their own place.
    const shape =
      location.message !== undefined && HAS_LIST_INDEX.test(location.message)
        ? location.message.replace(LIST_INDEX, '[#]')
        : `${location.line}\u0000${location.column}\u0000${location.message ?? ''}`;
    return `${location.file}\u0000${shape}`;
  });
  return groups.map((group) => {
    const first = itemAt(group, 0);
    const lines = [...new Set(group.map((location) => location.line))];
    if (group.length === 1)
      return {
        file: first.file,
        lines,
        column: first.column,
        ...(first.message === undefined ? {} : { message: first.message }),
      };
    return {
      file: first.file,
      lines,
      ...(first.message === undefined
        ? {}
        : { message: mergedIndexes(group.map((location) => location.message ?? '')) }),
    };
  });
}

/** `a[1].b`, `a[2].b`, `a[3].b` → `a[1-3].b`; positions whose index is the same everywhere stay as they are. */
function mergedIndexes(messages: readonly string[]): string {
  const indexes = messages.map((message) => [...message.matchAll(LIST_INDEX)].map((match) => Number(match[1])));
  let position = 0;
  return itemAt(messages, 0).replace(LIST_INDEX, () => {
    const values = [...new Set(indexes.map((list) => itemAt(list, position)))].sort((a, b) => a - b);
    position++;
    return `[${indexRuns(values)}]`;
  });
}

/** `0,1,2,5` → `0-2,5`. */
function indexRuns(values: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < values.length;) {
    let end = i;
    while (end + 1 < values.length && itemAt(values, end + 1) === itemAt(values, end) + 1) end++;
    runs.push(end - i >= 2 ? `${values[i]}-${values[end]}` : values.slice(i, end + 1).join(','));
    i = end + 1;
  }
  return runs.join(',');
}

/** `pod.yaml:12:9`, or `pod.yaml:12, 14, 16` for one list's places. */
export function formatRelatedPlace(place: RelatedPlace): string {
  const [first] = place.lines as [number, ...number[]];
  if (place.lines.length === 1)
    return place.column === undefined ? `${place.file}:${first}` : `${place.file}:${first}:${place.column}`;
  return `${place.file}:${place.lines.join(', ')}`;
}
