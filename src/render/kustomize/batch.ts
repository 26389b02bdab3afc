/**
 * Shared kustomize builds: several kustomizations of one scan built by one kustomize process, with the same
 * objects as if each were built alone.
 *
 * Why: most of a kustomize build's CPU is a fixed cost per process: starting the binary and, as soon as any
 * strategic-merge patch is involved, loading kustomize's built-in OpenAPI schema (about 0.14 s of CPU for
 * `kubectl kustomize` v5, more than the rest of a typical overlay's build). Ten overlays built one by one pay it
 * ten times; built together they pay it once.
 *
 * How: a top wrapper kustomization lists one member wrapper per target. A member wrapper has the target as its
 * only resource (exactly like the single-build wrapper in kustomize.ts) and a builtin AnnotationsTransformer that
 * writes the member's number into `metadata.annotations` of each object it produced, so the output can be split
 * again. Each target is still built as a kustomization of its own. What kustomize does once for the whole build
 * afterwards is the reason for the rules below:
 * - hash suffixes and dropping `local-config` objects work object by object: unaffected;
 * - the output is sorted by object id (the legacy order, a total order), so each member keeps its own order;
 * - `vars` and custom name-reference rules (`configurations`, `crds`) apply across everything built: trees that
 *   use them, or an `openapi` schema, or `helmCharts`, are always built alone (TreeFacts.isolated);
 * - name references (a Deployment naming its ConfigMap, a RoleBinding naming its Role…) are resolved once over
 *   everything built, among objects in the referrer's namespace, cluster-scoped objects, and the namespaces of
 *   a RoleBinding's subjects. So members must set `namespace:` in their kustomization, get different namespaces
 *   in one build, and this is checked on the output: every member's namespaces are its own, no object is of a
 *   cluster-scoped kind except Namespaces (which nothing refers to by name; the kind decides, as in kustomize,
 *   not whether the object shows a namespace), and RoleBinding subjects name no other member's namespace;
 * - objects marked `config.kubernetes.io/local-config` take part in name references and are dropped only at the
 *   very end, unseen. Each member wrapper therefore renames that mark (a JSON patch on exactly the objects
 *   kustomize would drop), so they reach the output, are checked like the rest, and are dropped here instead;
 * - objects kustomize hashes at the end (generated ConfigMaps and Secrets, or anything carrying its internal
 *   `needsHashSuffix` annotation) are marked by the member wrapper; the hash of any kind but ConfigMap and
 *   Secret covers the member tag, so such an object means single builds;
 * - the annotation keys podsec adds carry a random suffix per build, so no file can carry them beforehand;
 * - only trees whose kustomizations podsec read and whose fields are all on a list of fields known to act
 *   within the tree (tree.ts) share builds: a field in another case, a merge key or a newer field means a
 *   single build;
 * - shared builds need kustomize 5 (the version they are tested with, see command.ts); with any other version,
 *   or when the version cannot be told, every target is built alone.
 * When the shared build fails for any reason (one broken member, an id two members share, a timeout) or its
 * output breaks a rule, nothing of it is used: each member is built alone, so results and error messages are
 * exactly those of single builds.
 */
