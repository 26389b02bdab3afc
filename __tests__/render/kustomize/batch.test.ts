/**
 * Shared kustomize builds (src/render/kustomize/batch.ts) against the real kustomize: every target built in a
 * shared process must come out exactly as when it is built alone (objects, attribution, errors), the hazards
 * the sharing rules guard against are shown to be real with a naive combined build, and the processes that ran
 * are checked, so a test cannot pass by quietly building everything alone.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileSystem, ScratchSpace } from '../../../src/discover/fs.js';
import { createNodeFileSystem } from '../../../src/discover/node-fs.js';
import type { KubeObject } from '../../../src/manifests/types.js';
import type { FieldPath } from '../../../src/policy/types.js';
import { createCommandRunner, type DisposableCommandRunner } from '../../../src/render/command-runner.js';
import {
  createSharedKustomizeBuilds,
  KEPT_LOCAL_ANNOTATION,
  MEMBER_ANNOTATION,
  splitSharedOutput,
  type SharedKustomizeBuilds,
} from '../../../src/render/kustomize/batch.js';
import { resolveKustomizeCommand } from '../../../src/render/kustomize/command.js';
import { renderKustomization } from '../../../src/render/kustomize/kustomize.js';
import { createKustomizeStaging, type KustomizeStaging } from '../../../src/render/kustomize/staging.js';
import type { CommandRunner, RenderOutcome } from '../../../src/render/types.js';

const repoRoot = resolve(import.meta.dirname, '../../..');
const KUSTOMIZE = { enableHelm: false };
const TIMEOUT_MS = 60_000;

let runner: DisposableCommandRunner;
let work: string;
const nodeFs = createNodeFileSystem();
const scratchDirs: string[] = [];
const fs: FileSystem & ScratchSpace = {
  ...nodeFs,
  async makeTempDir(prefix) {
    const dir = await nodeFs.makeTempDir(prefix);
    scratchDirs.push(dir);
    return dir;
  },
};

beforeAll(async () => {
  runner = createCommandRunner();
  work = await realpath(await mkdtemp(join(tmpdir(), 'podsec-shared-test-')));
});

afterAll(async () => {
  runner.dispose();
  await rm(work, { recursive: true, force: true });
  // Every wrapper folder, single or shared, is gone once its build is over.
  for (const dir of scratchDirs) expect(existsSync(dir)).toBe(false);
});

/** One kustomize process: the target directories (real paths) it built, one for a single build. */
interface BuildProcess {
  readonly targets: readonly string[];
  readonly shared: boolean;
}

/** A target as the test named it: builds run in the staged copy (`…/podsec-kustomize-…/repo/…`) of `source`. */
function sourceTarget(staged: string, source: string): string {
  return staged.replace(/^.*\/podsec-kustomize-[^/]+\/repo(?=\/|$)/, source);
}

/**
 * A runner that records every kustomize build and which targets it built, read from the wrapper
 * kustomization before the build runs (the wrapper folder is removed afterwards).
 */
function recorder(source: string): {
  readonly runner: CommandRunner;
  readonly builds: BuildProcess[];
  readonly failed: BuildProcess[];
  readonly probes: string[][];
} {
  const builds: BuildProcess[] = [];
  const failed: BuildProcess[] = [];
  const probes: string[][] = [];
  return {
    builds,
    failed,
    probes,
    runner: {
      run(command, args, options) {
        const wrapper = options?.cwd === undefined ? undefined : join(options.cwd, 'kustomization.yaml');
        if (wrapper === undefined || !existsSync(wrapper)) {
          probes.push([command, ...args]);
          return runner.run(command, args, options);
        }
        const top = options?.cwd ?? '';
        const resources = (parse(readFileSync(wrapper, 'utf8')) as { resources: string[] }).resources;
        const targets: string[] = [];
        let shared = false;
        for (const entry of resources) {
          const member = join(top, entry, 'kustomization.yaml');
          const memberText = existsSync(member) ? readFileSync(member, 'utf8') : '';
          if (memberText.includes(MEMBER_ANNOTATION)) {
            shared = true;
            const only = (parse(memberText) as { resources: string[] }).resources;
            expect(only).toHaveLength(1);
            targets.push(sourceTarget(resolve(top, entry, only[0] ?? ''), source));
          } else {
            targets.push(sourceTarget(resolve(top, entry), source));
          }
        }
        const build = { targets, shared };
        builds.push(build);
        return runner.run(command, args, options).then((result) => {
          if (result.exitCode !== 0) failed.push(build);
          return result;
        });
      },
    },
  };
}

interface RenderSettings {
  readonly runner: CommandRunner;
  readonly cwd: string;
  readonly staging: KustomizeStaging;
  readonly sharedBuilds?: SharedKustomizeBuilds;
  readonly keepKind?: (apiVersion: string, kind: string) => boolean;
  readonly maxOutputBytes?: number;
}

function render(directory: string, settings: RenderSettings): Promise<RenderOutcome> {
  return renderKustomization(
    {
      target: { kind: 'kustomize', path: relative(settings.cwd, directory), scenarios: [] },
      directory,
      cwd: settings.cwd,
      options: {
        kustomize: KUSTOMIZE,
        network: false,
        timeoutMs: TIMEOUT_MS,
        ...(settings.maxOutputBytes === undefined ? {} : { maxOutputBytes: settings.maxOutputBytes }),
        ...(settings.keepKind ? { keepKind: settings.keepKind } : {}),
      },
    },
    {
      runner: settings.runner,
      fs,
      staging: settings.staging,
      ...(settings.sharedBuilds ? { sharedBuilds: settings.sharedBuilds } : {}),
    },
  );
}

/** Settings a test varies: render slots (default 2), kinds to keep, the output limit per target. */
interface Variant {
  readonly slots?: number;
  readonly keepKind?: (apiVersion: string, kind: string) => boolean;
  readonly maxOutputBytes?: number;
}

function sharedBuilds(
  candidates: readonly string[],
  cwd: string,
  runnerToUse: CommandRunner,
  staging: KustomizeStaging,
  extra: Variant = {},
): SharedKustomizeBuilds {
  return createSharedKustomizeBuilds(
    {
      candidates,
      slots: extra.slots ?? 2,
      cwd,
      kustomize: KUSTOMIZE,
      network: false,
      timeoutMs: TIMEOUT_MS,
      ...(extra.maxOutputBytes === undefined ? {} : { maxOutputBytes: extra.maxOutputBytes }),
      ...(extra.keepKind ? { keepKind: extra.keepKind } : {}),
    },
    { runner: runnerToUse, fs, staging },
  );
}

/** Renders every directory alone and through one shared-builds instance, all at once as a scan does. */
async function renderBothWays(
  directories: readonly string[],
  cwd: string,
  extra: Variant = {},
): Promise<{
  single: RenderOutcome[];
  shared: RenderOutcome[];
  builds: BuildProcess[];
  failedBuilds: BuildProcess[];
  singleBuilds: BuildProcess[];
  otherCalls: string[][];
}> {
  const alone = recorder(cwd);
  const together = recorder(cwd);
  // One staged copy of `cwd` for both ways, as one scan has.
  const staging = createKustomizeStaging(fs);
  const builds = sharedBuilds(directories, cwd, together.runner, staging, extra);
  const common = {
    cwd,
    staging,
    ...(extra.keepKind ? { keepKind: extra.keepKind } : {}),
    ...(extra.maxOutputBytes === undefined ? {} : { maxOutputBytes: extra.maxOutputBytes }),
  };
  const [single, shared] = await Promise.all([
    Promise.all(directories.map((directory) => render(directory, { ...common, runner: alone.runner }))),
    Promise.all(
      directories.map((directory) => render(directory, { ...common, runner: together.runner, sharedBuilds: builds })),
    ),
  ]).finally(() => staging.dispose());
  expect(alone.builds.every((build) => !build.shared && build.targets.length === 1)).toBe(true);
  return {
    single,
    shared,
    builds: together.builds,
    failedBuilds: together.failed,
    singleBuilds: alone.builds,
    otherCalls: together.probes,
  };
}

/** The pod spec of a workload, by kind; undefined for objects that have none. */
function podSpecPath(kind: unknown): FieldPath | undefined {
  switch (kind) {
    case 'Pod':
      return ['spec'];
    case 'CronJob':
      return ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'Job':
      return ['spec', 'template', 'spec'];
    default:
      return undefined;
  }
}

