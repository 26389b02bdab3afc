// Generates Helm charts shaped like real ones: a _helpers.tpl with name/label helpers, security contexts
// that come from values (so a values file decides whether a workload passes), a Deployment, a list of
// worker Deployments ranged over from values, an optional StatefulSet and CronJob, a Service, a
// ConfigMap, a ServiceAccount and a `helm test` hook pod; optionally chart-testing `ci/*-values.yaml`
// scenarios and an unpacked subchart under charts/.
import { yaml } from './files.mjs';

const RESTRICTED_POD = {
  runAsNonRoot: true,
  runAsUser: 10001,
  fsGroup: 10001,
  seccompProfile: { type: 'RuntimeDefault' },
};
const RESTRICTED_CONTAINER = {
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  capabilities: { drop: ['ALL'] },
};

function helpers(name) {
  return `{{/* Chart name, truncated the way Kubernetes names must be. */}}
{{- define "${name}.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "${name}.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "${name}.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "${name}.selectorLabels" -}}
app.kubernetes.io/name: {{ include "${name}.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "${name}.labels" -}}
helm.sh/chart: {{ include "${name}.chart" . }}
{{ include "${name}.selectorLabels" . }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "${name}.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "${name}.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The container block every workload of this chart shares. */}}
{{- define "${name}.container" -}}
- name: {{ .name }}
  image: "{{ .root.Values.image.repository }}:{{ .root.Values.image.tag | default .root.Chart.AppVersion }}"
  imagePullPolicy: {{ .root.Values.image.pullPolicy }}
  {{- with (default .root.Values.securityContext .securityContext) }}
  securityContext:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with .ports }}
  ports:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  env:
    {{- range $key, $value := .root.Values.env }}
    - name: {{ $key }}
      value: {{ $value | quote }}
    {{- end }}
  resources:
    {{- toYaml .root.Values.resources | nindent 4 }}
{{- end }}
`;
}

function deployment(name) {
  return `{{- if .Values.deployment.enabled }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "${name}.fullname" . }}
  labels:
    {{- include "${name}.labels" . | nindent 4 }}
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels:
      {{- include "${name}.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "${name}.selectorLabels" . | nindent 8 }}
      {{- with .Values.podAnnotations }}
      annotations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    spec:
      serviceAccountName: {{ include "${name}.serviceAccountName" . }}
      {{- with .Values.podSecurityContext }}
      securityContext:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- if .Values.hostNetwork }}
      hostNetwork: true
      {{- end }}
      containers:
        {{- include "${name}.container" (dict "root" . "name" .Chart.Name "ports" (list (dict "name" "http" "containerPort" .Values.service.port))) | nindent 8 }}
        {{- range .Values.sidecars }}
        {{- include "${name}.container" (dict "root" $ "name" .name "securityContext" .securityContext) | nindent 8 }}
        {{- end }}
      {{- with .Values.volumes }}
      volumes:
        {{- toYaml . | nindent 8 }}
      {{- end }}
{{- end }}
`;
}

function workersTemplate(name) {
  return `{{- range $index, $worker := .Values.workers }}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "${name}.fullname" $ }}-{{ $worker.name }}
  labels:
    {{- include "${name}.labels" $ | nindent 4 }}
    app.kubernetes.io/component: {{ $worker.name }}
spec:
  replicas: {{ $worker.replicas | default 1 }}
  selector:
    matchLabels:
      {{- include "${name}.selectorLabels" $ | nindent 6 }}
      app.kubernetes.io/component: {{ $worker.name }}
  template:
    metadata:
      labels:
        {{- include "${name}.selectorLabels" $ | nindent 8 }}
        app.kubernetes.io/component: {{ $worker.name }}
    spec:
      {{- with (default $.Values.podSecurityContext $worker.podSecurityContext) }}
      securityContext:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- if $worker.hostPID }}
      hostPID: true
      {{- end }}
      containers:
        {{- include "${name}.container" (dict "root" $ "name" $worker.name "securityContext" $worker.securityContext) | nindent 8 }}
{{- end }}
`;
}

