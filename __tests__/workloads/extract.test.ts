import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseManifests } from '../../src/manifests/parse.js';
import { extractWorkloads, objectPath, workloadMetadata, workloadShapeErrors } from '../../src/workloads/extract.js';
import type { Workload } from '../../src/workloads/types.js';

const fixtureText = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/manifests/${name}`, import.meta.url)), 'utf8');

function extract(name: string, customKinds?: Parameters<typeof extractWorkloads>[1]) {
  const text = fixtureText(name);
  const parsed = parseManifests(text, name);
  expect(parsed.errors).toEqual([]);
  return { text, ...extractWorkloads(parsed.objects, customKinds) };
}

const lineOf = (text: string, needle: string): number => {
  const at = text.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(needle, at + 1)).toBe(-1);
  return text.slice(0, at).split('\n').length;
};

const containerNames = (w: Workload): unknown[] =>
  ((w.pod.spec?.['containers'] as { name: unknown }[] | undefined) ?? []).map((c) => c.name);

describe('extractWorkloads: built-in kinds', () => {
  const { text, workloads, errors } = extract('builtin-kinds.yaml');

  it('extracts every PSA kind by group (any version), skipping extensions, RCs without a template and other kinds', () => {
    expect(errors).toEqual([]);
    expect(workloads.map((w) => [w.kind, w.name, w.podPath, w.isPod])).toEqual([
      ['Pod', 'pod', [], true],
      ['PodTemplate', 'podtemplate', ['template'], false],
      ['ReplicationController', 'rc', ['spec', 'template'], false],
      ['ReplicaSet', 'rs', ['spec', 'template'], false],
      ['Deployment', 'deploy', ['spec', 'template'], false],
      ['StatefulSet', 'sts', ['spec', 'template'], false],
      ['DaemonSet', 'ds', ['spec', 'template'], false],
      ['Job', 'job-', ['spec', 'template'], false],
      ['CronJob', 'cron', ['spec', 'jobTemplate', 'spec', 'template'], false],
    ]);
    expect(workloads.every((w) => containerNames(w).join() === 'c')).toBe(true);
    expect(workloads.map(workloadShapeErrors).flat()).toEqual([]);
  });

  it('keeps the namespace written on the object and the template metadata', () => {
    expect(workloads.find((w) => w.name === 'deploy')?.namespace).toBe('prod');
    expect(workloads.find((w) => w.name === 'pod')?.namespace).toBeUndefined();
    expect(workloads.find((w) => w.kind === 'PodTemplate')?.pod.metadata).toEqual({ labels: { a: 'b' } });
  });

  it('maps pod paths to lines of the file', () => {
    const cron = workloads.find((w) => w.kind === 'CronJob')!;
    const path = objectPath(cron, ['spec', 'containers', 0, 'name']);
    expect(path).toEqual(['spec', 'jobTemplate', 'spec', 'template', 'spec', 'containers', 0, 'name']);
    expect(cron.object.locate(path).primary.line).toBe(
      text.split('\n').findIndex((l, i) => i > lineOf(text, 'name: cron') && l.includes('containers: [{name: c')) + 1,
    );
  });

  it('reports a controller without a template, or with a template of the wrong type, as invalid', () => {
    const parsed = parseManifests(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec: {replicas: 1}\n---\napiVersion: batch/v1\nkind: CronJob\nmetadata: {name: b}\nspec:\n  jobTemplate:\n    spec:\n      template: "nope"\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: c}\nspec:\n  containers: x\n',
      'bad.yaml',
    );
    const { workloads: bad } = extractWorkloads(parsed.objects);
    expect(bad.map((w) => [w.name, workloadShapeErrors(w)])).toEqual([
      ['a', ['spec.template: Required value']],
      [
        'b',
        [
          'spec.jobTemplate.spec.template: Invalid value: "string": spec.jobTemplate.spec.template in body must be of type object',
        ],
      ],
      ['c', ['spec.containers: Invalid value: "string": spec.containers in body must be of type array']],
    ]);
  });
});

describe('extractWorkloads: default custom kinds', () => {
  const { text, workloads, errors } = extract('custom-kinds.yaml');

  it('extracts Argo Rollouts, OpenKruise, Knative and KEDA kinds at their template paths', () => {
    expect(errors).toEqual([]);
    expect(workloads.map((w) => [w.apiVersion, w.kind, w.name, w.podPath, containerNames(w)])).toEqual([
      ['argoproj.io/v1alpha1', 'Rollout', 'rollout', ['spec', 'template'], ['rollout-app']],
      ['apps.kruise.io/v1alpha1', 'CloneSet', 'cloneset', ['spec', 'template'], ['cloneset-app']],
      ['apps.kruise.io/v1beta1', 'StatefulSet', 'advanced-sts', ['spec', 'template'], ['sts-app']],
      ['apps.kruise.io/v1alpha1', 'DaemonSet', 'advanced-ds', ['spec', 'template'], ['ds-app']],
      ['serving.knative.dev/v1', 'Service', 'knative-service', ['spec', 'template'], ['user-container']], // named as Knative names it
      ['serving.knative.dev/v1', 'Configuration', 'knative-config', ['spec', 'template'], ['config-app']],
      ['keda.sh/v1alpha1', 'ScaledJob', 'scaled-job', ['spec', 'jobTargetRef', 'template'], ['keda-job']],
    ]);
    expect(workloads.every((w) => !w.isPod)).toBe(true);
    // Knative names an unnamed container itself, so a missing name is not a problem there.
    expect(workloads.map(workloadShapeErrors).flat()).toEqual([]);
  });

  it('reads template annotations (Knative) and points into the file', () => {
    const knative = workloads.find((w) => w.kind === 'Service')!;
    expect(workloadMetadata(knative).podAnnotations).toEqual({ 'autoscaling.knative.dev/target': '10' });
    const ds = workloads.find((w) => w.name === 'advanced-ds')!;
    expect(ds.object.locate(objectPath(ds, ['spec', 'hostNetwork'])).primary.line).toBe(
      lineOf(text, 'hostNetwork: true'),
    );
  });

  it('lets user entries override defaults for the same apiVersion/kind', () => {
    const parsed = parseManifests(fixtureText('custom-kinds.yaml'), 'custom-kinds.yaml');
    const { workloads: overridden } = extractWorkloads(parsed.objects, [
      { apiVersion: 'keda.sh/v1alpha1', kind: 'ScaledJob', path: 'spec.jobTargetRef.template.spec', podSpec: true },
    ]);
    const keda = overridden.find((w) => w.kind === 'ScaledJob')!;
    expect(keda.podPath).toEqual(['spec', 'jobTargetRef', 'template', 'spec']);
    expect(keda.pod.metadata).toBeUndefined();
    expect(objectPath(keda, ['spec', 'containers', 0])).toEqual([
      'spec',
      'jobTargetRef',
      'template',
      'spec',
      'containers',
      0,
    ]);
    expect(overridden).toHaveLength(workloads.length);
  });

  it('supports [*] paths with one workload per item', () => {
    const parsed = parseManifests(
      'apiVersion: example.com/v1\nkind: Pool\nmetadata: {name: p}\nspec:\n  workers:\n    - template: {spec: {containers: [{name: one}]}}\n    - template: {spec: {containers: [{name: two}]}}\n',
      'pool.yaml',
    );
    const { workloads: pool } = extractWorkloads(parsed.objects, [
      { apiVersion: 'example.com/*', kind: 'Pool', path: 'spec.workers[*].template' },
    ]);
    expect(pool.map((w) => [w.part, w.podPath, containerNames(w)])).toEqual([
      ['spec.workers[0].template', ['spec', 'workers', 0, 'template'], ['one']],
      ['spec.workers[1].template', ['spec', 'workers', 1, 'template'], ['two']],
    ]);
  });
});

describe('extractWorkloads: Argo Workflows', () => {
  const { text, workloads, errors } = extract('argo-workflows.yaml');

  it('makes one workload per pod-running template, skipping steps templates', () => {
    expect(errors).toEqual([]);
    expect(workloads.map((w) => [w.kind, w.name, w.part, w.podPath, containerNames(w)])).toEqual([
      ['Workflow', 'steps-', 'template "whalesay"', ['spec', 'templates', 1], ['main', 'proxy']],
      ['Workflow', 'steps-', 'template "gen-number"', ['spec', 'templates', 2], ['main']],
      ['Workflow', 'steps-', 'template "parallel"', ['spec', 'templates', 3], ['a', 'b']],
      ['CronWorkflow', 'nightly', 'template "job"', ['spec', 'workflowSpec', 'templates', 0], ['main']],
      ['WorkflowTemplate', 'wft', 'template "only"', ['spec', 'templates', 0], ['custom']],
      ['ClusterWorkflowTemplate', 'cwft', 'template "only"', ['spec', 'templates', 0], ['main']],
    ]);
    expect(workloads.map(workloadShapeErrors).flat()).toEqual([]);
  });

  it('assembles the pod from workflow-level and template-level fields', () => {
    const [whalesay, genNumber, parallel] = workloads;
    expect(whalesay!.pod.spec).toMatchObject({
      hostNetwork: true,
      securityContext: { runAsNonRoot: true },
      volumes: [{ name: 'workdir' }, { name: 'host', hostPath: { path: '/var/run' } }],
    });
    expect(workloadMetadata(whalesay!).podAnnotations).toEqual({ shared: 'workflow', step: 'whalesay' });
    expect(genNumber!.pod.spec?.['securityContext']).toEqual({ runAsUser: 0 });
    expect((parallel!.pod.spec?.['initContainers'] as { name: string }[]).map((c) => c.name)).toEqual(['setup']);
  });

  it('translates pod paths back to the real fields', () => {
    const [whalesay, genNumber, parallel] = workloads;
    const line = (w: Workload, podRelative: (string | number)[]): number =>
      w.object.locate(objectPath(w, podRelative)).primary.line;
    expect(objectPath(whalesay!, ['spec', 'containers', 0, 'securityContext', 'privileged'])).toEqual([
      'spec',
      'templates',
      1,
      'container',
      'securityContext',
      'privileged',
    ]);
    expect(line(whalesay!, ['spec', 'containers', 0, 'securityContext', 'privileged'])).toBe(
      lineOf(text, 'privileged: true'),
    );
    expect(line(whalesay!, ['spec', 'containers', 1])).toBe(lineOf(text, 'name: proxy'));
    expect(line(whalesay!, ['spec', 'volumes', 1, 'hostPath'])).toBe(lineOf(text, 'hostPath:'));
    expect(line(whalesay!, ['spec', 'volumes', 0])).toBe(lineOf(text, 'name: workdir'));
    expect(line(whalesay!, ['spec', 'hostNetwork'])).toBe(lineOf(text, 'hostNetwork: true'));
    expect(line(whalesay!, ['spec', 'securityContext', 'runAsNonRoot'])).toBe(lineOf(text, 'runAsNonRoot: true'));
    expect(line(whalesay!, ['metadata', 'annotations', 'step'])).toBe(lineOf(text, 'step: "whalesay"'));
    expect(line(genNumber!, ['spec', 'securityContext', 'runAsUser'])).toBe(lineOf(text, 'runAsUser: 0'));
    expect(line(parallel!, ['spec', 'containers', 1, 'name'])).toBe(lineOf(text, 'name: b'));
    // A missing field points at the template that should hold it.
    const located = parallel!.object.locate(
      objectPath(parallel!, ['spec', 'containers', 0, 'securityContext', 'runAsNonRoot']),
    );
    expect(located).toMatchObject({ exact: false, primary: { line: lineOf(text, 'name: a\n') } });
  });

  it('names the real field in shape errors', () => {
    const parsed = parseManifests(
      'apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata: {name: w}\nspec:\n  templates:\n  - name: t\n    container:\n      image: x\n      securityContext: {privileged: "yes"}\n',
      'w.yaml',
    );
    const [w] = extractWorkloads(parsed.objects).workloads;
    expect(workloadShapeErrors(w!)).toEqual([
      'spec.templates[0].container.securityContext.privileged: Invalid value: "string": spec.templates[0].container.securityContext.privileged in body must be of type boolean',
    ]);
  });
});

describe('workloadMetadata', () => {
  it('returns the object labels and annotations and the pod ones, strings only', () => {
    const parsed = parseManifests(fixtureText('multi.yaml'), 'multi.yaml');
    const [deployment] = extractWorkloads(parsed.objects).workloads;
    expect(workloadMetadata(deployment!)).toEqual({
      labels: { app: 'web', tier: 'front' },
      annotations: {},
      podLabels: {},
      podAnnotations: { 'container.apparmor.security.beta.kubernetes.io/app': 'unconfined' },
    });
  });
});

describe('Knative container names', () => {
  const service = (containers: string, initContainers = ''): Workload => {
    const yaml = `apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: hello\nspec:\n  template:\n    spec:\n      containers:\n${containers}${initContainers ? `      initContainers:\n${initContainers}` : ''}`;
    const { objects } = parseManifests(yaml, 'ksvc.yaml');
    const [workload] = extractWorkloads(objects).workloads;
    if (!workload) throw new Error('no workload');
    return workload;
  };

  it('names unnamed containers as Knative does, so messages name them as the Pods will', () => {
    expect(containerNames(service('        - image: hello\n'))).toEqual(['user-container']);
    expect(
      containerNames(
        service('        - image: a\n        - name: user-container-0\n          image: b\n        - image: c\n'),
      ),
    ).toEqual(['user-container-1', 'user-container-0', 'user-container-2']);
    const withInit = service('        - image: hello\n', '        - image: setup\n');
    expect((withInit.pod.spec?.['initContainers'] as { name: string }[]).map((c) => c.name)).toEqual([
      'init-container',
    ]);
  });

  it('leaves the object as written', () => {
    const workload = service('        - image: hello\n');
    const template = (workload.object.value['spec'] as { template: { spec: { containers: { name?: string }[] } } })
      .template;
    expect(template.spec.containers[0]?.name).toBeUndefined();
  });
});