function at(value: unknown, path: FieldPath): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** Field paths whose location podsec reports: the object, its pod spec, and the security fields of every container. */
function pathsOf(value: Record<string, unknown>): FieldPath[] {
  const paths: FieldPath[] = [[], ['metadata', 'name'], ['metadata', 'labels'], ['data'], ['spec', 'replicas']];
  const spec = podSpecPath(value['kind']);
  if (spec === undefined) return paths;
  paths.push(
    spec,
    [...spec, 'hostNetwork'],
    [...spec, 'hostPID'],
    [...spec, 'securityContext'],
    [...spec, 'securityContext', 'runAsNonRoot'],
    [...spec, 'securityContext', 'seccompProfile', 'type'],
  );
  for (const list of ['containers', 'initContainers']) {
    const containers = at(value, [...spec, list]);
    // One past the end too: a missing container is located at its nearest parent.
    const count = Array.isArray(containers) ? containers.length + 1 : 1;
    for (let index = 0; index < count; index++) {
      const container = [...spec, list, index];
      paths.push(
        container,
        [...container, 'image'],
        [...container, 'args'],
        [...container, 'env', 0, 'value'],
        [...container, 'securityContext'],
        [...container, 'securityContext', 'privileged'],
        [...container, 'securityContext', 'allowPrivilegeEscalation'],
        [...container, 'securityContext', 'capabilities', 'add'],
        [...container, 'securityContext', 'capabilities', 'add', 0],
        [...container, 'securityContext', 'capabilities', 'drop'],
      );
    }
  }
  return paths;
}

/**
 * kubectl prints its errors through klog, whose line header holds the time and process id
 * (`E1202 16:06:29.926178   16806 run.go:72]`): two runs of the same build never print the same header.
 */
function withoutKlogHeader(message: string): string {
  return message.replace(/^([EWIF])\d{4} \d\d:\d\d:\d\d\.\d{6}\s+\d+ /gm, '$1mmdd hh:mm:ss.uuuuuu pid ');
}

/** Everything of an outcome that podsec reports on, in plain data (locate() evaluated on every path). */
function summary(outcome: RenderOutcome): unknown {
  return {
    target: outcome.target,
    errors: outcome.errors.map((error) => ({ ...error, message: withoutKlogHeader(error.message) })),
    scenarios: outcome.scenarios.map((scenario) => ({
      scenario: scenario.scenario,
      defaultNamespace: scenario.defaultNamespace,
      objects: scenario.objects.map((object) => ({
        value: object.value,
        file: object.file,
        documentIndex: object.documentIndex,
        itemIndex: object.itemIndex,
        located: pathsOf(object.value).map((path) => ({ path, ...object.locate(path) })),
      })),
    })),
  };
}

function expectSameOutcomes(shared: readonly RenderOutcome[], single: readonly RenderOutcome[]): void {
  expect(shared).toHaveLength(single.length);
  single.forEach((alone, index) => {
    expect(summary(shared[index] as RenderOutcome), alone.target.path).toStrictEqual(summary(alone));
  });
}

function objects(outcome: RenderOutcome | undefined): KubeObject[] {
  return outcome?.scenarios[0]?.objects ?? [];
}

function objectOf(outcome: RenderOutcome | undefined, kind: string, name: string): KubeObject {
  const found = objects(outcome).find(
    (object) => object.value['kind'] === kind && at(object.value, ['metadata', 'name']) === name,
  );
  if (!found) throw new Error(`${kind} ${name} not in ${outcome?.target.path ?? '?'}`);
  return found;
}

/** Several YAML documents in one file. */
function documents(...values: unknown[]): string {
  return values.map((value) => stringify(value)).join('---\n');
}

async function writeTree(root: string, files: Record<string, unknown>): Promise<void> {
  for (const [file, content] of Object.entries(files)) {
    const path = join(root, file);
    await mkdir(dirname(path), { recursive: true });
    const text = typeof content === 'string' ? content : stringify(content);
    await writeFile(path, text);
  }
}

function deployment(name: string, podSpec: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: {
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name, image: `registry.example.com/${name}:1.0` }], ...podSpec },
      },
    },
  };
}

/** An overlay-like kustomization: its own namespace, a Deployment, a JSON patch adding a capability. */
function plainOverlay(
  namespace: string,
  {
    extra = {},
    podSpec = {},
    name = 'web',
  }: { extra?: Record<string, unknown>; podSpec?: Record<string, unknown>; name?: string } = {},
): Record<string, unknown> {
  return {
    'kustomization.yaml': {
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      namespace,
      resources: ['deployment.yaml'],
      patches: [{ path: 'caps.yaml', target: { kind: 'Deployment', name } }],
      ...extra,
    },
    'deployment.yaml': deployment(name, podSpec),
    'caps.yaml': [
      {
        op: 'add',
        path: '/spec/template/spec/containers/0/securityContext',
        value: { capabilities: { add: ['NET_RAW'] } },
      },
    ],
  };
}

