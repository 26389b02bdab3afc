import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverTargets } from '../../../src/discover/discover.js';
import type { FileSystem, ScratchSpace } from '../../../src/discover/fs.js';
import { createNodeFileSystem } from '../../../src/discover/node-fs.js';
import type { KubeObject, LocatedField } from '../../../src/manifests/types.js';
import { createCommandRunner, type DisposableCommandRunner } from '../../../src/render/command-runner.js';
import { resolveKustomizeCommand } from '../../../src/render/kustomize/command.js';
import { renderKustomization, type KustomizeRenderRequest } from '../../../src/render/kustomize/kustomize.js';
import { createKustomizeStaging } from '../../../src/render/kustomize/staging.js';
import type { CommandResult, CommandRunner, RenderOutcome } from '../../../src/render/types.js';
import { fixtureRepository } from '../../fixture-repository.js';

// The fixtures in a small copy of the repository: the staged copy kustomize builds in holds all of it.
const repoRoot = fixtureRepository();
const root = '__tests__/fixtures/kustomize';
const MARKER = '/tmp/podsec-exec-plugin-ran';

interface Call {
  readonly command: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>> | undefined;
  readonly pathPrefix: string | undefined;
}

let runner: DisposableCommandRunner;
const calls: Call[] = [];
const recording: CommandRunner = {
  run(command, args, options) {
    calls.push({ command, args: [...args], env: options?.env, pathPrefix: options?.pathPrefix });
    return runner.run(command, args, options);
  },
};
const madeDirs: string[] = [];
const nodeFs = createNodeFileSystem();
const fs: FileSystem & ScratchSpace = {
  ...nodeFs,
  async makeTempDir(prefix) {
    const dir = await nodeFs.makeTempDir(prefix);
    madeDirs.push(dir);
    return dir;
  },
};

const options = { kustomize: { enableHelm: false }, network: false, timeoutMs: 60_000 };
// One staged copy of the repository for the renders of the main suite, as in a scan.
const staging = createKustomizeStaging(fs);
const outcomes = new Map<string, RenderOutcome>();
let displayPath: (absolute: string) => string;

function lineOf(file: string, needle: string, after?: string): number {
  const lines = require_text(file).split('\n');
  const start = after === undefined ? 0 : lines.findIndex((line) => line.includes(after));
  const index = lines.findIndex((line, at) => at >= start && line.includes(needle));
  if (index < 0) throw new Error(`${needle} not in ${file}`);
  return index + 1;
}
const texts = new Map<string, string>();
function columnOf(file: string, needle: string): number {
  const line = require_text(file).split('\n')[lineOf(file, needle) - 1] ?? '';
  return line.indexOf(needle) + 1;
}
function require_text(file: string): string {
  const text = texts.get(file);
  if (text === undefined) throw new Error(`fixture ${file} not loaded`);
  return text;
}

function objectOf(outcome: RenderOutcome | undefined, kind: string, name: string): KubeObject {
  const object = outcome?.scenarios[0]?.objects.find(
    (item) => item.value['kind'] === kind && (item.value['metadata'] as { name?: string }).name === name,
  );
  if (!object) throw new Error(`${kind} ${name} not rendered`);
  return object;
}

function where(field: LocatedField): string {
  return `${field.primary.file}:${field.primary.line}${field.exact ? '' : ' (parent)'}`;
}

const podSpec = ['spec', 'template', 'spec'];

async function render(path: string, extra: Partial<KustomizeRenderRequest> = {}): Promise<RenderOutcome> {
  return renderKustomization(
    {
      target: { kind: 'kustomize', path, scenarios: [] },
      directory: join(repoRoot, path),
      cwd: repoRoot,
      options,
      displayPath,
      ...extra,
    },
    { runner: recording, fs, staging },
  );
}

