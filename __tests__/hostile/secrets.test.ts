/**
 * Secrets and tokens: a value a chart renders must not reach any report or log, and tokens in podsec's own
 * environment must neither reach helm/kustomize nor be printed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildBundle,
  chartFiles,
  cleanup,
  expectGoodFinding,
  expectNoCrash,
  fakeTool,
  parseReport,
  realHelm,
  runBundle,
  runCli,
  scanTree,
  tempDir,
} from './helpers.js';

afterAll(() => {
  cleanup();
});

const SECRET = 's3cr3t-VALUE-123';

/** A chart that puts the password in a Secret and in an env var of a pod that also breaks baseline. */
function secretChart(): Record<string, string> {
  const template = `apiVersion: v1
kind: Secret
metadata:
  name: creds
stringData:
  password: {{ .Values.password | quote }}
---
apiVersion: v1
kind: Pod
metadata:
  name: uses-secret
  annotations:
    checksum/password: {{ .Values.password | quote }}
spec:
  hostNetwork: true
  containers:
    - name: app
      image: nginx
      args: ["--password", {{ .Values.password | quote }}]
      env:
        - name: PASSWORD
          value: {{ .Values.password | quote }}
`;
  return chartFiles('app', template, { 'values.yaml': `password: ${SECRET}\n` });
}

describe('a secret in chart values', () => {
  it.each(['text', 'json', 'sarif'])(
    'never appears in --format %s output or on stderr, while the violation next to it is reported',
    async (format) => {
      const dir = scanTree(secretChart());
      const run = await runCli(['scan', '.', '--format', format, '--helm', realHelm, '--debug'], dir);
      expectNoCrash(run);
      expect(run.stdout).not.toContain(SECRET);
      expect(run.stderr).not.toContain(SECRET);
      expect(run.stdout).toContain('hostNetwork=true');
      expect(run.stdout).toContain('app/templates/workload.yaml');
      expect(run.code).toBe(1);
      if (format === 'json') expectGoodFinding(parseReport(run));
      else expect(run.stdout).toContain('good.yaml');
    },
  );

  it('never appears in the --sarif and --json side files either', async () => {
    const dir = scanTree(secretChart());
    const run = await runCli(
      ['scan', '.', '--helm', realHelm, '--sarif', 'out/podsec.sarif', '--json', 'out/podsec.json'],
      dir,
    );
    for (const file of ['out/podsec.sarif', 'out/podsec.json']) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      expect(text).toContain('hostNetwork');
      expect(text).not.toContain(SECRET);
    }
    expect(run.stdout + run.stderr).not.toContain(SECRET);
    expect(run.code).toBe(1);
  });
});

/** Variables a GitHub runner holds that must never reach a child process or the output. */
const TOKENS: Record<string, string> = {
  GITHUB_TOKEN: 'ghs_podsecTESTgithubTOKEN0000000001',
  GH_TOKEN: 'ghp_podsecTESTghTOKEN00000000000002',
  INPUT_TOKEN: 'ghs_podsecTESTinputTOKEN000000003',
  'INPUT_GITHUB-TOKEN': 'ghs_podsecTESTinputGHTOKEN0000004',
  ACTIONS_RUNTIME_TOKEN: 'podsecTESTruntimeTOKEN00000000005',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'podsecTESTidTOKEN0000000000000006',
  AWS_SECRET_ACCESS_KEY: 'podsecTESTawsSECRET000000000000007',
};

describe('tokens in the environment of the scan', () => {
  let cli: string;
  beforeAll(async () => {
    cli = await buildBundle();
  });

  /** A fake tool that dumps its whole environment into a file and, as YAML comments, into its output. */
  function envDumpingTool(dir: string, name: string, source: string, podName: string): { bin: string; dump: string } {
    const dump = path.join(dir, `${name}.env`);
    const bin = fakeTool(
      dir,
      name,
      [
        `env > '${dump}'`,
        'echo "---"',
        `echo "# Source: ${source}"`,
        "env | sed 's/^/# env: /'",
        `printf 'apiVersion: v1\\nkind: Pod\\nmetadata:\\n  name: ${podName}\\nspec:\\n  hostPID: true\\n  containers:\\n    - name: a\\n      image: x\\n'`,
      ].join('\n'),
    );
    return { bin, dump };
  }

  it('is not visible to helm or kustomize and never printed, even with --debug', async () => {
    const tools = tempDir();
    const helm = envDumpingTool(tools, 'fake-helm', 'envchart/templates/workload.yaml', 'from-helm');
    const kustomize = envDumpingTool(tools, 'fake-kustomize', 'pod.yaml', 'from-kustomize');
    const dir = scanTree({
      ...chartFiles('envchart', 'kind: ConfigMap\n'),
      'overlay/kustomization.yaml': 'resources:\n  - pod.yaml\n',
      'overlay/pod.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n',
    });
    const run = await runBundle(
      cli,
      ['scan', '.', '--format', 'json', '--debug', '--helm', helm.bin, '--kustomize', kustomize.bin],
      {
        cwd: dir,
        env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: tempDir(), ...TOKENS },
        timeoutMs: 60_000,
      },
    );
    expectNoCrash(run);
    const report = parseReport(run);
    // Both fakes ran and their output was scanned: their environments are the real ones they got.
    expect(report.findings.some((f) => f.name === 'from-helm' && f.check === 'hostNamespaces')).toBe(true);
    expect(report.findings.some((f) => f.name === 'from-kustomize' && f.check === 'hostNamespaces')).toBe(true);
    const seen = [readFileSync(helm.dump, 'utf8'), readFileSync(kustomize.dump, 'utf8'), run.stdout, run.stderr].join(
      '\n',
    );
    expect(seen).toMatch(/^PATH=/m);
    for (const [name, value] of Object.entries(TOKENS)) {
      expect(seen, name).not.toContain(value);
      expect(seen, name).not.toMatch(new RegExp(`^${name}=`, 'm'));
    }
    expect(run.code).toBe(1);
    expectGoodFinding(report);
  });
});
