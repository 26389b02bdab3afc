// Generates kustomize bases, components and overlays the way monorepos lay them out:
// bases/<app>/ holds the workloads, components/ hold reusable `kind: Component` patches, and each
// overlays/<env>-<app>/ pulls a base and some components, renames, relabels, sets images, and applies
// strategic-merge and JSON 6902 patches (some of which introduce a violation).
import { yaml } from './files.mjs';

const KUSTOMIZE = 'kustomize.config.k8s.io/v1beta1';

function podSpec(name, index, hardened) {
  return {
    ...(hardened
      ? { securityContext: { runAsNonRoot: true, runAsUser: 10001, seccompProfile: { type: 'RuntimeDefault' } } }
      : {}),
    containers: [
      {
        name,
        image: `registry.example.com/${name}:1.${index % 10}.0`,
        ports: [{ containerPort: 8080, name: 'http' }],
        env: Array.from({ length: 5 }, (_, i) => ({ name: `OPTION_${i}`, value: `${name}-${i}` })),
        resources: { requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '250m', memory: '256Mi' } },
        ...(hardened ? { securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } } : {}),
      },
    ],
  };
}

/** A base workload; kinds rotate so every pod-template kind shows up. */
function workload(app, index, hardened) {
  const name = `${app}-${index}`;
  const labels = { app: name };
  const template = { metadata: { labels }, spec: podSpec(name, index, hardened) };
  switch (index % 5) {
    case 3:
      return {
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        metadata: { name },
        spec: { serviceName: name, selector: { matchLabels: labels }, template },
      };
    case 4:
      return {
        apiVersion: 'batch/v1',
        kind: 'CronJob',
        metadata: { name },
        spec: {
          schedule: '*/30 * * * *',
          jobTemplate: { spec: { template: { ...template, spec: { ...template.spec, restartPolicy: 'OnFailure' } } } },
        },
      };
    default:
      return {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name },
        spec: { replicas: 2, selector: { matchLabels: labels }, template },
      };
  }
}

/**
 * A base: `workloads` objects spread over a few multi-document files, plus a Service and a ConfigMap.
 * Returns files relative to the base folder.
 */
export function kustomizeBaseFiles(app, { workloads, hardened, filesPerBase = 3 }) {
  const objects = Array.from({ length: workloads }, (_, i) => workload(app, i, hardened));
  const files = {};
  const resources = [];
  const chunk = Math.ceil(objects.length / filesPerBase);
  for (let f = 0; f * chunk < objects.length; f++) {
    const file = `workloads-${f}.yaml`;
    files[file] = yaml(objects.slice(f * chunk, (f + 1) * chunk));
    resources.push(file);
  }
  files['service.yaml'] = yaml({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: `${app}-0` },
    spec: { selector: { app: `${app}-0` }, ports: [{ port: 80, targetPort: 'http' }] },
  });
  resources.push('service.yaml');
  files['kustomization.yaml'] = yaml({
    apiVersion: KUSTOMIZE,
    kind: 'Kustomization',
    labels: [{ pairs: { 'app.kubernetes.io/part-of': app }, includeSelectors: false }],
    resources,
  });
  return files;
}

/** Components shared by overlays: one hardens every Deployment, one adds a debugging sidecar. */
export function kustomizeComponentFiles() {
  return {
    'hardening/kustomization.yaml': yaml({
      apiVersion: 'kustomize.config.k8s.io/v1alpha1',
      kind: 'Component',
      patches: [{ path: 'seccomp.yaml', target: { kind: 'Deployment' } }],
    }),
    'hardening/seccomp.yaml': yaml({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'ignored' },
      spec: {
        template: { spec: { securityContext: { seccompProfile: { type: 'RuntimeDefault' }, runAsNonRoot: true } } },
      },
    }),
    'debug-sidecar/kustomization.yaml': yaml({
      apiVersion: 'kustomize.config.k8s.io/v1alpha1',
      kind: 'Component',
      patches: [{ path: 'sidecar.yaml', target: { kind: 'StatefulSet' } }],
    }),
    'debug-sidecar/sidecar.yaml': yaml([
      {
        op: 'add',
        path: '/spec/template/spec/containers/-',
        value: { name: 'debug', image: 'busybox:1.36', securityContext: { capabilities: { add: ['SYS_PTRACE'] } } },
      },
    ]),
  };
}

/**
 * An overlay of `bases` (paths relative to the overlay), with its own extra resource, a strategic-merge
 * patch on the first workload (which turns on hostNetwork when `breaks` is set), a JSON 6902 patch that
 * adds a capability, and optionally components.
 */
export function kustomizeOverlayFiles(env, { bases, firstWorkload, components = [], breaks, extraJob = true }) {
  const files = {};
  const resources = [...bases];
  if (extraJob) {
    files['migrate-job.yaml'] = yaml({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: `${env}-migrate` },
      spec: {
        template: {
          spec: {
            restartPolicy: 'Never',
            containers: [{ name: 'migrate', image: 'registry.example.com/migrate:3.1.0', args: ['--up'] }],
          },
        },
      },
    });
    resources.push('migrate-job.yaml');
  }
  files['replicas-patch.yaml'] = yaml({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: firstWorkload },
    spec: {
      replicas: 3,
      template: {
        spec: {
          ...(breaks ? { hostNetwork: true } : {}),
          containers: [{ name: firstWorkload, env: [{ name: 'ENVIRONMENT', value: env }] }],
        },
      },
    },
  });
  files['capabilities-patch.yaml'] = yaml([
    {
      op: 'add',
      path: '/spec/template/spec/containers/0/securityContext',
      value: { capabilities: { add: breaks ? ['NET_RAW', 'SYS_ADMIN'] : ['NET_BIND_SERVICE'] } },
    },
  ]);
  files['kustomization.yaml'] = yaml({
    apiVersion: KUSTOMIZE,
    kind: 'Kustomization',
    namespace: env,
    commonAnnotations: { 'example.com/environment': env },
    resources,
    ...(components.length > 0 ? { components } : {}),
    images: [{ name: 'busybox', newTag: '1.36.1' }],
    configMapGenerator: [{ name: `${env}-settings`, literals: [`ENVIRONMENT=${env}`, 'LOG_LEVEL=info'] }],
    patches: [
      { path: 'replicas-patch.yaml' },
      { path: 'capabilities-patch.yaml', target: { kind: 'Deployment', name: firstWorkload } },
    ],
  });
  return files;
}
