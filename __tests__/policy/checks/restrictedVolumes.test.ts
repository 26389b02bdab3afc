import { describe, expect, it } from 'vitest';
import { RESTRICTED_VOLUME_SOURCES } from '../../../src/policy/checks/restrictedVolumes.js';
import { evaluatePod } from '../../../src/policy/evaluate.js';
import { outcomeAt, pod, runCheckCases, version } from '../helpers.js';

describe('restrictedVolumes', () => {
  runCheckCases('restrictedVolumes', [
    {
      name: 'every allowed source, image included at v1.0',
      version: 'v1.0',
      pod: pod({
        volumes: [
          { name: 'a', configMap: { name: 'c' } },
          { name: 'b', csi: { driver: 'd' } },
          { name: 'c', downwardAPI: {} },
          { name: 'd', emptyDir: {} },
          { name: 'e', ephemeral: {} },
          { name: 'f', image: { reference: 'r' } },
          { name: 'g', persistentVolumeClaim: { claimName: 'x' } },
          { name: 'h', projected: { sources: [] } },
          { name: 'i', secret: { secretName: 's' } },
        ],
      }),
    },
    {
      name: 'spec example: one volume',
      version: 'v1.0',
      pod: pod({ volumes: [{ name: 'volume1', gcePersistentDisk: { pdName: 'x' } }] }),
      reason: 'restricted volume types',
      detail: 'volume "volume1" uses restricted volume type "gcePersistentDisk"',
      paths: [['spec', 'volumes', 0, 'gcePersistentDisk']],
    },
    {
      name: 'hostPath volume, as the upstream fixture message says',
      pod: pod({ volumes: [{ name: 'volume-hostpath', hostPath: { path: '/dev/null' } }] }),
      reason: 'restricted volume types',
      detail: 'volume "volume-hostpath" uses restricted volume type "hostPath"',
    },
    {
      name: 'several volumes, types sorted and de-duplicated, names in spec order',
      pod: pod({
        volumes: [
          { name: 'z', nfs: { server: 's', path: '/' } },
          { name: 'ok', emptyDir: {} },
          { name: 'y', awsElasticBlockStore: { volumeID: 'v' } },
          { name: 'x', nfs: {} },
        ],
      }),
      reason: 'restricted volume types',
      detail: 'volumes "z", "y", "x" use restricted volume types "awsElasticBlockStore", "nfs"',
    },
    {
      name: 'two volumes of one type: use, singular noun',
      pod: pod({
        volumes: [
          { name: 'a', gitRepo: {} },
          { name: 'b', gitRepo: {} },
        ],
      }),
      reason: 'restricted volume types',
      detail: 'volumes "a", "b" use restricted volume type "gitRepo"',
    },
  ]);

  it('labels a bad volume by the first restricted source in upstream order', () => {
    for (const source of RESTRICTED_VOLUME_SOURCES) {
      const outcome = outcomeAt(
        'restrictedVolumes',
        'latest',
        pod({ volumes: [{ name: 'v', [source]: {}, storageos: {} }] }),
      );
      const expected = source === 'storageos' ? 'storageos' : source;
      expect(outcome).toMatchObject({ allowed: false, detail: `volume "v" uses restricted volume type "${expected}"` });
    }
  });

  it('P12: a volume with no source is emptyDir after API-server defaulting, unknown without it', () => {
    const p = pod({ volumes: [{ name: 'volume0' }] });
    expect(evaluatePod(p, 'restricted', version('latest')).map((f) => f.id)).not.toContain('restrictedVolumes');
    const raw = evaluatePod(p, 'restricted', version('latest'), { apiServerDefaults: false }).find(
      (f) => f.id === 'restrictedVolumes',
    );
    expect(raw).toEqual({
      id: 'restrictedVolumes',
      reason: 'restricted volume types',
      detail: 'volume "volume0" uses restricted volume type "unknown"',
      paths: [['spec', 'volumes', 0]],
    });
    expect(p).toEqual(pod({ volumes: [{ name: 'volume0' }] }));
  });
});
