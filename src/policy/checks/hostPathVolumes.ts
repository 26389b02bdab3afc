import { ALLOWED, forbidden, PSS_DOCS } from '../check-kit.js';
import { volumePhrase } from '../messages.js';
import { asArray, asRecord, asString, isPresent, podSpec } from '../shape.js';
import type { CheckDefinition, CheckFunction, FieldPath } from '../types.js';

const checkV1_0: CheckFunction = (pod) => {
  const volumes = asArray(podSpec(pod)?.volumes);
  if (volumes === undefined) return ALLOWED;
  const names: string[] = [];
  const paths: FieldPath[] = [];
  volumes.forEach((item, index) => {
    const volume = asRecord(item);
    if (volume !== undefined && isPresent(volume.hostPath)) {
      names.push(asString(volume.name) ?? '');
      paths.push(['spec', 'volumes', index, 'hostPath']);
    }
  });
  if (names.length === 0) return ALLOWED;
  return forbidden('hostPath volumes', volumePhrase(names), paths);
};

/**
 * HostPath volumes.
 * Upstream: `policy/check_hostPathVolumes.go` in kubernetes/pod-security-admission.
 */
export const hostPathVolumes: CheckDefinition = {
  meta: {
    id: 'hostPathVolumes',
    level: 'baseline',
    title: 'HostPath volumes',
    description:
      'A hostPath volume mounts a file or directory of the node into the pod, which can expose credentials, the container runtime socket or let the pod change the node.',
    allowed:
      'No volume in `spec.volumes` has a `hostPath` source. (Under restricted, `restrictedVolumes` takes over this rule.)',
    fix: [
      'Replace the hostPath volume with an `emptyDir`, a `configMap`/`secret`, or a PersistentVolumeClaim.',
      '',
      '```yaml',
      'volumes:',
      '  - name: cache',
      '    emptyDir: {}',
      '```',
    ].join('\n'),
    overrides: [],
    docsUrl: `${PSS_DOCS}#baseline`,
    reason: '`hostPath volumes`',
    reference: [
      '## Fields read',
      '`spec.volumes[*].hostPath`.',
      '',
      '## Allowed values',
      'A volume fails when `hostPath` is present and not `null` — even an empty object `hostPath: {}`',
      'counts. Every other volume source passes this check.',
      '',
      '## Versions',
      'Unchanged since v1.0. Under **restricted** this check never runs: `restrictedVolumes` replaces it and',
      'reports hostPath volumes as `restricted volume types (volume "x" uses restricted volume type "hostPath")`.',
      '',
      '## Message',
      '```',
      'hostPath volumes (<volume noun phrase>)',
      '```',
      'The noun phrase is `volume "a"` or `volumes "a", "b"` in spec order. Example:',
      '```',
      'would violate PodSecurity "baseline:latest": hostPath volumes (volumes "docker-sock", "host-logs")',
      '```',
    ].join('\n'),
  },
  variants: [{ minVersion: 0, check: checkV1_0 }],
};
