/**
 * Each source kind a fix can land in, on small real trees rendered with the real helm and kustomize: the
 * exact text written, and a scan afterwards that passes restricted.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixAndRescan, runCli } from './cli-run.js';

const work = mkdtempSync(path.join(tmpdir(), 'podsec-fix-src-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = runCli;

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(work, 't-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const read = (dir: string, file: string): string => readFileSync(path.join(dir, file), 'utf8');

/** The combined container edit, in the style of the first test's file. */
const hardenedContainer = [
  '    securityContext:',
  '      allowPrivilegeEscalation: false',
  '      capabilities:',
  '        drop:',
  '        - ALL',
];

describe('plain manifests', () => {
  it('combines the four settings per container, puts runAsNonRoot and seccomp on the pod, and covers init and ephemeral containers', async () => {
    const dir = tree({
      'pod.yaml': [
        '# a debug pod',
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: debug}',
        'spec:',
        '  initContainers:',
        '  - name: init',
        '    image: busybox   # keep',
        '  containers:',
        '  - name: app',
        '    image: "nginx"',
        '  ephemeralContainers:',
        '  - name: shell',
        '    image: busybox',
        '',
      ].join('\n'),
    });
    await fixAndRescan(dir, 'pod.yaml');
    expect(read(dir, 'pod.yaml')).toBe(
      [
        '# a debug pod',
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: debug}',
        'spec:',
        '  initContainers:',
        '  - name: init',
        '    image: busybox   # keep',
        ...hardenedContainer,
        '  containers:',
        '  - name: app',
        '    image: "nginx"',
        ...hardenedContainer,
        '  ephemeralContainers:',
        '  - name: shell',
        '    image: busybox',
        ...hardenedContainer,
        '  securityContext:',
        '    runAsNonRoot: true',
        '    seccompProfile:',
        '      type: RuntimeDefault',
        '',
      ].join('\n'),
    );
  }, 60_000);

  it('sets runAsNonRoot per container when one container already sets it, and keeps flow style, CRLF and 4-space indentation', async () => {
    const dir = tree({
      'deploy.yaml': [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '    name: web',
        'spec:',
        '    selector: {matchLabels: {app: web}}',
        '    template:',
        '        metadata: {labels: {app: web}}',
        '        spec:',
        '            securityContext: {seccompProfile: {type: Unconfined}}',
        '            containers:',
        '                - name: a',
        '                  image: a',
        '                  securityContext: {runAsNonRoot: true, allowPrivilegeEscalation: true, capabilities: {drop: []}}',
        '                - name: b',
        '                  image: b',
        '',
      ].join('\r\n'),
    });
    await fixAndRescan(dir, 'deploy.yaml');
    const text = read(dir, 'deploy.yaml');
    expect(text.split('\r\n')).toEqual([
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '    name: web',
      'spec:',
      '    selector: {matchLabels: {app: web}}',
      '    template:',
      '        metadata: {labels: {app: web}}',
      '        spec:',
      '            securityContext: {seccompProfile: {type: RuntimeDefault}}',
      '            containers:',
      '                - name: a',
      '                  image: a',
      '                  securityContext: {runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}',
      '                - name: b',
      '                  image: b',
      '                  securityContext:',
      '                      allowPrivilegeEscalation: false',
      '                      capabilities:',
      '                          drop:',
      '                              - ALL',
      '                      runAsNonRoot: true',
      '',
    ]);
  }, 60_000);

  it('fixes a JSON List as kubectl prints it and keeps it JSON, also where an empty {} sits inside {…}', async () => {
    const deployment = (name: string, containerContext: string): string =>
      [
        '        {',
        '            "apiVersion": "apps/v1",',
        '            "kind": "Deployment",',
        `            "metadata": {"name": "${name}", "namespace": "prod"},`,
        '            "spec": {',
        `                "selector": {"matchLabels": {"app": "${name}"}},`,
        '                "template": {',
        `                    "metadata": {"labels": {"app": "${name}"}},`,
        '                    "spec": {',
        '                        "securityContext": {},',
        `                        "containers": [{"name": "app", "image": "nginx", "securityContext": ${containerContext}}]`,
        '                    }',
        '                }',
        '            }',
        '        }',
      ].join('\n');
    const list = [
      '{',
      '    "apiVersion": "v1",',
      '    "kind": "List",',
      '    "items": [',
      `${deployment('api', '{}')},`,
      deployment('web', '{\n                            "privileged": false\n                        }'),
      '    ]',
      '}',
      '',
    ].join('\n');
    const dir = tree({ 'cluster.json': list });
    await fixAndRescan(dir, 'cluster.json');
    const fixed = JSON.parse(read(dir, 'cluster.json')) as {
      items: { spec: { template: { spec: Record<string, unknown> } } }[];
    };
    const hardened = { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } };
    expect(fixed.items.map((item) => item.spec.template.spec)).toEqual([
      {
        securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
        containers: [{ name: 'app', image: 'nginx', securityContext: hardened }],
      },
      {
        securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
        containers: [{ name: 'app', image: 'nginx', securityContext: { privileged: false, ...hardened } }],
      },
    ]);
    // A map written over several lines gets each new key on a line of its own, and new maps and lists (an empty `{}`
    // alone on its key's line too) are printed over lines as kubectl prints them, in the file's 4 spaces; one-line
    // maps stay on one line.
    const added = read(dir, 'cluster.json')
      .split('\n')
      .filter((line) => !list.split('\n').includes(line));
    const pod = [
      '                        "securityContext": {',
      '                            "runAsNonRoot": true,',
      '                            "seccompProfile": {',
      '                                "type": "RuntimeDefault"',
      '                            }',
      '                        },',
    ];
    expect(added).toEqual([
      ...pod,
      '                        "containers": [{"name": "app", "image": "nginx", "securityContext": {"allowPrivilegeEscalation":false,"capabilities":{"drop":["ALL"]}}}]',
      ...pod,
      '                            "privileged": false,',
      '                            "allowPrivilegeEscalation": false,',
      '                            "capabilities": {',
      '                                "drop": [',
      '                                    "ALL"',
      '                                ]',
      '                            }',
    ]);
  }, 60_000);

  it('adds to a list inside JSON as JSON: a quoted item, in an existing list and in an empty one', async () => {
    const deployment = (name: string, drop: string): string =>
      JSON.stringify({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name, namespace: 'prod' },
        spec: {
          selector: { matchLabels: { app: name } },
          template: {
            metadata: { labels: { app: name } },
            spec: {
              securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
              containers: [{ name: 'app', image: 'nginx', securityContext: { allowPrivilegeEscalation: false } }],
            },
          },
        },
      }).replace(
        '{"allowPrivilegeEscalation":false}',
        `{"allowPrivilegeEscalation": false, "capabilities": {"drop": ${drop}}}`,
      );
    const dir = tree({ 'api.json': deployment('api', '["NET_RAW"]'), 'web.json': deployment('web', '[]') });
    await fixAndRescan(dir, '.');
    expect(read(dir, 'api.json')).toContain('"capabilities": {"drop": ["NET_RAW", "ALL"]}');
    expect(read(dir, 'web.json')).toContain('"capabilities": {"drop": ["ALL"]}');
    for (const file of ['api.json', 'web.json']) expect(() => JSON.parse(read(dir, file)) as unknown).not.toThrow();
  }, 60_000);

  it('changes behaviour only when asked, and then says what else could be done', async () => {
    const pod =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostNetwork: true\n  containers:\n    - name: c\n      image: c\n      securityContext:\n        privileged: true\n';
    const dir = tree({ 'p.yaml': pod });
    const safeOnly = await run(dir, ['fix', '--write', '--level', 'baseline', 'p.yaml']);
    expect(safeOnly.code).toBe(1);
    expect(read(dir, 'p.yaml')).toBe(pod);
    expect(safeOnly.stderr).toContain('hostNamespaces: needs a change in behaviour (--allow-behaviour-change)');
    expect(safeOnly.stderr).toContain('pod-security.kubernetes.io/enforce: privileged');
    expect(safeOnly.stderr).toContain('checks: [hostNamespaces, privileged]');
    const planned = await run(dir, ['fix', '--level', 'restricted', '--allow-behaviour-change', 'p.yaml']);
    expect(planned.stderr).toContain('Pod p: changes behaviour for hostNamespaces, privileged.');
    expect(planned.stderr).toContain('pod-security.kubernetes.io/enforce: privileged');
    await fixAndRescan(dir, 'p.yaml', ['--allow-behaviour-change']);
    const fixed = read(dir, 'p.yaml');
    expect(fixed).toContain('  hostNetwork: false\n');
    expect(fixed).toContain('        privileged: false\n');
  }, 60_000);
  it('says the alternatives to a behaviour change once for all the workloads that need one, and each works as printed', async () => {
    const deployment = (name: string, namespace: string, container: string): string =>
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        `metadata: {name: ${name}, namespace: ${namespace}}`,
        'spec:',
        '  selector: {matchLabels: {app: x}}',
        '  template:',
        '    metadata: {labels: {app: x}}',
        '    spec:',
        '      containers:',
        `      - {name: c, image: c, securityContext: ${container}}`,
        '',
      ].join('\n');
    const workloads = [
      deployment('a', 'one', '{privileged: true}'),
      deployment('b', 'one', '{privileged: true}'),
      deployment('c', 'two', '{capabilities: {add: [SYS_ADMIN]}}'),
      deployment('d', 'three', '{runAsUser: 0}'),
      deployment('e', 'four', '{privileged: true}'),
    ].join('---\n');
    const dir = tree({ 'apps.yaml': workloads });
    const planned = await run(dir, ['fix', '--level', 'restricted', 'apps.yaml']);
    expect(planned.code).toBe(1);
    const said = planned.stderr.split('\n');
    // One block after every problem line, for five workloads in four namespaces.
    expect(said.filter((line) => line.includes('Instead of changing'))).toEqual([
      "  Instead of changing these 5 workloads' behaviour, either:",
    ]);
    expect(said.findIndex((line) => line.includes('Instead of changing'))).toBeGreaterThan(
      said.findLastIndex((line) => line.includes('needs a change in behaviour')),
    );
    expect(planned.stderr).toContain(
      "  - exempt the namespaces in the cluster's PodSecurityConfiguration (exemptions.namespaces: [one, two, three, four]), or",
    );
    // Three namespaces written out, the fourth named; each at the strictest level its workloads pass without the
    // change: baseline for runAsUser: 0, privileged for SYS_ADMIN (which baseline forbids too).
    const yamlLines = said.slice(
      said.indexOf('  - run them in namespaces at a lower level (only workloads that need it there):') + 1,
      said.findIndex((line) => line.startsWith('  - exempt')),
    );
    expect(yamlLines.filter((line) => line.includes('pod-security.kubernetes.io/enforce'))).toEqual([
      '          pod-security.kubernetes.io/enforce: privileged',
      '          pod-security.kubernetes.io/enforce: privileged',
      '          pod-security.kubernetes.io/enforce: baseline',
    ]);
    expect(yamlLines.at(-1)).toBe('      # and likewise at privileged: four');
    // Two workloads of one namespace that need the same checks share a relaxation; four are one line each.
    const relaxations = said.filter((line) => line.startsWith('        - { checks: ['));
    expect(relaxations).toHaveLength(4);
    expect(relaxations[0]).toContain('names: ["a", "b"], namespaces: ["one"], reason: <why these workloads need it> }');

    // The namespaces as printed (the one named in the comment written the same way) let the workloads in.
    const namespaces = [
      ...yamlLines.slice(0, -1).map((line) => line.slice(6)),
      '---',
      ...yamlLines
        .slice(-7, -1)
        .map((line) => line.slice(6).replace('name: three', 'name: four').replace('baseline', 'privileged')),
    ];
    writeFileSync(path.join(dir, 'namespaces.yaml'), `${namespaces.join('\n')}\n`);
    const labelled = await run(dir, ['scan', '--level', 'restricted', 'apps.yaml', 'namespaces.yaml']);
    expect(labelled.code, labelled.stdout).toBe(0);
    // So do the safe edits with the relaxations as printed, pasted into .podsec.yaml.
    expect((await run(dir, ['fix', '--write', '--level', 'restricted', 'apps.yaml'])).code).toBe(1);
    writeFileSync(
      path.join(dir, '.podsec.yaml'),
      `relaxations:\n${relaxations.map((line) => line.slice(6)).join('\n')}\n`,
    );
    const relaxed = await run(dir, ['scan', '--level', 'restricted', 'apps.yaml']);
    expect(relaxed.code, relaxed.stdout).toBe(0);
    // Exactly the nine problems left are the ones relaxed.
    expect(relaxed.stdout).toContain('9 suppressed problems are not shown');
  }, 60_000);
});