function statefulset(name) {
  return `{{- if .Values.statefulset.enabled }}
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: {{ include "${name}.fullname" . }}-store
  labels:
    {{- include "${name}.labels" . | nindent 4 }}
spec:
  serviceName: {{ include "${name}.fullname" . }}-store
  replicas: {{ .Values.statefulset.replicas }}
  selector:
    matchLabels:
      {{- include "${name}.selectorLabels" . | nindent 6 }}
      app.kubernetes.io/component: store
  template:
    metadata:
      labels:
        {{- include "${name}.selectorLabels" . | nindent 8 }}
        app.kubernetes.io/component: store
    spec:
      {{- with .Values.podSecurityContext }}
      securityContext:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- if .Values.statefulset.initChown }}
      initContainers:
        - name: chown
          image: busybox:1.36
          command: ["sh", "-c", "chown -R 10001 /data"]
          securityContext:
            runAsUser: 0
            runAsNonRoot: false
          volumeMounts:
            - name: data
              mountPath: /data
      {{- end }}
      containers:
        {{- include "${name}.container" (dict "root" . "name" "store" "securityContext" .Values.statefulset.securityContext) | nindent 8 }}
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: {{ .Values.statefulset.storage }}
{{- end }}
`;
}

function cronjob(name) {
  return `{{- if .Values.cronjob.enabled }}
apiVersion: batch/v1
kind: CronJob
metadata:
  name: {{ include "${name}.fullname" . }}-cleanup
  labels:
    {{- include "${name}.labels" . | nindent 4 }}
spec:
  schedule: {{ .Values.cronjob.schedule | quote }}
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          {{- with .Values.podSecurityContext }}
          securityContext:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          containers:
            {{- include "${name}.container" (dict "root" . "name" "cleanup") | nindent 12 }}
{{- end }}
`;
}

function service(name) {
  return `apiVersion: v1
kind: Service
metadata:
  name: {{ include "${name}.fullname" . }}
  labels:
    {{- include "${name}.labels" . | nindent 4 }}
spec:
  type: {{ .Values.service.type }}
  ports:
    - port: {{ .Values.service.port }}
      targetPort: http
      name: http
  selector:
    {{- include "${name}.selectorLabels" . | nindent 4 }}
`;
}

function configmap(name) {
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "${name}.fullname" . }}-config
  labels:
    {{- include "${name}.labels" . | nindent 4 }}
data:
  {{- range $key, $value := .Values.config }}
  {{ $key }}: {{ $value | quote }}
  {{- end }}
`;
}

function serviceAccount(name) {
  return `{{- if .Values.serviceAccount.create }}
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ include "${name}.serviceAccountName" . }}
  labels:
    {{- include "${name}.labels" . | nindent 4 }}
{{- end }}
`;
}

function testPod(name) {
  return `apiVersion: v1
kind: Pod
metadata:
  name: "{{ include "${name}.fullname" . }}-test-connection"
  labels:
    {{- include "${name}.labels" . | nindent 4 }}
  annotations:
    "helm.sh/hook": test
spec:
  restartPolicy: Never
  {{- with .Values.podSecurityContext }}
  securityContext:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  containers:
    - name: wget
      image: busybox:1.36
      command: ['wget']
      args: ['{{ include "${name}.fullname" . }}:{{ .Values.service.port }}']
      {{- with .Values.securityContext }}
      securityContext:
        {{- toYaml . | nindent 8 }}
      {{- end }}
