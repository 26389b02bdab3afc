import { ALLOWED, exemptUserNamespacePods, forbidden, PSS_DOCS } from '../check-kit.js';
import { containerPhrase, joinSetters } from '../messages.js';
import { containerPath, forEachContainer, podSecurityContext, podSpec } from '../shape.js';
import type { CheckDefinition, CheckFunction, FieldPath } from '../types.js';

// Only an explicit 0 fails; a pod-level 0 fails even when every container overrides it.
const checkV1_23: CheckFunction = (pod) => {
  const setters: string[] = [];
  const paths: FieldPath[] = [];
  if (podSecurityContext(pod)?.runAsUser === 0) {
    setters.push('pod');
    paths.push(['spec', 'securityContext', 'runAsUser']);
  }
  const containers: string[] = [];
  forEachContainer(podSpec(pod), (c) => {
    if (c.securityContext?.runAsUser === 0) {
      containers.push(c.name);
      paths.push(containerPath(c, 'securityContext', 'runAsUser'));
    }
  });
  if (containers.length > 0) setters.push(containerPhrase(containers));
  if (setters.length === 0) return ALLOWED;
  return forbidden('runAsUser=0', `${joinSetters(setters)} must not set runAsUser=0`, paths);
};

/**
 * Running as a non-zero user.
 * Upstream: `policy/check_runAsUser.go` in kubernetes/pod-security-admission.
 */
export const runAsUser: CheckDefinition = {
  meta: {
    id: 'runAsUser',
    level: 'restricted',
    title: 'Running as root user ID',
    description:
      'Setting `runAsUser: 0` runs the container as root, which `runAsNonRoot` alone does not stop when set explicitly.',
    allowed:
      '`runAsUser` (pod or container) absent or non-zero (from v1.23). From v1.35, pods with `hostUsers: false` are exempt.',
    fix: [
      'Remove `runAsUser: 0` or choose a non-zero user ID.',
      '',
      '```yaml',
      'securityContext:',
      '  runAsUser: 10001',
      '```',
    ].join('\n'),
    overrides: [],
    docsUrl: `${PSS_DOCS}#restricted`,
    reason: '`runAsUser=0`',
    reference: [
      '## Fields read',
      "`spec.securityContext.runAsUser` and each container's `securityContext.runAsUser` (init, regular,",
      'ephemeral). From v1.35 also `spec.hostUsers`.',
      '',
      '## Allowed values',
      'Absent or any non-zero number. Only an explicit `0` fails; a pod-level `0` fails even when every',
      'container overrides it.',
      '',
      '## Versions',
      '* v1.0–v1.22: the check does not exist.',
      '* v1.23–v1.34: the rule above.',
      '* v1.35+: a pod with `spec.hostUsers: false` passes outright.',
      '',
      '## Message',
      '```',
      'runAsUser=0 (<setters> must not set runAsUser=0)',
      '```',
      '(no `securityContext.` prefix). Setters: `pod`, then the container noun phrase. Example:',
      '```',
      'violates PodSecurity "restricted:latest": runAsUser=0 (pod and container "init" must not set runAsUser=0)',
      '```',
    ].join('\n'),
  },
  variants: [
    { minVersion: 23, check: checkV1_23 },
    { minVersion: 35, check: exemptUserNamespacePods(checkV1_23) },
  ],
};