const chart = (template: string, values: string): Record<string, string> => ({
  'chart/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\n',
  'chart/values.yaml': values,
  'chart/templates/deployment.yaml': template,
});

const deployment = (containerBlock: string): string =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: {{ .Release.Name }}',
    'spec:',
    '  selector:',
    '    matchLabels: {app: x}',
    '  template:',
    '    metadata:',
    '      labels: {app: x}',
    '    spec:',
    '      securityContext:',
    '        {{- toYaml .Values.podSecurityContext | nindent 8 }}',
    '      containers:',
    '        - name: app',
    '          image: nginx',
    containerBlock,
    '',
  ].join('\n');

describe('Helm charts', () => {
  it('sets the fields in the values key that holds the whole securityContext', async () => {
    const dir = tree(
      chart(
        deployment('          securityContext:\n            {{- toYaml .Values.securityContext | nindent 12 }}'),
        '# settings\npodSecurityContext: {}\nsecurityContext:\n  readOnlyRootFilesystem: true  # keep\nreplicas: 1\n',
      ),
    );
    await fixAndRescan(dir, 'chart');
    expect(read(dir, 'chart/values.yaml')).toBe(
      [
        '# settings',
        'podSecurityContext:',
        '  runAsNonRoot: true',
        '  seccompProfile:',
        '    type: RuntimeDefault',
        'securityContext:',
        '  readOnlyRootFilesystem: true  # keep',
        '  allowPrivilegeEscalation: false',
        '  capabilities:',
        '    drop:',
        '      - ALL',
        'replicas: 1',
        '',
      ].join('\n'),
    );
    expect(read(dir, 'chart/templates/deployment.yaml')).not.toContain('allowPrivilegeEscalation');
  }, 60_000);

  it('adds what the template writes itself below its literal securityContext line', async () => {
    const dir = tree(
      chart(
        deployment('          securityContext:\n            runAsUser: {{ .Values.uid }}'),
        'podSecurityContext:\n  runAsNonRoot: true\n  seccompProfile: {type: RuntimeDefault}\nuid: 1000\n',
      ),
    );
    await fixAndRescan(dir, 'chart');
    expect(read(dir, 'chart/templates/deployment.yaml')).toContain(
      '          securityContext:\n            allowPrivilegeEscalation: false\n            capabilities:\n              drop:\n                - ALL\n            runAsUser: {{ .Values.uid }}\n',
    );
  }, 60_000);
});