import { randomBytes } from 'node:crypto';
import { relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import type { FileSystem, ScratchSpace } from '../../discover/fs.js';
import { toPosix } from '../../discover/paths.js';
import { parseManifests } from '../../manifests/parse.js';
import type { KustomizeOptions } from '../../options.js';
import { DEFAULT_MAX_OUTPUT_BYTES } from '../command-runner.js';
import type { CommandRunner } from '../types.js';
import { kustomizeVersion, OFFLINE_ENV, resolveKustomizeCommand } from './command.js';
import { planBuild } from './plan.js';
import type { KustomizeStaging, StagedTree } from './staging.js';
import type { BuildPlan, BuiltObject, KustomizeBuild } from './types.js';
import { isPlainObject } from '../../util/plain-object.js';

/** The annotation that tells which member of a shared build an object belongs to; removed before attribution. */
export const MEMBER_ANNOTATION = 'podsec.internal/shared-build-member';
/** kustomize drops objects with this annotation (unless it is "false") after resolving name references. */
const LOCAL_CONFIG_ANNOTATION = 'config.kubernetes.io/local-config';
/** Where a member wrapper moves the local-config mark, so the object reaches the output and can be dropped here. */
export const KEPT_LOCAL_ANNOTATION = 'podsec.internal/local-config';
/**
 * kustomize adds a content hash to the names of objects with this (internal) annotation at the end of the build.
 * For a ConfigMap or Secret the hash covers only kind, name and data; for any other kind it covers the whole
 * object, member tag included, so such an object would get another name in a shared build.
 */
const NEEDS_HASH_ANNOTATION = 'internal.config.kubernetes.io/needsHashSuffix';
/** Where a member wrapper copies that annotation, so the output shows which objects were hashed. */
export const HASHED_ANNOTATION = 'podsec.internal/hashed';

/** The annotation keys of one shared build; a random suffix per build, so no file can carry them beforehand. */
export interface SharedBuildKeys {
  readonly member: string;
  readonly keptLocal: string;
  readonly hashed: string;
}

/** The keys without a suffix (tests, and output written by hand). */
export const PLAIN_SHARED_BUILD_KEYS: SharedBuildKeys = {
  member: MEMBER_ANNOTATION,
  keptLocal: KEPT_LOCAL_ANNOTATION,
  hashed: HASHED_ANNOTATION,
};

function sharedBuildKeys(): SharedBuildKeys {
  const suffix = randomBytes(6).toString('hex');
  return {
    member: `${MEMBER_ANNOTATION}-${suffix}`,
    keptLocal: `${KEPT_LOCAL_ANNOTATION}-${suffix}`,
    hashed: `${HASHED_ANNOTATION}-${suffix}`,
  };
}
/**
 * Kinds kustomize treats as cluster-scoped in any API version it knows (its built-in schema), and the
 * cluster-scoped kinds of later Kubernetes releases: a superset, so unknown ground means a single build.
 */
const CLUSTER_SCOPED_KINDS = new Set([
  'APIService',
  'AuditSink',
  'CertificateSigningRequest',
  'ClusterRole',
  'ClusterRoleBinding',
  'ClusterTrustBundle',
  'ComponentStatus',
  'CSIDriver',
  'CSINode',
  'CustomResourceDefinition',
  'DeviceClass',
  'FlowSchema',
  'IngressClass',
  'IPAddress',
  'MutatingAdmissionPolicy',
  'MutatingAdmissionPolicyBinding',
  'MutatingWebhookConfiguration',
  'Namespace',
  'Node',
  'NodeProxyOptions',
  'PersistentVolume',
  'PodSecurityPolicy',
  'PriorityClass',
  'PriorityLevelConfiguration',
  'ResourceSlice',
  'RuntimeClass',
  'SelfSubjectAccessReview',
  'SelfSubjectReview',
  'SelfSubjectRulesReview',
  'ServiceCIDR',
  'StorageClass',
  'StorageVersion',
  'StorageVersionMigration',
  'SubjectAccessReview',
  'TokenReview',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'VolumeAttachment',
  'VolumeAttributesClass',
]);
/** At most this many kustomizations share one process (a longer build holds one render slot longer). */
const MAX_MEMBERS = 16;

export interface SharedBuildSettings {
  /** Absolute directories of the scan's kustomize targets, in discovery order. */
  readonly candidates: readonly string[];
  /** Render processes that may run at once: shared builds are spread over them. */
  readonly slots: number;
  /** Absolute working directory: the repository folder of a target, unless `boundaryFor` says otherwise. */
  readonly cwd: string;
  /** The repository folder a kustomization in `directory` builds in (see discover/boundary.ts). */
  readonly boundaryFor?: (directory: string) => Promise<string>;
  readonly kustomize: KustomizeOptions;
  readonly network: boolean;
  readonly timeoutMs?: number;
  /** Per target; a shared build may print this much per member. */
  readonly maxOutputBytes?: number;
  readonly keepKind?: (apiVersion: string, kind: string) => boolean;
}

/** One scan's shared builds. Both methods are memoized per directory. */
export interface SharedKustomizeBuilds {
  /** The build plan of a target (made once per scan, for planning and for rendering). */
  plan(directory: string): Promise<BuildPlan>;
  /** The target's objects from a shared build, or undefined when it is to be built alone. */
  build(directory: string): Promise<KustomizeBuild | undefined>;
}

interface Member {
  readonly directory: string;
  readonly stagedDir: string;
  readonly namespace: string;
}

interface Batch {
  readonly tree: StagedTree;
  readonly members: Member[];
  readonly buildMetadata: readonly string[];
  result?: Promise<Map<string, KustomizeBuild> | undefined>;
}

interface SharedBuildDeps {
  readonly runner: CommandRunner;
  readonly fs: FileSystem & ScratchSpace;
  readonly staging: KustomizeStaging;
}

/** A target's staged tree and folder in it, or undefined when it cannot be staged (its render reports why). */
async function stagedTarget(
  settings: SharedBuildSettings,
  staging: KustomizeStaging,
  fs: FileSystem,
  directory: string,
): Promise<{ tree: StagedTree; stagedDir: string } | undefined> {
  const boundary = (await settings.boundaryFor?.(directory)) ?? settings.cwd;
  const tree = await staging.stage(boundary);
  const stagedDir = tree.toStaged(await fs.realpath(directory));
  return stagedDir === undefined ? undefined : { tree, stagedDir };
}

/** A plan that keeps a target out of shared builds and asks for every annotation (its render finds out the rest). */
const SINGLE_BUILD_PLAN: BuildPlan = {
  refusals: [],
  isolated: false,
  buildMetadata: ['originAnnotations', 'transformerAnnotations'],
};

export function createSharedKustomizeBuilds(
  settings: SharedBuildSettings,
  deps: SharedBuildDeps,
): SharedKustomizeBuilds {
  const plans = new Map<string, Promise<BuildPlan>>();
  const plan = (directory: string): Promise<BuildPlan> => {
    let found = plans.get(directory);
    if (found === undefined) {
      found = stagedTarget(settings, deps.staging, deps.fs, directory)
        .then((staged) =>
          staged === undefined
            ? SINGLE_BUILD_PLAN
            : planBuild(deps.fs, staged.tree, staged.stagedDir, {
                network: settings.network,
                enableHelm: settings.kustomize.enableHelm,
              }),
        )
        .catch(() => SINGLE_BUILD_PLAN);
      plans.set(directory, found);
    }
    return found;
  };
  let batches: Promise<Map<string, Batch>> | undefined;

  return {
    plan,
    async build(directory) {
      // Sharing is only ever an optimization: anything unexpected means single builds, which report it.
      batches ??= planBatches(settings, plan, deps).catch(() => new Map<string, Batch>());
      const batch = (await batches).get(directory);
      if (batch === undefined) return undefined;
      batch.result ??= runBatch(batch, settings, deps).catch(() => undefined);
      return (await batch.result)?.get(directory);
    },
  };
}

/** The kustomize major version shared builds are tested with (kubectl 1.32's kustomize v5.5.0). */
const SHARED_BUILD_MAJOR = 5;

/** Which targets share a build: eligible ones, grouped by repository folder and build metadata, spread over the render slots. */
async function planBatches(
  settings: SharedBuildSettings,
  plan: (directory: string) => Promise<BuildPlan>,
  deps: SharedBuildDeps,
): Promise<Map<string, Batch>> {
  const byDirectory = new Map<string, Batch>();
  // `--enable-helm` changes what generators may run; such scans keep single builds.
  if (settings.kustomize.enableHelm || settings.candidates.length < 2) return byDirectory;
  const eligible = await Promise.all(
    settings.candidates.map(
      async (
        directory,
      ): Promise<(Member & { key: string; tree: StagedTree; buildMetadata: readonly string[] }) | undefined> => {
        const found = await plan(directory);
        if (found.refusals.length > 0 || !found.isolated || found.namespace === undefined) return undefined;
        const staged = await stagedTarget(settings, deps.staging, deps.fs, directory).catch(() => undefined);
        if (staged === undefined) return undefined;
        const key = `${staged.tree.scratch}\u0000${found.buildMetadata.join(',')}`;
        return {
          directory,
          stagedDir: staged.stagedDir,
          namespace: found.namespace,
          key,
          tree: staged.tree,
          buildMetadata: found.buildMetadata,
        };
      },
    ),
  );
  const groups = new Map<string, (Member & { tree: StagedTree; buildMetadata: readonly string[] })[]>();
  for (const member of eligible) {
    if (member === undefined) continue;
    const group = groups.get(member.key) ?? [];
    group.push(member);
    groups.set(member.key, group);
  }
  if (![...groups.values()].some((group) => group.length >= 2)) return byDirectory;
  const version = await kustomizeVersion(await resolveKustomizeCommand(settings.kustomize, deps.runner), deps.runner);
  if (version?.[0] !== SHARED_BUILD_MAJOR) return byDirectory;
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // Enough builds to keep every slot busy, none with fewer than two members or more than MAX_MEMBERS.
    const count = Math.max(
      Math.min(settings.slots, Math.floor(group.length / 2)),
      Math.ceil(group.length / MAX_MEMBERS),
    );
    const first = group[0]!;
    const batches = Array.from({ length: count }, (): Batch & { namespaces: Set<string> } => ({
      tree: first.tree,
      members: [],
      buildMetadata: first.buildMetadata,
      namespaces: new Set(),
    }));
    group.forEach((member, index) => {
      for (let step = 0; step < count; step++) {
        const batch = batches[(index + step) % count]!;
        if (batch.namespaces.has(member.namespace) || batch.members.length >= MAX_MEMBERS) continue;
        batch.namespaces.add(member.namespace);
        batch.members.push({ directory: member.directory, stagedDir: member.stagedDir, namespace: member.namespace });
        return;
      }
    });
    for (const batch of batches) {
      if (batch.members.length < 2) continue;
      const shared: Batch = { tree: batch.tree, members: batch.members, buildMetadata: batch.buildMetadata };
      for (const member of batch.members) byDirectory.set(member.directory, shared);
    }
  }
  return byDirectory;
}

