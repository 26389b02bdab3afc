import { ALLOWED, exemptWindowsPods, forbidden, PSS_DOCS } from '../check-kit.js';
import { containerPhrase, quoteList, sortedSet } from '../messages.js';
import { asArray, asRecord, containerPath, forEachContainer, podSpec, scalarText } from '../shape.js';
import type { CheckDefinition, CheckFunction, FieldPath } from '../types.js';

const ADDABLE = 'NET_BIND_SERVICE';

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

/** Capabilities (restricted): drop everything, add back at most NET_BIND_SERVICE. */
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
  },
  variants: [
    { minVersion: 22, overrides: ['capabilities_baseline'], check: checkV1_22 },
    { minVersion: 25, overrides: ['capabilities_baseline'], check: exemptWindowsPods(checkV1_22) },
  ],
};