`;
}

/**
 * Files of one chart, relative to the chart folder.
 * @param {object} spec
 * @param {string} spec.name chart name
 * @param {boolean} spec.hardened whether values.yaml passes restricted by default
 * @param {number} [spec.workers] worker Deployments ranged over from values
 * @param {boolean} [spec.statefulset]
 * @param {boolean} [spec.cronjob]
 * @param {number} [spec.envVars] env entries per container (output size)
 * @param {{ name: string, values: object }[]} [spec.ci] chart-testing scenarios (`ci/<name>-values.yaml`)
 * @param {boolean} [spec.subchart] adds an unpacked `cache` subchart under charts/
 */
export function helmChartFiles(spec) {
  const { name } = spec;
  const env = Object.fromEntries(
    Array.from({ length: spec.envVars ?? 6 }, (_, i) => [`SETTING_${i}`, `value-${name}-${i}`]),
  );
  const workers = Array.from({ length: spec.workers ?? 0 }, (_, i) => ({
    name: `worker-${i}`,
    replicas: 1 + (i % 3),
    // Every fifth worker of a hardened chart is the odd one out, like real charts' forgotten jobs.
    ...(spec.hardened && i % 5 === 4 ? { securityContext: { privileged: false, allowPrivilegeEscalation: true } } : {}),
    ...(i % 7 === 6 ? { hostPID: true } : {}),
  }));
  const values = {
    replicaCount: 2,
    image: { repository: `registry.example.com/${name}`, pullPolicy: 'IfNotPresent', tag: '' },
    nameOverride: '',
    fullnameOverride: '',
    serviceAccount: { create: true, name: '' },
    podAnnotations: {},
    podSecurityContext: spec.hardened ? RESTRICTED_POD : {},
    securityContext: spec.hardened ? RESTRICTED_CONTAINER : { allowPrivilegeEscalation: true },
    hostNetwork: false,
    service: { type: 'ClusterIP', port: 8080 },
    resources: { limits: { cpu: '500m', memory: '256Mi' }, requests: { cpu: '100m', memory: '128Mi' } },
    env,
    sidecars: spec.hardened ? [] : [{ name: 'log-shipper', securityContext: { capabilities: { add: ['NET_ADMIN'] } } }],
    volumes: [{ name: 'tmp', emptyDir: {} }],
    deployment: { enabled: true },
    workers,
    statefulset: {
      enabled: spec.statefulset ?? false,
      replicas: 1,
      storage: '1Gi',
      initChown: !spec.hardened,
      securityContext: null,
    },
    cronjob: { enabled: spec.cronjob ?? false, schedule: '0 3 * * *' },
    config: { LOG_LEVEL: 'info', FEATURE_X: 'true' },
    ...(spec.subchart
      ? { cache: { enabled: true, securityContext: spec.hardened ? RESTRICTED_CONTAINER : { runAsUser: 0 } } }
      : {}),
  };
  const chart = {
    apiVersion: 'v2',
    name,
    description: `Benchmark chart ${name}`,
    type: 'application',
    version: '1.4.2',
    appVersion: '2.7.0',
    ...(spec.subchart
      ? {
          dependencies: [
            {
              name: 'cache',
              version: '0.3.1',
              repository: 'https://charts.example.com/stable',
              condition: 'cache.enabled',
            },
          ],
        }
      : {}),
  };
  const files = {
    'Chart.yaml': yaml(chart),
    'values.yaml': yaml(values),
    '.helmignore': '.git/\n*.swp\n',
    'templates/_helpers.tpl': helpers(name),
    'templates/deployment.yaml': deployment(name),
    'templates/workers.yaml': workersTemplate(name),
    'templates/statefulset.yaml': statefulset(name),
    'templates/cronjob.yaml': cronjob(name),
    'templates/service.yaml': service(name),
    'templates/configmap.yaml': configmap(name),
    'templates/serviceaccount.yaml': serviceAccount(name),
    'templates/tests/test-connection.yaml': testPod(name),
    'templates/NOTES.txt': `Thanks for installing {{ .Chart.Name }}.\n`,
  };
  for (const scenario of spec.ci ?? []) files[`ci/${scenario.name}-values.yaml`] = yaml(scenario.values);
  if (spec.subchart) Object.assign(files, prefixed('charts/cache/', cacheSubchart()));
  return files;
}

function prefixed(prefix, files) {
  return Object.fromEntries(Object.entries(files).map(([path, text]) => [`${prefix}${path}`, text]));
}

/** A small unpacked dependency whose security context the parent sets through `cache.securityContext`. */
function cacheSubchart() {
  return {
    'Chart.yaml': yaml({ apiVersion: 'v2', name: 'cache', version: '0.3.1', appVersion: '7.2.4' }),
    'values.yaml': yaml({
      image: 'redis:7.2.4',
      securityContext: { allowPrivilegeEscalation: false },
      persistence: { size: '2Gi' },
    }),
    'templates/_helpers.tpl': `{{- define "cache.fullname" -}}
{{- printf "%s-cache" .Release.Name | trunc 63 | trimSuffix "-" }}
{{- end }}
`,
    'templates/statefulset.yaml': `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: {{ include "cache.fullname" . }}
spec:
  serviceName: {{ include "cache.fullname" . }}
  selector:
    matchLabels:
      app: {{ include "cache.fullname" . }}
  template:
    metadata:
      labels:
        app: {{ include "cache.fullname" . }}
    spec:
      containers:
        - name: redis
          image: {{ .Values.image }}
          {{- with .Values.securityContext }}
          securityContext:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          volumeMounts:
            - name: data
              mountPath: /data
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: {{ .Values.persistence.size }}
`,
  };
}

/** ci/ scenarios that flip a chart's security contexts either way. */
export const CI_SCENARIOS = {
  hardened: {
    name: 'hardened',
    values: { podSecurityContext: RESTRICTED_POD, securityContext: RESTRICTED_CONTAINER, sidecars: [] },
  },
  debug: {
    name: 'debug',
    values: { hostNetwork: true, securityContext: { privileged: true, capabilities: { add: ['SYS_PTRACE'] } } },
  },
  minimal: {
    name: 'minimal',
    values: { statefulset: { enabled: false }, cronjob: { enabled: false }, replicaCount: 1 },
  },
};
