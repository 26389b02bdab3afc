import { ALLOWED, exemptUserNamespacePods, forbidden, PSS_DOCS } from '../check-kit.js';
import { containerPhrase, joinSetters } from '../messages.js';
import { containerPath, forEachContainer, podSecurityContext, podSpec } from '../shape.js';
import type { CheckDefinition, CheckFunction, FieldPath } from '../types.js';

const checkV1_0: CheckFunction = (pod) => {
  const setters: string[] = [];
  const explicitPaths: FieldPath[] = [];
  const podValue = podSecurityContext(pod)?.runAsNonRoot;
  if (podValue === false) {
    setters.push('pod');
    explicitPaths.push(['spec', 'securityContext', 'runAsNonRoot']);
  }
  const podOK = podValue === true;
  const explicitBad: string[] = [];
  const implicitBad: string[] = [];
  const implicitPaths: FieldPath[] = [];
  forEachContainer(podSpec(pod), (c) => {
    const value = c.securityContext?.runAsNonRoot;
    if (typeof value === 'boolean') {
      if (!value) {
        explicitBad.push(c.name);
        explicitPaths.push(containerPath(c, 'securityContext', 'runAsNonRoot'));
      }
    } else if (!podOK) {
      implicitBad.push(c.name);
      implicitPaths.push(containerPath(c, 'securityContext', 'runAsNonRoot'));
    }
  });
  if (explicitBad.length > 0) setters.push(containerPhrase(explicitBad));
  // An explicit false is the thing to fix first; upstream does not mention the unset ones alongside it.
  if (setters.length > 0) {
    return forbidden(
      'runAsNonRoot != true',
      `${joinSetters(setters)} must not set securityContext.runAsNonRoot=false`,
      explicitPaths,
    );
  }
  if (implicitBad.length === 0) return ALLOWED;
  return forbidden(
    'runAsNonRoot != true',
    `pod or ${containerPhrase(implicitBad)} must set securityContext.runAsNonRoot=true`,
    // The pod-level field is the other way to fix it (and where an overlay patch may have removed it).
    [...implicitPaths, ['spec', 'securityContext', 'runAsNonRoot']],
  );
};

/**
 * Running as non-root.
 * Upstream: `policy/check_runAsNonRoot.go` in kubernetes/pod-security-admission.
 */
export const runAsNonRoot: CheckDefinition = {
  meta: {
    id: 'runAsNonRoot',
    level: 'restricted',
    title: 'Running as non-root',
    description:
      'Containers must be required to run as a non-root user, so the kubelet refuses to start an image whose user is root.',
    allowed:
      '`runAsNonRoot: true` on the pod (with no container setting `false`) or on every container. From v1.35, pods with `hostUsers: false` are exempt.',
    fix: [
      'Set `runAsNonRoot: true` in the pod security context and make sure the image runs as a non-zero user.',
      '',
      '```yaml',
      'spec:',
      '  securityContext:',
      '    runAsNonRoot: true',
      '    runAsUser: 10001',
      '```',
    ].join('\n'),
    overrides: [],
    docsUrl: `${PSS_DOCS}#restricted`,
    reason: '`runAsNonRoot != true`',
    reference: [
      '## Fields read',
      "`spec.securityContext.runAsNonRoot` and each container's `securityContext.runAsNonRoot` (init,",
      'regular, ephemeral). From v1.35 also `spec.hostUsers`. `runAsUser` is not considered here (see',
      '[`runAsUser`](runAsUser.md)).',
      '',
      '## Allowed values',
      '* Pod-level `true` covers every container that does not set the field.',
      '* A container setting `true` is fine even without the pod setting.',
      '* Any explicit `false` fails — pod-level `false` fails even if every container says `true`.',
      '',
      '## Versions',
      '* v1.0–v1.34: the rule above for every pod (no Windows exemption at any version).',
      '* v1.35+: a pod with `spec.hostUsers: false` passes outright.',
      '',
      '## Message',
      'Explicit `false` values (reported first, and hiding missing ones):',
      '```',
      'runAsNonRoot != true (<setters> must not set securityContext.runAsNonRoot=false)',
      '```',
      'otherwise, for containers not covered:',
      '```',
      'runAsNonRoot != true (pod or <container noun phrase> must set securityContext.runAsNonRoot=true)',
      '```',
      'Examples:',
      '```',
      'would violate PodSecurity "restricted:latest": runAsNonRoot != true (pod or container "nginx" must set securityContext.runAsNonRoot=true)',
      'violates PodSecurity "restricted:v1.30": runAsNonRoot != true (containers "c", "d" must not set securityContext.runAsNonRoot=false)',
      '```',
    ].join('\n'),
  },
  variants: [
    { minVersion: 0, check: checkV1_0 },
    { minVersion: 35, check: exemptUserNamespacePods(checkV1_0) },
  ],
};