/**
 * A member wrapper: the target as its only resource, a transformer that tags what it produced with the member's
 * number, and patches that show which objects kustomize would drop (local-config) or hash.
 */
async function writeMemberWrapper(
  fs: ScratchSpace,
  memberDir: string,
  member: Member,
  index: number,
  keys: SharedBuildKeys,
): Promise<void> {
  const tagger = stringify({
    apiVersion: 'builtin',
    kind: 'AnnotationsTransformer',
    metadata: { name: 'podsec-shared-build-member' },
    annotations: { [keys.member]: String(index) },
    fieldSpecs: [{ path: 'metadata/annotations', create: true }],
  });
  const escaped = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');
  const keepLocal = stringify([
    {
      op: 'copy',
      from: `/metadata/annotations/${escaped(LOCAL_CONFIG_ANNOTATION)}`,
      path: `/metadata/annotations/${escaped(keys.keptLocal)}`,
    },
    { op: 'replace', path: `/metadata/annotations/${escaped(LOCAL_CONFIG_ANNOTATION)}`, value: 'false' },
  ]);
  const showHashed = stringify([
    {
      op: 'copy',
      from: `/metadata/annotations/${escaped(NEEDS_HASH_ANNOTATION)}`,
      path: `/metadata/annotations/${escaped(keys.hashed)}`,
    },
  ]);
  await fs.writeFile(
    resolve(memberDir, 'kustomization.yaml'),
    stringify({
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      resources: [toPosix(relative(memberDir, member.stagedDir))],
      transformers: [tagger],
      // Exactly the objects kustomize would drop: the mark is there and not "false".
      patches: [
        {
          target: { annotationSelector: `${LOCAL_CONFIG_ANNOTATION},${LOCAL_CONFIG_ANNOTATION}!=false` },
          patch: keepLocal,
        },
        { target: { annotationSelector: NEEDS_HASH_ANNOTATION }, patch: showHashed },
      ],
    }),
  );
}