/** What a naive combined build (one kustomization listing the directories as resources) prints. */
async function naiveCombinedBuild(name: string, directories: readonly string[]): Promise<Record<string, unknown>[]> {
  const dir = join(work, `naive-${name}`);
  await writeTree(dir, {
    'kustomization.yaml': { resources: directories.map((directory) => relative(dir, directory)) },
  });
  const command = await resolveKustomizeCommand(KUSTOMIZE, runner);
  const { stdout } = await promisify(execFile)(command.command, [...command.args, dir], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return parseAllDocuments(stdout).map((doc) => doc.toJS() as Record<string, unknown>);
}

function named(
  list: readonly Record<string, unknown>[],
  kind: string,
  name: string,
  namespace: string,
): Record<string, unknown> {
  const found = list.find(
    (object) =>
      object['kind'] === kind &&
      at(object, ['metadata', 'name']) === name &&
      at(object, ['metadata', 'namespace']) === namespace,
  );
  if (!found) throw new Error(`${kind} ${namespace}/${name} not built`);
  return found;
}

const sortedTargets = (builds: readonly BuildProcess[]): string[][] =>
  builds.map((build) => [...build.targets].sort()).sort((a, b) => a.join().localeCompare(b.join()));

interface CorpusModule {
  generateRenderCorpus(root: string): { overlays: { path: string }[] };
}

describe('shared builds of the generated render corpus', () => {
  const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Pod', 'Namespace']);
  const keepKind = (_apiVersion: string, kind: string): boolean => WORKLOAD_KINDS.has(kind);
  let root: string;
  let overlays: string[];
  let all: Awaited<ReturnType<typeof renderBothWays>>;
  let kept: Awaited<ReturnType<typeof renderBothWays>>;

  beforeAll(async () => {
    // Plain JS ESM without type declarations, shared with the benchmarks.
    const corpus = (await import(pathToFileURL(join(repoRoot, 'bench/lib/corpus.mjs')).href)) as CorpusModule;
    root = join(work, 'corpus');
    overlays = corpus.generateRenderCorpus(root).overlays.map((overlay) => join(root, overlay.path));
    [all, kept] = await Promise.all([renderBothWays(overlays, root), renderBothWays(overlays, root, { keepKind })]);
  });

  it('renders ten real overlays, attributed to bases, components and patches', () => {
    expect(overlays).toHaveLength(10);
    for (const outcome of all.single) {
      expect(outcome.errors).toEqual([]);
      expect(objects(outcome).length).toBeGreaterThan(8);
    }
    const files = new Set(
      all.single.flatMap((outcome) =>
        objects(outcome).flatMap((object) => pathsOf(object.value).map((path) => object.locate(path).primary.file)),
      ),
    );
    // The comparison below is only worth something if the locations reach every kind of source.
    expect([...files].some((file) => /^kustomize\/bases\/\w+\/workloads-\d\.yaml$/.test(file))).toBe(true);
    expect([...files].some((file) => /^kustomize\/overlays\/[\w-]+\/capabilities-patch\.yaml$/.test(file))).toBe(true);
    expect([...files].some((file) => /^kustomize\/overlays\/[\w-]+\/replicas-patch\.yaml$/.test(file))).toBe(true);
    expect([...files].some((file) => file === 'kustomize/components/debug-sidecar/sidecar.yaml')).toBe(true);
    expect([...files].some((file) => file === 'kustomize/components/hardening/seccomp.yaml')).toBe(true);
    expect([...files].some((file) => /^kustomize\/overlays\/[\w-]+\/kustomization\.yaml$/.test(file))).toBe(true);
  });

  it('gives every overlay the same objects, locations, namespace and errors as its single build', () => {
    expectSameOutcomes(all.shared, all.single);
    expect(all.shared.map((outcome) => outcome.scenarios[0]?.defaultNamespace)).toEqual(
      overlays.map((_, k) => `${['dev', 'staging', 'prod'][k % 3] ?? ''}-${k}`),
    );
  });

  it('builds the ten overlays in two kustomize processes of five', () => {
    expect(all.builds).toHaveLength(2);
    expect(all.builds.every((build) => build.shared && build.targets.length === 5)).toBe(true);
    expect(all.builds.flatMap((build) => build.targets).sort()).toEqual([...overlays].sort());
    expect(all.singleBuilds).toHaveLength(10);
    // Nothing else ran but one version probe (shared builds need kustomize 5): PATH is looked at for a
    // `kustomize` binary, no process is started for that.
    expect(all.otherCalls).toEqual([['kubectl', 'version', '--client']]);
  });

  it('keeps only the wanted kinds, with the same objects and document indexes as single builds', () => {
    expect(kept.builds).toHaveLength(2);
    expect(kept.builds.every((build) => build.shared)).toBe(true);
    expectSameOutcomes(kept.shared, kept.single);
    kept.shared.forEach((outcome, index) => {
      const everything = objects(all.single[index]);
      const wanted = everything.filter((object) => WORKLOAD_KINDS.has(String(object.value['kind'])));
      expect(wanted.length).toBeLessThan(everything.length);
      const shape = (list: readonly KubeObject[]): unknown[] =>
        list.map((object) => ({ value: object.value, file: object.file, documentIndex: object.documentIndex }));
      expect(shape(objects(outcome))).toStrictEqual(shape(wanted));
    });
  });
});

describe('a ClusterRole of one overlay and a RoleBinding of another', () => {
  let a: string;
  let b: string;
  let naive: Record<string, unknown>[];
  let result: Awaited<ReturnType<typeof renderBothWays>>;

  beforeAll(async () => {
    a = join(work, 'cluster-role/team-a');
    b = join(work, 'cluster-role/team-b');
    await writeTree(a, {
      'kustomization.yaml': { namespace: 'team-a', resources: ['rolebinding.yaml', 'deployment.yaml'] },
      'rolebinding.yaml': {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name: 'readers' },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' },
        subjects: [{ kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name: 'auditors' }],
      },
      'deployment.yaml': deployment('web'),
    });
    await writeTree(b, {
      'kustomization.yaml': {
        namespace: 'team-b',
        namePrefix: 'b-',
        resources: ['clusterrole.yaml', 'deployment.yaml'],
      },
      'clusterrole.yaml': {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRole',
        metadata: { name: 'view' },
        rules: [],
      },
      'deployment.yaml': deployment('web', { hostNetwork: true }),
    });
    [naive, result] = await Promise.all([
      naiveCombinedBuild('cluster-role', [a, b]),
      renderBothWays([a, b], join(work, 'cluster-role')),
    ]);
  });

  it('is a real hazard: built together, the RoleBinding takes the other overlay’s ClusterRole', () => {
    expect(at(named(naive, 'RoleBinding', 'readers', 'team-a'), ['roleRef', 'name'])).toBe('b-view');
  });

  it('renders the RoleBinding with its own roleRef, exactly as the single build does', () => {
    const [sharedA, sharedB] = result.shared;
    expect(at(objectOf(sharedA, 'RoleBinding', 'readers').value, ['roleRef', 'name'])).toBe('view');
    expect(at(objectOf(sharedB, 'ClusterRole', 'b-view').value, ['rules'])).toEqual([]);
    expectSameOutcomes(result.shared, result.single);
  });

  it('ran the shared build, refused its output, and built each overlay alone', () => {
    expect(result.builds.filter((build) => build.shared).map((build) => [...build.targets].sort())).toEqual([
      [a, b].sort(),
    ]);
    // kustomize built both together without complaint: podsec's check of the output is what refused it.
    expect(result.failedBuilds).toEqual([]);
    expect(sortedTargets(result.builds.filter((build) => !build.shared))).toEqual([[a], [b]]);
  });
});

describe('a RoleBinding whose subject is in another overlay’s namespace', () => {
  let a: string;
  let b: string;
  let naive: Record<string, unknown>[];
  let result: Awaited<ReturnType<typeof renderBothWays>>;

  beforeAll(async () => {
    a = join(work, 'subjects/team-a');
    b = join(work, 'subjects/team-b');
    await writeTree(a, {
      'kustomization.yaml': { namespace: 'team-a', resources: ['rolebinding.yaml', 'deployment.yaml'] },
      'rolebinding.yaml': {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name: 'deployer-access' },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'deployer' },
        subjects: [{ kind: 'ServiceAccount', name: 'deployer', namespace: 'team-b' }],
      },
      'deployment.yaml': deployment('web'),
    });
    await writeTree(b, {
      'kustomization.yaml': {
        namespace: 'team-b',
        namePrefix: 'b-',
        resources: ['serviceaccount.yaml', 'deployment.yaml'],
      },
      'serviceaccount.yaml': { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'deployer' } },
      'deployment.yaml': deployment('web', { serviceAccountName: 'deployer' }),
    });
    [naive, result] = await Promise.all([
      naiveCombinedBuild('subjects', [a, b]),
      renderBothWays([a, b], join(work, 'subjects')),
    ]);
  });

  it('is a real hazard: built together, the subject is renamed after the other overlay’s ServiceAccount', () => {
    expect(at(named(naive, 'RoleBinding', 'deployer-access', 'team-a'), ['subjects', 0, 'name'])).toBe('b-deployer');
  });

  it('keeps the subject’s name, exactly as the single build does, after a refused shared build', () => {
    expect(at(objectOf(result.shared[0], 'RoleBinding', 'deployer-access').value, ['subjects', 0, 'name'])).toBe(
      'deployer',
    );
    expect(
      at(objectOf(result.shared[1], 'Deployment', 'b-web').value, ['spec', 'template', 'spec', 'serviceAccountName']),
    ).toBe('b-deployer');
    expectSameOutcomes(result.shared, result.single);
    expect(result.builds.filter((build) => build.shared)).toHaveLength(1);
    expect(result.failedBuilds).toEqual([]);
    expect(sortedTargets(result.builds.filter((build) => !build.shared))).toEqual([[a], [b]]);
  });
});

