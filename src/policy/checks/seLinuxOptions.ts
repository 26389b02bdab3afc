import { ALLOWED, forbidden, PSS_DOCS } from '../check-kit.js';
import { containerPhrase, joinSetters, plural, quoteList, sortedSet } from '../messages.js';
import {
  asRecord,
  containerPath,
  forEachContainer,
  podSecurityContext,
  podSpec,
  scalarText,
  type UnknownRecord,
} from '../shape.js';
import type { CheckDefinition, CheckFunction, FieldPath } from '../types.js';

const TYPES_V1_0 = ['', 'container_t', 'container_init_t', 'container_kvm_t'];
// v1.31 allows the type used by container engines running nested inside a pod.
const TYPES_V1_31 = [...TYPES_V1_0, 'container_engine_t'];

interface Findings {
  readonly badTypes: string[];
  userSet: boolean;
  roleSet: boolean;
  readonly paths: FieldPath[];
}

/** Records what is wrong with one seLinuxOptions object; true if anything is. */
function inspect(
  options: UnknownRecord | undefined,
  allowedTypes: ReadonlySet<string>,
  basePath: readonly (string | number)[],
  found: Findings,
): boolean {
  if (options === undefined) return false;
  let bad = false;
  const type = scalarText(options.type) ?? '';
  if (!allowedTypes.has(type)) {
    bad = true;
    found.badTypes.push(type);
    found.paths.push([...basePath, 'type']);
  }
  if ((scalarText(options.user) ?? '') !== '') {
    bad = true;
    found.userSet = true;
    found.paths.push([...basePath, 'user']);
  }
  if ((scalarText(options.role) ?? '') !== '') {
    bad = true;
    found.roleSet = true;
    found.paths.push([...basePath, 'role']);
  }
  return bad;
}

function seLinuxCheck(types: readonly string[]): CheckFunction {
  const allowedTypes: ReadonlySet<string> = new Set(types);
  return (pod) => {
    const found: Findings = { badTypes: [], userSet: false, roleSet: false, paths: [] };
    const setters: string[] = [];
    const podOptions = asRecord(podSecurityContext(pod)?.seLinuxOptions);
    if (inspect(podOptions, allowedTypes, ['spec', 'securityContext', 'seLinuxOptions'], found)) setters.push('pod');
    const containers: string[] = [];
    forEachContainer(podSpec(pod), (c) => {
      const options = asRecord(c.securityContext?.seLinuxOptions);
      if (inspect(options, allowedTypes, containerPath(c, 'securityContext', 'seLinuxOptions'), found)) {
        containers.push(c.name);
      }
    });
    if (containers.length > 0) setters.push(containerPhrase(containers));
    if (setters.length === 0) return ALLOWED;

    const parts: string[] = [];
    if (found.badTypes.length > 0) {
      const types = sortedSet(found.badTypes);
      parts.push(`${plural('type', 'types', types.length)} ${quoteList(types)}`);
    }
    if (found.userSet) parts.push('user may not be set');
    if (found.roleSet) parts.push('role may not be set');
    return forbidden(
      'seLinuxOptions',
      `${joinSetters(setters)} set forbidden securityContext.seLinuxOptions: ${parts.join('; ')}`,
      found.paths,
    );
  };
}

/**
 * SELinux options.
 * Upstream: `policy/check_seLinuxOptions.go` in kubernetes/pod-security-admission.
 */
export const seLinuxOptions: CheckDefinition = {
  meta: {
    id: 'seLinuxOptions',
    level: 'baseline',
    title: 'SELinux options',
    description:
      'A custom SELinux user, role or type can lift the confinement SELinux gives containers, for example running with a host-level domain.',
    allowed:
      '`seLinuxOptions.type` absent, empty, `container_t`, `container_init_t`, `container_kvm_t` or (from v1.31) `container_engine_t`; `user` and `role` absent or empty. `level` is free.',
    fix: [
      'Remove `user` and `role`, and use one of the allowed types (or none).',
      '',
      '```yaml',
      'securityContext:',
      '  seLinuxOptions:',
      '    level: "s0:c123,c456"',
      '```',
    ].join('\n'),
    overrides: [],
    docsUrl: `${PSS_DOCS}#baseline`,
    reason: '`seLinuxOptions`',
    reference: [
      '## Fields read',
      "`spec.securityContext.seLinuxOptions` and each container's `securityContext.seLinuxOptions` (init,",
      'regular, ephemeral), only when present: `.type`, `.user`, `.role`. `.level` is never checked.',
      '',
      '## Allowed values',
      '* `type`: absent, `""`, `container_t`, `container_init_t`, `container_kvm_t`; from v1.31 also',
      '  `container_engine_t`.',
      '* `user` and `role`: absent or empty.',
      '',
      '## Versions',
      '* v1.0–v1.30: the four types above.',
      '* v1.31+: adds `container_engine_t`.',
      '',
      '## Message',
      '```',
      'seLinuxOptions (<setters> set forbidden securityContext.seLinuxOptions: <parts>)',
      '```',
      'Setters: `pod`, then the container noun phrase, joined by `" and "`. Parts, in this order and only',
      'when they apply, joined by `"; "`: `type "x"` / `types "x", "y"` (sorted), `user may not be set`,',
      '`role may not be set`. Examples:',
      '```',
      'violates PodSecurity "baseline:v1.30": seLinuxOptions (container "app" set forbidden securityContext.seLinuxOptions: type "container_engine_t")',
      'would violate PodSecurity "baseline:latest": seLinuxOptions (pod and containers "e", "f", "g" set forbidden securityContext.seLinuxOptions: types "bar", "foo"; user may not be set; role may not be set)',
      '```',
    ].join('\n'),
  },
  variants: [
    { minVersion: 0, check: seLinuxCheck(TYPES_V1_0) },
    { minVersion: 31, check: seLinuxCheck(TYPES_V1_31) },
  ],
};
