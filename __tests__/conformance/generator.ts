/**
 * Generates podsec's own Pod Security Standards conformance corpus, in memory.
 *
 * The approach follows upstream PSA's test fixtures (a minimal valid pod per level and version, and
 * small "tweaks" of it that must pass or must fail), but the scenarios, names and expectations here are
 * written from upstream's check files (`policy/check_*.go` of kubernetes/pod-security-admission), whose
 * own fixtures run in __tests__/upstream-psa. Unlike upstream, every tweak states the exact
 * set of failing check ids at every level/version (and, for most, the exact `reason (detail)` text), so
 * one scenario also exercises the version boundaries around it: an annotation-based seccomp tweak fails
 * before v1.19 and passes after, a Windows pod is exempt from some restricted checks only from v1.25,
 * a `hostUsers: false` pod is relaxed only from v1.35, and so on.
 */
import type { CheckId } from '../../src/policy/types.js';
// Output order of check ids (upstream `policy/registry.go`).
import { SPEC_CHECK_ORDER as CHECK_ORDER } from '../policy/spec-checks.js';

export type PolicyLevel = 'baseline' | 'restricted';
export const POLICY_LEVELS: readonly PolicyLevel[] = ['baseline', 'restricted'];

/** The newest minor any check variant names (the newest `MinimumVersion` in upstream's `policy/check_*.go`): `latest` is evaluated as this. */
export const MAX_MINOR = 37;

/** Level and numbered minor a case is generated for (`v1.<minor>`). */
export interface Ctx {
  readonly level: PolicyLevel;
  readonly minor: number;
}

export type Probe = {
  httpGet?: { path?: string; port: number; host?: string };
  tcpSocket?: { port: number; host?: string };
  grpc?: { port: number };
  exec?: { command: string[] };
};

export type SecurityContext = {
  privileged?: boolean;
  allowPrivilegeEscalation?: boolean;
  runAsNonRoot?: boolean;
  runAsUser?: number;
  capabilities?: { add?: string[]; drop?: string[] };
  procMount?: string;
  seLinuxOptions?: { type?: string; user?: string; role?: string; level?: string };
  seccompProfile?: { type?: string; localhostProfile?: string };
  appArmorProfile?: { type?: string; localhostProfile?: string };
  windowsOptions?: { hostProcess?: boolean };
};

export type PodSecurityContext = SecurityContext & { sysctls?: { name: string; value: string }[] };

export type Container = {
  name: string;
  image: string;
  securityContext?: SecurityContext;
  ports?: { containerPort: number; hostPort?: number }[];
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  startupProbe?: Probe;
  lifecycle?: { postStart?: Probe; preStop?: Probe };
};

export type Volume = { name: string } & Record<string, unknown>;

export type PodSpec = {
  initContainers: Container[];
  containers: Container[];
  ephemeralContainers?: Container[];
  securityContext?: PodSecurityContext;
  hostNetwork?: boolean;
  hostPID?: boolean;
  hostIPC?: boolean;
  hostUsers?: boolean;
  os?: { name: string };
  volumes?: Volume[];
};

export type Pod = {
  apiVersion: 'v1';
  kind: 'Pod';
  metadata: { name: string; annotations?: Record<string, string> };
  spec: PodSpec;
};

/** One generated scenario: a pod and what PSA must say about it at `level:v1.<minor>`. */
export interface ConformanceCase {
  readonly level: PolicyLevel;
  readonly minor: number;
  /** `base`, `base_linux`, `base_windows`, or `<lowercased check id><index>` (upstream naming). */
  readonly name: string;
  readonly verdict: 'pass' | 'fail';
  /** The check the scenario was written for, or `base` for the minimal pods. */
  readonly origin: CheckId | 'base';
  readonly pod: Pod;
  /** Failing check ids in output order (upstream `policy/registry.go`); empty for pass cases. */
  readonly expectedIds: readonly CheckId[];
  /** The substring upstream's harness asserts for the scenario's origin (upstream `test/fixtures.go`); empty for `base`. */
  readonly expectedSubstring: string;
  /** Exact `reason (detail)` fragments the aggregate message must contain. */
  readonly expectedFragments: readonly string[];
}

/** Level and first version of each check (upstream `policy/check_*.go`). */
export const CHECK_INTRODUCED: Readonly<Record<CheckId, { level: PolicyLevel; minor: number }>> = {
  appArmorProfile: { level: 'baseline', minor: 0 },
  capabilities_baseline: { level: 'baseline', minor: 0 },
  hostNamespaces: { level: 'baseline', minor: 0 },
  hostPathVolumes: { level: 'baseline', minor: 0 },
  hostPorts: { level: 'baseline', minor: 0 },
  hostProbesAndHostLifecycle: { level: 'baseline', minor: 34 },
  privileged: { level: 'baseline', minor: 0 },
  procMount: { level: 'baseline', minor: 0 },
  seLinuxOptions: { level: 'baseline', minor: 0 },
  seccompProfile_baseline: { level: 'baseline', minor: 0 },
  sysctls: { level: 'baseline', minor: 0 },
  windowsHostProcess: { level: 'baseline', minor: 0 },
  allowPrivilegeEscalation: { level: 'restricted', minor: 8 },
  capabilities_restricted: { level: 'restricted', minor: 22 },
  procMount_restricted: { level: 'restricted', minor: 35 },
  restrictedVolumes: { level: 'restricted', minor: 0 },
  runAsNonRoot: { level: 'restricted', minor: 0 },
  runAsUser: { level: 'restricted', minor: 23 },
  seccompProfile_restricted: { level: 'restricted', minor: 19 },
};

/** Restricted checks that replace a baseline check, and from which minor (`OverrideCheckIDs` in upstream `policy/check_*.go`). */
const OVERRIDES: readonly { by: CheckId; replaces: CheckId; since: number }[] = [
  { by: 'restrictedVolumes', replaces: 'hostPathVolumes', since: 0 },
  { by: 'seccompProfile_restricted', replaces: 'seccompProfile_baseline', since: 19 },
  { by: 'capabilities_restricted', replaces: 'capabilities_baseline', since: 22 },
  { by: 'procMount_restricted', replaces: 'procMount', since: 35 },
];

/** Upstream ForbiddenReason per check (appArmorProfile pluralises; see `appArmorReason`). */
export const REASONS: Readonly<Record<CheckId, string>> = {
  appArmorProfile: 'forbidden AppArmor profile',
  capabilities_baseline: 'non-default capabilities',
  hostNamespaces: 'host namespaces',
  hostPathVolumes: 'hostPath volumes',
  hostPorts: 'hostPort',
  hostProbesAndHostLifecycle: 'probe or lifecycle host',
  privileged: 'privileged',
  procMount: 'procMount',
  seLinuxOptions: 'seLinuxOptions',
  seccompProfile_baseline: 'seccompProfile',
  sysctls: 'forbidden sysctls',
  windowsHostProcess: 'hostProcess',
  allowPrivilegeEscalation: 'allowPrivilegeEscalation != false',
  capabilities_restricted: 'unrestricted capabilities',
  procMount_restricted: 'procMount',
  restrictedVolumes: 'restricted volume types',
  runAsNonRoot: 'runAsNonRoot != true',
  runAsUser: 'runAsUser=0',
  seccompProfile_restricted: 'seccompProfile',
};