describe('two overlays with the same namespace', () => {
  let dirs: Record<'one' | 'two' | 'three' | 'four', string>;
  let naive: Record<string, unknown>[];
  let fourWay: Awaited<ReturnType<typeof renderBothWays>>;
  let threeWay: Awaited<ReturnType<typeof renderBothWays>>;

  beforeAll(async () => {
    const root = join(work, 'same-namespace');
    dirs = { one: join(root, 'one'), two: join(root, 'two'), three: join(root, 'three'), four: join(root, 'four') };
    // `one` reads a ConfigMap `settings` it does not define (it exists in the cluster); `two` generates one in the
    // same namespace. Built together, kustomize would point `one` at `two`'s hashed ConfigMap.
    await writeTree(
      dirs.one,
      plainOverlay('shared', {
        name: 'one',
        podSpec: { volumes: [{ name: 'settings', configMap: { name: 'settings' } }] },
      }),
    );
    await writeTree(
      dirs.two,
      plainOverlay('shared', {
        name: 'two',
        extra: { configMapGenerator: [{ name: 'settings', literals: ['MODE=two'] }] },
      }),
    );
    // Overlays often bring their Namespace; kustomize names it after `namespace:`. Namespaces may share a build.
    const namespace = { 'namespace.yaml': { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'placeholder' } } };
    await writeTree(dirs.three, {
      ...plainOverlay('team-three', { extra: { resources: ['namespace.yaml', 'deployment.yaml'] } }),
      ...namespace,
    });
    await writeTree(dirs.four, {
      ...plainOverlay('team-four', { extra: { resources: ['namespace.yaml', 'deployment.yaml'] } }),
      ...namespace,
    });
    const [built, four, three] = await Promise.all([
      naiveCombinedBuild('same-namespace', [dirs.one, dirs.two]),
      renderBothWays([dirs.one, dirs.two, dirs.three, dirs.four], root),
      // One render slot: a single shared build, which cannot take both `one` and `two`.
      renderBothWays([dirs.one, dirs.two, dirs.three], root, { slots: 1 }),
    ]);
    naive = built;
    fourWay = four;
    threeWay = three;
  });

  it('is a real hazard: built together, one overlay’s volume takes the other’s generated ConfigMap', () => {
    const name = at(named(naive, 'Deployment', 'one', 'shared'), [
      'spec',
      'template',
      'spec',
      'volumes',
      0,
      'configMap',
      'name',
    ]);
    expect(name).toMatch(/^settings-[a-z0-9]{10}$/);
  });

  it('never puts them in one shared build, and renders every overlay as its single build', () => {
    const volume = ['spec', 'template', 'spec', 'volumes', 0, 'configMap', 'name'];
    expect(at(objectOf(fourWay.shared[0], 'Deployment', 'one').value, volume)).toBe('settings');
    expect(objectOf(fourWay.shared[3], 'Namespace', 'team-four').file).toBe('four/namespace.yaml');
    expectSameOutcomes(fourWay.shared, fourWay.single);
    // Two slots: two shared builds of two, `one` and `two` apart.
    expect(sortedTargets(fourWay.builds)).toEqual(
      sortedTargets([
        { targets: [dirs.one, dirs.three], shared: true },
        { targets: [dirs.two, dirs.four], shared: true },
      ]),
    );
    expect(fourWay.builds.every((build) => build.shared)).toBe(true);
  });

  it('builds the one that fits in no shared build alone', () => {
    expect(
      at(objectOf(threeWay.shared[0], 'Deployment', 'one').value, [
        'spec',
        'template',
        'spec',
        'volumes',
        0,
        'configMap',
        'name',
      ]),
    ).toBe('settings');
    expectSameOutcomes(threeWay.shared, threeWay.single);
    expect(threeWay.builds.filter((build) => build.shared).map((build) => [...build.targets].sort())).toEqual([
      [dirs.one, dirs.three].sort(),
    ]);
    expect(threeWay.builds.filter((build) => !build.shared).map((build) => build.targets)).toEqual([[dirs.two]]);
  });
});

