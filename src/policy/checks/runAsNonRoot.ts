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

/** Running as non-root. */
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
  },
  variants: [
    { minVersion: 0, check: checkV1_0 },
    { minVersion: 35, check: exemptUserNamespacePods(checkV1_0) },
  ],
};
