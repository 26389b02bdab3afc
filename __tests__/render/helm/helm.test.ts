import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeFileSystem } from '../../../src/discover/node-fs.js';
import type { KubeObject, LocatedField } from '../../../src/manifests/types.js';
import type { HelmOptions } from '../../../src/options.js';
import { evaluatePod } from '../../../src/policy/evaluate.js';
import { LATEST } from '../../../src/policy/version.js';
import { createCommandRunner, type DisposableCommandRunner } from '../../../src/render/command-runner.js';
import {
  findHelmBinary,
  renderHelmChart,
  type HelmRenderRequest,
  type HelmScenario,
} from '../../../src/render/helm/helm.js';
import { HelmSourceCache } from '../../../src/render/helm/helm-source-map.js';
import type { RenderOutcome } from '../../../src/render/types.js';
import { extractWorkloads, objectPath } from '../../../src/workloads/extract.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../fixtures/charts');
const bundledHelm = resolve(here, '../../../node_modules/.bin/helm');

let runner: DisposableCommandRunner;
let scratch: string;
const fs = createNodeFileSystem();

beforeAll(() => {
  runner = createCommandRunner();
  scratch = mkdtempSync(join(tmpdir(), 'podsec-helm-test-'));
});
afterAll(() => {
  runner.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

const helmDefaults: HelmOptions = {
  releaseName: 'release-name',
  valuesFiles: [],
  set: [],
  apiVersions: [],
  ciScenarios: true,
};

function request(chart: string, extra: Partial<HelmRenderRequest> = {}): HelmRenderRequest {
  return {
    chartDir: join(repoRoot, chart),
    displayPath: chart,
    repoRoot,
    helm: helmDefaults,
    network: false,
    timeoutMs: 60_000,
    maxOutputBytes: 64 * 1024 * 1024,
    ...extra,
  };
}

function render(chart: string, extra: Partial<HelmRenderRequest> = {}, helmBinary?: string): Promise<RenderOutcome> {
  return renderHelmChart(request(chart, extra), { runner, fs, ...(helmBinary !== undefined ? { helmBinary } : {}) });
}

function objectOf(outcome: RenderOutcome, scenario: string, kind: string, name?: string): KubeObject {
  const rendered = outcome.scenarios.find((entry) => entry.scenario === scenario);
  if (!rendered)
    throw new Error(`no scenario ${scenario}; have ${outcome.scenarios.map((entry) => entry.scenario).join(', ')}`);
  const object = rendered.objects.find(
    (candidate) =>
      candidate.value['kind'] === kind &&
      (name === undefined || (candidate.value['metadata'] as { name?: string }).name === name),
  );
  if (!object) throw new Error(`no ${kind} in ${scenario}`);
  return object;
}

/** `file:line` of the primary location and of each related location, for compact assertions. */
function where(located: LocatedField): { at: string; exact: boolean; related: string[] } {
  return {
    at: `${located.primary.file}:${located.primary.line}`,
    exact: located.exact,
    related: located.related.map((entry) => `${entry.file}:${entry.line} ${entry.message ?? ''}`),
  };
}

function valueAt(object: KubeObject, path: readonly (string | number)[]): unknown {
  let current: unknown = object.value;
  for (const segment of path)
    current =
      current === null || typeof current !== 'object'
        ? undefined
        : (current as Record<string | number, unknown>)[segment];
  return current;
}

const container0 = ['spec', 'template', 'spec', 'containers', 0] as const;

describe('findHelmBinary', () => {
  it('falls back to the helm installed with podsec when PATH has none', async () => {
    expect(await findHelmBinary(undefined, '/nonexistent-bin')).toBe(bundledHelm);
  });
  it('does not replace an explicitly named binary that is missing', async () => {
    expect(await findHelmBinary('/nonexistent/helm', '')).toBeUndefined();
    expect(await findHelmBinary('helm3-custom', '/nonexistent-bin')).toBeUndefined();
  });
  it('ignores relative PATH entries, so a helm in the scanned folder is never picked up', async () => {
    expect(await findHelmBinary(undefined, '.:node_modules/.bin')).toBe(bundledHelm);
  });
});

describe('renderHelmChart: web chart (helm create style)', () => {
  let outcome: RenderOutcome;
  beforeAll(async () => {
    outcome = await render('web');
  });

  it('renders the chart defaults and each ci/*-values.yaml as its own scenario', () => {
    expect(outcome.errors).toEqual([]);
    expect(outcome.target).toEqual({
      kind: 'helm',
      path: 'web',
      scenarios: ['default', 'ci/insecure-values.yaml', 'ci/restricted-values.yaml'],
    });
    expect(outcome.scenarios.map((entry) => entry.scenario)).toEqual([
      'default',
      'ci/insecure-values.yaml',
      'ci/restricted-values.yaml',
    ]);
    expect(outcome.scenarios[0]?.defaultNamespace).toBe('default');
    expect(objectOf(outcome, 'default', 'Deployment').file).toBe('web/templates/deployment.yaml');
  });

  it('points a missing container field at the securityContext line and at the values key to extend', () => {
    const located = objectOf(outcome, 'default', 'Deployment').locate([
      ...container0,
      'securityContext',
      'runAsNonRoot',
    ]);
    expect(where(located)).toEqual({
      at: 'web/templates/deployment.yaml:30',
      exact: false,
      related: ['web/values.yaml:24 values.yaml sets securityContext but not securityContext.runAsNonRoot'],
    });
    expect(located.primary.column).toBe(11);
  });

  it('points the pod securityContext at its template line and at values.yaml', () => {
    const located = objectOf(outcome, 'default', 'Deployment').locate(['spec', 'template', 'spec', 'securityContext']);
    expect(where(located)).toEqual({
      at: 'web/templates/deployment.yaml:26',
      exact: true,
      related: ['web/values.yaml:21 value from values.yaml: podSecurityContext'],
    });
  });

  it('points fields printed by an include at the helper line in _helpers.tpl', () => {
    const deployment = objectOf(outcome, 'default', 'Deployment');
    expect(
      where(
        deployment.locate(['spec', 'template', 'spec', 'containers', 1, 'securityContext', 'allowPrivilegeEscalation']),
      ),
    ).toEqual({
      at: 'web/templates/_helpers.tpl:58',
      exact: true,
      related: [
        'web/values.yaml:34 value from metrics.allowPrivilegeEscalation'.replace('from ', 'from values.yaml: '),
      ],
    });
    // Missing in the helper: the fix goes under the `securityContext:` line that includes it.
    expect(
      where(deployment.locate(['spec', 'template', 'spec', 'containers', 1, 'securityContext', 'seccompProfile'])),
    ).toEqual({
      at: 'web/templates/deployment.yaml:50',
      exact: false,
      related: [],
    });
    expect(where(deployment.locate(['metadata', 'labels', 'helm.sh/chart'])).at).toBe('web/templates/_helpers.tpl:32');
  });

  it('takes values from the scenario file when it sets them (the later file wins)', () => {
    const deployment = objectOf(outcome, 'ci/insecure-values.yaml', 'Deployment');
    expect(where(deployment.locate([...container0, 'securityContext', 'privileged']))).toEqual({
      at: 'web/templates/deployment.yaml:31',
      exact: false,
      related: ['web/ci/insecure-values.yaml:6 value from insecure-values.yaml: securityContext.privileged'],
    });
    expect(where(deployment.locate([...container0, 'securityContext', 'capabilities', 'add', 1])).related).toEqual([
      'web/ci/insecure-values.yaml:11 value from insecure-values.yaml: securityContext.capabilities.add[1]',
    ]);
    expect(where(deployment.locate(['spec', 'template', 'spec', 'securityContext', 'runAsUser']))).toEqual({
      at: 'web/templates/deployment.yaml:27',
      exact: false,
      related: ['web/ci/insecure-values.yaml:3 value from insecure-values.yaml: podSecurityContext.runAsUser'],
    });
  });

  it('replaces the default scenarios with configured ones, values files and --set applied in order', async () => {
    const scenarios: HelmScenario[] = [
      { name: 'prod', valuesFiles: ['ci/restricted-values.yaml'], set: ['securityContext.runAsUser=0'] },
    ];
    const configured = await render('web', { scenarios });
    expect(configured.errors).toEqual([]);
    expect(configured.scenarios.map((entry) => entry.scenario)).toEqual(['prod']);
    const deployment = objectOf(configured, 'prod', 'Deployment');
    expect(valueAt(deployment, [...container0, 'securityContext', 'runAsUser'])).toBe(0);
    expect(where(deployment.locate(['spec', 'template', 'spec', 'securityContext', 'seccompProfile'])).related).toEqual(
      ['web/ci/restricted-values.yaml:5 value from restricted-values.yaml: podSecurityContext.seccompProfile'],
    );
  });
});

describe('renderHelmChart: database chart (Bitnami style)', () => {
  let outcome: RenderOutcome;
  beforeAll(async () => {
    outcome = await render('db');
  });

  it('points individually templated fields at their template line and values key', () => {
    expect(outcome.errors).toEqual([]);
    const sts = objectOf(outcome, 'default', 'StatefulSet');
    expect(sts.file).toBe('db/templates/primary-statefulset.yaml');
    expect(where(sts.locate([...container0, 'securityContext', 'runAsUser']))).toEqual({
      at: 'db/templates/primary-statefulset.yaml:45',
      exact: true,
      related: ['db/values.yaml:22 value from values.yaml: primary.containerSecurityContext.runAsUser'],
    });
    expect(where(sts.locate([...container0, 'securityContext', 'capabilities']))).toEqual({
      at: 'db/templates/primary-statefulset.yaml:44',
      exact: false,
      related: [],
    });
    expect(where(sts.locate(['spec', 'template', 'spec', 'securityContext', 'seccompProfile'])).at).toBe(
      'db/templates/primary-statefulset.yaml:21',
    );
  });

  it('points at the container when its securityContext is switched off in values', () => {
    const sts = objectOf(outcome, 'ci/no-security-context-values.yaml', 'StatefulSet');
    expect(where(sts.locate([...container0, 'securityContext', 'runAsNonRoot'])).at).toBe(
      'db/templates/primary-statefulset.yaml:40',
    );
    expect(where(sts.locate(['spec', 'template', 'spec', 'securityContext', 'runAsNonRoot'])).at).toBe(
      'db/templates/primary-statefulset.yaml:19',
    );
  });

  it('maps init containers, and `securityContext: {{- omit … | toYaml | nindent }}` blocks, to values', () => {
    const sts = objectOf(outcome, 'ci/volume-permissions-values.yaml', 'StatefulSet');
    expect(
      where(sts.locate(['spec', 'template', 'spec', 'initContainers', 0, 'securityContext', 'runAsUser'])),
    ).toEqual({
      at: 'db/templates/primary-statefulset.yaml:34',
      exact: true,
      related: ['db/values.yaml:35 value from values.yaml: volumePermissions.containerSecurityContext.runAsUser'],
    });
    expect(
      where(sts.locate(['spec', 'template', 'spec', 'containers', 1, 'securityContext', 'allowPrivilegeEscalation'])),
    ).toEqual({
      at: 'db/templates/primary-statefulset.yaml:64',
      exact: false,
      related: [
        'db/ci/volume-permissions-values.yaml:10 value from volume-permissions-values.yaml: metrics.containerSecurityContext.allowPrivilegeEscalation',
      ],
    });
    expect(
      where(sts.locate(['spec', 'template', 'spec', 'containers', 1, 'securityContext', 'capabilities'])).related,
    ).toEqual([
      'db/ci/volume-permissions-values.yaml:5 volume-permissions-values.yaml sets metrics.containerSecurityContext but not metrics.containerSecurityContext.capabilities',
    ]);
  });
});

describe('renderHelmChart: subcharts and file:// dependencies', () => {
  let outcome: RenderOutcome;
  beforeAll(async () => {
    outcome = await render('platform');
  });

  it('maps subchart templates to charts/<sub>/templates and parent values under the subchart key', () => {
    expect(outcome.errors).toEqual([]);
    const worker = objectOf(outcome, 'default', 'Deployment', 'release-name-worker');
    expect(worker.file).toBe('platform/charts/worker/templates/deployment.yaml');
    expect(where(worker.locate([...container0, 'securityContext', 'allowPrivilegeEscalation']))).toEqual({
      at: 'platform/charts/worker/templates/deployment.yaml:20',
      exact: false,
      related: ['platform/values.yaml:9 value from values.yaml: worker.securityContext.allowPrivilegeEscalation'],
    });
    expect(where(worker.locate([...container0, 'securityContext', 'runAsNonRoot'])).related).toEqual([
      'platform/charts/worker/values.yaml:3 value from values.yaml: securityContext.runAsNonRoot',
    ]);
  });

  it('builds a file:// dependency offline, maps it to its own folder and leaves the chart untouched', () => {
    const cache = objectOf(outcome, 'default', 'StatefulSet');
    expect(cache.file).toBe('cache/templates/statefulset.yaml');
    expect(where(cache.locate([...container0, 'ports', 0, 'hostPort']))).toEqual({
      at: 'cache/templates/statefulset.yaml:20',
      exact: true,
      related: ['cache/values.yaml:2 value from values.yaml: hostPort'],
    });
    // The alias `sessioncache` receives the parent's values: persistence is off.
    expect(valueAt(cache, [...container0, 'image'])).toBe('example/cache:7.2');
    expect(valueAt(cache, [...container0, 'volumeMounts'])).toBeUndefined();
    expect(readdirSync(join(repoRoot, 'platform', 'charts'))).toEqual(['worker']);
    expect(existsSync(join(repoRoot, 'platform', 'Chart.lock'))).toBe(false);
  });
});

describe('renderHelmChart: literal host settings in DaemonSet and CronJob templates', () => {
  it('points at the exact template lines', async () => {
    const outcome = await render('node-agent');
    expect(outcome.errors).toEqual([]);
    const daemonset = objectOf(outcome, 'default', 'DaemonSet');
    expect(where(daemonset.locate(['spec', 'template', 'spec', 'hostNetwork']))).toEqual({
      at: 'node-agent/templates/daemonset.yaml:14',
      exact: true,
      related: [],
    });
    expect(where(daemonset.locate(['spec', 'template', 'spec', 'hostPID'])).at).toBe(
      'node-agent/templates/daemonset.yaml:15',
    );
    expect(where(daemonset.locate(['spec', 'template', 'spec', 'volumes', 0, 'hostPath'])).at).toBe(
      'node-agent/templates/daemonset.yaml:27',
    );
    expect(where(daemonset.locate([...container0, 'securityContext', 'privileged'])).at).toBe(
      'node-agent/templates/daemonset.yaml:20',
    );
    const cronjob = objectOf(outcome, 'default', 'CronJob');
    const pod = ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
    expect(where(cronjob.locate([...pod, 'volumes', 0, 'hostPath'])).at).toBe('node-agent/templates/cronjob.yaml:22');
    expect(where(cronjob.locate([...pod, 'containers', 0, 'securityContext'])).at).toBe(
      'node-agent/templates/cronjob.yaml:13',
    );
  });
});

describe('every restricted finding of every fixture chart maps to a template line', () => {
  it('never falls back to line 1', async () => {
    let findings = 0;
    const failures: string[] = [];
    for (const chart of ['web', 'db', 'platform', 'node-agent', 'hardened', 'queue-workers']) {
      const outcome = await render(chart);
      expect(outcome.errors).toEqual([]);
      for (const scenario of outcome.scenarios) {
        for (const workload of extractWorkloads(scenario.objects).workloads) {
          for (const failure of evaluatePod(workload.pod, 'restricted', LATEST)) {
            for (const podPath of failure.paths) {
              findings++;
              const located = workload.object.locate(objectPath(workload, podPath));
              if (located.primary.line <= 1 || !located.primary.file.includes('/templates/')) {
                failures.push(
                  `${chart} ${scenario.scenario} ${failure.id} ${podPath.join('.')} → ${located.primary.file}:${located.primary.line}`,
                );
              }
            }
          }
        }
      }
    }
    expect(findings).toBeGreaterThan(40);
    expect(failures).toEqual([]);
  });

  it('finds nothing in the hardened chart, including its helm test pod', async () => {
    const outcome = await render('hardened');
    const workloads = outcome.scenarios.flatMap((scenario) => extractWorkloads(scenario.objects).workloads);
    expect(workloads.map((workload) => workload.kind).sort()).toEqual(['Deployment', 'Pod']);
    expect(workloads.flatMap((workload) => evaluatePod(workload.pod, 'restricted', LATEST))).toEqual([]);
  });
});

describe('renderHelmChart: failures', () => {
  it('reports a template error with helm stderr tail at the template line, and other charts still render', async () => {
    const [broken, web] = await Promise.all([render('broken'), render('web')]);
    expect(broken.scenarios).toEqual([]);
    expect(broken.errors).toHaveLength(1);
    const error = broken.errors[0];
    expect(error?.file).toBe('broken/templates/deployment.yaml');
    expect(error?.line).toBe(6);
    expect(error?.target).toEqual({ kind: 'helm', path: 'broken', scenarios: ['default'] });
    expect(error?.message).toBe(
      'scenario "default": helm template failed with exit code 1:\n' +
        'Error: parse error at (broken/templates/deployment.yaml:6): function "mustBeANumber" not defined\n' +
        'Use --debug flag to render out invalid YAML',
    );
    expect(error?.message).not.toContain('hunter2');
    expect(web.errors).toEqual([]);
    expect(web.scenarios).toHaveLength(3);
  });

  it('names each missing remote dependency, aliases included, and the fix instead of fetching it', async () => {
    const outcome = await render('remote-dep');
    expect(outcome.scenarios).toEqual([]);
    expect(outcome.errors).toEqual([
      {
        file: 'remote-dep/Chart.yaml',
        line: 6,
        target: { kind: 'helm', path: 'remote-dep', scenarios: ['default'] },
        message:
          'chart remote-dep needs dependencies "redis" 18.6.1 from https://charts.example.com/stable, ' +
          '"redis" 18.6.1 as "redis-sessions" from https://charts.example.com/stable (listed in Chart.yaml) that are not in ' +
          'remote-dep/charts/; run "helm dependency build remote-dep" before scanning, or allow network access while rendering (--network)',
      },
    ]);
  });

  it('stops a helm that hangs at the timeout and reports it', async () => {
    const fake = join(scratch, 'hanging-helm');
    writeFileSync(fake, '#!/bin/sh\necho "rendering..." >&2\nsleep 30\n');
    chmodSync(fake, 0o755);
    const outcome = await render('web', { timeoutMs: 400, scenarios: [{ name: 'default', valuesFiles: [] }] }, fake);
    expect(outcome.errors.map((error) => error.message)).toEqual([
      'scenario "default": helm template timed out after 0.4 s and was stopped:\nrendering...',
    ]);
  });

  it('reports a helm that floods stdout as too much output', async () => {
    const fake = join(scratch, 'flooding-helm');
    writeFileSync(fake, '#!/bin/sh\nyes "kind: Pod"\n');
    chmodSync(fake, 0o755);
    const outcome = await render(
      'web',
      { maxOutputBytes: 100_000, scenarios: [{ name: 'default', valuesFiles: [] }] },
      fake,
    );
    expect(outcome.scenarios).toEqual([]);
    expect(outcome.errors).toHaveLength(1);
    expect(outcome.errors[0]?.message).toMatch(
      /^scenario "default": helm template printed more output than the limit allows and was stopped/,
    );
  });
});

describe('helm plugins are never loaded', () => {
  it('hides plugins installed in the user environment from helm', async () => {
    const pluginDir = join(scratch, 'user-plugins', 'evil');
    mkdirSync(pluginDir, { recursive: true });
    writeFileSync(
      join(pluginDir, 'plugin.yaml'),
      'name: evil\nversion: 0.1.0\ndescription: must never load\ncommand: "$HELM_PLUGIN_DIR/run.sh"\n',
    );
    const before = process.env['HELM_PLUGINS'];
    process.env['HELM_PLUGINS'] = join(scratch, 'user-plugins');
    const isolated = createCommandRunner();
    try {
      const list = await isolated.run(bundledHelm, ['plugin', 'list']);
      expect(list.exitCode).toBe(0);
      expect(list.stdout).not.toContain('evil');
      const env = await isolated.run(bundledHelm, ['env']);
      expect(env.stdout).toContain(`HELM_PLUGINS="${join(isolated.home, '..', 'helm-plugins-empty')}"`);
    } finally {
      if (before === undefined) delete process.env['HELM_PLUGINS'];
      else process.env['HELM_PLUGINS'] = before;
      isolated.dispose();
    }
  });
});

describe('renderHelmChart: range and if/else', () => {
  it('maps every document a range prints, and the branch that was taken, to its template lines', async () => {
    const outcome = await render('queue-workers');
    expect(outcome.errors).toEqual([]);
    const email = objectOf(outcome, 'default', 'Deployment', 'worker-email');
    const billing = objectOf(outcome, 'default', 'Deployment', 'worker-billing');
    expect(email.file).toBe('queue-workers/templates/workers.yaml');
    expect(where(email.locate([...container0, 'securityContext', 'allowPrivilegeEscalation']))).toEqual({
      at: 'queue-workers/templates/workers.yaml:28',
      exact: true,
      related: [],
    });
    expect(where(email.locate(['spec', 'template', 'spec', 'containers', 1, 'ports', 0, 'hostPort'])).at).toBe(
      'queue-workers/templates/workers.yaml:35',
    );
    expect(where(email.locate(['spec', 'template', 'spec', 'containers', 1, 'securityContext'])).at).toBe(
      'queue-workers/templates/workers.yaml:31',
    );
    expect(where(billing.locate([...container0, 'securityContext', 'privileged'])).at).toBe(
      'queue-workers/templates/workers.yaml:26',
    );
    expect(where(billing.locate([...container0, 'securityContext', 'runAsNonRoot'])).at).toBe(
      'queue-workers/templates/workers.yaml:21',
    );
  });
});

describe('renderHelmChart: copies of a chart share their source mapping', () => {
  it('maps each copy to its own files, and a changed copy to its changed lines', async () => {
    const repo = join(scratch, 'copies');
    for (const team of ['team-a', 'team-b', 'team-c'])
      cpSync(join(repoRoot, 'web'), join(repo, team, 'web'), { recursive: true });
    // team-c changed its copy: one more line at the top of the template moves every line below it.
    const changed = join(repo, 'team-c', 'web', 'templates', 'deployment.yaml');
    writeFileSync(changed, `# team-c: patched copy\n${readFileSync(changed, 'utf8')}`);
    const sourceCache = new HelmSourceCache();
    const located: Record<string, ReturnType<typeof where>> = {};
    const deployments: Record<string, KubeObject> = {};
    for (const team of ['team-a', 'team-b', 'team-c']) {
      const outcome = await renderHelmChart(
        request(`${team}/web`, { chartDir: join(repo, team, 'web'), repoRoot: repo }),
        { runner, fs, sourceCache },
      );
      expect(outcome.errors).toEqual([]);
      const deployment = objectOf(outcome, 'default', 'Deployment');
      deployments[team] = deployment;
      expect(deployment.file).toBe(`${team}/web/templates/deployment.yaml`);
      located[team] = where(deployment.locate([...container0, 'securityContext', 'runAsNonRoot']));
    }
    // Equal output is parsed once: the copies share the parsed values, each with its own file and locations.
    expect(deployments['team-b']?.value).toBe(deployments['team-a']?.value);
    expect(located['team-a']).toEqual({
      at: 'team-a/web/templates/deployment.yaml:30',
      exact: false,
      related: ['team-a/web/values.yaml:24 values.yaml sets securityContext but not securityContext.runAsNonRoot'],
    });
    expect(located['team-b']).toEqual({
      at: 'team-b/web/templates/deployment.yaml:30',
      exact: false,
      related: ['team-b/web/values.yaml:24 values.yaml sets securityContext but not securityContext.runAsNonRoot'],
    });
    expect(located['team-c']?.at).toBe('team-c/web/templates/deployment.yaml:31');
  });

  it('shares one template index between charts whose files match by path inside the chart and by content', () => {
    const cache = new HelmSourceCache();
    const files = (chart: string, helper: string): Map<string, string> =>
      new Map([
        [`${chart}/templates/pod.yaml`, 'kind: Pod\nmetadata:\n  name: {{ include "x.name" . }}\n'],
        [`${chart}/charts/common/templates/_names.tpl`, helper],
      ]);
    const helper = '{{- define "x.name" -}}web{{- end -}}\n';
    const first = cache.chartTemplates('a/web', files('a/web', helper));
    expect(cache.chartTemplates('b/web', files('b/web', helper)).index).toBe(first.index);
    expect(cache.chartTemplates('c/web', files('c/web', helper.replace('web', 'api'))).index).not.toBe(first.index);
    expect(first.parsed('a/web/templates/pod.yaml')?.file).toBe('templates/pod.yaml');
    expect(first.repoPath('charts/common/templates/_names.tpl')).toBe('a/web/charts/common/templates/_names.tpl');
    // A helper outside the chart folder (a file:// dependency next to it): names stay repo-relative.
    const outside = cache.chartTemplates(
      'a/web',
      new Map([...files('a/web', helper), ['a/common/templates/_x.tpl', helper]]),
    );
    expect(outside.index).not.toBe(first.index);
    expect(outside.parsed('a/web/templates/pod.yaml')?.file).toBe('a/web/templates/pod.yaml');
    expect(outside.repoPath('a/common/templates/_x.tpl')).toBe('a/common/templates/_x.tpl');
  });
});