beforeAll(async () => {
  await rm(MARKER, { force: true });
  runner = createCommandRunner();
  for (const file of [
    'base/deployment.yaml',
    'components/sidecar/sidecar.yaml',
    'overlays/prod/patch.yaml',
    'overlays/prod/host-network.yaml',
    'overlays/prod/kustomization.yaml',
    'base/cronjob.yaml',
  ]) {
    texts.set(`${root}/${file}`, await readFile(join(repoRoot, root, file), 'utf8'));
  }
  const discovered = await discoverTargets({ cwd: repoRoot, paths: [root], exclude: [], targets: [] }, fs);
  displayPath = discovered.displayPath;
  const before = await listTree(join(repoRoot, root));
  // All targets at once, as a scan does: a broken or refused one must not stop the others.
  const kustomizeTargets = discovered.targets.filter((target) => target.kind === 'kustomize');
  const rendered = await Promise.all(kustomizeTargets.map((target) => render(target.path)));
  rendered.forEach((outcome) => outcomes.set(outcome.target.path, outcome));
  expect(await listTree(join(repoRoot, root))).toEqual(before);
});

afterAll(() => runner.dispose());

async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.map(String).sort();
}

describe('renderKustomization with the real kustomize', () => {
  it('renders the overlays and strips kustomize build metadata', () => {
    const prod = outcomes.get(`${root}/overlays/prod`);
    expect(prod?.errors).toEqual([]);
    expect(prod?.scenarios.map((scenario) => scenario.scenario)).toEqual(['default']);
    expect(prod?.scenarios[0]?.defaultNamespace).toBe('shop-prod');
    const names = prod?.scenarios[0]?.objects.map(
      (object) => `${String(object.value['kind'])}/${String((object.value['metadata'] as { name: string }).name)}`,
    );
    expect([...(names ?? [])].sort()).toEqual([
      'CronJob/prod-report-v2',
      'Deployment/prod-web-v2',
      'Service/prod-web-v2',
    ]);
    for (const object of prod?.scenarios[0]?.objects ?? []) {
      expect(JSON.stringify(object.value)).not.toMatch(/config\.kubernetes\.io/);
      expect((object.value['metadata'] as Record<string, unknown>)['annotations']).toBeUndefined();
      expect((object.value['metadata'] as Record<string, unknown>)['namespace']).toBe('shop-prod');
    }
    const web = objectOf(prod, 'Deployment', 'prod-web-v2');
    expect(web.file).toBe(`${root}/base/deployment.yaml`);
    expect((web.value['spec'] as { template: { spec: Record<string, unknown> } }).template.spec['hostNetwork']).toBe(
      true,
    );
  });

  it('points a field a strategic-merge patch sets at the patch line, with the base resource as related', () => {
    const web = objectOf(outcomes.get(`${root}/overlays/prod`), 'Deployment', 'prod-web-v2');
    const privileged = web.locate([...podSpec, 'containers', 0, 'securityContext', 'privileged']);
    const patch = `${root}/overlays/prod/patch.yaml`;
    expect(where(privileged)).toBe(`${patch}:${lineOf(patch, 'privileged: true')}`);
    expect(privileged.primary.column).toBe(columnOf(patch, 'privileged: true'));
    expect(privileged.related.map((location) => `${location.file}:${location.line}`)).toEqual([
      `${root}/base/deployment.yaml:${lineOf(`${root}/base/deployment.yaml`, 'securityContext:', '- name: web')}`,
    ]);
  });

  it('points a field a patch removed (runAsNonRoot: null) at the patch, not at the base line it deleted', () => {
    const web = objectOf(outcomes.get(`${root}/overlays/prod`), 'Deployment', 'prod-web-v2');
    const runAsNonRoot = web.locate([...podSpec, 'securityContext', 'runAsNonRoot']);
    const patch = `${root}/overlays/prod/patch.yaml`;
    expect(where(runAsNonRoot)).toBe(`${patch}:${lineOf(patch, 'runAsNonRoot: null')}`);
  });

  it('points a field a JSON 6902 patch adds at the operation', () => {
    const web = objectOf(outcomes.get(`${root}/overlays/prod`), 'Deployment', 'prod-web-v2');
    const patch = `${root}/overlays/prod/host-network.yaml`;
    expect(where(web.locate([...podSpec, 'hostNetwork']))).toBe(
      `${patch}:${lineOf(patch, 'path: /spec/template/spec/hostNetwork')}`,
    );
  });

  it('points a field an inline patch sets at its line inside kustomization.yaml', () => {
    const cron = objectOf(outcomes.get(`${root}/overlays/prod`), 'CronJob', 'prod-report-v2');
    const kustomization = `${root}/overlays/prod/kustomization.yaml`;
    const hostPID = cron.locate(['spec', 'jobTemplate', 'spec', 'template', 'spec', 'hostPID']);
    expect(where(hostPID)).toBe(`${kustomization}:${lineOf(kustomization, 'hostPID: true')}`);
    expect(hostPID.primary.column).toBe(columnOf(kustomization, 'hostPID: true'));
    // Untouched fields of the same object stay in the base file.
    const cronjob = `${root}/base/cronjob.yaml`;
    expect(cron.file).toBe(cronjob);
    expect(where(cron.locate(['spec', 'jobTemplate', 'spec', 'template', 'spec', 'containers', 0, 'image']))).toBe(
      `${cronjob}:${lineOf(cronjob, 'image: busybox')}`,
    );
  });

  it('keeps untouched fields on the base resource line, and a missing field on its nearest parent there', () => {
    const base = `${root}/base/deployment.yaml`;
    const web = objectOf(outcomes.get(`${root}/overlays/prod`), 'Deployment', 'prod-web-v2');
    expect(where(web.locate([...podSpec, 'securityContext', 'seccompProfile', 'type']))).toBe(
      `${base}:${lineOf(base, 'type: RuntimeDefault')}`,
    );
    expect(where(web.locate([...podSpec, 'containers', 0, 'securityContext', 'allowPrivilegeEscalation']))).toBe(
      `${base}:${lineOf(base, 'allowPrivilegeEscalation: false')}`,
    );
    // runAsUser is set nowhere: the fix goes into the container's securityContext in the base.
    expect(where(web.locate([...podSpec, 'containers', 0, 'securityContext', 'runAsUser']))).toBe(
      `${base}:${lineOf(base, 'securityContext:', '- name: web')} (parent)`,
    );
  });

  it('renders a shared base through two overlays and traces both to the same base lines', () => {
    const base = `${root}/base/deployment.yaml`;
    const dev = objectOf(outcomes.get(`${root}/overlays/dev`), 'Deployment', 'dev-web');
    const prod = objectOf(outcomes.get(`${root}/overlays/prod`), 'Deployment', 'prod-web-v2');
    expect(outcomes.get(`${root}/overlays/dev`)?.scenarios[0]?.defaultNamespace).toBe('shop-dev');
    const devContainers = (dev.value['spec'] as { template: { spec: { containers: { name: string }[] } } }).template
      .spec.containers;
    const webIndex = devContainers.findIndex((container) => container.name === 'web');
    const sidecarIndex = devContainers.findIndex((container) => container.name === 'log-shipper');
    expect(webIndex).toBeGreaterThanOrEqual(0);
    expect(sidecarIndex).toBeGreaterThanOrEqual(0);
    const image = `${base}:${lineOf(base, 'image: nginx')}`;
    expect(where(dev.locate([...podSpec, 'containers', webIndex, 'image']))).toBe(image);
    expect(where(prod.locate([...podSpec, 'containers', 0, 'image']))).toBe(image);
    // The sidecar comes from the component's patch, whatever index it ends up at.
    const sidecar = `${root}/components/sidecar/sidecar.yaml`;
    expect(
      where(dev.locate([...podSpec, 'containers', sidecarIndex, 'securityContext', 'allowPrivilegeEscalation'])),
    ).toBe(`${sidecar}:${lineOf(sidecar, 'allowPrivilegeEscalation: true')}`);
    expect(where(dev.locate([...podSpec, 'containers', sidecarIndex, 'securityContext', 'runAsNonRoot']))).toBe(
      `${sidecar}:${lineOf(sidecar, 'securityContext:')} (parent)`,
    );
  });

  // Before staging, podsec refused remote bases itself, by reading the kustomization; now kustomize meets them
  // offline and fails: the proxy is a closed port and git is a stand-in that only fails.
  it('lets a remote base fail inside kustomize, offline, with its own error naming the entry', () => {
    const remote = outcomes.get(`${root}/overlays/remote`);
    expect(remote?.scenarios).toEqual([]);
    expect(remote?.errors).toHaveLength(1);
    const error = remote?.errors[0];
    expect(error?.file).toBe(`${root}/overlays/remote`);
    expect(error?.message).toMatch(/^kubectl kustomize failed with exit code 1:\n/);
    expect(error?.message).toContain(
      "accumulating resources from 'https://github.com/kubernetes-sigs/kustomize//examples/helloWorld?ref=v5.5.0'",
    );
    expect(error?.message).toContain('proxyconnect tcp: dial tcp 127.0.0.1:9: connect: connection refused');
    expect(error?.message).toContain('git is not available to kustomize under podsec: network access is off');
    expect(error?.message).not.toContain('podsec-kustomize-');
  });

  it('never runs an exec plugin', () => {
    const exec = outcomes.get(`${root}/overlays/exec-plugin`);
    expect(exec?.scenarios).toEqual([]);
    expect(exec?.errors[0]?.message).toMatch(/failed with exit code 1:\n.*external plugins disabled/s);
    expect(existsSync(MARKER)).toBe(false);
    for (const call of calls) {
      expect(call.args).not.toContain('--enable-alpha-plugins');
      expect(call.args).not.toContain('--enable-exec');
      expect(call.args).not.toContain('--enable-helm');
    }
  });

  it('reports a broken kustomization with the stderr tail and renders the rest', () => {
    const broken = outcomes.get(`${root}/broken`);
    expect(broken?.scenarios).toEqual([]);
    expect(broken?.errors).toHaveLength(1);
    const message = broken?.errors[0]?.message ?? '';
    expect(message).toContain('does-not-exist.yaml');
    expect(message).toContain(`${root}/broken/does-not-exist.yaml`);
    expect(message).not.toContain(repoRoot);
    expect(message).not.toContain('podsec-kustomize-');
    expect(outcomes.get(`${root}/overlays/dev`)?.errors).toEqual([]);
  });

  it('builds in one staged copy of the repository, offline, and removes it', async () => {
    const builds = calls.filter((call) => call.args.some((arg) => arg.includes('podsec-kustomize-')));
    // dev, prod, exec-plugin, broken and remote are built (remote fails inside kustomize).
    expect(builds).toHaveLength(5);
    expect(madeDirs).toHaveLength(1);
    const scratch = madeDirs[0] as string;
    for (const call of builds) {
      expect(call.env?.['GIT_ALLOW_PROTOCOL']).toBe('podsec-network-off');
      expect(call.env?.['HTTPS_PROXY']).toBe('http://127.0.0.1:9');
      expect(call.pathPrefix).toBe(join(scratch, 'bin'));
      expect(call.args.some((arg) => arg.startsWith(repoRoot))).toBe(false);
      expect(call.args.at(-1)?.startsWith(join(scratch, 'wrappers'))).toBe(true);
    }
    // The copy has the repository's files but not its .git or node_modules.
    expect(existsSync(join(scratch, 'repo', root, 'overlays/prod/kustomization.yaml'))).toBe(true);
    expect(existsSync(join(scratch, 'repo', 'package.json'))).toBe(true);
    expect(existsSync(join(scratch, 'repo', 'node_modules'))).toBe(false);
    expect(existsSync(join(scratch, 'repo', '.git'))).toBe(false);
    await staging.dispose();
    expect(existsSync(scratch)).toBe(false);
  });
});

