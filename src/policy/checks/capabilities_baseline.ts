import { ALLOWED, forbidden, PSS_DOCS } from '../check-kit.js';
import { containerPhrase, quoteList, sortedSet } from '../messages.js';
import { asArray, asRecord, containerPath, forEachContainer, podSpec, scalarText } from '../shape.js';
import type { CheckDefinition, CheckFunction, FieldPath } from '../types.js';

// The container runtime defaults; exact, case-sensitive names without the CAP_ prefix.
export const ALLOWED_CAPABILITIES: ReadonlySet<string> = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

const checkV1_0: CheckFunction = (pod) => {
  const names: string[] = [];
  const values: string[] = [];
  const paths: FieldPath[] = [];
  forEachContainer(podSpec(pod), (c) => {
    const add = asArray(asRecord(c.securityContext?.capabilities)?.add);
    if (add === undefined) return;
    let bad = false;
    add.forEach((entry, index) => {
      const capability = scalarText(entry);
      if (capability !== undefined && !ALLOWED_CAPABILITIES.has(capability)) {
        bad = true;
        values.push(capability);
        paths.push(containerPath(c, 'securityContext', 'capabilities', 'add', index));
      }
    });
    if (bad) names.push(c.name);
  });
  if (names.length === 0) return ALLOWED;
  return forbidden(
    'non-default capabilities',
    `${containerPhrase(names)} must not include ${quoteList(sortedSet(values))} in securityContext.capabilities.add`,
    paths,
  );
};

/**
 * Added capabilities beyond the runtime defaults.
 * Upstream: `policy/check_capabilities_baseline.go` in kubernetes/pod-security-admission.
 */
export const capabilities_baseline: CheckDefinition = {
  meta: {
    id: 'capabilities_baseline',
    level: 'baseline',
    title: 'Non-default capabilities',
    description:
      'Capabilities such as `SYS_ADMIN` or `NET_RAW` give a container kernel powers well beyond what ordinary applications need and open paths to escape.',
    allowed:
      '`securityContext.capabilities.add` may only list `AUDIT_WRITE`, `CHOWN`, `DAC_OVERRIDE`, `FOWNER`, `FSETID`, `KILL`, `MKNOD`, `NET_BIND_SERVICE`, `SETFCAP`, `SETGID`, `SETPCAP`, `SETUID`, `SYS_CHROOT` (exact spelling, no `CAP_` prefix).',
    fix: [
      'Remove the extra capabilities from `add`; keep only the defaults the program needs.',
      '',
      '```yaml',
      'securityContext:',
      '  capabilities:',
      '    add: ["NET_BIND_SERVICE"]',
      '```',
    ].join('\n'),
    overrides: [],
    docsUrl: `${PSS_DOCS}#baseline`,
    reason: '`non-default capabilities`',
    reference: [
      '## Fields read',
      '`securityContext.capabilities.add` of every container (init, regular, ephemeral). `drop` is ignored.',
      '',
      '## Allowed values',
      'Exactly (case-sensitive) one of: `AUDIT_WRITE`, `CHOWN`, `DAC_OVERRIDE`, `FOWNER`, `FSETID`, `KILL`,',
      '`MKNOD`, `NET_BIND_SERVICE`, `SETFCAP`, `SETGID`, `SETPCAP`, `SETUID`, `SYS_CHROOT`.',
      '`chown`, `CAP_CHOWN` and `NET_RAW` are not allowed.',
      '',
      '## Versions',
      'Unchanged since v1.0. In restricted it applies only at v1.0–v1.21; from v1.22 the stricter',
      '`capabilities_restricted` runs instead, even for Windows pods that check exempts (v1.25+).',
      '',
      '## Message',
      '```',
      'non-default capabilities (<container noun phrase> must not include <quoted capabilities> in securityContext.capabilities.add)',
      '```',
      'Containers in visiting order; the forbidden values from all of them sorted (byte order) and',
      'de-duplicated. Example:',
      '```',
      'would violate PodSecurity "baseline:latest": non-default capabilities (containers "a", "b" must not include "NET_ADMIN", "SYS_TIME" in securityContext.capabilities.add)',
      '```',
    ].join('\n'),
  },
  variants: [{ minVersion: 0, check: checkV1_0 }],
};
