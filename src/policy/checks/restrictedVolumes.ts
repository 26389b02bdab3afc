import { ALLOWED, forbidden, PSS_DOCS } from '../check-kit.js';
import { plural, quoteList, sortedSet, usesVerb, volumePhrase } from '../messages.js';
import { asArray, asRecord, asString, isPresent, podSpec } from '../shape.js';
import type { CheckDefinition, CheckFunction, FieldPath } from '../types.js';

/** Volume sources restricted pods may use. `image` is allowed at every version. */
export const ALLOWED_VOLUME_SOURCES = [
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'image',
  'persistentVolumeClaim',
  'projected',
  'secret',
] as const;

/** The other volume sources, in the order upstream picks the label of a bad volume. */
export const RESTRICTED_VOLUME_SOURCES = [
  'hostPath',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'nfs',
  'iscsi',
  'glusterfs',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'fc',
  'azureFile',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'portworxVolume',
  'scaleIO',
  'storageos',
] as const;

const checkV1_0: CheckFunction = (pod) => {
  const volumes = asArray(podSpec(pod)?.volumes);
  if (volumes === undefined) return ALLOWED;
  const names: string[] = [];
  const types: string[] = [];
  const paths: FieldPath[] = [];
  volumes.forEach((item, index) => {
    const volume = asRecord(item);
    if (volume === undefined) return;
    if (ALLOWED_VOLUME_SOURCES.some((source) => isPresent(volume[source]))) return;
    const type = RESTRICTED_VOLUME_SOURCES.find((source) => isPresent(volume[source]));
    names.push(asString(volume.name) ?? '');
    types.push(type ?? 'unknown');
    paths.push(type === undefined ? ['spec', 'volumes', index] : ['spec', 'volumes', index, type]);
  });
  if (names.length === 0) return ALLOWED;
  const distinct = sortedSet(types);
  return forbidden(
    'restricted volume types',
    `${volumePhrase(names)} ${usesVerb(names.length)} ${plural('restricted volume type', 'restricted volume types', distinct.length)} ${quoteList(distinct)}`,
    paths,
  );
};

/**
 * Volume types.
 * Upstream: `policy/check_restrictedVolumes.go` in kubernetes/pod-security-admission.
 */
export const restrictedVolumes: CheckDefinition = {
  meta: {
    id: 'restrictedVolumes',
    level: 'restricted',
    title: 'Volume types',
    description:
      'Restricted pods may only use volume types that do not reach into the node or need privileged mounts: configMap, secret, projected, downwardAPI, emptyDir, PVCs, CSI, ephemeral and image volumes.',
    allowed:
      'Every volume in `spec.volumes` uses one of `configMap`, `csi`, `downwardAPI`, `emptyDir`, `ephemeral`, `image`, `persistentVolumeClaim`, `projected`, `secret`. A volume with no source is defaulted to `emptyDir` by the API server.',
    fix: [
      'Move node-local or network storage behind a PersistentVolumeClaim, or use an allowed volume type.',
      '',
      '```yaml',
      'volumes:',
      '  - name: data',
      '    persistentVolumeClaim:',
      '      claimName: data',
      '```',
    ].join('\n'),
    overrides: ['hostPathVolumes'],
    docsUrl: `${PSS_DOCS}#restricted`,
    reason: '`restricted volume types`',
    reference: [
      '## Fields read',
      '`spec.volumes[*]`: which volume source fields are present.',
      '',
      '## Allowed values',
      'A volume passes if **any** of these sources is present: `configMap`, `csi`, `downwardAPI`,',
      '`emptyDir`, `ephemeral`, `image`, `persistentVolumeClaim`, `projected`, `secret`. (`image` is',
      'allowed at every version.)',
      '',
      'A volume **with no source at all** is defaulted to `emptyDir` by the API server before admission, so',
      "podsec treats it as `emptyDir` too (as the cluster, and upstream's test corpus, do).",
      '',
      'Anything else fails, labelled with the first present of: `hostPath`, `gcePersistentDisk`,',
      '`awsElasticBlockStore`, `gitRepo`, `nfs`, `iscsi`, `glusterfs`, `rbd`, `flexVolume`, `cinder`,',
      '`cephfs`, `flocker`, `fc`, `azureFile`, `vsphereVolume`, `quobyte`, `azureDisk`,',
      '`photonPersistentDisk`, `portworxVolume`, `scaleIO`, `storageos`, else `unknown`.',
      '',
      '## Versions',
      'One variant since v1.0. Because it overrides `hostPathVolumes`, a hostPath volume under restricted',
      'is reported here, never as `hostPath volumes`.',
      '',
      '## Message',
      '```',
      'restricted volume types (<volume noun phrase> <uses|use> <restricted volume type|restricted volume types> <quoted types>)',
      '```',
      '`uses` for one bad volume, `use` for several; the noun is plural when there is more than one',
      'distinct type; types sorted. Examples:',
      '```',
      'violates PodSecurity "restricted:latest": restricted volume types (volume "volume-hostpath" uses restricted volume type "hostPath")',
      'would violate PodSecurity "restricted:latest": restricted volume types (volumes "a", "b", "c" use restricted volume types "gitRepo", "nfs")',
      '```',
    ].join('\n'),
  },
  variants: [{ minVersion: 0, overrides: ['hostPathVolumes'], check: checkV1_0 }],
};