describe('kustomize overlays', () => {
  const base = {
    'base/kustomization.yaml': 'resources:\n  - deploy.yaml\n',
    'base/deploy.yaml':
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      securityContext:\n        runAsNonRoot: true\n        seccompProfile:\n          type: RuntimeDefault\n      containers:\n        - name: web\n          image: nginx\n          securityContext:\n            allowPrivilegeEscalation: false\n            capabilities:\n              drop: [ALL]\n',
  };

  it('changes the value a JSON patch sets, and the value an inline patch sets', async () => {
    const dir = tree({
      ...base,
      'overlay/kustomization.yaml': [
        'resources:',
        '  - ../base',
        'namePrefix: prod-',
        'patches:',
        '  - path: escalate.yaml',
        '    target: {kind: Deployment, name: web}',
        '  - patch: |-',
        '      apiVersion: apps/v1',
        '      kind: Deployment',
        '      metadata:',
        '        name: web',
        '      spec:',
        '        template:',
        '          spec:',
        '            securityContext:',
        '              runAsNonRoot: false',
        '',
      ].join('\n'),
      'overlay/escalate.yaml':
        '- op: replace\n  path: /spec/template/spec/containers/0/securityContext/allowPrivilegeEscalation\n  value: true\n',
    });
    await fixAndRescan(dir, 'overlay');
    expect(read(dir, 'overlay/escalate.yaml')).toBe(
      '- op: replace\n  path: /spec/template/spec/containers/0/securityContext/allowPrivilegeEscalation\n  value: false\n',
    );
    expect(read(dir, 'overlay/kustomization.yaml')).toContain('              runAsNonRoot: true\n');
  }, 60_000);

  it('adds a strategic-merge patch to the overlay when the resource is in a shared base', async () => {
    const dir = tree({
      ...base,
      'base/deploy.yaml': base['base/deploy.yaml'].replace(
        '          securityContext:\n            allowPrivilegeEscalation: false\n            capabilities:\n              drop: [ALL]\n',
        '',
      ),
      'overlay/kustomization.yaml': 'resources:\n  - ../base\nnamePrefix: prod-\n',
      // A second overlay builds the same base: editing the base would change it too, whether or not it is scanned.
      'staging/kustomization.yaml': 'resources:\n  - ../base\nnamePrefix: staging-\n',
    });
    const alone = await run(dir, ['fix', '--level', 'restricted', 'overlay']);
    expect(alone.stdout).toContain('+++ b/overlay/podsec-fix-deployment-web.yaml');
    expect(alone.stdout).not.toContain('+++ b/base/deploy.yaml');
    await fixAndRescan(dir, 'overlay', ['staging']);
    expect(read(dir, 'overlay/kustomization.yaml')).toBe(
      'resources:\n  - ../base\nnamePrefix: prod-\npatches:\n  - path: podsec-fix-deployment-web.yaml\n',
    );
    expect(read(dir, 'overlay/podsec-fix-deployment-web.yaml')).toBe(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          securityContext:\n            allowPrivilegeEscalation: false\n            capabilities:\n              drop:\n                - ALL\n',
    );
    expect(read(dir, 'base/deploy.yaml')).not.toContain('allowPrivilegeEscalation');
  }, 60_000);

  it('edits the resource file itself when no other kustomization of the scan uses it, wherever it is', async () => {
    const stripped = base['base/deploy.yaml'].replace(
      '          securityContext:\n            allowPrivilegeEscalation: false\n            capabilities:\n              drop: [ALL]\n',
      '',
    );
    const dir = tree({
      ...base,
      'base/deploy.yaml': stripped,
      'overlay/kustomization.yaml': 'resources:\n  - ../base\nnamePrefix: prod-\n',
      'overlay/cron.yaml':
        'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: tick\nspec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          securityContext:\n            runAsNonRoot: true\n            seccompProfile: {type: RuntimeDefault}\n          containers:\n            - name: tick\n              image: busybox\n',
    });
    // Scanned alone, the overlay is the only user of base/deploy.yaml: the file is fixed in place.
    await fixAndRescan(dir, 'overlay');
    expect(read(dir, 'base/deploy.yaml')).toContain(
      '          securityContext:\n            allowPrivilegeEscalation: false\n',
    );
    expect(read(dir, 'overlay/kustomization.yaml')).toBe('resources:\n  - ../base\nnamePrefix: prod-\n');
    // Kustomize reads files only inside a kustomization's folder, so a file is shared with a kustomization above it:
    // apps lists its overlay's cron.yaml too, so in a scan of both each gets a patch of its own for it, and
    // apps, the only user of shared/deploy.yaml, fixes that in place.
    const both = tree({
      'apps/shared/deploy.yaml': stripped,
      'apps/overlay/cron.yaml': read(dir, 'overlay/cron.yaml'),
      'apps/overlay/kustomization.yaml': 'resources:\n  - cron.yaml\n',
      'apps/kustomization.yaml': 'resources:\n  - overlay/cron.yaml\n  - shared/deploy.yaml\n',
    });
    const fixed = await run(both, ['fix', '--level', 'restricted', 'apps', 'apps/overlay']);
    expect(fixed.stderr).not.toContain('error');
    expect(fixed.stdout).toContain('+++ b/apps/shared/deploy.yaml');
    expect(fixed.stdout).toContain('+++ b/apps/podsec-fix-cronjob-tick.yaml');
    expect(fixed.stdout).toContain('+++ b/apps/overlay/podsec-fix-cronjob-tick.yaml');
    expect(fixed.stdout).not.toContain('+++ b/apps/overlay/cron.yaml');
  }, 60_000);

  it('edits the strategic-merge patch that set the field', async () => {
    const dir = tree({
      ...base,
      'overlay/kustomization.yaml': 'resources:\n  - ../base\npatches:\n  - path: debug.yaml\n',
      'overlay/debug.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          securityContext:\n            allowPrivilegeEscalation: true # debugging\n',
    });
    await fixAndRescan(dir, 'overlay');
    expect(read(dir, 'overlay/debug.yaml')).toContain('            allowPrivilegeEscalation: false # debugging\n');
  }, 60_000);
});
