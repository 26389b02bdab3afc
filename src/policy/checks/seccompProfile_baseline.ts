import { ALLOWED, forbidden, PSS_DOCS } from '../check-kit.js';
import { containerPhrase, goQuote, joinSetters, plural, quoteList, sortedSet } from '../messages.js';
import {
  asRecord,
  containerPath,
  forEachContainer,
  podAnnotations,
  podSecurityContext,
  podSecurityContextPath,
  podSpec,
  scalarText,
} from '../shape.js';
import type { CheckDefinition, CheckFunction, FieldPath } from '../types.js';

const POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
const CONTAINER_ANNOTATION_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/';
const ALLOWED_TYPES: ReadonlySet<string> = new Set(['RuntimeDefault', 'Localhost']);

// Unlike AppArmor annotations, an empty value is not allowed here.
function allowedAnnotationValue(value: string): boolean {
  return value === 'runtime/default' || value === 'docker/default' || value.startsWith('localhost/');
}

/** v1.0–v1.18: only the alpha annotations count; the fields did not exist yet. */
const checkV1_0: CheckFunction = (pod) => {
  const annotations = podAnnotations(pod);
  if (annotations === undefined) return ALLOWED;
  const entries: string[] = [];
  const paths: FieldPath[] = [];
  const inspect = (key: string): void => {
    if (!Object.hasOwn(annotations, key)) return;
    const value = scalarText(annotations[key]) ?? '';
    if (allowedAnnotationValue(value)) return;
    entries.push(`${key}=${goQuote(value)}`);
    paths.push(['metadata', 'annotations', key]);
  };
  inspect(POD_ANNOTATION);
  // Only annotations naming a container that exists are read.
  forEachContainer(podSpec(pod), (c) => inspect(CONTAINER_ANNOTATION_PREFIX + c.name));
  if (entries.length === 0) return ALLOWED;
  const forbiddenEntries = sortedSet(entries);
  return forbidden(
    'seccompProfile',
    `forbidden ${plural('annotation', 'annotations', forbiddenEntries.length)} ${forbiddenEntries.join(', ')}`,
    dedupePaths(paths),
  );
};

function dedupePaths(paths: FieldPath[]): FieldPath[] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    const key = String(path[path.length - 1]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** v1.19+: the seccompProfile fields replace the annotations, which are no longer read. */
const checkV1_19: CheckFunction = (pod) => {
  const setters: string[] = [];
  const badTypes: string[] = [];
  const paths: FieldPath[] = [];
  const podProfile = asRecord(podSecurityContext(pod)?.seccompProfile);
  if (podProfile !== undefined) {
    const type = scalarText(podProfile.type) ?? '';
    if (!ALLOWED_TYPES.has(type)) {
      setters.push('pod');
      badTypes.push(type);
      paths.push(podSecurityContextPath('seccompProfile', 'type'));
    }
  }
  const containers: string[] = [];
  forEachContainer(podSpec(pod), (c) => {
    const profile = asRecord(c.securityContext?.seccompProfile);
    if (profile === undefined) return;
    const type = scalarText(profile.type) ?? '';
    if (!ALLOWED_TYPES.has(type)) {
      containers.push(c.name);
      badTypes.push(type);
      paths.push(containerPath(c, 'securityContext', 'seccompProfile', 'type'));
    }
  });
  if (containers.length > 0) setters.push(containerPhrase(containers));
  if (setters.length === 0) return ALLOWED;
  return forbidden(
    'seccompProfile',
    `${joinSetters(setters)} must not set securityContext.seccompProfile.type to ${quoteList(sortedSet(badTypes))}`,
    paths,
  );
};

/**
 * Seccomp (baseline): no unconfined profile.
 * Upstream: `policy/check_seccompProfile_baseline.go` in kubernetes/pod-security-admission.
 */
export const seccompProfile_baseline: CheckDefinition = {
  meta: {
    id: 'seccompProfile_baseline',
    level: 'baseline',
    title: 'Seccomp profile (baseline)',
    description:
      'Seccomp filters the system calls a container may make; an `Unconfined` profile exposes the whole kernel system-call surface.',
    allowed:
      'From v1.19: `seccompProfile.type` (pod or container) absent, `RuntimeDefault` or `Localhost`. Before v1.19: annotations `seccomp.security.alpha.kubernetes.io/pod` and `container.seccomp.security.alpha.kubernetes.io/<name>` absent, `runtime/default`, `docker/default` or `localhost/<profile>`.',
    fix: [
      'Use the runtime default profile instead of `Unconfined`.',
      '',
      '```yaml',
      'spec:',
      '  securityContext:',
      '    seccompProfile:',
      '      type: RuntimeDefault',
      '```',
    ].join('\n'),
    overrides: [],
    docsUrl: `${PSS_DOCS}#baseline`,
    reason: '`seccompProfile`',
    reference: [
      '## Fields read and allowed values',
      '**v1.0–v1.18 — annotations only (fields are ignored):**',
      '* `seccomp.security.alpha.kubernetes.io/pod`, and',
      '  `container.seccomp.security.alpha.kubernetes.io/<name>` for each container name in the pod',
      '  (annotations naming other containers are ignored).',
      '* Allowed values: `runtime/default`, `docker/default`, or starting with `localhost/`.',
      '  The empty string and `unconfined` fail.',
      '',
      '**v1.19+ — fields only (annotations are ignored):**',
      "* `spec.securityContext.seccompProfile.type` and each container's",
      '  `securityContext.seccompProfile.type`, only when the profile object is present.',
      '* Allowed types: `RuntimeDefault`, `Localhost`. `Unconfined`, and `""` (e.g. `seccompProfile: {}`),',
      '  fail. Absent is fine.',
      '',
      '## Versions',
      'The switch from annotations to fields happens at v1.19, at both levels.',
      '',
      '## Message',
      'v1.0–v1.18:',
      '```',
      'seccompProfile (forbidden <annotation|annotations> <key>="<value>", …)',
      '```',
      'entries sorted, values Go-quoted, not re-quoted. Example:',
      '```',
      'violates PodSecurity "baseline:v1.18": seccompProfile (forbidden annotations container.seccomp.security.alpha.kubernetes.io/a="unconfined", seccomp.security.alpha.kubernetes.io/pod="unconfined")',
      '```',
      'v1.19+:',
      '```',
      'seccompProfile (<setters> must not set securityContext.seccompProfile.type to <quoted types>)',
      '```',
      'Example:',
      '```',
      'would violate PodSecurity "baseline:latest": seccompProfile (pod and containers "c", "d" must not set securityContext.seccompProfile.type to "Unconfined")',
      '```',
    ].join('\n'),
  },
  variants: [
    { minVersion: 0, check: checkV1_0 },
    { minVersion: 19, check: checkV1_19 },
  ],
};