/** Substring upstream's harness expects in the message of a fail fixture, by file prefix (upstream `test/fixtures.go`). */
export const ORIGIN_SUBSTRINGS: Readonly<Record<CheckId, string>> = {
  allowPrivilegeEscalation: 'allowPrivilegeEscalation',
  appArmorProfile: 'forbidden AppArmor profile',
  capabilities_baseline: 'capabilities',
  capabilities_restricted: 'unrestricted capabilities',
  hostNamespaces: 'host namespaces',
  hostPathVolumes: 'hostPath',
  hostPorts: 'hostPort',
  hostProbesAndHostLifecycle: 'probe or lifecycle host',
  privileged: 'privileged',
  procMount: 'procMount',
  procMount_restricted: 'procMount',
  restrictedVolumes: 'restricted volume types',
  runAsNonRoot: 'runAsNonRoot',
  runAsUser: 'runAsUser',
  seccompProfile_baseline: 'seccompProfile',
  seccompProfile_restricted: 'seccompProfile',
  seLinuxOptions: 'seLinuxOptions',
  sysctls: 'forbidden sysctl',
  windowsHostProcess: 'hostProcess',
};

/** Check ids evaluated at a level/version (upstream `policy/registry.go`), in output order. */
export function expectedActiveIds(ctx: Ctx): CheckId[] {
  const overridden = new Set(
    OVERRIDES.filter((o) => ctx.level === 'restricted' && ctx.minor >= o.since).map((o) => o.replaces),
  );
  return CHECK_ORDER.filter((id) => {
    const intro = CHECK_INTRODUCED[id];
    if (intro.minor > ctx.minor || overridden.has(id)) return false;
    return intro.level === 'baseline' || ctx.level === 'restricted';
  });
}

/** The check that reports a baseline scenario at this level/version: the overriding one where it applies. */
export function effectiveId(id: CheckId, ctx: Ctx): CheckId {
  if (ctx.level !== 'restricted') return id;
  const override = OVERRIDES.find((o) => o.replaces === id && ctx.minor >= o.since);
  return override ? override.by : id;
}

const IMAGE = 'registry.k8s.io/pause:3.10';
const RESTRICTED_CAPS_MINOR = 22;
const RESTRICTED_APE_MINOR = 8;
const FIELD_SECCOMP_MINOR = 19;
const WINDOWS_EXEMPT_MINOR = 25;
const USERNS_RELAX_MINOR = 35;

/** The hardened container security context the restricted level needs at this version. */
function restrictedContainerContext(minor: number): SecurityContext | undefined {
  if (minor < RESTRICTED_APE_MINOR) return undefined;
  const sc: SecurityContext = { allowPrivilegeEscalation: false };
  if (minor >= RESTRICTED_CAPS_MINOR) sc.capabilities = { drop: ['ALL'] };
  return sc;
}

function container(name: string, ctx: Ctx): Container {
  const c: Container = { name, image: IMAGE };
  const sc = ctx.level === 'restricted' ? restrictedContainerContext(ctx.minor) : undefined;
  if (sc) c.securityContext = sc;
  return c;
}

/** The minimal pod that passes `ctx.level` at `v1.<ctx.minor>`. */
export function basePod(ctx: Ctx, name = 'base'): Pod {
  const spec: PodSpec = {
    initContainers: [container('initcontainer1', ctx)],
    containers: [container('container1', ctx)],
  };
  if (ctx.level === 'restricted') {
    spec.securityContext = { runAsNonRoot: true };
    if (ctx.minor >= FIELD_SECCOMP_MINOR) spec.securityContext.seccompProfile = { type: 'RuntimeDefault' };
  }
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec };
}

// ---- small mutation helpers -------------------------------------------------------------------------

function allContainers(pod: Pod): Container[] {
  return [...pod.spec.initContainers, ...pod.spec.containers, ...(pod.spec.ephemeralContainers ?? [])];
}

function c1(pod: Pod): Container {
  return pod.spec.containers[0] as Container;
}

function init1(pod: Pod): Container {
  return pod.spec.initContainers[0] as Container;
}

function csc(c: Container): SecurityContext {
  c.securityContext ??= {};
  return c.securityContext;
}

function psc(pod: Pod): PodSecurityContext {
  pod.spec.securityContext ??= {};
  return pod.spec.securityContext;
}

function annotate(pod: Pod, key: string, value: string): void {
  pod.metadata.annotations ??= {};
  pod.metadata.annotations[key] = value;
}

/** Adds an ephemeral container as hardened as the regular ones, and returns it. */
function addEphemeral(pod: Pod, ctx: Ctx): Container {
  const e = container('ephemeralcontainer1', ctx);
  pod.spec.ephemeralContainers = [e];
  return e;
}

function setWindows(pod: Pod): void {
  pod.spec.os = { name: 'windows' };
}

// ---- expectation helpers ----------------------------------------------------------------------------

type Expect = (ctx: Ctx) => CheckId[];

interface Tweak {
  readonly apply: (pod: Pod, ctx: Ctx) => void;
  /** Failing ids at ctx (any order; sorted later). Empty means the tweak must pass. */
  readonly expect: Expect;
  /** Exact `reason (detail)` fragments for a failing ctx. */
  readonly fragments?: (ctx: Ctx) => string[];
}

const passes: Expect = () => [];

/** Fails the scenario's check (or the restricted check overriding it). */
function fails(id: CheckId, ...also: CheckId[]): Expect {
  return (ctx) => [effectiveId(id, ctx), ...also];
}

function frag(id: CheckId, detail: string): string {
  return `${REASONS[id]} (${detail})`;
}

/** The same detail whichever of the baseline check or its restricted override reports it. */
function sameDetail(id: CheckId, detail: string): (ctx: Ctx) => string[] {
  return (ctx) => [frag(effectiveId(id, ctx), detail)];
}

const BOTH_CONTAINERS = 'containers "initcontainer1", "container1"';

// ---- scenarios per check ----------------------------------------------------------------------------

const APPARMOR_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';
const SECCOMP_POD = 'seccomp.security.alpha.kubernetes.io/pod';
const SECCOMP_CONTAINER_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/';

const SYSCTLS_V1_0 = [
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start',
];
const SYSCTLS_LATER: readonly { minor: number; names: string[] }[] = [
  { minor: 27, names: ['net.ipv4.ip_local_reserved_ports'] },
  {
    minor: 29,
    names: [
      'net.ipv4.tcp_keepalive_time',
      'net.ipv4.tcp_fin_timeout',
      'net.ipv4.tcp_keepalive_intvl',
      'net.ipv4.tcp_keepalive_probes',
    ],
  },
  { minor: 32, names: ['net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'] },
  { minor: 37, names: ['net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'] },
];

