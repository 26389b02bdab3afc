import { ALLOWED, exemptUserNamespacePods, forbidden, PSS_DOCS } from '../check-kit.js';
import { containerPhrase, quoteList, sortedSet } from '../messages.js';
import { containerPath, forEachContainer, podSpec, scalarText } from '../shape.js';
import type { CheckDefinition, CheckFunction, FieldPath } from '../types.js';

/**
 * The core procMount rule shared with procMount_restricted: any explicit value other than `Default`
 * (including `""`) is forbidden.
 */
export const procMountRule: CheckFunction = (pod) => {
  const names: string[] = [];
  const values: string[] = [];
  const paths: FieldPath[] = [];
  forEachContainer(podSpec(pod), (c) => {
    const value = scalarText(c.securityContext?.procMount);
    if (value !== undefined && value !== 'Default') {
      names.push(c.name);
      values.push(value);
      paths.push(containerPath(c, 'securityContext', 'procMount'));
    }
  });
  if (names.length === 0) return ALLOWED;
  return forbidden(
    'procMount',
    `${containerPhrase(names)} must not set securityContext.procMount to ${quoteList(sortedSet(values))}`,
    paths,
  );
};

/**
 * /proc mount type (baseline).
 * Upstream: `policy/check_procMount_baseline.go` in kubernetes/pod-security-admission.
 */
export const procMount: CheckDefinition = {
  meta: {
    id: 'procMount',
    level: 'baseline',
    title: '/proc mount type',
    description:
      'The default /proc mount masks and makes read-only paths that expose host kernel details; `Unmasked` removes that masking.',
    allowed:
      '`securityContext.procMount` absent or `Default`. From v1.35, any value is allowed in a pod with `hostUsers: false` (user namespace).',
    fix: [
      'Remove `procMount` or set it to `Default`. If the workload truly needs an unmasked /proc, run it in a user namespace.',
      '',
      '```yaml',
      'spec:',
      '  hostUsers: false',
      '  containers:',
      '    - name: app',
      '      securityContext:',
      '        procMount: Default',
      '```',
    ].join('\n'),
    overrides: [],
    docsUrl: `${PSS_DOCS}#baseline`,
    reason: '`procMount`',
    reference: [
      '## Fields read',
      '`securityContext.procMount` of every container (init, regular, ephemeral).',
      'From v1.35 also `spec.hostUsers`.',
      '',
      '## Allowed values',
      'Absent or exactly `Default`. Any other explicit value — `Unmasked`, the empty string `""`, anything',
      'else — fails.',
      '',
      '## Versions',
      '* v1.0–v1.34: the rule above for every pod.',
      '* v1.35+: a pod with `spec.hostUsers: false` (a user-namespace pod) passes outright, because its',
      '  root maps to an unprivileged host user. `hostUsers: true` or absent does not count.',
      '  Restricted does not get this relaxation: from v1.35 `procMount_restricted` replaces this check.',
      '',
      '## Message',
      '```',
      'procMount (<container noun phrase> must not set securityContext.procMount to <quoted values>)',
      '```',
      'Values sorted and de-duplicated. Example:',
      '```',
      'violates PodSecurity "baseline:v1.34": procMount (containers "d", "e" must not set securityContext.procMount to "Unmasked", "other")',
      '```',
    ].join('\n'),
  },
  variants: [
    { minVersion: 0, check: procMountRule },
    { minVersion: 35, check: exemptUserNamespacePods(procMountRule) },
  ],
};