describe('an overlay and its base, both targets', () => {
  it('builds them in one process, each as it builds alone', async () => {
    const root = join(work, 'nested');
    const base = join(root, 'base');
    const overlay = join(root, 'overlay');
    await writeTree(
      base,
      plainOverlay('base-ns', {
        extra: { configMapGenerator: [{ name: 'settings', literals: ['LEVEL=base'] }] },
        podSpec: { volumes: [{ name: 's', configMap: { name: 'settings' } }] },
      }),
    );
    await writeTree(overlay, {
      'kustomization.yaml': {
        namespace: 'overlay-ns',
        namePrefix: 'ov-',
        resources: ['../base'],
        patches: [{ path: 'host.yaml' }],
      },
      'host.yaml': {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web' },
        spec: { template: { spec: { hostNetwork: true } } },
      },
    });
    const result = await renderBothWays([overlay, base], root);
    expect(result.builds).toEqual([{ targets: [overlay, base], shared: true }]);
    expectSameOutcomes(result.shared, result.single);
    const web = objectOf(result.shared[0], 'Deployment', 'ov-web');
    expect(web.locate(['spec', 'template', 'spec', 'hostNetwork']).primary.file).toBe('overlay/host.yaml');
    expect(
      web.locate(['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'capabilities', 'add', 0]).primary
        .file,
    ).toBe('base/caps.yaml');
    expect(at(web.value, ['spec', 'template', 'spec', 'volumes', 0, 'configMap', 'name'])).toMatch(
      /^ov-settings-[a-z0-9]{10}$/,
    );
    expect(
      at(objectOf(result.shared[1], 'Deployment', 'web').value, [
        'spec',
        'template',
        'spec',
        'volumes',
        0,
        'configMap',
        'name',
      ]),
    ).toMatch(/^settings-[a-z0-9]{10}$/);
  });
});

describe('odd target paths', () => {
  it('shares builds of targets with spaces, quotes, a leading dash and a newline in their path, or reached through a symlink', async () => {
    const root = join(work, 'odd');
    const odd = join(root, `-o'dd "dir"`, 'new\nline');
    const real = join(root, 'real overlay');
    const link = join(root, 'linked');
    await writeTree(odd, plainOverlay('odd-ns', { podSpec: { hostIPC: true } }));
    await writeTree(real, plainOverlay('linked-ns'));
    await symlink(real, link);
    const result = await renderBothWays([odd, link], root);
    expect(result.builds).toEqual([{ targets: [odd, real], shared: true }]);
    expectSameOutcomes(result.shared, result.single);
    expect(
      objectOf(result.shared[0], 'Deployment', 'web').locate(['spec', 'template', 'spec', 'hostIPC']).primary.file,
    ).toBe(`-o'dd "dir"/new\nline/deployment.yaml`);
    expect(objectOf(result.shared[1], 'Deployment', 'web').file).toBe('real overlay/deployment.yaml');
  });
});

describe('broken overlays among shareable ones', () => {
  let dirs: string[];
  let result: Awaited<ReturnType<typeof renderBothWays>>;

  beforeAll(async () => {
    const root = join(work, 'broken');
    dirs = ['ok-1', 'missing-patch', 'ok-2', 'no-patch-target', 'ok-3', 'ok-4'].map((name) => join(root, name));
    const [ok1, missingPatch, ok2, noTarget, ok3, ok4] = dirs as [string, string, string, string, string, string];
    await writeTree(ok1, plainOverlay('ok-1'));
    await writeTree(
      missingPatch,
      plainOverlay('missing-patch', { extra: { patches: [{ path: 'does-not-exist.yaml' }] } }),
    );
    await writeTree(ok2, plainOverlay('ok-2', { podSpec: { hostPID: true } }));
    await writeTree(noTarget, {
      ...plainOverlay('no-patch-target'),
      'kustomization.yaml': {
        namespace: 'no-patch-target',
        resources: ['deployment.yaml'],
        patches: [
          { path: 'caps.yaml', target: { kind: 'Deployment', name: 'missing' } },
          { patch: stringify(deployment('also-missing')) },
        ],
      },
    });
    await writeTree(ok3, plainOverlay('ok-3'));
    await writeTree(ok4, plainOverlay('ok-4'));
    result = await renderBothWays(dirs, root);
  });

  it('reports exactly the single-build error for each broken overlay', () => {
    const [, missingPatch, , noTarget] = result.single;
    expect(missingPatch?.errors).toHaveLength(1);
    expect(missingPatch?.errors[0]?.message).toMatch(
      /^(kubectl kustomize|kustomize build) failed with exit code 1:\n[^]*does-not-exist\.yaml/,
    );
    expect(noTarget?.errors).toHaveLength(1);
    expect(noTarget?.errors[0]?.message).toMatch(
      /^(kubectl kustomize|kustomize build) failed with exit code 1:\n[^]*(no matches|failed to find)/i,
    );
    // The same text, but for the time and process id kubectl's log header holds.
    expect(withoutKlogHeader(result.shared[1]?.errors[0]?.message ?? '')).toBe(
      withoutKlogHeader(missingPatch?.errors[0]?.message ?? ''),
    );
    expect(withoutKlogHeader(result.shared[3]?.errors[0]?.message ?? '')).toBe(
      withoutKlogHeader(noTarget?.errors[0]?.message ?? ''),
    );
    expect(result.shared[1]?.errors[0]?.message).not.toContain('podsec-kustomize-shared-');
    expect(result.shared[1]?.errors).toHaveLength(1);
    expect(result.shared[3]?.errors).toHaveLength(1);
    expect(result.shared[1]?.scenarios).toEqual([]);
    expect(result.shared[3]?.scenarios).toEqual([]);
  });

  it('renders every other overlay as its single build', () => {
    for (const index of [0, 2, 4, 5]) {
      expect(result.single[index]?.errors).toEqual([]);
      expect(objects(result.single[index])).toHaveLength(1);
    }
    expectSameOutcomes(result.shared, result.single);
  });

  it('falls back to single builds for the failed shared build only', () => {
    const [ok1, missingPatch, ok2, noTarget, ok3, ok4] = dirs as [string, string, string, string, string, string];
    expect(sortedTargets(result.builds.filter((build) => build.shared))).toEqual(
      sortedTargets([
        { targets: [ok1, ok2, ok3], shared: true },
        { targets: [missingPatch, noTarget, ok4], shared: true },
      ]),
    );
    expect(sortedTargets(result.builds.filter((build) => !build.shared))).toEqual(
      sortedTargets([missingPatch, noTarget, ok4].map((target) => ({ targets: [target], shared: false }))),
    );
    expect(sortedTargets(result.failedBuilds)).toEqual(
      sortedTargets([
        { targets: [missingPatch, noTarget, ok4], shared: true },
        { targets: [missingPatch], shared: false },
        { targets: [noTarget], shared: false },
      ]),
    );
  });
});

describe('trees with build-wide fields', () => {
  let dirs: Record<'vars' | 'configurations' | 'literal' | 'widget', string>;
  let naiveVars: Record<string, unknown>[];
  let naiveConfigurations: Record<string, unknown>[];
  let result: Awaited<ReturnType<typeof renderBothWays>>;

  beforeAll(async () => {
    const root = join(work, 'build-wide');
    dirs = {
      vars: join(root, 'vars'),
      configurations: join(root, 'configurations'),
      literal: join(root, 'literal'),
      widget: join(root, 'widget'),
    };
    const client = deployment('client');
    (at(client, ['spec', 'template', 'spec', 'containers', 0]) as Record<string, unknown>)['args'] = [
      '--api=$(API_HOST)',
    ];
    // `vars` are substituted in everything built: in a shared build `literal`'s own $(API_HOST) would be replaced.
    await writeTree(dirs.vars, {
      'kustomization.yaml': {
        namespace: 'team-vars',
        namePrefix: 'v-',
        resources: ['app.yaml'],
        vars: [
          {
            name: 'API_HOST',
            objref: { apiVersion: 'v1', kind: 'Service', name: 'api' },
            fieldref: { fieldpath: 'metadata.name' },
          },
        ],
      },
      'app.yaml': documents(
        { apiVersion: 'v1', kind: 'Service', metadata: { name: 'api' }, spec: { ports: [{ port: 80 }] } },
        client,
      ),
    });
    await writeTree(dirs.literal, {
      'kustomization.yaml': { namespace: 'team-literal', resources: ['app.yaml'] },
      'app.yaml': client,
    });
    // `configurations` add name references for everything built: `widget`'s Widget would follow its own generated ConfigMap.
    const widget = {
      apiVersion: 'example.com/v1',
      kind: 'Widget',
      metadata: { name: 'w' },
      spec: { configName: 'settings' },
    };
    await writeTree(dirs.configurations, {
      'kustomization.yaml': {
        namespace: 'team-configurations',
        resources: ['widget.yaml', 'deployment.yaml'],
        configurations: ['widget-references.yaml'],
        configMapGenerator: [{ name: 'settings', literals: ['A=1'] }],
      },
      'widget-references.yaml': {
        nameReference: [
          { kind: 'ConfigMap', version: 'v1', fieldSpecs: [{ kind: 'Widget', path: 'spec/configName' }] },
        ],
      },
      'widget.yaml': widget,
      'deployment.yaml': deployment('web'),
    });
    await writeTree(dirs.widget, {
      'kustomization.yaml': {
        namespace: 'team-widget',
        resources: ['widget.yaml'],
        configMapGenerator: [{ name: 'settings', literals: ['B=2'] }],
      },
      'widget.yaml': widget,
    });
    [naiveVars, naiveConfigurations, result] = await Promise.all([
      naiveCombinedBuild('vars', [dirs.vars, dirs.literal]),
      naiveCombinedBuild('configurations', [dirs.configurations, dirs.widget]),
      renderBothWays([dirs.vars, dirs.literal, dirs.configurations, dirs.widget], root),
    ]);
  });

  it('are real hazards: built together, vars and name-reference configurations reach the other overlays', () => {
    const args = ['spec', 'template', 'spec', 'containers', 0, 'args', 0];
    expect(at(named(naiveVars, 'Deployment', 'client', 'team-literal'), args)).toBe('--api=v-api');
    expect(at(named(naiveConfigurations, 'Widget', 'w', 'team-widget'), ['spec', 'configName'])).toMatch(
      /^settings-[a-z0-9]{10}$/,
    );
  });

  it('builds each of them alone, and shares only the others', () => {
    expect(result.builds.filter((build) => build.shared).map((build) => [...build.targets].sort())).toEqual([
      [dirs.literal, dirs.widget].sort(),
    ]);
    expect(sortedTargets(result.builds.filter((build) => !build.shared))).toEqual([[dirs.configurations], [dirs.vars]]);
  });

  it('renders all four exactly as their single builds', () => {
    const args = ['spec', 'template', 'spec', 'containers', 0, 'args', 0];
    const [vars, literal, configurations, widget] = result.shared;
    expect(at(objectOf(vars, 'Deployment', 'v-client').value, args)).toBe('--api=v-api');
    expect(at(objectOf(literal, 'Deployment', 'client').value, args)).toBe('--api=$(API_HOST)');
    expect(at(objectOf(configurations, 'Widget', 'w').value, ['spec', 'configName'])).toMatch(
      /^settings-[a-z0-9]{10}$/,
    );
    expect(at(objectOf(widget, 'Widget', 'w').value, ['spec', 'configName'])).toBe('settings');
    expectSameOutcomes(result.shared, result.single);
  });
});

describe('targets that need different build metadata', () => {
  it('share builds only with targets that ask kustomize for the same annotations', async () => {
    const root = join(work, 'build-metadata');
    const [plain1, patched1, plain2, patched2] = ['plain-1', 'patched-1', 'plain-2', 'patched-2'].map((name) =>
      join(root, name),
    ) as [string, string, string, string];
    // Without a patch in the tree, podsec asks for origin annotations only; with one, for transformer annotations too.
    for (const [dir, namespace] of [
      [plain1, 'plain-1'],
      [plain2, 'plain-2'],
    ] as const) {
      await writeTree(dir, {
        'kustomization.yaml': { namespace, resources: ['deployment.yaml'] },
        'deployment.yaml': deployment('web', { hostPID: true }),
      });
    }
    await writeTree(patched1, plainOverlay('patched-1'));
    await writeTree(patched2, plainOverlay('patched-2'));
    const result = await renderBothWays([plain1, patched1, plain2, patched2], root);
    expect(sortedTargets(result.builds)).toEqual(
      sortedTargets([
        { targets: [plain1, plain2], shared: true },
        { targets: [patched1, patched2], shared: true },
      ]),
    );
    expectSameOutcomes(result.shared, result.single);
    expect(
      objectOf(result.shared[1], 'Deployment', 'web').locate([
        'spec',
        'template',
        'spec',
        'containers',
        0,
        'securityContext',
        'capabilities',
        'add',
      ]).primary.file,
    ).toBe('patched-1/caps.yaml');
  });
});

describe('shared builds that drop kinds', () => {
  let dirs: string[];
  let keptFirst: Awaited<ReturnType<typeof renderBothWays>>;
  let droppedFirst: Awaited<ReturnType<typeof renderBothWays>>;
  // kustomize prints, in this order: ServiceAccount, Role, RoleBinding, the generated ConfigMap, the Deployment.
  const keepFirst = (_apiVersion: string, kind: string): boolean =>
    ['ServiceAccount', 'ConfigMap', 'Deployment'].includes(kind);
  const dropFirst = (_apiVersion: string, kind: string): boolean => ['ConfigMap', 'Deployment'].includes(kind);

  beforeAll(async () => {
    const root = join(work, 'keep-kind');
    dirs = ['first', 'second', 'third'].map((name) => join(root, name));
    for (const [index, dir] of dirs.entries()) {
      await writeTree(dir, {
        ...plainOverlay(`ns-${index}`, {
          extra: {
            resources: ['deployment.yaml', 'rbac.yaml'],
            configMapGenerator: [{ name: 'settings', literals: [`OWNER=${index}`] }],
          },
        }),
        'rbac.yaml': documents(
          { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'runner' } },
          { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'runner' }, rules: [] },
          {
            apiVersion: 'rbac.authorization.k8s.io/v1',
            kind: 'RoleBinding',
            metadata: { name: 'runner' },
            roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'runner' },
            subjects: [{ kind: 'ServiceAccount', name: 'runner' }],
          },
        ),
      });
    }
    [keptFirst, droppedFirst] = await Promise.all([
      renderBothWays(dirs, root, { keepKind: keepFirst, slots: 1 }),
      renderBothWays(dirs, root, { keepKind: dropFirst, slots: 1 }),
    ]);
  });

  it('counts a generated object’s document index over everything its overlay printed, as single builds do', () => {
    expect(keptFirst.builds).toEqual([{ targets: dirs, shared: true }]);
    expectSameOutcomes(keptFirst.shared, keptFirst.single);
    for (const outcome of keptFirst.shared) {
      // The ConfigMap is generated: its index is its place in the output, after the dropped Role and RoleBinding.
      expect(
        objects(outcome).map((object) => [
          object.value['kind'],
          object.file.replace(/^\w+\//, ''),
          object.documentIndex,
        ]),
      ).toEqual([
        ['ServiceAccount', 'rbac.yaml', 0],
        ['ConfigMap', 'kustomization.yaml', 3],
        ['Deployment', 'deployment.yaml', 0],
      ]);
    }
  });

  it('keeps the same index when the first printed document is dropped', () => {
    expect(droppedFirst.builds).toEqual([{ targets: dirs, shared: true }]);
    for (const outcome of droppedFirst.shared) {
      expect(objects(outcome).map((object) => [object.value['kind'], object.documentIndex])).toEqual([
        ['ConfigMap', 3],
        ['Deployment', 0],
      ]);
    }
  });

  // keepKind blanks dropped documents; the first one has no `---` of its own in kustomize's output, and
  // single builds once lost its place (every later index one lower).
  it('gives the same outcome as single builds when the first printed document is dropped', () => {
    expectSameOutcomes(droppedFirst.shared, droppedFirst.single);
  });
});