function setSysctls(pod: Pod, names: readonly string[]): void {
  psc(pod).sysctls = names.map((name) => ({ name, value: '1' }));
}

const ALLOWED_VOLUMES: readonly Volume[] = [
  { name: 'volume-configmap', configMap: { name: 'settings' } },
  { name: 'volume-csi', csi: { driver: 'inline.storage.example.com' } },
  {
    name: 'volume-downwardapi',
    downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }] },
  },
  { name: 'volume-emptydir', emptyDir: {} },
  {
    name: 'volume-ephemeral',
    ephemeral: {
      volumeClaimTemplate: { spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } },
    },
  },
  { name: 'volume-image', image: { reference: 'registry.example.com/data:1.0', pullPolicy: 'IfNotPresent' } },
  { name: 'volume-pvc', persistentVolumeClaim: { claimName: 'data' } },
  { name: 'volume-projected', projected: { sources: [{ serviceAccountToken: { path: 'token' } }] } },
  { name: 'volume-secret', secret: { secretName: 'credentials' } },
  // No source at all: kube-apiserver defaults it to emptyDir before admission (upstream `policy/check_restrictedVolumes.go`).
  { name: 'volume-nosource' },
];

const RESTRICTED_VOLUME_SOURCES: readonly [string, Record<string, unknown>][] = [
  ['hostPath', { path: '/var/lib/data' }],
  ['gcePersistentDisk', { pdName: 'disk' }],
  ['awsElasticBlockStore', { volumeID: 'vol-1' }],
  ['gitRepo', { repository: 'https://example.com/repo.git' }],
  ['nfs', { server: 'nfs.example.com', path: '/export' }],
  ['iscsi', { targetPortal: '10.0.0.1:3260', iqn: 'iqn.2001-04.com.example:storage', lun: 0 }],
  ['glusterfs', { endpoints: 'gluster', path: 'vol' }],
  ['rbd', { monitors: ['10.0.0.2:6789'], image: 'img' }],
  ['flexVolume', { driver: 'example/driver' }],
  ['cinder', { volumeID: 'vol-2' }],
  ['cephfs', { monitors: ['10.0.0.3:6789'] }],
  ['flocker', { datasetName: 'ds' }],
  ['fc', { wwids: ['3600508b400105e210000900000490000'] }],
  ['azureFile', { secretName: 'azure', shareName: 'share' }],
  ['vsphereVolume', { volumePath: '[datastore] disk.vmdk' }],
  ['quobyte', { registry: 'quobyte:7861', volume: 'vol' }],
  ['azureDisk', { diskName: 'disk', diskURI: 'https://example.com/disk.vhd' }],
  ['photonPersistentDisk', { pdID: 'pd' }],
  ['portworxVolume', { volumeID: 'px' }],
  ['scaleIO', { gateway: 'https://scaleio', system: 'sys', secretRef: { name: 'scaleio' } }],
  ['storageos', { volumeName: 'vol' }],
];

function setVolumes(pod: Pod, volumes: readonly Volume[]): void {
  pod.spec.volumes = structuredClone([...volumes]);
}

