// The two generated trees the benchmarks scan. Both are deterministic: same inputs, same bytes.
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pad, writeTree, yaml } from './files.mjs';
import { CI_SCENARIOS, helmChartFiles } from './helm-chart.mjs';
import { kustomizeBaseFiles, kustomizeComponentFiles, kustomizeOverlayFiles } from './kustomize-tree.mjs';

/**
 * The render-overhead corpus: 12 Helm charts (helpers, values-driven security contexts, ci/ scenarios on
 * eight of them, an unpacked subchart on two) and 10 kustomize overlays over 4 bases and 2 components,
 * with strategic-merge and JSON 6902 patches. No plain manifests: everything here is rendered.
 * Returns what was written, for cross-checking against what podsec renders.
 */
export function generateRenderCorpus(root) {
  const charts = [];
  for (let i = 0; i < 12; i++) {
    const name = `svc-${pad(i, 2)}`;
    const ci =
      i < 4
        ? [CI_SCENARIOS.hardened, CI_SCENARIOS.debug]
        : i < 7
          ? [CI_SCENARIOS.debug]
          : i === 7
            ? [CI_SCENARIOS.minimal]
            : [];
    writeTree(
      join(root, 'charts', name),
      helmChartFiles({
        name,
        hardened: i % 2 === 0,
        workers: 2 + (i % 3),
        statefulset: i % 3 === 0,
        cronjob: i % 4 === 1,
        ci,
        subchart: i === 9 || i === 10,
      }),
    );
    charts.push({ path: `charts/${name}`, scenarios: 1 + ci.length });
  }
  const apps = ['billing', 'catalog', 'search', 'gateway'];
  apps.forEach((app, i) =>
    writeTree(join(root, 'kustomize/bases', app), kustomizeBaseFiles(app, { workloads: 6 + i, hardened: i % 2 === 0 })),
  );
  writeTree(join(root, 'kustomize/components'), kustomizeComponentFiles());
  const overlays = [];
  const envs = ['dev', 'staging', 'prod'];
  for (let k = 0; k < 10; k++) {
    const app = apps[k % apps.length];
    const env = envs[k % envs.length];
    const dir = `kustomize/overlays/${env}-${app}-${k}`;
    const components = [
      ...(k % 2 === 0 ? ['../../components/hardening'] : []),
      ...(k % 3 === 0 ? ['../../components/debug-sidecar'] : []),
    ];
    writeTree(
      join(root, dir),
      kustomizeOverlayFiles(`${env}-${k}`, {
        bases: [`../../bases/${app}`],
        firstWorkload: `${app}-0`,
        components,
        breaks: k % 3 === 1,
      }),
    );
    overlays.push({ path: dir });
  }
  return { charts, overlays };
}

/**
 * The scale monorepo: `charts` Helm charts whose templates range over a values list of worker
 * Deployments, `overlays` kustomize overlays (two per base, like dev/prod), and plain manifest files.
 * With the defaults (110 charts, 90 overlays, 90 manifest files) it holds about 5,000 workloads.
 */