describe('output limits', () => {
  let dirs: string[];
  let result: Awaited<ReturnType<typeof renderBothWays>>;

  beforeAll(async () => {
    const root = join(work, 'output-limit');
    dirs = ['small-1', 'big', 'small-2'].map((name) => join(root, name));
    await writeTree(dirs[0] ?? '', plainOverlay('small-1'));
    await writeTree(
      dirs[1] ?? '',
      plainOverlay('big', {
        extra: { configMapGenerator: [{ name: 'blob', literals: [`DATA=${'x'.repeat(20_000)}`] }] },
      }),
    );
    await writeTree(dirs[2] ?? '', plainOverlay('small-2'));
    // Each small overlay prints about 1 kB, the big one over 20 kB: alone, only the big one is over the limit.
    result = await renderBothWays(dirs, root, { maxOutputBytes: 10_000, slots: 1 });
  });

  it('refuses the overlay whose output is over the limit in a single build', () => {
    expect(result.single.map((outcome) => outcome.errors.length)).toEqual([0, 1, 0]);
    expect(result.single[1]?.errors[0]?.message).toMatch(
      /^(kubectl kustomize|kustomize build) printed more output than the limit allows and was stopped/,
    );
    expect(result.builds[0]).toEqual({ targets: dirs, shared: true });
  });

  // The shared process may print the limit once per member; each member's share is held to the limit,
  // and a member over it is built alone, where the limit refuses it.
  it('gives the same outcome as single builds when one member alone prints more than the limit', () => {
    expectSameOutcomes(result.shared, result.single);
  });
});

