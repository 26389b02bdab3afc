/**
 * Small charts in the shapes real charts print their security contexts in: a `range` over containers, `with` and
 * `if` guards around `toYaml` of a values key, a pod spec in an own helper, a helper shared by several workloads,
 * and a dependency committed under `charts/`. Written as files so each test gets a fresh copy.
 */

const chart = (name: string): string => `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n`;

/** A Deployment template around `body` (the pod spec's lines, at 4 spaces). */
const deployment = (app: string, body: string): string =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: {{ .Release.Name }}-${app}`,
    'spec:',
    '  selector:',
    `    matchLabels: {app: ${app}}`,
    '  template:',
    '    metadata:',
    `      labels: {app: ${app}}`,
    body,
  ].join('\n');

export const HELM_SHAPES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  /** Containers from a values list, no securityContext in the template at all. */
  range: {
    'Chart.yaml': chart('range'),
    'values.yaml':
      '# workers run side by side\nworkers:\n  - name: a\n    image: busybox\n  - name: b\n    image: busybox\n',
    'templates/deployment.yaml': deployment(
      'workers',
      '    spec:\n      containers:\n      {{- range .Values.workers }}\n        - name: {{ .name }}\n          image: {{ .image | quote }}\n      {{- end }}\n',
    ),
  },
  /** One container of a range is privileged: the shared template line cannot take one set of settings. */
  'range-mixed': {
    'Chart.yaml': chart('range-mixed'),
    'values.yaml': 'workers:\n  - name: a\n    image: busybox\n  - name: b\n    image: busybox\n    privileged: true\n',
    'templates/deployment.yaml': deployment(
      'workers',
      '    spec:\n      containers:\n      {{- range .Values.workers }}\n        - name: {{ .name }}\n          image: {{ .image | quote }}\n          securityContext:\n            privileged: {{ .privileged | default false }}\n      {{- end }}\n',
    ),
  },
  /** `with .Values.x` + `toYaml . | nindent`, both empty: the settings go into values.yaml. */
  with: {
    'Chart.yaml': chart('with'),
    'values.yaml':
      'image: nginx\n# Container security context\nsecurityContext: {}\n  # readOnlyRootFilesystem: true\npodSecurityContext: {}\n',
    'templates/deployment.yaml': deployment(
      'with',
      '    spec:\n      {{- with .Values.podSecurityContext }}\n      securityContext:\n        {{- toYaml . | nindent 8 }}\n      {{- end }}\n      containers:\n        - name: app\n          image: {{ .Values.image }}\n          {{- with .Values.securityContext }}\n          securityContext:\n            {{- toYaml . | nindent 12 }}\n          {{- end }}\n',
    ),
  },
  /** The pod spec in an own helper, with `if .Values.x` + `toYaml .Values.x` guards (node-exporter, blackbox-exporter). */
  'pod-helper': {
    'Chart.yaml': chart('pod-helper'),
    'values.yaml': 'podSecurityContext: {}\nproxy:\n  containerSecurityContext: {}\n',
    'templates/_helpers.tpl': [
      '{{- define "pod-helper.podSpec" -}}',
      '{{- with .Values.podSecurityContext }}',
      'securityContext:',
      '  {{- toYaml . | nindent 2 }}',
      '{{- end }}',
      'containers:',
      '  - name: proxy',
      '    image: nginx',
      '    {{- if .Values.proxy.containerSecurityContext }}',
      '    securityContext:',
      '    {{ toYaml .Values.proxy.containerSecurityContext | nindent 6 }}',
      '    {{- end }}',
      '{{- end }}',
      '',
    ].join('\n'),
    'templates/deployment.yaml': deployment(
      'proxy',
      '    spec:\n    {{- include "pod-helper.podSpec" . | nindent 6 }}\n',
    ),
  },
  /** A helper prints every workload's container securityContext: the helper is the one place to fix. */
  helper: {
    'Chart.yaml': chart('helper'),
    'values.yaml': 'image: nginx\n',
    'templates/_helpers.tpl':
      '{{/* The container security context every workload of this chart uses. */}}\n{{- define "helper.containerSecurityContext" -}}\nreadOnlyRootFilesystem: true\n{{- end }}\n',
    ...Object.fromEntries(
      ['api', 'worker'].map((app) => [
        `templates/${app}.yaml`,
        deployment(
          app,
          `    spec:\n      containers:\n        - name: ${app}\n          image: {{ .Values.image }}\n          securityContext:\n            {{- include "helper.containerSecurityContext" . | nindent 12 }}\n`,
        ),
      ]),
    ),
  },
  /** The same helper is also included by a privileged Job: the helper is left alone, each include gets the lines. */
  'helper-shared': {
    'Chart.yaml': chart('helper-shared'),
    'values.yaml': 'image: nginx\n',
    'templates/_helpers.tpl':
      '{{- define "helper-shared.containerSecurityContext" -}}\nreadOnlyRootFilesystem: true\n{{- end }}\n',
    'templates/api.yaml': deployment(
      'api',
      '    spec:\n      containers:\n        - name: api\n          image: {{ .Values.image }}\n          securityContext:\n            {{- include "helper-shared.containerSecurityContext" . | nindent 12 }}\n',
    ),
    'templates/job.yaml': [
      'apiVersion: batch/v1',
      'kind: Job',
      'metadata:',
      '  name: {{ .Release.Name }}-job',
      'spec:',
      '  template:',
      '    spec:',
      '      restartPolicy: Never',
      '      containers:',
      '        - name: job',
      '          image: {{ .Values.image }}',
      '          securityContext:',
      '            {{- include "helper-shared.containerSecurityContext" . | nindent 12 }}',
      '            privileged: true',
      '',
    ].join('\n'),
  },
  /** A dependency under charts/ that takes its securityContext from values: set under its name in the parent. */
  parent: {
    'Chart.yaml': `${chart('parent')}dependencies:\n  - name: child\n    version: 0.1.0\n`,
    'values.yaml': 'child:\n  image: nginx\n',
    'charts/child/Chart.yaml': chart('child'),
    'charts/child/values.yaml': 'image: busybox\nsecurityContext: {}\npodSecurityContext: {}\n',
    'charts/child/templates/deployment.yaml': deployment(
      'child',
      '    spec:\n      {{- with .Values.podSecurityContext }}\n      securityContext:\n        {{- toYaml . | nindent 8 }}\n      {{- end }}\n      containers:\n        - name: app\n          image: {{ .Values.image }}\n          {{- with .Values.securityContext }}\n          securityContext:\n            {{- toYaml . | nindent 12 }}\n          {{- end }}\n',
    ),
  },
  /** A dependency that writes its securityContext itself: podsec does not edit it and says what to do. */
  'parent-fixed': {
    'Chart.yaml': `${chart('parent-fixed')}dependencies:\n  - name: child\n    version: 0.1.0\n`,
    'values.yaml': 'child: {}\n',
    'charts/child/Chart.yaml': chart('child'),
    'charts/child/values.yaml': 'image: busybox\n',
    'charts/child/templates/deployment.yaml': deployment(
      'child',
      '    spec:\n      securityContext:\n        runAsNonRoot: true\n        seccompProfile: {type: RuntimeDefault}\n      containers:\n        - name: app\n          image: {{ .Values.image }}\n          securityContext:\n            readOnlyRootFilesystem: true\n',
    ),
  },
};
