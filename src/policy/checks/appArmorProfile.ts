import { ALLOWED, forbidden, PSS_DOCS } from '../check-kit.js';
import { containerPhrase, goQuote, joinSetters, plural, quoteList, sortStrings, sortedSet } from '../messages.js';
import {
  asRecord,
  containerPath,
  forEachContainer,
  podAnnotations,
  podSecurityContext,
  podSecurityContextPath,
  podSpec,
  scalarText,
  type UnknownRecord,
} from '../shape.js';
import type { CheckDefinition, CheckFunction, FieldPath } from '../types.js';

const ALLOWED_TYPES: ReadonlySet<string> = new Set(['RuntimeDefault', 'Localhost']);
const ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

/** The bad type of a present profile object, or undefined when it is absent or allowed. */
function badType(profile: UnknownRecord | undefined): string | undefined {
  if (profile === undefined) return undefined;
  const type = scalarText(profile.type) ?? '';
  return ALLOWED_TYPES.has(type) ? undefined : type;
}

function allowedAnnotationValue(value: string): boolean {
  return value === '' || value === 'runtime/default' || value.startsWith('localhost/');
}

// Upstream keeps checking the beta annotations at every version, alongside the fields.
const checkV1_0: CheckFunction = (pod) => {
  const setters: string[] = [];
  const badTypes: string[] = [];
  const paths: FieldPath[] = [];

  const podType = badType(asRecord(podSecurityContext(pod)?.appArmorProfile));
  if (podType !== undefined) {
    setters.push('pod');
    badTypes.push(podType);
    paths.push(podSecurityContextPath('appArmorProfile', 'type'));
  }

  const containers: string[] = [];
  forEachContainer(podSpec(pod), (c) => {
    const type = badType(asRecord(c.securityContext?.appArmorProfile));
    if (type !== undefined) {
      containers.push(c.name);
      badTypes.push(type);
      paths.push(containerPath(c, 'securityContext', 'appArmorProfile', 'type'));
    }
  });
  if (containers.length > 0) setters.push(containerPhrase(containers));

  // Any key with the prefix counts, whether or not a container of that name exists.
  const annotations = podAnnotations(pod);
  const badAnnotations: string[] = [];
  if (annotations !== undefined) {
    for (const key of Object.keys(annotations)) {
      if (!key.startsWith(ANNOTATION_PREFIX)) continue;
      const value = scalarText(annotations[key]) ?? '';
      if (allowedAnnotationValue(value)) continue;
      badAnnotations.push(`${key}=${goQuote(value)}`);
      paths.push(['metadata', 'annotations', key]);
    }
  }
  if (badAnnotations.length > 0) setters.push(plural('annotation', 'annotations', badAnnotations.length));

  if (setters.length === 0) return ALLOWED;
  const values = [...sortedSet(badTypes), ...sortStrings(badAnnotations)];
  return forbidden(
    plural('forbidden AppArmor profile', 'forbidden AppArmor profiles', values.length),
    `${joinSetters(setters)} must not set AppArmor profile type to ${quoteList(values)}`,
    paths,
  );
};

/**
 * AppArmor profiles.
 * Upstream: `policy/check_appArmorProfile.go` in kubernetes/pod-security-admission.
 */
export const appArmorProfile: CheckDefinition = {
  meta: {
    id: 'appArmorProfile',
    level: 'baseline',
    title: 'AppArmor profile',
    description:
      "AppArmor confines what a container's processes can touch; an `Unconfined` profile turns that protection off.",
    allowed:
      '`appArmorProfile.type` (pod or container) absent, `RuntimeDefault` or `Localhost`; annotations `container.apparmor.security.beta.kubernetes.io/*` absent, empty, `runtime/default` or `localhost/<profile>`.',
    fix: [
      'Use the runtime default profile (or a profile loaded on the nodes) and remove `Unconfined` settings and annotations.',
      '',
      '```yaml',
      'spec:',
      '  securityContext:',
      '    appArmorProfile:',
      '      type: RuntimeDefault',
      '```',
    ].join('\n'),
    overrides: [],
    docsUrl: `${PSS_DOCS}#baseline`,
    reason: '`forbidden AppArmor profile` (one bad value) / `forbidden AppArmor profiles` (several)',
    reference: [
      '## Fields read',
      "* `spec.securityContext.appArmorProfile.type` and each container's",
      '  `securityContext.appArmorProfile.type` — only when the `appArmorProfile` object is present.',
      "* The pod's annotations (for a workload: the pod template's `metadata.annotations`): **every** key",
      '  starting with `container.apparmor.security.beta.kubernetes.io/`, whether or not a container of',
      '  that name exists.',
      '',
      '## Allowed values',
      '* Field `type`: `RuntimeDefault` or `Localhost`. `Unconfined`, an empty or missing type inside a',
      '  present object, or anything else fails.',
      '* Annotation value: `""`, `runtime/default`, or anything starting with `localhost/`.',
      '  `unconfined` and anything else fail.',
      '',
      '## Versions',
      'One variant since v1.0; the annotation keys are checked at every version, including v1.30+ where',
      'Kubernetes moved to the fields.',
      '',
      '## Message',
      '```',
      'forbidden AppArmor profile[s] (<setters> must not set AppArmor profile type to <values>)',
      '```',
      '* Setters, joined by `" and "`: `pod`, then the container noun phrase, then `annotation` /',
      '  `annotations`.',
      '* Values: the bad field types (sorted, de-duplicated), then the bad annotations as',
      '  `<key>="<value>"` (Go-quoted value, sorted), each wrapped in quotes — so annotations show doubled',
      '  quotes.',
      '* The reason is plural when there is more than one value in total.',
      '',
      'Examples:',
      '```',
      'violates PodSecurity "baseline:latest": forbidden AppArmor profile (pod must not set AppArmor profile type to "Unconfined")',
      'would violate PodSecurity "baseline:latest": forbidden AppArmor profile (annotation must not set AppArmor profile type to "container.apparmor.security.beta.kubernetes.io/app="unconfined"")',
      '```',
    ].join('\n'),
  },
  variants: [{ minVersion: 0, check: checkV1_0 }],
};