describe('what kustomize treats as cluster-scoped, local or build-wide, whatever the file looks like', () => {
  const priorityClass = (metadata: Record<string, unknown>): Record<string, unknown> => ({
    apiVersion: 'scheduling.k8s.io/v1',
    kind: 'PriorityClass',
    metadata,
    value: 1000,
  });
  let root: string;
  let cases: Record<
    string,
    { dirs: string[]; naive: Record<string, unknown>[]; result: Awaited<ReturnType<typeof renderBothWays>> }
  >;

  beforeAll(async () => {
    root = join(work, 'kustomize-view');
    const b = (name: string, podSpec: Record<string, unknown>): Record<string, unknown> => ({
      'kustomization.yaml': { namespace: `${name}-b`, resources: ['deploy.yaml'] },
      'deploy.yaml': deployment('api', podSpec),
    });
    const trees: Record<string, [Record<string, unknown>, Record<string, unknown>]> = {
      // Vendored chart output often keeps a namespace on cluster-scoped objects; kustomize still treats
      // the PriorityClass as cluster-scoped, a name-reference target for every overlay built with it.
      'namespaced-cluster-object': [
        {
          'kustomization.yaml': { namespace: 'h1-a', namePrefix: 'a-', resources: ['vendored.yaml'] },
          'vendored.yaml': documents(priorityClass({ name: 'high', namespace: 'monitoring' }), deployment('web')),
        },
        b('h1', { priorityClassName: 'high' }),
      ],
      // A local-config object takes part in name references and is dropped only at the end of the build.
      'local-config': [
        {
          'kustomization.yaml': { namespace: 'h2-a', namePrefix: 'a-', resources: ['prio.yaml', 'deploy.yaml'] },
          'prio.yaml': priorityClass({ name: 'high', annotations: { 'config.kubernetes.io/local-config': 'true' } }),
          'deploy.yaml': deployment('web'),
        },
        b('h2', { priorityClassName: 'high' }),
      ],
      // kustomize reads `Vars:` as `vars:` (Go's JSON decoding ignores case): vars reach every overlay built.
      'capitalised-vars': [
        {
          'kustomization.yaml':
            'namespace: h3-a\nresources: [values.yaml, deploy.yaml]\nVars:\n  - name: RUNTIME\n    objref: {apiVersion: v1, kind: ConfigMap, name: security}\n    fieldref: {fieldpath: data.runtime}\n',
          'values.yaml': {
            apiVersion: 'v1',
            kind: 'ConfigMap',
            metadata: { name: 'security' },
            data: { runtime: 'gvisor' },
          },
          'deploy.yaml': deployment('web'),
        },
        b('h3', {
          containers: [
            { name: 'api', image: 'registry.example.com/api:1.0', env: [{ name: 'RUNTIME', value: '$(RUNTIME)' }] },
          ],
        }),
      ],
      // …and YAML merge keys the same way.
      'merged-vars': [
        {
          'kustomization.yaml':
            'namespace: h4-a\nresources: [values.yaml, deploy.yaml]\n<<: {vars: [{name: RUNTIME, objref: {apiVersion: v1, kind: ConfigMap, name: security}, fieldref: {fieldpath: data.runtime}}]}\n',
          'values.yaml': {
            apiVersion: 'v1',
            kind: 'ConfigMap',
            metadata: { name: 'security' },
            data: { runtime: 'gvisor' },
          },
          'deploy.yaml': deployment('web'),
        },
        b('h4', {
          containers: [
            { name: 'api', image: 'registry.example.com/api:1.0', env: [{ name: 'RUNTIME', value: '$(RUNTIME)' }] },
          ],
        }),
      ],
    };
    cases = {};
    await Promise.all(
      Object.entries(trees).map(async ([name, [a, other]]) => {
        const dirs = [join(root, name, 'a'), join(root, name, 'b')];
        await writeTree(dirs[0] ?? '', a);
        await writeTree(dirs[1] ?? '', other);
        const [naive, result] = await Promise.all([
          naiveCombinedBuild(`view-${name}`, dirs),
          renderBothWays(dirs, join(root, name)),
        ]);
        cases[name] = { dirs, naive, result };
      }),
    );
  });

  const apiSpec = (outcome: RenderOutcome | undefined): unknown =>
    at(objectOf(outcome, 'Deployment', 'api').value, ['spec', 'template', 'spec']);

  it('are real hazards: built together, the other overlay changes the Deployment', () => {
    expect(
      at(named(cases['namespaced-cluster-object']?.naive ?? [], 'Deployment', 'api', 'h1-b'), [
        'spec',
        'template',
        'spec',
        'priorityClassName',
      ]),
    ).toBe('a-high');
    expect(
      at(named(cases['local-config']?.naive ?? [], 'Deployment', 'api', 'h2-b'), [
        'spec',
        'template',
        'spec',
        'priorityClassName',
      ]),
    ).toBe('a-high');
    const envValue = ['spec', 'template', 'spec', 'containers', 0, 'env', 0, 'value'];
    expect(at(named(cases['capitalised-vars']?.naive ?? [], 'Deployment', 'api', 'h3-b'), envValue)).toBe('gvisor');
    expect(at(named(cases['merged-vars']?.naive ?? [], 'Deployment', 'api', 'h4-b'), envValue)).toBe('gvisor');
  });

  it('render every overlay as it renders alone', () => {
    for (const { result } of Object.values(cases)) expectSameOutcomes(result.shared, result.single);
    expect(apiSpec(cases['namespaced-cluster-object']?.result.shared[1])).toMatchObject({ priorityClassName: 'high' });
    expect(apiSpec(cases['local-config']?.result.shared[1])).toMatchObject({ priorityClassName: 'high' });
    const unresolved = { containers: [{ env: [{ name: 'RUNTIME', value: '$(RUNTIME)' }] }] };
    expect(apiSpec(cases['capitalised-vars']?.result.shared[1])).toMatchObject(unresolved);
    expect(apiSpec(cases['merged-vars']?.result.shared[1])).toMatchObject(unresolved);
  });

  it('refuse the shared output when the kind is cluster-scoped or the object local, and never share trees kustomize reads differently', () => {
    for (const name of ['namespaced-cluster-object', 'local-config']) {
      const { dirs, result } = cases[name] ?? { dirs: [], result: undefined };
      expect(result?.builds.filter((build) => build.shared).map((build) => [...build.targets].sort())).toEqual([
        [...dirs].sort(),
      ]);
      expect(sortedTargets(result?.builds.filter((build) => !build.shared) ?? [])).toEqual(dirs.map((dir) => [dir]));
    }
    for (const name of ['capitalised-vars', 'merged-vars'])
      expect(cases[name]?.result.builds.every((build) => !build.shared)).toBe(true);
  });

  it('is not fooled by objects that already carry podsec’s own annotation keys', async () => {
    const dirs = ['x', 'y'].map((name) => join(root, 'own-keys', name));
    const privileged = deployment('web', {
      containers: [{ name: 'web', image: 'registry.example.com/web:1.0', securityContext: { privileged: true } }],
    });
    const annotated = {
      ...privileged,
      metadata: { name: 'web', annotations: { [KEPT_LOCAL_ANNOTATION]: 'x', [MEMBER_ANNOTATION]: '1' } },
    };
    await writeTree(dirs[0] ?? '', {
      'kustomization.yaml': { namespace: 'ok-x', resources: ['deploy.yaml'] },
      'deploy.yaml': annotated,
    });
    await writeTree(dirs[1] ?? '', {
      'kustomization.yaml': { namespace: 'ok-y', resources: ['deploy.yaml'] },
      'deploy.yaml': deployment('api'),
    });
    const result = await renderBothWays(dirs, join(root, 'own-keys'));
    expect(result.builds.filter((build) => build.shared)).toHaveLength(1);
    expect(objects(result.shared[0]).map((object) => at(object.value, ['metadata', 'annotations']))).toEqual([
      { [KEPT_LOCAL_ANNOTATION]: 'x', [MEMBER_ANNOTATION]: '1' },
    ]);
    expectSameOutcomes(result.shared, result.single);
  });

  it('builds alone an overlay whose objects kustomize hashes over their whole content', async () => {
    const dirs = ['x', 'y'].map((name) => join(root, 'hashed', name));
    const hashed = {
      ...deployment('web'),
      metadata: { name: 'web', annotations: { 'internal.config.kubernetes.io/needsHashSuffix': 'enabled' } },
    };
    await writeTree(dirs[0] ?? '', {
      'kustomization.yaml': {
        namespace: 'hs-x',
        resources: ['deploy.yaml'],
        configMapGenerator: [{ name: 'settings', literals: ['A=1'] }],
      },
      'deploy.yaml': hashed,
    });
    // A generated ConfigMap is hashed too, but only over its data: it shares a build as before.
    await writeTree(dirs[1] ?? '', {
      'kustomization.yaml': {
        namespace: 'hs-y',
        resources: ['deploy.yaml'],
        configMapGenerator: [{ name: 'settings', literals: ['B=2'] }],
      },
      'deploy.yaml': deployment('api'),
    });
    const third = join(root, 'hashed', 'z');
    await writeTree(third, {
      'kustomization.yaml': {
        namespace: 'hs-z',
        resources: ['deploy.yaml'],
        configMapGenerator: [{ name: 'settings', literals: ['C=3'] }],
      },
      'deploy.yaml': deployment('api'),
    });
    const result = await renderBothWays(dirs, join(root, 'hashed'));
    // The hash covers every annotation, podsec's origin annotations included: a member tag would change it.
    expect(
      at(objects(result.single[0]).find((object) => object.value['kind'] === 'Deployment')?.value, [
        'metadata',
        'name',
      ]),
    ).toMatch(/^web-[a-z0-9]{10}$/);
    expect(result.builds.filter((build) => build.shared)).toHaveLength(1);
    expect(sortedTargets(result.builds.filter((build) => !build.shared))).toEqual(dirs.map((dir) => [dir]));
    expectSameOutcomes(result.shared, result.single);
    const generatedOnly = await renderBothWays([dirs[1] ?? '', third], join(root, 'hashed'));
    expect(generatedOnly.builds.map((build) => build.shared)).toEqual([true]);
    expectSameOutcomes(generatedOnly.shared, generatedOnly.single);
  });

  it('drops local-config objects from a shared build exactly as kustomize does, and keeps those marked "false"', async () => {
    const dirs = ['x', 'y'].map((name) => join(root, 'local-kept', name));
    await writeTree(dirs[0] ?? '', {
      'kustomization.yaml': { namespace: 'lk-x', resources: ['objects.yaml'] },
      'objects.yaml': documents(
        {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'dropped', annotations: { 'config.kubernetes.io/local-config': 'yes' } },
        },
        {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'kept', annotations: { 'config.kubernetes.io/local-config': 'false' } },
        },
        deployment('web'),
      ),
    });
    await writeTree(dirs[1] ?? '', {
      'kustomization.yaml': { namespace: 'lk-y', resources: ['deploy.yaml'] },
      'deploy.yaml': deployment('api'),
    });
    const result = await renderBothWays(dirs, join(root, 'local-kept'));
    expect(result.builds.filter((build) => build.shared)).toHaveLength(1);
    expect(result.builds.filter((build) => !build.shared)).toEqual([]);
    expect(objects(result.shared[0]).map((object) => at(object.value, ['metadata', 'name']))).toEqual(['kept', 'web']);
    expectSameOutcomes(result.shared, result.single);
  });
});