/** Scenarios keyed by the check they were written for, in generator order. */
const SCENARIOS: Readonly<Record<CheckId, readonly Tweak[]>> = {
  appArmorProfile: [
    { expect: passes, apply: (p) => annotate(p, `${APPARMOR_PREFIX}container1`, 'runtime/default') },
    {
      expect: passes,
      apply: (p) => {
        annotate(p, `${APPARMOR_PREFIX}initcontainer1`, 'localhost/custom-profile');
        annotate(p, `${APPARMOR_PREFIX}container1`, '');
      },
    },
    {
      expect: passes,
      apply: (p) => {
        psc(p).appArmorProfile = { type: 'RuntimeDefault' };
        csc(c1(p)).appArmorProfile = { type: 'Localhost', localhostProfile: 'custom-profile' };
      },
    },
    {
      expect: fails('appArmorProfile'),
      apply: (p) => annotate(p, `${APPARMOR_PREFIX}container1`, 'unconfined'),
      fragments: () => [
        `forbidden AppArmor profile (annotation must not set AppArmor profile type to "${APPARMOR_PREFIX}container1="unconfined"")`,
      ],
    },
    {
      // Annotations are checked whether or not a container of that name exists.
      expect: fails('appArmorProfile'),
      apply: (p) => annotate(p, `${APPARMOR_PREFIX}no-such-container`, 'junk'),
      fragments: () => [
        `forbidden AppArmor profile (annotation must not set AppArmor profile type to "${APPARMOR_PREFIX}no-such-container="junk"")`,
      ],
    },
    {
      expect: fails('appArmorProfile'),
      apply: (p) => {
        psc(p).appArmorProfile = { type: 'Unconfined' };
      },
      fragments: () => ['forbidden AppArmor profile (pod must not set AppArmor profile type to "Unconfined")'],
    },
    {
      expect: fails('appArmorProfile'),
      apply: (p) => {
        csc(init1(p)).appArmorProfile = {};
        csc(c1(p)).appArmorProfile = { type: 'Unconfined' };
      },
      fragments: () => [
        `forbidden AppArmor profiles (${BOTH_CONTAINERS} must not set AppArmor profile type to "", "Unconfined")`,
      ],
    },
  ],

  capabilities_baseline: [
    {
      expect: passes,
      apply: (p) => (csc(c1(p)).capabilities = { ...csc(c1(p)).capabilities, add: ['NET_BIND_SERVICE'] }),
    },
    {
      // Every baseline-allowed capability; restricted (v1.22+) allows only NET_BIND_SERVICE.
      expect: (ctx) =>
        ctx.level === 'restricted' && ctx.minor >= RESTRICTED_CAPS_MINOR ? ['capabilities_restricted'] : [],
      apply: (p) => {
        csc(c1(p)).capabilities = {
          ...csc(c1(p)).capabilities,
          add: [
            'AUDIT_WRITE',
            'CHOWN',
            'DAC_OVERRIDE',
            'FOWNER',
            'FSETID',
            'KILL',
            'MKNOD',
            'NET_BIND_SERVICE',
            'SETFCAP',
            'SETGID',
            'SETPCAP',
            'SETUID',
            'SYS_CHROOT',
          ],
        };
      },
      fragments: () => [
        'unrestricted capabilities (container "container1" must not include "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT" in securityContext.capabilities.add)',
      ],
    },
    {
      expect: fails('capabilities_baseline'),
      apply: (p) => (csc(c1(p)).capabilities = { ...csc(c1(p)).capabilities, add: ['NET_RAW'] }),
      fragments: sameDetail(
        'capabilities_baseline',
        'container "container1" must not include "NET_RAW" in securityContext.capabilities.add',
      ),
    },
    {
      // Matching is exact: lowercase and CAP_-prefixed names are not the allowed CHOWN.
      expect: fails('capabilities_baseline'),
      apply: (p) => {
        csc(init1(p)).capabilities = { ...csc(init1(p)).capabilities, add: ['SYS_ADMIN'] };
        csc(c1(p)).capabilities = { ...csc(c1(p)).capabilities, add: ['chown', 'CAP_CHOWN'] };
      },
      fragments: sameDetail(
        'capabilities_baseline',
        `${BOTH_CONTAINERS} must not include "CAP_CHOWN", "SYS_ADMIN", "chown" in securityContext.capabilities.add`,
      ),
    },
    {
      // A Windows pod is exempt from capabilities_restricted from v1.25, and the override still
      // removes capabilities_baseline, so restricted passes while baseline fails (spec P7).
      expect: (ctx) =>
        ctx.level === 'restricted' && ctx.minor >= WINDOWS_EXEMPT_MINOR
          ? []
          : [effectiveId('capabilities_baseline', ctx)],
      apply: (p) => {
        setWindows(p);
        csc(c1(p)).capabilities = { ...csc(c1(p)).capabilities, add: ['SYS_ADMIN'] };
      },
    },
    {
      expect: fails('capabilities_baseline'),
      apply: (p, ctx) => {
        const e = addEphemeral(p, ctx);
        csc(e).capabilities = { ...csc(e).capabilities, add: ['BPF', 'BPF'] };
      },
      fragments: sameDetail(
        'capabilities_baseline',
        'container "ephemeralcontainer1" must not include "BPF" in securityContext.capabilities.add',
      ),
    },
  ],

  hostNamespaces: [
    {
      expect: passes,
      apply: (p) => Object.assign(p.spec, { hostNetwork: false, hostPID: false, hostIPC: false }),
    },
    {
      expect: fails('hostNamespaces'),
      apply: (p) => (p.spec.hostNetwork = true),
      fragments: () => ['host namespaces (hostNetwork=true)'],
    },
    {
      expect: fails('hostNamespaces'),
      apply: (p) => (p.spec.hostPID = true),
      fragments: () => ['host namespaces (hostPID=true)'],
    },
    {
      expect: fails('hostNamespaces'),
      apply: (p) => (p.spec.hostIPC = true),
      fragments: () => ['host namespaces (hostIPC=true)'],
    },
    {
      expect: fails('hostNamespaces'),
      apply: (p) => Object.assign(p.spec, { hostIPC: true, hostPID: true, hostNetwork: true }),
      fragments: () => ['host namespaces (hostNetwork=true, hostPID=true, hostIPC=true)'],
    },
  ],

  hostPathVolumes: [
    { expect: passes, apply: (p) => setVolumes(p, [{ name: 'volume-emptydir', emptyDir: {} }]) },
    {
      expect: fails('hostPathVolumes'),
      apply: (p) => setVolumes(p, [{ name: 'volume-hostpath', hostPath: { path: '/var/lib/data' } }]),
      fragments: (ctx) =>
        ctx.level === 'baseline'
          ? ['hostPath volumes (volume "volume-hostpath")']
          : ['restricted volume types (volume "volume-hostpath" uses restricted volume type "hostPath")'],
    },
    {
      // An empty hostPath object is still a hostPath volume.
      expect: fails('hostPathVolumes'),
      apply: (p) =>
        setVolumes(p, [
          { name: 'volume-hostpath1', hostPath: {} },
          { name: 'volume-emptydir', emptyDir: {} },
          { name: 'volume-hostpath2', hostPath: { path: '/dev', type: 'Directory' } },
        ]),
      fragments: (ctx) =>
        ctx.level === 'baseline'
          ? ['hostPath volumes (volumes "volume-hostpath1", "volume-hostpath2")']
          : [
              'restricted volume types (volumes "volume-hostpath1", "volume-hostpath2" use restricted volume type "hostPath")',
            ],
    },
  ],

  hostPorts: [
    {
      expect: passes,
      apply: (p) => {
        c1(p).ports = [{ containerPort: 8080 }];
        init1(p).ports = [{ containerPort: 9090, hostPort: 0 }];
      },
    },
    {
      expect: fails('hostPorts'),
      apply: (p) => (c1(p).ports = [{ containerPort: 8080, hostPort: 8080 }]),
      fragments: () => ['hostPort (container "container1" uses hostPort 8080)'],
    },
    {
      // Ports are a set of strings, sorted as strings: 10000 before 9000.
      expect: fails('hostPorts'),
      apply: (p) => {
        init1(p).ports = [{ containerPort: 9000, hostPort: 9000 }];
        c1(p).ports = [
          { containerPort: 10000, hostPort: 10000 },
          { containerPort: 80 },
          { containerPort: 9000, hostPort: 9000 },
        ];
      },
      fragments: () => [`hostPort (${BOTH_CONTAINERS} use hostPorts 10000, 9000)`],
    },
    {
      expect: fails('hostPorts'),
      apply: (p, ctx) => (addEphemeral(p, ctx).ports = [{ containerPort: 20, hostPort: 20 }]),
      fragments: () => ['hostPort (container "ephemeralcontainer1" uses hostPort 20)'],
    },
  ],

  hostProbesAndHostLifecycle: [
    {
      expect: passes,
      apply: (p) => {
        Object.assign(c1(p), {
          livenessProbe: { httpGet: { path: '/healthz', port: 8080 } },
          readinessProbe: { tcpSocket: { port: 8080 } },
          startupProbe: { grpc: { port: 8081 } },
          lifecycle: {
            postStart: { httpGet: { path: '/start', port: 8080, host: '' } },
            preStop: { exec: { command: ['sh', '-c', 'sleep 1'] } },
          },
        });
      },
    },
    {
      expect: fails('hostProbesAndHostLifecycle'),
      apply: (p) => (c1(p).livenessProbe = { httpGet: { path: '/healthz', port: 8080, host: 'localhost' } }),
      fragments: () => ['probe or lifecycle host (container "container1" uses probe or lifecycle host "localhost")'],
    },
    {
      expect: fails('hostProbesAndHostLifecycle'),
      apply: (p) => {
        c1(p).readinessProbe = { tcpSocket: { port: 8080, host: '127.0.0.1' } };
        c1(p).startupProbe = { httpGet: { path: '/', port: 8080, host: '::1' } };
      },
      fragments: () => [
        'probe or lifecycle host (container "container1" uses probe or lifecycle hosts "127.0.0.1", "::1")',
      ],
    },
    {
      // Container names are a sorted set here, unlike every other check.
      expect: fails('hostProbesAndHostLifecycle'),
      apply: (p) => {
        init1(p).lifecycle = { preStop: { tcpSocket: { port: 80, host: 'example.com' } } };
        c1(p).lifecycle = { postStart: { httpGet: { path: '/', port: 80, host: 'example.com' } } };
      },
      fragments: () => [
        'probe or lifecycle host (containers "container1", "initcontainer1" use probe or lifecycle host "example.com")',
      ],
    },
    {
      expect: fails('hostProbesAndHostLifecycle'),
      apply: (p, ctx) => (addEphemeral(p, ctx).livenessProbe = { tcpSocket: { port: 80, host: 'b.example.com' } }),
      fragments: () => [
        'probe or lifecycle host (container "ephemeralcontainer1" uses probe or lifecycle host "b.example.com")',
      ],
    },
  ],

  privileged: [
    {
      expect: passes,
      apply: (p) => allContainers(p).forEach((c) => (csc(c).privileged = false)),
    },
    {
      expect: fails('privileged'),
      apply: (p) => (csc(c1(p)).privileged = true),
      fragments: () => ['privileged (container "container1" must not set securityContext.privileged=true)'],
    },
    {
      // As a real privileged container would: no allowPrivilegeEscalation=false alongside it.
      expect: (ctx) =>
        ctx.level === 'restricted' && ctx.minor >= RESTRICTED_APE_MINOR
          ? ['privileged', 'allowPrivilegeEscalation']
          : ['privileged'],
      apply: (p) => {
        csc(init1(p)).privileged = true;
        delete csc(init1(p)).allowPrivilegeEscalation;
      },
      fragments: (ctx) => [
        'privileged (container "initcontainer1" must not set securityContext.privileged=true)',
        ...(ctx.level === 'restricted' && ctx.minor >= RESTRICTED_APE_MINOR
          ? [
              'allowPrivilegeEscalation != false (container "initcontainer1" must set securityContext.allowPrivilegeEscalation=false)',
            ]
          : []),
      ],
    },
    {
      expect: fails('privileged'),
      apply: (p, ctx) => (csc(addEphemeral(p, ctx)).privileged = true),
      fragments: () => ['privileged (container "ephemeralcontainer1" must not set securityContext.privileged=true)'],
    },
  ],

  procMount: [
    { expect: passes, apply: (p) => allContainers(p).forEach((c) => (csc(c).procMount = 'Default')) },
    {
      // Baseline relaxes procMount for user-namespace pods from v1.35; restricted never does.
      expect: (ctx) =>
        ctx.level === 'baseline' && ctx.minor >= USERNS_RELAX_MINOR ? [] : [effectiveId('procMount', ctx)],
      apply: (p) => {
        p.spec.hostUsers = false;
        csc(c1(p)).procMount = 'Unmasked';
      },
      fragments: sameDetail('procMount', 'container "container1" must not set securityContext.procMount to "Unmasked"'),
    },
    {
      expect: fails('procMount'),
      apply: (p) => (csc(c1(p)).procMount = 'Unmasked'),
      fragments: sameDetail('procMount', 'container "container1" must not set securityContext.procMount to "Unmasked"'),
    },
    {
      // An explicit empty string is not Default; hostUsers: true is not a user-namespace pod.
      expect: fails('procMount'),
      apply: (p) => {
        p.spec.hostUsers = true;
        csc(init1(p)).procMount = '';
        csc(c1(p)).procMount = 'Unmasked';
      },
      fragments: sameDetail('procMount', `${BOTH_CONTAINERS} must not set securityContext.procMount to "", "Unmasked"`),
    },
  ],

  seLinuxOptions: [
    {
      expect: passes,
      apply: (p) => {
        psc(p).seLinuxOptions = { type: 'container_t', level: 's0:c1,c2' };
        csc(init1(p)).seLinuxOptions = { type: 'container_kvm_t' };
        csc(c1(p)).seLinuxOptions = { type: 'container_init_t', level: 's0' };
      },
    },
    {
      expect: passes,
      apply: (p) => {
        psc(p).seLinuxOptions = { type: '', user: '', role: '' };
        csc(c1(p)).seLinuxOptions = {};
      },
    },
    {
      expect: (ctx) => (ctx.minor >= 31 ? [] : ['seLinuxOptions']),
      apply: (p) => (csc(c1(p)).seLinuxOptions = { type: 'container_engine_t' }),
      fragments: () => [
        'seLinuxOptions (container "container1" set forbidden securityContext.seLinuxOptions: type "container_engine_t")',
      ],
    },
    {
      expect: fails('seLinuxOptions'),
      apply: (p) => (psc(p).seLinuxOptions = { type: 'spc_t' }),
      fragments: () => ['seLinuxOptions (pod set forbidden securityContext.seLinuxOptions: type "spc_t")'],
    },
    {
      expect: fails('seLinuxOptions'),
      apply: (p) => (csc(c1(p)).seLinuxOptions = { user: 'system_u' }),
      fragments: () => [
        'seLinuxOptions (container "container1" set forbidden securityContext.seLinuxOptions: user may not be set)',
      ],
    },
    {
      expect: fails('seLinuxOptions'),
      apply: (p) => {
        psc(p).seLinuxOptions = { role: 'sysadm_r' };
        csc(init1(p)).seLinuxOptions = { type: 'foo' };
        csc(c1(p)).seLinuxOptions = { type: 'bar', user: 'unconfined_u' };
      },
      fragments: () => [
        `seLinuxOptions (pod and ${BOTH_CONTAINERS} set forbidden securityContext.seLinuxOptions: types "bar", "foo"; user may not be set; role may not be set)`,
      ],
    },
  ],

  seccompProfile_baseline: [
    {
      expect: passes,
      apply: (p) => {
        annotate(p, SECCOMP_POD, 'runtime/default');
        annotate(p, `${SECCOMP_CONTAINER_PREFIX}container1`, 'docker/default');
        annotate(p, `${SECCOMP_CONTAINER_PREFIX}initcontainer1`, 'localhost/profile.json');
      },
    },
    {
      // Annotations count only before v1.19 (fields take over); restricted keeps them until then too.
      expect: (ctx) => (ctx.minor < FIELD_SECCOMP_MINOR ? ['seccompProfile_baseline'] : []),
      apply: (p) => annotate(p, SECCOMP_POD, 'unconfined'),
      fragments: () => [`seccompProfile (forbidden annotation ${SECCOMP_POD}="unconfined")`],
    },
    {
      // Unlike AppArmor, an empty seccomp annotation is forbidden; unknown container names are ignored.
      expect: (ctx) => (ctx.minor < FIELD_SECCOMP_MINOR ? ['seccompProfile_baseline'] : []),
      apply: (p) => {
        annotate(p, `${SECCOMP_CONTAINER_PREFIX}container1`, '');
        annotate(p, `${SECCOMP_CONTAINER_PREFIX}no-such-container`, 'unconfined');
      },
      fragments: () => [`seccompProfile (forbidden annotation ${SECCOMP_CONTAINER_PREFIX}container1="")`],
    },
    {
      expect: (ctx) => (ctx.minor < FIELD_SECCOMP_MINOR ? ['seccompProfile_baseline'] : []),
      apply: (p) => {
        annotate(p, SECCOMP_POD, 'unconfined');
        annotate(p, `${SECCOMP_CONTAINER_PREFIX}container1`, 'unconfined');
      },
      fragments: () => [
        `seccompProfile (forbidden annotations ${SECCOMP_CONTAINER_PREFIX}container1="unconfined", ${SECCOMP_POD}="unconfined")`,
      ],
    },
    {
      expect: passes,
      apply: (p) => {
        psc(p).seccompProfile = { type: 'Localhost', localhostProfile: 'profile.json' };
        csc(c1(p)).seccompProfile = { type: 'RuntimeDefault' };
      },
    },
    {
      // Fields are ignored before v1.19.
      expect: (ctx) => (ctx.minor >= FIELD_SECCOMP_MINOR ? [effectiveId('seccompProfile_baseline', ctx)] : []),
      apply: (p) => (psc(p).seccompProfile = { type: 'Unconfined' }),
      fragments: sameDetail(
        'seccompProfile_baseline',
        'pod must not set securityContext.seccompProfile.type to "Unconfined"',
      ),
    },
    {
      // An empty profile object has type "" and is invalid.
      expect: (ctx) => (ctx.minor >= FIELD_SECCOMP_MINOR ? [effectiveId('seccompProfile_baseline', ctx)] : []),
      apply: (p) => (csc(c1(p)).seccompProfile = {}),
      fragments: sameDetail(
        'seccompProfile_baseline',
        'container "container1" must not set securityContext.seccompProfile.type to ""',
      ),
    },
  ],

  sysctls: [
    { expect: passes, apply: (p) => setSysctls(p, SYSCTLS_V1_0) },
    {
      expect: fails('sysctls'),
      apply: (p) => setSysctls(p, ['kernel.msgmax']),
      fragments: () => ['forbidden sysctls (kernel.msgmax)'],
    },
    ...SYSCTLS_LATER.map((group): Tweak => ({
      expect: (ctx) => (ctx.minor >= group.minor ? [] : ['sysctls']),
      apply: (p) => setSysctls(p, group.names),
      fragments: () => [`forbidden sysctls (${group.names.join(', ')})`],
    })),
    {
      // Spec order, duplicates kept, unquoted; no "/" to "." normalisation.
      expect: fails('sysctls'),
      apply: (p) =>
        setSysctls(p, [
          'net/ipv4/tcp_syncookies',
          'kernel.shm_rmid_forced',
          'kernel.msgmax',
          'net/ipv4/tcp_syncookies',
        ]),
      fragments: () => ['forbidden sysctls (net/ipv4/tcp_syncookies, kernel.msgmax, net/ipv4/tcp_syncookies)'],
    },
  ],

  windowsHostProcess: [
    {
      expect: passes,
      apply: (p) => {
        psc(p).windowsOptions = { hostProcess: false };
        csc(c1(p)).windowsOptions = { hostProcess: false };
      },
    },
    {
      // A real HostProcess pod must also use the host network.
      expect: fails('windowsHostProcess', 'hostNamespaces'),
      apply: (p) => {
        p.spec.hostNetwork = true;
        psc(p).windowsOptions = { hostProcess: true };
      },
      fragments: () => [
        'host namespaces (hostNetwork=true)',
        'hostProcess (pod must not set securityContext.windowsOptions.hostProcess=true)',
      ],
    },
    {
      expect: fails('windowsHostProcess'),
      apply: (p) => {
        csc(init1(p)).windowsOptions = { hostProcess: true };
        csc(c1(p)).windowsOptions = { hostProcess: true };
      },
      fragments: () => [
        `hostProcess (${BOTH_CONTAINERS} must not set securityContext.windowsOptions.hostProcess=true)`,
      ],
    },
    {
      // Baseline checks have no Windows exemption.
      expect: fails('windowsHostProcess'),
      apply: (p) => {
        setWindows(p);
        psc(p).windowsOptions = { hostProcess: true };
        csc(c1(p)).windowsOptions = { hostProcess: true };
      },
      fragments: () => [
        'hostProcess (pod and container "container1" must not set securityContext.windowsOptions.hostProcess=true)',
      ],
    },
  ],

  allowPrivilegeEscalation: [
    { expect: passes, apply: (p, ctx) => addEphemeral(p, ctx) },
    {
      expect: (ctx) => (ctx.minor >= WINDOWS_EXEMPT_MINOR ? [] : ['allowPrivilegeEscalation']),
      apply: (p) => {
        setWindows(p);
        allContainers(p).forEach((c) => delete csc(c).allowPrivilegeEscalation);
      },
      fragments: () => [
        `allowPrivilegeEscalation != false (${BOTH_CONTAINERS} must set securityContext.allowPrivilegeEscalation=false)`,
      ],
    },
    {
      expect: fails('allowPrivilegeEscalation'),
      apply: (p) => (csc(c1(p)).allowPrivilegeEscalation = true),
      fragments: () => [
        'allowPrivilegeEscalation != false (container "container1" must set securityContext.allowPrivilegeEscalation=false)',
      ],
    },
    {
      expect: fails('allowPrivilegeEscalation'),
      apply: (p) => delete csc(init1(p)).allowPrivilegeEscalation,
      fragments: () => [
        'allowPrivilegeEscalation != false (container "initcontainer1" must set securityContext.allowPrivilegeEscalation=false)',
      ],
    },
    {
      expect: (ctx) =>
        ctx.minor >= RESTRICTED_CAPS_MINOR
          ? ['allowPrivilegeEscalation', 'capabilities_restricted']
          : ['allowPrivilegeEscalation'],
      apply: (p, ctx) => delete addEphemeral(p, ctx).securityContext,
      fragments: (ctx) => [
        'allowPrivilegeEscalation != false (container "ephemeralcontainer1" must set securityContext.allowPrivilegeEscalation=false)',
        ...(ctx.minor >= RESTRICTED_CAPS_MINOR
          ? [
              'unrestricted capabilities (container "ephemeralcontainer1" must set securityContext.capabilities.drop=["ALL"])',
            ]
          : []),
      ],
    },
  ],

  capabilities_restricted: [
    { expect: passes, apply: (p) => (csc(c1(p)).capabilities = { drop: ['ALL'], add: ['NET_BIND_SERVICE'] }) },
    { expect: passes, apply: (p) => (csc(c1(p)).capabilities = { drop: ['NET_RAW', 'ALL'] }) },
    {
      expect: (ctx) => (ctx.minor >= WINDOWS_EXEMPT_MINOR ? [] : ['capabilities_restricted']),
      apply: (p) => {
        setWindows(p);
        allContainers(p).forEach((c) => delete csc(c).capabilities);
      },
      fragments: () => [
        `unrestricted capabilities (${BOTH_CONTAINERS} must set securityContext.capabilities.drop=["ALL"])`,
      ],
    },
    {
      expect: fails('capabilities_restricted'),
      apply: (p) => (csc(c1(p)).capabilities = {}),
      fragments: () => [
        'unrestricted capabilities (container "container1" must set securityContext.capabilities.drop=["ALL"])',
      ],
    },
    {
      // Only the exact string ALL counts; dropping capabilities one by one does not.
      expect: fails('capabilities_restricted'),
      apply: (p) => {
        csc(init1(p)).capabilities = { drop: ['CHOWN', 'KILL', 'NET_RAW', 'SYS_ADMIN'] };
        csc(c1(p)).capabilities = { drop: ['all'] };
      },
      fragments: () => [
        `unrestricted capabilities (${BOTH_CONTAINERS} must set securityContext.capabilities.drop=["ALL"])`,
      ],
    },
    {
      // Baseline allows CHOWN, but its check is overridden here.
      expect: fails('capabilities_restricted'),
      apply: (p) => (csc(c1(p)).capabilities = { drop: ['ALL'], add: ['CHOWN'] }),
      fragments: () => [
        'unrestricted capabilities (container "container1" must not include "CHOWN" in securityContext.capabilities.add)',
      ],
    },
    {
      expect: fails('capabilities_restricted'),
      apply: (p) => {
        csc(init1(p)).capabilities = { add: ['SYS_ADMIN'] };
        csc(c1(p)).capabilities = { drop: ['ALL'], add: ['NET_BIND_SERVICE', 'BPF'] };
      },
      fragments: () => [
        `unrestricted capabilities (container "initcontainer1" must set securityContext.capabilities.drop=["ALL"]; ${BOTH_CONTAINERS} must not include "BPF", "SYS_ADMIN" in securityContext.capabilities.add)`,
      ],
    },
  ],

  procMount_restricted: [
    {
      expect: passes,
      apply: (p, ctx) => {
        p.spec.hostUsers = false;
        addEphemeral(p, ctx);
        allContainers(p).forEach((c) => (csc(c).procMount = 'Default'));
      },
    },
    {
      expect: fails('procMount_restricted'),
      apply: (p) => {
        p.spec.hostUsers = false;
        csc(c1(p)).procMount = 'Unmasked';
      },
      fragments: () => ['procMount (container "container1" must not set securityContext.procMount to "Unmasked")'],
    },
    {
      expect: fails('procMount_restricted'),
      apply: (p, ctx) => (csc(addEphemeral(p, ctx)).procMount = 'other'),
      fragments: () => [
        'procMount (container "ephemeralcontainer1" must not set securityContext.procMount to "other")',
      ],
    },
  ],

  restrictedVolumes: [
    ...ALLOWED_VOLUMES.map((volume): Tweak => ({ expect: passes, apply: (p) => setVolumes(p, [volume]) })),
    { expect: passes, apply: (p) => setVolumes(p, ALLOWED_VOLUMES) },
    {
      // Any allowed source makes the volume allowed, whatever else it holds.
      expect: passes,
      apply: (p) =>
        setVolumes(p, [{ name: 'volume-mixed', configMap: { name: 'settings' }, nfs: { server: 'nfs', path: '/' } }]),
    },
    ...RESTRICTED_VOLUME_SOURCES.map(([type, source]): Tweak => ({
      expect: fails('restrictedVolumes'),
      apply: (p) =>
        setVolumes(p, [
          { name: 'volume-emptydir', emptyDir: {} },
          { name: `volume-${type.toLowerCase()}`, [type]: source },
        ]),
      fragments: () => [
        `restricted volume types (volume "volume-${type.toLowerCase()}" uses restricted volume type "${type}")`,
      ],
    })),
    {
      expect: fails('restrictedVolumes'),
      apply: (p) =>
        setVolumes(p, [
          { name: 'volume-nfs1', nfs: { server: 'nfs', path: '/a' } },
          { name: 'volume-config', configMap: { name: 'settings' } },
          { name: 'volume-gitrepo', gitRepo: { repository: 'https://example.com/r.git' } },
          { name: 'volume-nfs2', nfs: { server: 'nfs', path: '/b' } },
        ]),
      fragments: () => [
        'restricted volume types (volumes "volume-nfs1", "volume-gitrepo", "volume-nfs2" use restricted volume types "gitRepo", "nfs")',
      ],
    },
  ],

  runAsNonRoot: [
    {
      expect: passes,
      apply: (p) => {
        delete psc(p).runAsNonRoot;
        allContainers(p).forEach((c) => (csc(c).runAsNonRoot = true));
      },
    },
    {
      expect: (ctx) => (ctx.minor >= USERNS_RELAX_MINOR ? [] : ['runAsNonRoot']),
      apply: (p) => {
        p.spec.hostUsers = false;
        delete psc(p).runAsNonRoot;
      },
      fragments: () => [`runAsNonRoot != true (pod or ${BOTH_CONTAINERS} must set securityContext.runAsNonRoot=true)`],
    },
    {
      expect: fails('runAsNonRoot'),
      apply: (p) => delete psc(p).runAsNonRoot,
      fragments: () => [`runAsNonRoot != true (pod or ${BOTH_CONTAINERS} must set securityContext.runAsNonRoot=true)`],
    },
    {
      // Pod-level false fails even when every container says true.
      expect: fails('runAsNonRoot'),
      apply: (p) => {
        psc(p).runAsNonRoot = false;
        allContainers(p).forEach((c) => (csc(c).runAsNonRoot = true));
      },
      fragments: () => ['runAsNonRoot != true (pod must not set securityContext.runAsNonRoot=false)'],
    },
    {
      expect: fails('runAsNonRoot'),
      apply: (p) => (csc(c1(p)).runAsNonRoot = false),
      fragments: () => [
        'runAsNonRoot != true (container "container1" must not set securityContext.runAsNonRoot=false)',
      ],
    },
    {
      expect: fails('runAsNonRoot'),
      apply: (p) => {
        delete psc(p).runAsNonRoot;
        csc(c1(p)).runAsNonRoot = true;
      },
      fragments: () => [
        'runAsNonRoot != true (pod or container "initcontainer1" must set securityContext.runAsNonRoot=true)',
      ],
    },
    {
      // An explicit false hides the implicit problem of the other container.
      expect: fails('runAsNonRoot'),
      apply: (p) => {
        delete psc(p).runAsNonRoot;
        csc(c1(p)).runAsNonRoot = false;
      },
      fragments: () => [
        'runAsNonRoot != true (container "container1" must not set securityContext.runAsNonRoot=false)',
      ],
    },
  ],

  runAsUser: [
    {
      expect: passes,
      apply: (p) => {
        psc(p).runAsUser = 1000;
        csc(c1(p)).runAsUser = 1001;
      },
    },
    {
      expect: (ctx) => (ctx.minor >= USERNS_RELAX_MINOR ? [] : ['runAsUser']),
      apply: (p) => {
        p.spec.hostUsers = false;
        psc(p).runAsUser = 0;
      },
      fragments: () => ['runAsUser=0 (pod must not set runAsUser=0)'],
    },
    {
      expect: fails('runAsUser'),
      apply: (p) => (psc(p).runAsUser = 0),
      fragments: () => ['runAsUser=0 (pod must not set runAsUser=0)'],
    },
    {
      expect: fails('runAsUser'),
      apply: (p) => (csc(c1(p)).runAsUser = 0),
      fragments: () => ['runAsUser=0 (container "container1" must not set runAsUser=0)'],
    },
    {
      expect: fails('runAsUser'),
      apply: (p) => {
        psc(p).runAsUser = 0;
        allContainers(p).forEach((c) => (csc(c).runAsUser = 1000));
      },
      fragments: () => ['runAsUser=0 (pod must not set runAsUser=0)'],
    },
    {
      expect: fails('runAsUser'),
      apply: (p) => {
        psc(p).runAsUser = 0;
        csc(init1(p)).runAsUser = 0;
      },
      fragments: () => ['runAsUser=0 (pod and container "initcontainer1" must not set runAsUser=0)'],
    },
  ],

  seccompProfile_restricted: [
    { expect: passes, apply: (p) => (psc(p).seccompProfile = { type: 'Localhost', localhostProfile: 'profile.json' }) },
    {
      expect: passes,
      apply: (p) => {
        delete psc(p).seccompProfile;
        allContainers(p).forEach((c) => (csc(c).seccompProfile = { type: 'RuntimeDefault' }));
      },
    },
    {
      expect: (ctx) => (ctx.minor >= WINDOWS_EXEMPT_MINOR ? [] : ['seccompProfile_restricted']),
      apply: (p) => {
        setWindows(p);
        delete psc(p).seccompProfile;
      },
      fragments: () => [
        `seccompProfile (pod or ${BOTH_CONTAINERS} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")`,
      ],
    },
    {
      expect: fails('seccompProfile_restricted'),
      apply: (p) => delete psc(p).seccompProfile,
      fragments: () => [
        `seccompProfile (pod or ${BOTH_CONTAINERS} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")`,
      ],
    },
    {
      // Annotations are ignored from v1.19; a bad pod-level type fails even if containers are fine.
      expect: fails('seccompProfile_restricted'),
      apply: (p) => {
        annotate(p, SECCOMP_POD, 'runtime/default');
        psc(p).seccompProfile = { type: 'Unconfined' };
        allContainers(p).forEach((c) => (csc(c).seccompProfile = { type: 'RuntimeDefault' }));
      },
      fragments: () => ['seccompProfile (pod must not set securityContext.seccompProfile.type to "Unconfined")'],
    },
    {
      expect: fails('seccompProfile_restricted'),
      apply: (p) => (csc(c1(p)).seccompProfile = { type: 'Unconfined' }),
      fragments: () => [
        'seccompProfile (container "container1" must not set securityContext.seccompProfile.type to "Unconfined")',
      ],
    },
    {
      expect: fails('seccompProfile_restricted'),
      apply: (p) => (psc(p).seccompProfile = {}),
      fragments: () => ['seccompProfile (pod must not set securityContext.seccompProfile.type to "")'],
    },
    {
      expect: fails('seccompProfile_restricted'),
      apply: (p) => {
        delete psc(p).seccompProfile;
        csc(c1(p)).seccompProfile = { type: 'RuntimeDefault' };
      },
      fragments: () => [
        'seccompProfile (pod or container "initcontainer1" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
      ],
    },
    {
      // Explicit problems hide implicit ones.
      expect: fails('seccompProfile_restricted'),
      apply: (p) => {
        delete psc(p).seccompProfile;
        csc(c1(p)).seccompProfile = { type: 'Unconfined' };
      },
      fragments: () => [
        'seccompProfile (container "container1" must not set securityContext.seccompProfile.type to "Unconfined")',
      ],
    },
  ],
};