/** Runs one shared build and splits its output by member; undefined when the members must be built alone. */
async function runBatch(
  batch: Batch,
  settings: SharedBuildSettings,
  deps: SharedBuildDeps,
): Promise<Map<string, KustomizeBuild> | undefined> {
  const { fs, runner } = deps;
  const command = await resolveKustomizeCommand(settings.kustomize, runner);
  const memberLimit = settings.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
  const keys = sharedBuildKeys();
  const top = await deps.staging.makeWrapperDir(batch.tree);
  const wrapperDir = top;
  let stdout: string;
  try {
    await fs.writeFile(
      resolve(top, 'kustomization.yaml'),
      stringify({
        apiVersion: 'kustomize.config.k8s.io/v1beta1',
        kind: 'Kustomization',
        resources: batch.members.map((_, index) => `m${index}`),
        buildMetadata: batch.buildMetadata,
      }),
    );
    for (const [index, member] of batch.members.entries()) {
      await writeMemberWrapper(fs, resolve(top, `m${index}`), member, index, keys);
    }
    const result = await runner.run(command.command, [...command.args, top], {
      cwd: top,
      ...(settings.timeoutMs === undefined ? {} : { timeoutMs: settings.timeoutMs }),
      maxOutputBytes: memberLimit * batch.members.length,
      ...(settings.network ? {} : { env: OFFLINE_ENV, pathPrefix: batch.tree.binDir }),
    });
    if (result.spawnError !== undefined || result.timedOut || result.outputTooLarge || result.exitCode !== 0)
      return undefined;
    stdout = result.stdout;
  } finally {
    await fs.removeTempDir(top);
  }

  const split = splitSharedOutput(stdout, batch.members.length, memberLimit, keys);
  if (split === undefined) return undefined;
  const builds = new Map<string, KustomizeBuild>();
  for (const [index, member] of batch.members.entries()) {
    const own = split[index];
    // A member over the output limit is built alone, where the limit refuses it with the usual message.
    if (own === undefined) continue;
    builds.set(member.directory, {
      wrapperDir,
      objects: own.filter((object) => keeps(settings.keepKind, object.value)),
      errors: [],
    });
  }
  return builds;
}