describe('splitSharedOutput', () => {
  const doc = (
    kind: string,
    name: string,
    namespace: string | undefined,
    member: string | undefined,
    extra: Record<string, unknown> = {},
    apiVersion = 'v1',
  ): string =>
    stringify({
      apiVersion,
      kind,
      metadata: {
        name,
        ...(namespace === undefined ? {} : { namespace }),
        annotations: {
          'config.kubernetes.io/origin': 'path: x.yaml\n',
          ...(member === undefined ? {} : { [MEMBER_ANNOTATION]: member }),
        },
      },
      ...extra,
    });
  const stream = (...docs: string[]): string => docs.join('---\n');

  it('splits the objects by member tag, removes the tag and counts document indexes per member', () => {
    const split = splitSharedOutput(
      stream(
        doc('Namespace', 'team-b', undefined, '1'),
        doc('ConfigMap', 'settings', 'team-a', '0', { data: { A: '1' } }),
        doc('ConfigMap', 'settings', 'team-b', '1'),
        doc('Deployment', 'web', 'team-b', '1', { spec: { replicas: 2 } }, 'apps/v1'),
        doc('Deployment', 'web', 'team-a', '0', {}, 'apps/v1'),
      ),
      3,
    );
    expect(split).toBeDefined();
    const shape = (list: NonNullable<typeof split>[number]): unknown[] =>
      (list ?? []).map((object) => [object.documentIndex, object.value['kind'], object.value['metadata']]);
    expect(shape(split?.[0] ?? [])).toEqual([
      [
        0,
        'ConfigMap',
        { name: 'settings', namespace: 'team-a', annotations: { 'config.kubernetes.io/origin': 'path: x.yaml\n' } },
      ],
      [
        1,
        'Deployment',
        { name: 'web', namespace: 'team-a', annotations: { 'config.kubernetes.io/origin': 'path: x.yaml\n' } },
      ],
    ]);
    expect(shape(split?.[1] ?? []).map((item) => (item as unknown[]).slice(0, 2))).toEqual([
      [0, 'Namespace'],
      [1, 'ConfigMap'],
      [2, 'Deployment'],
    ]);
    expect(split?.[2]).toEqual([]);
    expect(split?.[1]?.[2]?.value['spec']).toEqual({ replicas: 2 });
    expect(split?.[0]?.[0]?.value['data']).toEqual({ A: '1' });
    // Positions still point into the shared output (the Deployment of member 1 is its fourth document).
    expect(split?.[1]?.[2]?.position(['spec', 'replicas']).line).toBeGreaterThan(20);
    for (const list of split ?? [])
      for (const object of list ?? []) expect(JSON.stringify(object.value)).not.toContain(MEMBER_ANNOTATION);
  });

  it('keeps an object’s other annotations', () => {
    const split = splitSharedOutput(
      stringify({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'c', namespace: 'a', annotations: { [MEMBER_ANNOTATION]: '0', 'example.com/team': 'a' } },
      }),
      1,
    );
    expect(split?.[0]?.[0]?.value['metadata']).toEqual({
      name: 'c',
      namespace: 'a',
      annotations: { 'example.com/team': 'a' },
    });
  });

  it('refuses an object without a valid member tag', () => {
    const good = doc('ConfigMap', 'settings', 'team-a', '0');
    expect(splitSharedOutput(stream(good, doc('ConfigMap', 'other', 'team-a', undefined)), 2)).toBeUndefined();
    expect(splitSharedOutput(stream(good, doc('ConfigMap', 'other', 'team-b', '2')), 2)).toBeUndefined();
    expect(splitSharedOutput(stream(good, doc('ConfigMap', 'other', 'team-b', '-1')), 2)).toBeUndefined();
    expect(splitSharedOutput(stream(good, doc('ConfigMap', 'other', 'team-b', 'one')), 2)).toBeUndefined();
    expect(splitSharedOutput(stream(good, doc('ConfigMap', 'other', 'team-b', '1.0')), 2)).toBeUndefined();
    expect(
      splitSharedOutput(
        stream(
          good,
          stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'bare', namespace: 'team-b' } }),
        ),
        2,
      ),
    ).toBeUndefined();
    expect(
      splitSharedOutput(
        stream(
          good,
          stringify({
            apiVersion: 'v1',
            kind: 'ConfigMap',
            metadata: { name: 'c', namespace: 'b', annotations: { [MEMBER_ANNOTATION]: 1 } },
          }),
        ),
        2,
      ),
    ).toBeUndefined();
    // The same objects, correctly tagged, are split.
    expect(
      splitSharedOutput(stream(good, doc('ConfigMap', 'other', 'team-b', '1')), 2)?.map((list) => list?.length),
    ).toEqual([1, 1]);
  });

  it('refuses output that does not parse', () => {
    expect(
      splitSharedOutput(`${doc('ConfigMap', 'settings', 'team-a', '0')}---\nkind: [unclosed\n`, 1),
    ).toBeUndefined();
  });

  it('refuses a namespace used by two members', () => {
    expect(
      splitSharedOutput(stream(doc('ConfigMap', 'a', 'shared', '0'), doc('ConfigMap', 'b', 'shared', '1')), 2),
    ).toBeUndefined();
    expect(
      splitSharedOutput(stream(doc('ConfigMap', 'a', 'shared', '0'), doc('ConfigMap', 'b', 'shared', '0')), 2)?.map(
        (list) => list?.length,
      ),
    ).toEqual([2, 0]);
  });

  it('refuses cluster-scoped objects other than v1 Namespaces', () => {
    const own = doc('Deployment', 'web', 'team-a', '0', {}, 'apps/v1');
    expect(
      splitSharedOutput(
        stream(own, doc('ClusterRole', 'view', undefined, '1', { rules: [] }, 'rbac.authorization.k8s.io/v1')),
        2,
      ),
    ).toBeUndefined();
    expect(splitSharedOutput(stream(own, doc('PersistentVolume', 'data', undefined, '1')), 2)).toBeUndefined();
    // The kind decides, as in kustomize: a namespace written on a cluster-scoped object changes nothing.
    expect(
      splitSharedOutput(
        stream(own, doc('PriorityClass', 'high', 'team-b', '1', { value: 1 }, 'scheduling.k8s.io/v1')),
        2,
      ),
    ).toBeUndefined();
    expect(
      splitSharedOutput(
        stream(own, doc('ClusterRole', 'view', 'team-a', '0', { rules: [] }, 'rbac.authorization.k8s.io/v1')),
        2,
      ),
    ).toBeUndefined();
    expect(
      splitSharedOutput(stream(own, doc('Namespace', 'team-b', undefined, '1', {}, 'example.com/v1')), 2),
    ).toBeUndefined();
    expect(splitSharedOutput(stream(own, doc('ConfigMap', 'no-namespace', undefined, '0')), 2)).toBeUndefined();
    expect(splitSharedOutput(stream(own, doc('ConfigMap', 'empty-namespace', '', '0')), 2)).toBeUndefined();
    const namespaces = splitSharedOutput(
      stream(doc('Namespace', 'team-a', undefined, '0'), own, doc('Namespace', 'team-b', undefined, '1')),
      2,
    );
    expect(
      namespaces?.map((list) =>
        (list ?? []).map(
          (object) => `${String(object.value['kind'])}/${String(at(object.value, ['metadata', 'name']))}`,
        ),
      ),
    ).toEqual([['Namespace/team-a', 'Deployment/web'], ['Namespace/team-b']]);
  });

  it('checks local-config objects like the rest, then leaves them out without counting them', () => {
    const local = (namespace: string): string =>
      stringify({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: {
          name: 'values',
          namespace,
          annotations: { [MEMBER_ANNOTATION]: '0', [KEPT_LOCAL_ANNOTATION]: 'true' },
        },
      });
    const web = doc('Deployment', 'web', 'team-a', '0', {}, 'apps/v1');
    const split = splitSharedOutput(
      stream(local('team-a'), web, doc('Deployment', 'api', 'team-b', '1', {}, 'apps/v1')),
      2,
    );
    expect(
      split?.map((list) =>
        (list ?? []).map((object) => [at(object.value, ['metadata', 'name']), object.documentIndex]),
      ),
    ).toEqual([[['web', 0]], [['api', 0]]]);
    // A local object in another member's namespace is a name-reference target there: refused.
    expect(
      splitSharedOutput(stream(local('team-b'), web, doc('Deployment', 'api', 'team-b', '1', {}, 'apps/v1')), 2),
    ).toBeUndefined();
  });

  it('refuses a RoleBinding whose subject is in another member’s namespace', () => {
    const binding = (namespace: string): string =>
      doc(
        'RoleBinding',
        'access',
        'team-a',
        '0',
        {
          roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'deployer' },
          subjects: [
            { kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name: 'auditors' },
            { kind: 'ServiceAccount', name: 'deployer', namespace },
          ],
        },
        'rbac.authorization.k8s.io/v1',
      );
    const other = doc('ServiceAccount', 'deployer', 'team-b', '1');
    expect(splitSharedOutput(stream(binding('team-b'), other), 2)).toBeUndefined();
    // Its own namespace, or one no member uses, is fine.
    expect(splitSharedOutput(stream(binding('team-a'), other), 2)?.map((list) => list?.length)).toEqual([1, 1]);
    expect(splitSharedOutput(stream(binding('kube-system'), other), 2)?.map((list) => list?.length)).toEqual([1, 1]);
    // Also when the other member's object comes first in the output.
    expect(splitSharedOutput(stream(other, binding('team-b')), 2)).toBeUndefined();
  });

  it('withholds the objects of a member whose documents take more than the per-member limit', () => {
    const small = doc('ConfigMap', 'small', 'team-a', '0');
    const big = doc('ConfigMap', 'big', 'team-b', '1', { data: { BLOB: 'x'.repeat(2_000) } });
    const text = stream(small, big, doc('ConfigMap', 'small', 'team-c', '2'));
    const limit = Buffer.byteLength(small) + 200;
    expect(splitSharedOutput(text, 3, limit)?.map((list) => list?.length)).toEqual([1, undefined, 1]);
    expect(splitSharedOutput(text, 3)?.map((list) => list?.length)).toEqual([1, 1, 1]);
    // Limits are in bytes, as the runner counts them.
    const wide = doc('ConfigMap', 'wide', 'team-a', '0', { data: { TEXT: 'é'.repeat(600) } });
    expect(splitSharedOutput(wide, 1, Buffer.byteLength(wide) + 4)?.[0]).toHaveLength(1);
    expect(splitSharedOutput(wide, 1, wide.length + 4)?.[0]).toBeUndefined();
  });
});