/** The minimal pods: plain, explicitly Linux, and a Windows pod with only what Windows needs. */
function baseCases(ctx: Ctx): { name: string; pod: Pod; expect: CheckId[] }[] {
  const linux = basePod(ctx, 'base_linux');
  linux.spec.os = { name: 'linux' };
  const windows = basePod(ctx, 'base_windows');
  windows.spec.os = { name: 'windows' };
  allContainers(windows).forEach((c) => delete c.securityContext);
  if (windows.spec.securityContext) delete windows.spec.securityContext.seccompProfile;
  const windowsFailures: CheckId[] = [];
  if (ctx.level === 'restricted' && ctx.minor < WINDOWS_EXEMPT_MINOR) {
    if (ctx.minor >= RESTRICTED_APE_MINOR) windowsFailures.push('allowPrivilegeEscalation');
    if (ctx.minor >= RESTRICTED_CAPS_MINOR) windowsFailures.push('capabilities_restricted');
    if (ctx.minor >= FIELD_SECCOMP_MINOR) windowsFailures.push('seccompProfile_restricted');
  }
  return [
    { name: 'base', pod: basePod(ctx), expect: [] },
    { name: 'base_linux', pod: linux, expect: [] },
    { name: 'base_windows', pod: windows, expect: windowsFailures },
  ];
}