describe('renderKustomization with odd directory names', () => {
  it('renders a kustomization whose path has spaces, quotes and a leading dash', async () => {
    const work = await mkdtemp(join(tmpdir(), 'podsec-odd-'));
    try {
      const dir = join(work, `-o'dd "dir"`, 'new\nline');
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'kustomization.yaml'), 'resources:\n  - "pod with space.yaml"\n');
      const podText =
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: odd\nspec:\n  containers:\n    - name: c\n      image: busybox\n      securityContext:\n        privileged: true\n';
      await writeFile(join(dir, 'pod with space.yaml'), podText);
      const discovered = await discoverTargets({ cwd: work, paths: ['.'], exclude: [], targets: [] }, fs);
      expect(discovered.targets.map((target) => target.path)).toEqual([`-o'dd "dir"/new\nline`]);
      const target = discovered.targets[0];
      if (!target) throw new Error('no target');
      const outcome = await renderKustomization(
        {
          target: { kind: 'kustomize', path: target.path, scenarios: [] },
          directory: target.absolutePath,
          cwd: work,
          options,
          displayPath: discovered.displayPath,
        },
        { runner: recording, fs },
      );
      expect(outcome.errors).toEqual([]);
      const pod = objectOf(outcome, 'Pod', 'odd');
      expect(where(pod.locate(['spec', 'containers', 0, 'securityContext', 'privileged']))).toBe(
        `-o'dd "dir"/new\nline/pod with space.yaml:${podText.split('\n').findIndex((line) => line.includes('privileged')) + 1}`,
      );
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});

describe('resolveKustomizeCommand', () => {
  const result = (spawnError?: string): CommandResult => ({
    exitCode: spawnError ? undefined : 0,
    stdout: '',
    stderr: '',
    timedOut: false,
    outputTooLarge: false,
    ...(spawnError ? { spawnError } : {}),
  });
  const fake = (spawnError?: string): CommandRunner & { seen: string[] } => {
    const seen: string[] = [];
    return {
      seen,
      run(command) {
        seen.push(command);
        return Promise.resolve(result(spawnError));
      },
    };
  };

  it('prefers a configured binary (kustomize on PATH, then kubectl kustomize: kustomize-command.test.ts)', async () => {
    const runner = fake();
    expect(await resolveKustomizeCommand({ enableHelm: false, binary: '/opt/bin/kubectl' }, runner)).toEqual({
      command: '/opt/bin/kubectl',
      args: ['kustomize'],
    });
    expect(await resolveKustomizeCommand({ enableHelm: false, binary: '/opt/kustomize' }, runner)).toEqual({
      command: '/opt/kustomize',
      args: ['build'],
    });
    expect(runner.seen).toEqual([]);
  });
});

describe('build metadata', () => {
  it('asks kustomize for transformer annotations only when a patch may be involved, and still attributes every object', async () => {
    const wrappers: string[] = [];
    const peeking: CommandRunner = {
      async run(command, args, options) {
        const wrapper =
          options?.cwd === undefined
            ? undefined
            : await readFile(join(options.cwd, 'kustomization.yaml'), 'utf8').catch(() => undefined);
        if (wrapper !== undefined) wrappers.push(wrapper);
        return runner.run(command, args, options);
      },
    };
    const shared = createKustomizeStaging(fs);
    const renderWith = (path: string): Promise<RenderOutcome> =>
      renderKustomization(
        {
          target: { kind: 'kustomize', path, scenarios: [] },
          directory: join(repoRoot, path),
          cwd: repoRoot,
          options,
          displayPath,
        },
        { runner: peeking, fs, staging: shared },
      );

    const base = await renderWith(`${root}/base`);
    const prod = await renderWith(`${root}/overlays/prod`);
    expect(wrappers).toHaveLength(2);
    expect(wrappers[0]).toContain('originAnnotations');
    expect(wrappers[0]).not.toContain('transformerAnnotations');
    expect(wrappers[1]).toContain('transformerAnnotations');

    const deployment = base.scenarios[0]?.objects.find((object) => object.value['kind'] === 'Deployment');
    expect(deployment?.locate(['spec', 'template', 'spec', 'containers', 0]).primary.file).toBe(
      `${root}/base/deployment.yaml`,
    );
    // No annotation of either kind reaches evaluation.
    const annotations = (deployment?.value['metadata'] as { annotations?: Record<string, string> }).annotations ?? {};
    expect(Object.keys(annotations).filter((key) => key.includes('config.kubernetes.io'))).toEqual([]);
    expect(prod.errors).toEqual([]);
    await shared.dispose();
  });
});