export function generateScaleMonorepo(root, { charts = 110, overlays = 90, manifestFiles = 90 } = {}) {
  let expectedRenders = 0;
  for (let i = 0; i < charts; i++) {
    const name = `chart-${pad(i)}`;
    const ci = i % 10 === 0 ? [CI_SCENARIOS.debug] : [];
    writeTree(
      join(root, 'services', `team-${pad(i % 12, 2)}`, name),
      helmChartFiles({
        name,
        hardened: i % 3 !== 0,
        workers: 6 + ((i * 13) % 31),
        statefulset: i % 4 === 0,
        cronjob: i % 5 === 0,
        ci,
        subchart: i % 25 === 0,
        envVars: 4,
      }),
    );
    expectedRenders += 1 + ci.length;
  }
  const bases = Math.ceil(overlays / 2);
  for (let b = 0; b < bases; b++) {
    writeTree(
      join(root, 'deploy/bases', `app-${pad(b)}`),
      kustomizeBaseFiles(`app-${pad(b)}`, { workloads: 14 + ((b * 7) % 17), hardened: b % 2 === 0 }),
    );
  }
  writeTree(join(root, 'deploy/components'), kustomizeComponentFiles());
  for (let k = 0; k < overlays; k++) {
    const b = Math.floor(k / 2);
    const env = k % 2 === 0 ? 'dev' : 'prod';
    const app = `app-${pad(b)}`;
    writeTree(
      join(root, 'deploy/overlays', env, app),
      kustomizeOverlayFiles(`${env}-${app}`, {
        bases: [`../../../bases/${app}`],
        firstWorkload: `${app}-0`,
        components: env === 'prod' ? ['../../../components/hardening'] : ['../../../components/debug-sidecar'],
        breaks: k % 4 === 1,
      }),
    );
    expectedRenders += 1;
  }
  for (let m = 0; m < manifestFiles; m++) {
    const docs = [];
    for (let w = 0; w < 4; w++) {
      const name = `legacy-${pad(m)}-${w}`;
      docs.push({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name, namespace: `legacy-${m % 6}` },
        spec: {
          selector: { matchLabels: { app: name } },
          template: {
            metadata: { labels: { app: name } },
            spec: {
              containers: [
                {
                  name,
                  image: `registry.example.com/legacy/${name}:0.9`,
                  ...(w === 3 ? { securityContext: { privileged: true } } : {}),
                },
              ],
            },
          },
        },
      });
      docs.push({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name, namespace: `legacy-${m % 6}` },
        spec: { selector: { app: name }, ports: [{ port: 80 }] },
      });
    }
    writeTree(join(root, 'manifests', `legacy-${pad(m % 10, 2)}`), { [`app-${pad(m)}.yaml`]: yaml(docs) });
  }
  return { charts, overlays, manifestFiles, expectedRenders };
}

/** The charts of the Helm-heavy corpus, as written in bench/helm-heavy/ (each with its ci/ scenarios, if any). */
export const HELM_HEAVY_CHARTS = [
  'pgdb',
  'node-exporter',
  'kube-state-metrics',
  'blackbox-exporter',
  'alertmanager',
  'boutique',
];

/**
 * The Helm-heavy corpus: `copies` copies of the six charts in bench/helm-heavy/ (a PostgreSQL chart built on an
 * unpacked `common` library subchart the way Bitnami's are, node-exporter, kube-state-metrics, blackbox-exporter,
 * alertmanager and an eleven-service shop), one folder per team as in a platform monorepo, plus `overlays`
 * kustomize overlays. Copies are identical, as when teams vendor the same upstream chart.
 */
export function generateHelmHeavyCorpus(root, { copies = 8, overlays = 3 } = {}) {
  const source = join(dirname(fileURLToPath(import.meta.url)), '..', 'helm-heavy');
  const charts = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const chart of HELM_HEAVY_CHARTS) {
      const path = `teams/team-${pad(copy, 2)}/${chart}`;
      cpSync(join(source, chart), join(root, path), { recursive: true });
      const ci = existsSync(join(source, chart, 'ci'))
        ? readdirSync(join(source, chart, 'ci')).filter((file) => file.endsWith('-values.yaml')).length
        : 0;
      charts.push({ path, scenarios: 1 + ci });
    }
  }
  const apps = ['billing', 'catalog', 'search'];
  apps.forEach((app, i) =>
    writeTree(join(root, 'kustomize/bases', app), kustomizeBaseFiles(app, { workloads: 6 + i, hardened: i % 2 === 0 })),
  );
  writeTree(join(root, 'kustomize/components'), kustomizeComponentFiles());
  const written = [];
  for (let k = 0; k < overlays; k++) {
    const app = apps[k % apps.length];
    const dir = `kustomize/overlays/prod-${app}-${k}`;
    writeTree(
      join(root, dir),
      kustomizeOverlayFiles(`prod-${k}`, {
        bases: [`../../bases/${app}`],
        firstWorkload: `${app}-0`,
        components: ['../../components/hardening'],
        breaks: k === 1,
      }),
    );
    written.push({ path: dir });
  }
  return { charts, overlays: written };
}