function inOutputOrder(ids: readonly CheckId[]): CheckId[] {
  return [...new Set(ids)].sort((a, b) => CHECK_ORDER.indexOf(a) - CHECK_ORDER.indexOf(b));
}

/** Every case for one level at `v1.<minor>`. */
export function generateCases(level: PolicyLevel, minor: number): ConformanceCase[] {
  const ctx: Ctx = { level, minor };
  const cases: ConformanceCase[] = baseCases(ctx).map(({ name, pod, expect }) => ({
    level,
    minor,
    name,
    verdict: expect.length > 0 ? 'fail' : 'pass',
    origin: 'base',
    pod,
    expectedIds: inOutputOrder(expect),
    expectedSubstring: '',
    expectedFragments: [],
  }));
  // Restricted scenarios include every baseline check, overridden ones too (upstream `test/fixtures.go`).
  const generated = CHECK_ORDER.filter((id) => {
    const intro = CHECK_INTRODUCED[id];
    return intro.minor <= minor && (intro.level === 'baseline' || level === 'restricted');
  });
  for (const id of generated) {
    SCENARIOS[id].forEach((tweak, index) => {
      const name = `${id.toLowerCase()}${index}`;
      const pod = basePod(ctx, name);
      tweak.apply(pod, ctx);
      const expectedIds = inOutputOrder(tweak.expect(ctx));
      const failing = expectedIds.length > 0;
      cases.push({
        level,
        minor,
        name,
        verdict: failing ? 'fail' : 'pass',
        origin: id,
        pod,
        expectedIds,
        expectedSubstring: failing ? ORIGIN_SUBSTRINGS[id] : '',
        expectedFragments: failing && tweak.fragments ? tweak.fragments(ctx) : [],
      });
    });
  }
  return cases;
}

/** The whole corpus: baseline and restricted at every minor from v1.0 to v1.{MAX_MINOR}. */
export function generateCorpus(): ConformanceCase[] {
  const all: ConformanceCase[] = [];
  for (const level of POLICY_LEVELS) {
    for (let minor = 0; minor <= MAX_MINOR; minor++) all.push(...generateCases(level, minor));
  }
  return all;
}
