import { ALLOWED, exemptWindowsPods, forbidden, PSS_DOCS } from '../check-kit.js';
import { containerPhrase, quoteList, sortedSet } from '../messages.js';
import { asArray, asRecord, containerPath, forEachContainer, podSpec, scalarText } from '../shape.js';
import type { CheckDefinition, CheckFunction, FieldPath } from '../types.js';

export const ADDABLE = 'NET_BIND_SERVICE';

const checkV1_22: CheckFunction = (pod) => {
  const missingDrop: string[] = [];
  const badAdd: string[] = [];
  const badValues: string[] = [];
  const paths: FieldPath[] = [];
  forEachContainer(podSpec(pod), (c) => {
    const capabilities = asRecord(c.securityContext?.capabilities);
    if (capabilities === undefined) {
      // Upstream does not look at `add` when there is no capabilities object to hold it.
      missingDrop.push(c.name);
      paths.push(containerPath(c, 'securityContext', 'capabilities', 'drop'));
      return;
    }
    // Exactly "ALL": dropping every capability by name, or "all", does not count.
    if (!(asArray(capabilities.drop) ?? []).includes('ALL')) {
      missingDrop.push(c.name);
      paths.push(containerPath(c, 'securityContext', 'capabilities', 'drop'));
    }
    const add = asArray(capabilities.add);
    if (add === undefined) return;
    let bad = false;
    add.forEach((entry, index) => {
      const capability = scalarText(entry);
      if (capability !== undefined && capability !== ADDABLE) {
        bad = true;
        badValues.push(capability);
        paths.push(containerPath(c, 'securityContext', 'capabilities', 'add', index));
      }
    });
    if (bad) badAdd.push(c.name);
  });
  if (missingDrop.length === 0 && badAdd.length === 0) return ALLOWED;
  const parts: string[] = [];
  if (missingDrop.length > 0) {
    parts.push(`${containerPhrase(missingDrop)} must set securityContext.capabilities.drop=["ALL"]`);
  }
  if (badAdd.length > 0) {
    parts.push(
      `${containerPhrase(badAdd)} must not include ${quoteList(sortedSet(badValues))} in securityContext.capabilities.add`,
    );
  }
  return forbidden('unrestricted capabilities', parts.join('; '), paths);
};

/**
 * Capabilities (restricted): drop everything, add back at most NET_BIND_SERVICE.
 * Upstream: `policy/check_capabilities_restricted.go` in kubernetes/pod-security-admission.
 */
export const capabilities_restricted: CheckDefinition = {
  meta: {
    id: 'capabilities_restricted',
    level: 'restricted',
    title: 'Capabilities (restricted)',
    description:
      'Restricted pods drop every Linux capability and may add back only `NET_BIND_SERVICE`, so a compromised process holds no kernel privileges.',
    allowed:
      '`securityContext.capabilities.drop` includes `ALL` on every container, and `add` lists nothing but `NET_BIND_SERVICE` (from v1.22). From v1.25, Windows pods are exempt.',
    fix: [
      'Drop all capabilities and add back only `NET_BIND_SERVICE` if the program binds a port below 1024.',
      '',
      '```yaml',
      'securityContext:',
      '  capabilities:',
      '    drop: ["ALL"]',
      '    add: ["NET_BIND_SERVICE"]',
      '```',
    ].join('\n'),
    overrides: ['capabilities_baseline'],
    docsUrl: `${PSS_DOCS}#restricted`,
    reason: '`unrestricted capabilities`',
    reference: [
      '## Fields read',
      '`securityContext.capabilities.drop` and `.add` of every container (init, regular, ephemeral);',
      'from v1.25 also `spec.os.name`.',
      '',
      '## Allowed values',
      '* `drop` must contain the exact string `ALL` (case-sensitive: `all` does not count, and neither does',
      '  dropping every capability one by one). A missing `securityContext`, missing `capabilities` or',
      '  `capabilities: {}` fails the drop rule (and `add` is then not examined if the object is missing).',
      '* `add` may contain only `NET_BIND_SERVICE`.',
      '',
      '## Versions',
      '* v1.0–v1.21: absent; restricted runs `capabilities_baseline` instead.',
      '* v1.22–v1.24: the rule above for every pod.',
      '* v1.25+: a Windows pod passes outright. The override stays in force, so such a pod is not checked',
      '  by `capabilities_baseline` either under restricted.',
      '',
      '## Message',
      'One or both parts, joined by `"; "`:',
      '```',
      'unrestricted capabilities (<containers missing drop> must set securityContext.capabilities.drop=["ALL"]; <containers adding> must not include <quoted capabilities> in securityContext.capabilities.add)',
      '```',
      'Example:',
      '```',
      'would violate PodSecurity "restricted:latest": unrestricted capabilities (containers "a", "b" must set securityContext.capabilities.drop=["ALL"]; containers "a", "b", "c" must not include "BAR", "BAZ", "CHOWN", "FOO" in securityContext.capabilities.add)',
      '```',
    ].join('\n'),
  },
  variants: [
    { minVersion: 22, overrides: ['capabilities_baseline'], check: checkV1_22 },
    { minVersion: 25, overrides: ['capabilities_baseline'], check: exemptWindowsPods(checkV1_22) },
  ],
};