function keeps(keepKind: SharedBuildSettings['keepKind'], value: Record<string, unknown>): boolean {
  const { apiVersion, kind } = value;
  return (
    keepKind === undefined || typeof apiVersion !== 'string' || typeof kind !== 'string' || keepKind(apiVersion, kind)
  );
}

/**
 * Splits a shared build's output into each member's objects (member tag removed, document indexes counted per
 * member), or undefined when the output is not one that single builds would have given: a parse problem, an
 * object without a valid tag, or a broken sharing rule (see the module comment). A member whose documents
 * take more than `memberLimit` bytes gets undefined instead of its objects: its own build would print less
 * (no tag), but maybe still too much, and only that build can say.
 */
export function splitSharedOutput(
  stdout: string,
  memberCount: number,
  memberLimit = Infinity,
  keys: SharedBuildKeys = PLAIN_SHARED_BUILD_KEYS,
): (BuiltObject[] | undefined)[] | undefined {
  const parsed = parseManifests(stdout, '<shared kustomize build>');
  if (parsed.errors.length > 0) return undefined;
  // kustomize prints one object per document, separated by `---` lines.
  const documents = stdout.split(/^---\n/m);
  if (documents.length !== parsed.objects.length) return undefined;
  const members: BuiltObject[][] = Array.from({ length: memberCount }, () => []);
  const memberBytes = new Array<number>(memberCount).fill(0);
  const namespaceOwner = new Map<string, number>();
  const subjectNamespaces: { member: number; namespace: string }[] = [];
  for (const [position, object] of parsed.objects.entries()) {
    const metadata = object.value['metadata'];
    if (!isPlainObject(metadata) || !isPlainObject(metadata['annotations'])) return undefined;
    const {
      [keys.member]: tag,
      [keys.keptLocal]: keptLocal,
      [keys.hashed]: hashed,
      ...annotations
    } = metadata['annotations'];
    const member = typeof tag === 'string' && /^\d+$/.test(tag) ? Number(tag) : -1;
    const own = members[member];
    if (own === undefined) return undefined;

    const { apiVersion, kind } = object.value;
    // Only a ConfigMap's or Secret's hash ignores the member tag (see NEEDS_HASH_ANNOTATION).
    if (hashed !== undefined && !(apiVersion === 'v1' && (kind === 'ConfigMap' || kind === 'Secret'))) return undefined;
    const namespace = metadata['namespace'];
    if (typeof kind === 'string' && CLUSTER_SCOPED_KINDS.has(kind)) {
      // Cluster-scoped objects can be name-reference targets (and referrers) for every member; a Namespace
      // is neither.
      if (!(apiVersion === 'v1' && kind === 'Namespace')) return undefined;
    } else if (typeof namespace === 'string' && namespace !== '') {
      if ((namespaceOwner.get(namespace) ?? member) !== member) return undefined;
      namespaceOwner.set(namespace, member);
    } else {
      // A namespaced kind without a namespace is in the default namespace for kustomize, which every member may use.
      return undefined;
    }
    if (object.value['kind'] === 'RoleBinding' && Array.isArray(object.value['subjects'])) {
      for (const subject of object.value['subjects']) {
        if (isPlainObject(subject) && typeof subject['namespace'] === 'string')
          subjectNamespaces.push({ member, namespace: subject['namespace'] });
      }
    }
    // A local-config object took part in the build's name references (checked above) but is not output.
    if (keptLocal !== undefined) continue;
    const value = { ...object.value, metadata: { ...metadata, annotations } };
    memberBytes[member] = (memberBytes[member] ?? 0) + Buffer.byteLength(documents[position] ?? '') + '---\n'.length;
    own.push({ value, documentIndex: own.length, position: (path) => object.position(path) });
  }
  for (const { member, namespace } of subjectNamespaces) {
    if ((namespaceOwner.get(namespace) ?? member) !== member) return undefined;
  }
  return members.map((objects, member) => ((memberBytes[member] ?? 0) > memberLimit ? undefined : objects));
}
