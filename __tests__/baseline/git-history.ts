/**
 * A small repository with real git history, for the baseline tests: the base commit has existing
 * problems (a Helm chart and a plain manifest); the head commit inserts lines above them, reformats the
 * values file, renames the chart folder and (optionally) adds exactly one new problem: a Pod that passes
 * restricted except for `hostIPC: true`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface History {
  readonly dir: string;
  readonly baseSha: string;
  readonly headSha: string;
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'podsec tests',
  GIT_AUTHOR_EMAIL: 'tests@podsec.invalid',
  GIT_COMMITTER_NAME: 'podsec tests',
  GIT_COMMITTER_EMAIL: 'tests@podsec.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env: { ...process.env, ...GIT_ENV },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

function write(dir: string, file: string, text: string): void {
  const target = path.join(dir, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
}

const CHART = 'apiVersion: v2\nname: api\nversion: 0.1.0\n';

const BASE_TEMPLATE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-api
  namespace: shop
spec:
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
        - name: api
          image: nginx:1.27
          securityContext:
            privileged: {{ .Values.privileged }}
`;

const HEAD_TEMPLATE = `# The public API.
{{- $team := "payments" }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-api
  namespace: shop
  labels:
    team: {{ $team }}
    tier: backend
spec:
  replicas: 2
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
      annotations:
        owner: {{ $team }}
    spec:
      containers:
        - name: api
          image: nginx:1.27
          ports:
            - containerPort: 8080
          securityContext:
            privileged: {{ .Values.privileged }}
`;

const BASE_WORKER = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
  namespace: jobs
spec:
  selector:
    matchLabels: {app: worker}
  template:
    metadata:
      labels: {app: worker}
    spec:
      hostPID: true
      containers:
        - name: worker
          image: busybox:1.36
`;

const HEAD_WORKER = `# Background jobs.
# Reads process data of the node, hence hostPID.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
  namespace: jobs
  labels:
    team: jobs
spec:
  replicas: 3
  selector:
    matchLabels:
      app: worker
  template:
    metadata:
      labels:
        app: worker
    spec:
      terminationGracePeriodSeconds: 60
      hostPID: true
      containers:
        - name: worker
          image: busybox:1.36
          args: ["run"]
`;

/** Passes restricted except hostNamespaces: exactly one new problem. */
const NEW_PROBLEM = `apiVersion: v1
kind: Pod
metadata:
  name: debug
  namespace: jobs
spec:
  hostIPC: true
  securityContext:
    runAsNonRoot: true
    seccompProfile: {type: RuntimeDefault}
  containers:
    - name: debug
      image: busybox:1.36
      securityContext:
        allowPrivilegeEscalation: false
        capabilities: {drop: [ALL]}
`;

/** Creates the repository; `withNewProblem: false` leaves the one new problem out of the head commit. */
export function createHistory(options: { withNewProblem: boolean }): History {
  const dir = mkdtempSync(path.join(tmpdir(), 'podsec-history-'));
  git(dir, 'init', '-q');
  write(dir, 'charts/api/Chart.yaml', CHART);
  write(dir, 'charts/api/values.yaml', 'privileged: true\n');
  write(dir, 'charts/api/templates/deployment.yaml', BASE_TEMPLATE);
  write(dir, 'deploy/worker.yaml', BASE_WORKER);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');

  git(dir, 'mv', 'charts/api', 'charts/api-server');
  write(
    dir,
    'charts/api-server/values.yaml',
    '# Values of the API chart.\n\n# Needed for the legacy driver.\nprivileged:   true   # still\n',
  );
  write(dir, 'charts/api-server/templates/deployment.yaml', HEAD_TEMPLATE);
  write(dir, 'deploy/worker.yaml', HEAD_WORKER);
  if (options.withNewProblem) write(dir, 'deploy/debug.yaml', NEW_PROBLEM);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'head');
  return { dir, baseSha, headSha: git(dir, 'rev-parse', 'HEAD') };
}

export function removeHistory(history: History): void {
  rmSync(history.dir, { recursive: true, force: true });
}
