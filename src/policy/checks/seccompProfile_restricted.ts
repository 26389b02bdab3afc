import { ALLOWED, exemptWindowsPods, forbidden, PSS_DOCS } from '../check-kit.js';
import { containerPhrase, joinSetters, quoteList, sortedSet } from '../messages.js';
import { asRecord, containerPath, forEachContainer, podSecurityContext, podSpec, scalarText } from '../shape.js';
import type { CheckDefinition, CheckFunction, FieldPath } from '../types.js';

const ALLOWED_TYPES: ReadonlySet<string> = new Set(['RuntimeDefault', 'Localhost']);

const checkV1_19: CheckFunction = (pod) => {
  const setters: string[] = [];
  const badTypes: string[] = [];
  const explicitPaths: FieldPath[] = [];
  let podOK = false;
  const podProfile = asRecord(podSecurityContext(pod)?.seccompProfile);
  if (podProfile !== undefined) {
    const type = scalarText(podProfile.type) ?? '';
    if (ALLOWED_TYPES.has(type)) {
      podOK = true;
    } else {
      setters.push('pod');
      badTypes.push(type);
      explicitPaths.push(['spec', 'securityContext', 'seccompProfile', 'type']);
    }
  }
  const explicitBad: string[] = [];
  const implicitBad: string[] = [];
  const implicitPaths: FieldPath[] = [];
  forEachContainer(podSpec(pod), (c) => {
    const profile = asRecord(c.securityContext?.seccompProfile);
    if (profile !== undefined) {
      const type = scalarText(profile.type) ?? '';
      if (!ALLOWED_TYPES.has(type)) {
        explicitBad.push(c.name);
        badTypes.push(type);
        explicitPaths.push(containerPath(c, 'securityContext', 'seccompProfile', 'type'));
      }
    } else if (!podOK) {
      implicitBad.push(c.name);
      implicitPaths.push(containerPath(c, 'securityContext', 'seccompProfile'));
    }
  });
  if (explicitBad.length > 0) setters.push(containerPhrase(explicitBad));
  if (setters.length > 0) {
    return forbidden(
      'seccompProfile',
      `${joinSetters(setters)} must not set securityContext.seccompProfile.type to ${quoteList(sortedSet(badTypes))}`,
      explicitPaths,
    );
  }
  if (implicitBad.length === 0) return ALLOWED;
  return forbidden(
    'seccompProfile',
    `pod or ${containerPhrase(implicitBad)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
    // The pod-level field is the other way to fix it (and where an overlay patch may have removed it).
    [...implicitPaths, ['spec', 'securityContext', 'seccompProfile']],
  );
};

/**
 * Seccomp (restricted): a profile must be set.
 * Upstream: `policy/check_seccompProfile_restricted.go` in kubernetes/pod-security-admission.
 */
export const seccompProfile_restricted: CheckDefinition = {
  meta: {
    id: 'seccompProfile_restricted',
    level: 'restricted',
    title: 'Seccomp profile (restricted)',
    description:
      'Restricted pods must opt in to a seccomp profile (the runtime default or a node-local one), so every container has its system calls filtered.',
    allowed:
      '`seccompProfile.type` `RuntimeDefault` or `Localhost` on the pod, or on every container that the pod setting does not cover (from v1.19). From v1.25, Windows pods are exempt.',
    fix: [
      'Set the runtime default profile once in the pod security context.',
      '',
      '```yaml',
      'spec:',
      '  securityContext:',
      '    seccompProfile:',
      '      type: RuntimeDefault',
      '```',
    ].join('\n'),
    overrides: ['seccompProfile_baseline'],
    docsUrl: `${PSS_DOCS}#restricted`,
    reason: '`seccompProfile`',
    reference: [
      '## Fields read',
      "`spec.securityContext.seccompProfile.type` and each container's",
      '`securityContext.seccompProfile.type` (init, regular, ephemeral). Annotations are ignored. From',
      'v1.25 also `spec.os.name`.',
      '',
      '## Allowed values',
      '`RuntimeDefault` or `Localhost`. A valid pod-level profile covers containers that set none; a',
      'container without a profile fails if the pod has no valid one. Any explicit other type',
      '(`Unconfined`, `""` from `seccompProfile: {}`) fails — the pod-level one even if every container sets',
      'a valid profile.',
      '',
      '## Versions',
      '* v1.0–v1.18: absent; restricted runs the annotation-based `seccompProfile_baseline` instead.',
      '* v1.19–v1.24: the rule above.',
      '* v1.25+: a Windows pod passes outright (the override stays in force).',
      '',
      '## Message',
      'Explicit bad types (reported first, hiding missing ones):',
      '```',
      'seccompProfile (<setters> must not set securityContext.seccompProfile.type to <quoted types>)',
      '```',
      'otherwise:',
      '```',
      'seccompProfile (pod or <container noun phrase> must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
      '```',
      'Example:',
      '```',
      'would violate PodSecurity "restricted:latest": seccompProfile (pod or container "nginx" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
      '```',
    ].join('\n'),
  },
  variants: [
    { minVersion: 19, overrides: ['seccompProfile_baseline'], check: checkV1_19 },
    { minVersion: 25, overrides: ['seccompProfile_baseline'], check: exemptWindowsPods(checkV1_19) },
  ],
};
