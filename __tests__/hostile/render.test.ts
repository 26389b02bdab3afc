/**
 * Fault injection and hostile charts/overlays: fake helm and kustomize binaries that fail, hang or crash;
 * remote bases and dependencies served from 127.0.0.1 (to prove nothing is fetched); exec plugins, KRM
 * functions, helm downloader plugins and `lookup` (to prove nothing runs or is contacted). Every case scans
 * the hostile target together with a privileged Pod, and checks message, exit code 2 and the Pod's finding.
 */
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  buildBundle,
  chartFiles,
  cleanup,
  expectError,
  expectGoodFinding,
  expectNoCrash,
  fakeTool,
  hostPidPod,
  isAlive,
  parseReport,
  realHelm,
  runBundle,
  runCli,
  scanTree,
  tempDir,
  writeTree,
  type JsonReport,
} from './helpers.js';

/** A local HTTP server that records every request; any request at all means something was fetched. */
let server: Server;
let baseUrl: string;
const requests: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(`${req.method ?? ''} ${req.url ?? ''}`);
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: fetched}\nspec: {hostPID: true, containers: [{name: a, image: x}]}\n',
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  cleanup();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

async function scan(dir: string, extra: string[]): Promise<{ report: JsonReport; code: number; stderr: string }> {
  const run = await runCli(['scan', '.', '--format', 'json', ...extra], dir);
  expectNoCrash(run);
  return { report: parseReport(run), code: run.code, stderr: run.stderr };
}

const chart = (name = 'chart'): Record<string, string> => chartFiles(name, hostPidPod('{{ .Release.Name }}-pod'));
const overlay = (name = 'overlay'): Record<string, string> => ({
  [`${name}/kustomization.yaml`]: 'resources:\n  - pod.yaml\n',
  [`${name}/pod.yaml`]: hostPidPod('kpod'),
});

/** Fake tool bodies. Each records its pid (and a child's) so the test can prove nothing was left running. */
const faults = {
  fails: () => `echo "Error: parse error at (chart/templates/x.yaml:3): function \\"nope\\" not defined" >&2\nexit 1`,
  hangs: (dir: string) =>
    `echo $$ > '${dir}/tool.pid'\nsleep 300 &\necho $! > '${dir}/child.pid'\necho "rendering forever" >&2\nwait`,
  crashes: () => `echo "panic: runtime error: invalid memory address or nil pointer dereference" >&2\nkill -SEGV $$`,
};

describe.each([
  ['helm', 'chart', '--helm', chart, /^scenario "default": helm template /],
  ['kustomize', 'overlay', '--kustomize', overlay, /^\S*fake-kustomize build /],
] as const)('a %s that misbehaves', (tool, target, flag, files, prefix) => {
  it(`fails to render: the ${target} is named with ${tool}'s stderr tail, exit 2, the rest scanned`, async () => {
    const tools = tempDir();
    const bin = fakeTool(tools, `fake-${tool}`, faults.fails());
    const { report, code } = await scan(scanTree(files()), [flag, bin]);
    // helm's "parse error at (FILE:LINE)" points the error at the template itself.
    const error = expectError(report, tool === 'helm' ? 'chart/templates/x.yaml' : target, prefix);
    expect(error.message).toMatch(/failed .*exit code 1/);
    expect(error.message).toContain('function "nope" not defined');
    expect(code).toBe(2);
    expectGoodFinding(report);
  });

  it(`renders forever: stopped by --timeout 2s, its children killed, the ${target} named, exit 2, the rest scanned`, async () => {
    const tools = tempDir();
    const bin = fakeTool(tools, `fake-${tool}`, faults.hangs(tools));
    const { report, code } = await scan(scanTree(files()), [flag, bin, '--timeout', '2s']);
    const error = expectError(report, target, prefix);
    expect(error.message).toMatch(/timed out after 2 s/);
    // The tool and the child it started (which would sleep for 5 minutes) were killed, not waited for.
    const pids = ['tool.pid', 'child.pid'].map((file) => Number(readFileSync(path.join(tools, file), 'utf8')));
    expect(pids.filter(isAlive)).toEqual([]);
    expect(code).toBe(2);
    expectGoodFinding(report);
  });

  it(`crashes (SIGSEGV): the ${target} named with the signal and the crash output, exit 2, the rest scanned`, async () => {
    const tools = tempDir();
    const bin = fakeTool(tools, `fake-${tool}`, faults.crashes());
    const { report, code } = await scan(scanTree(files()), [flag, bin]);
    const error = expectError(report, target, prefix);
    expect(error.message).toContain('panic: runtime error: invalid memory address');
    expect(error.message).toMatch(/killed by signal SIGSEGV/);
    expect(error.message).not.toContain('undefined');
    expect(code).toBe(2);
    expectGoodFinding(report);
  });

  it(`does not exist: one error naming the missing ${tool} binary, exit 2, the rest scanned`, async () => {
    const missing = path.join(tempDir(), `no-such-${tool}`);
    const { report, code } = await scan(scanTree(files()), [flag, missing]);
    expect(report.errors.length).toBeGreaterThan(0);
    expect(report.errors.every((e) => e.file === target && e.message.includes(`no-such-${tool}`))).toBe(true);
    expect(code).toBe(2);
    expectGoodFinding(report);
  });
});

describe('real charts and overlays that do not render', () => {
  it('a chart template calling an undefined function: helm error with the template file, exit 2, the rest scanned', async () => {
    const dir = scanTree(
      chartFiles('broken', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Values.name | notAFunction }}\n'),
    );
    const { report, code } = await scan(dir, ['--helm', realHelm]);
    const error = expectError(report, 'broken/templates/workload.yaml', /helm template failed with exit code 1/);
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/function "notAFunction" not defined/);
    expect(code).toBe(2);
    expectGoodFinding(report);
  });

  it('a chart whose template renders invalid YAML: named, exit 2, the rest scanned', async () => {
    const dir = scanTree(chartFiles('badyaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n   spec: [\n'));
    const { report, code } = await scan(dir, ['--helm', realHelm]);
    expect(report.errors.filter((e) => e.file.startsWith('badyaml')).length).toBeGreaterThan(0);
    expect(report.errors.map((e) => e.message).join('\n')).toMatch(/YAML|parse/);
    expect(code).toBe(2);
    expectGoodFinding(report);
  });

  it('an overlay listing a missing resource: kustomize error naming it, exit 2, the rest scanned', async () => {
    const dir = scanTree({ 'overlay/kustomization.yaml': 'resources:\n  - missing-deployment.yaml\n' });
    const { report, code } = await scan(dir, []);
    const error = expectError(report, 'overlay', /kustomize failed/);
    expect(error.message).toContain('missing-deployment.yaml');
    expect(code).toBe(2);
    expectGoodFinding(report);
  });
});

describe('nothing fetched that the user did not allow', () => {
  it('kustomize remote bases (http and git over http) are named and never fetched, exit 2, the rest scanned', async () => {
    requests.length = 0;
    const dir = scanTree({
      'remote/kustomization.yaml': `resources:\n  - ${baseUrl}/pod.yaml\n  - git::${baseUrl}/repo.git//base?ref=main\n`,
      ...overlay('local'),
    });
    const { report, code } = await scan(dir, []);
    const remote = report.errors.filter((e) => e.file === 'remote/kustomization.yaml');
    expect(remote.map((e) => e.message)).toEqual([
      `remote resource "${baseUrl}/pod.yaml" is not fetched: network access is off (turn it on with --network, or the action input network: true, to render remote bases)`,
      `remote resource "git::${baseUrl}/repo.git//base?ref=main" is not fetched: network access is off (turn it on with --network, or the action input network: true, to render remote bases)`,
    ]);
    expect(requests).toEqual([]);
    expect(report.workloads.map((w) => w.name)).not.toContain('fetched');
    expect(report.findings.some((f) => f.name === 'kpod' && f.file === 'local/pod.yaml')).toBe(true);
    expect(code).toBe(2);
    expectGoodFinding(report);
  });

  it('loopback URLs hidden from a field-by-field reading (any case, merge keys, inline configs, !!binary) are never requested', async () => {
    requests.length = 0;
    const binary = Buffer.from(`${baseUrl}/binary.yaml`).toString('base64');
    const dir = scanTree({
      'cased/kustomization.yaml': `RESOURCES:\n  - ${baseUrl}/cased.yaml\n`,
      'merged/kustomization.yaml': `x: &x {resources: [${baseUrl}/merged.yaml]}\n<<: *x\n`,
      'inline/kustomization.yaml': `transformers:\n  - |\n    apiVersion: builtin\n    kind: PatchTransformer\n    metadata: {name: p}\n    path: ${baseUrl}/inline.yaml\n`,
      'binary/kustomization.yaml': `resources: [!!binary ${binary}]\n`,
      ...overlay('local'),
    });
    const { report, code } = await scan(dir, []);
    expect(requests).toEqual([]);
    for (const name of ['cased', 'merged', 'inline', 'binary'])
      expectError(
        report,
        `${name}/kustomization.yaml`,
        /^remote resource ".*127\.0\.0\.1.*" is not fetched: network access is off/,
      );
    expect(report.workloads.map((w) => w.name)).not.toContain('fetched');
    expect(code).toBe(2);
    expectGoodFinding(report);
  });

  it('an overlay that climbs to the file system root to reach a base outside is not used', async () => {
    const outside = writeTree(tempDir('podsec-outside-'), {
      'kbase/kustomization.yaml': 'resources: [pod.yaml]\n',
      'kbase/pod.yaml': hostPidPod('from-outside'),
    });
    // Enough `..` to reach / from any depth, then the absolute path: staging cannot make / go away.
    const climb = `${'../'.repeat(40)}${outside.slice(1)}/kbase`;
    const dir = scanTree({ 'climb/kustomization.yaml': `resources:\n  - ${climb}\n`, ...overlay('local') });
    const { report, code } = await scan(dir, []);
    const error = expectError(
      report,
      'climb',
      /^kustomize read ".*\/kbase\/pod\.yaml", which is outside the scanned folder; podsec does not render it/,
    );
    expect(error.message).toContain(outside);
    expect(report.workloads.map((w) => w.name)).not.toContain('from-outside');
    expect(code).toBe(2);
    expectGoodFinding(report);
  });

  it('a remote base inside a local base is found too, and never fetched', async () => {
    requests.length = 0;
    const dir = scanTree({
      'base/kustomization.yaml': `resources:\n  - ${baseUrl}/nested.yaml\n`,
      'app/kustomization.yaml': 'resources:\n  - ../base\n',
    });
    const { report, code } = await scan(dir, []);
    expect(report.errors.filter((e) => e.message.includes(`${baseUrl}/nested.yaml`)).length).toBeGreaterThan(0);
    expect(requests).toEqual([]);
    expect(code).toBe(2);
    expectGoodFinding(report);
  });

  it('a helm chart with remote dependencies not vendored: named with the fix, never fetched, exit 2, the rest scanned', async () => {
    requests.length = 0;
    const files = chart('needs-deps');
    files['needs-deps/Chart.yaml'] +=
      `dependencies:\n  - name: redis\n    version: 1.0.0\n    repository: ${baseUrl}/charts\n`;
    const { report, code } = await scan(scanTree(files), ['--helm', realHelm]);
    const error = expectError(report, 'needs-deps/Chart.yaml', `"redis" 1.0.0 from ${baseUrl}/charts`);
    expect(error.message).toContain('helm dependency build');
    expect(requests).toEqual([]);
    expect(code).toBe(2);
    expectGoodFinding(report);
  });

  it('a template using lookup never contacts a cluster, even with a kubeconfig in the environment', async () => {
    requests.length = 0;
    const kube = writeTree(tempDir(), {
      config: `apiVersion: v1\nkind: Config\nclusters: [{name: c, cluster: {server: "${baseUrl}"}}]\ncontexts: [{name: c, context: {cluster: c, user: u}}]\ncurrent-context: c\nusers: [{name: u, user: {token: kube-token-123}}]\n`,
    });
    vi.stubEnv('KUBECONFIG', path.join(kube, 'config'));
    const template = `{{- $secret := lookup "v1" "Secret" "default" "db" }}\n${hostPidPod('looked-{{ len $secret }}')}`;
    const { report, code } = await scan(scanTree(chartFiles('lookup', template)), ['--helm', realHelm]);
    expect(requests).toEqual([]);
    // An empty lookup result, as with no cluster at all.
    expect(report.findings.some((f) => f.name === 'looked-0' && f.check === 'hostNamespaces')).toBe(true);
    expect(report.errors).toEqual([]);
    expect(code).toBe(1);
    expectGoodFinding(report);
  });
});

describe('nothing executed that the user did not allow', () => {
  it('a kustomize exec-function generator and transformer never run (marker file absent), named, exit 2, the rest scanned', async () => {
    const markers = tempDir();
    const marker = path.join(markers, 'exec-plugin-ran');
    const dir = scanTree({
      'exec/kustomization.yaml': 'generators:\n  - fn.yaml\ntransformers:\n  - fn.yaml\n',
      'exec/fn.yaml':
        'apiVersion: podsec.test/v1\nkind: Marker\nmetadata:\n  name: m\n  annotations:\n    config.kubernetes.io/function: |\n      exec:\n        path: ./fn.sh\n',
    });
    fakeTool(
      path.join(dir, 'exec'),
      'fn.sh',
      `touch '${marker}'\nprintf 'apiVersion: v1\\nkind: ConfigMap\\nmetadata: {name: m}\\n'`,
    );
    const { report, code } = await scan(dir, []);
    const error = expectError(report, 'exec', /kustomize failed/);
    expect(error.message).toMatch(/external plugins disabled/);
    expect(existsSync(marker)).toBe(false);
    expect(code).toBe(2);
    expectGoodFinding(report);
  });

  it('a KRM container function never starts a container (fake docker on PATH stays unused)', async () => {
    const tools = tempDir();
    const marker = path.join(tools, 'docker-ran');
    fakeTool(tools, 'docker', `touch '${marker}'`);
    fakeTool(tools, 'podman', `touch '${marker}'`);
    vi.stubEnv('PATH', `${tools}${path.delimiter}${process.env['PATH'] ?? ''}`);
    const dir = scanTree({
      'krm/kustomization.yaml': 'transformers:\n  - fn.yaml\nresources:\n  - pod.yaml\n',
      'krm/pod.yaml': hostPidPod('krm-pod'),
      'krm/fn.yaml':
        'apiVersion: podsec.test/v1\nkind: SetImage\nmetadata:\n  name: f\n  annotations:\n    config.kubernetes.io/function: |\n      container:\n        image: 127.0.0.1:9/evil:latest\n',
    });
    const { report, code } = await scan(dir, []);
    expectError(report, 'krm', /external plugins disabled/);
    expect(existsSync(marker)).toBe(false);
    expect(code).toBe(2);
    expectGoodFinding(report);
  });

  it('kustomize helmCharts do not run helm unless --enable-helm is given', async () => {
    const tools = tempDir();
    const marker = path.join(tools, 'helm-ran');
    const helm = fakeTool(tools, 'helm', `echo "$*" >> '${marker}'\nexit 1`);
    const dir = scanTree({
      'hc/kustomization.yaml': 'helmCharts:\n  - name: inner\n    releaseName: r\n',
      ...chartFiles('hc/charts/inner', hostPidPod('inner')),
    });
    // The chart folder is excluded so the only way helm could run is through kustomize.
    const { report, code } = await scan(dir, ['--helm', helm, '--exclude', 'hc/charts/**']);
    const error = expectError(report, 'hc', /kustomize failed/);
    expect(error.message).toMatch(/--enable-helm/);
    expect(existsSync(marker)).toBe(false);
    expect(code).toBe(2);
    expectGoodFinding(report);
  });

  // podsec refused these itself before kustomize moved into a staged copy; now the chart home is missing there,
  // and the pull kustomize tries instead goes to the closed proxy.
  it('with --enable-helm, a helmCharts chart home outside the scanned folder is not in the copy, and nothing is pulled', async () => {
    const outside = writeTree(tempDir('podsec-outside-'), chartFiles('charts/inner', hostPidPod('from-outside')));
    const dir = scanTree({ 'good.yaml': hostPidPod('good') });
    const chartHome = path.relative(path.join(dir, 'hc'), path.join(outside, 'charts'));
    writeTree(dir, {
      'hc/kustomization.yaml': `helmGlobals:\n  chartHome: ${chartHome}\nhelmCharts:\n  - name: inner\n    releaseName: r\n`,
    });
    const { report, code } = await scan(dir, ['--helm', realHelm, '--enable-helm']);
    expectError(report, 'hc', /^kubectl kustomize failed with exit code 1:\n/);
    expect(report.workloads.map((w) => w.name)).not.toContain('from-outside');
    expect(code).toBe(2);
  });

  it('with --enable-helm, a chart version that climbs out of the chart home is not in the copy, and helmChartInflationGenerator is refused', async () => {
    const outside = writeTree(tempDir('podsec-outside-'), chartFiles('out/c', hostPidPod('from-outside')));
    const dir = scanTree({ 'good.yaml': hostPidPod('good') });
    const climb = path.relative(path.join(dir, 'hc/charts'), outside);
    writeTree(dir, {
      'hc/kustomization.yaml': `helmCharts:\n  - name: c\n    repo: https://example.invalid/charts\n    version: /../${climb}/out\n    releaseName: r\n`,
      'old/kustomization.yaml': `helmChartInflationGenerator:\n  - chartName: c\n    chartHome: ${path.relative(path.join(dir, 'old'), path.join(outside, 'out'))}\n`,
    });
    const { report, code } = await scan(dir, ['--helm', realHelm, '--enable-helm']);
    const error = expectError(report, 'hc', /^kubectl kustomize failed with exit code 1:\n/);
    expect(error.message).toContain('proxyconnect tcp: dial tcp 127.0.0.1:9: connect: connection refused');
    expectError(
      report,
      'old/kustomization.yaml',
      /helmChartInflationGenerator \(the deprecated form of helmCharts\) is not checked by podsec/,
    );
    expect(report.workloads.map((w) => w.name)).not.toContain('from-outside');
    expect(code).toBe(2);
  });

  it('with --enable-helm, charts kustomize inflates get the checks podsec gives its own charts', async () => {
    const outsideFile = path.join(
      writeTree(tempDir('podsec-outside-'), { 'secret.txt': 'SECRET-OUTSIDE' }),
      'secret.txt',
    );
    const leaky = chartFiles(
      'charts/leaky',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Files.Get "leak.txt" | trim | lower | quote }}\nspec:\n  containers: [{name: c, image: x}]\n',
    );
    const dns = chartFiles(
      'charts/dns',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ getHostByName "example.invalid" | quote }}\nspec:\n  containers: [{name: c, image: x}]\n',
    );
    const dir = scanTree({
      ...Object.fromEntries(Object.entries(leaky).map(([file, text]) => [`k1/${file}`, text])),
      'k1/kustomization.yaml': 'helmCharts:\n  - name: leaky\n    releaseName: r\n',
      ...Object.fromEntries(Object.entries(dns).map(([file, text]) => [`k2/${file}`, text])),
      'k2/kustomization.yaml': 'helmCharts:\n  - name: dns\n    releaseName: r\n',
      // A version makes kustomize look for charts/vendored-1.0.0/vendored only, and pull the chart otherwise.
      ...Object.fromEntries(
        Object.entries(chartFiles('charts/vendored', hostPidPod('vendored'))).map(([file, text]) => [
          `k3/${file}`,
          text,
        ]),
      ),
      'k3/kustomization.yaml':
        'helmCharts:\n  - name: vendored\n    repo: http://127.0.0.1:9/charts\n    version: 1.0.0\n    releaseName: r\n',
    });
    symlinkSync(outsideFile, path.join(dir, 'k1/charts/leaky/leak.txt'));
    const { report, code } = await scan(dir, ['--helm', realHelm, '--enable-helm', '--exclude', '*/charts/**']);
    // The link to the outside file is not in the staged copy, so the chart kustomize sees has no leak.txt.
    expectError(report, 'k1', /^kubectl kustomize failed with exit code 1:\n/);
    expectError(report, 'k2/kustomization.yaml', /helm chart dns: .*getHostByName/);
    // A loopback chart repository is refused as any loopback URL is (Go would not send it through the proxy).
    expectError(report, 'k3/kustomization.yaml', 'remote resource "http://127.0.0.1:9/charts" is not fetched');
    expect(JSON.stringify(report)).not.toContain('secret-outside');
    expect(code).toBe(2);
    expectGoodFinding(report);
  });

  it("the user's helm plugins (a downloader for the chart's repository scheme) never run, even with --network", async () => {
    const plugins = tempDir();
    const marker = path.join(plugins, 'plugin-ran');
    writeTree(plugins, {
      'evil/plugin.yaml':
        'name: evil\nversion: 0.1.0\ncommand: "$HELM_PLUGIN_DIR/run.sh"\ndownloaders:\n  - command: "run.sh"\n    protocols: ["podsecevil"]\n',
    });
    fakeTool(path.join(plugins, 'evil'), 'run.sh', `touch '${marker}'`);
    vi.stubEnv('HELM_PLUGINS', plugins);
    const files = chart('plugged');
    files['plugged/Chart.yaml'] +=
      'dependencies:\n  - name: lib\n    version: 1.0.0\n    repository: podsecevil://charts\n';
    const { report, code } = await scan(scanTree(files), ['--helm', realHelm, '--network']);
    // helm finds no handler for the scheme: the user's plugin folder was not visible to it.
    expectError(
      report,
      'plugged/Chart.yaml',
      /helm dependency build failed .*\nError: could not find protocol handler for: podsecevil/,
    );
    expect(existsSync(marker)).toBe(false);
    expect(code).toBe(2);
    expectGoodFinding(report);
  });

  it('a chart cannot plant a post-renderer or plugin through its file names (helm gets only the chart path)', async () => {
    const tools = tempDir();
    const log = path.join(tools, 'argv');
    const helm = fakeTool(tools, 'helm', `printf '%s\\n' "$@" >> '${log}'\nexec '${realHelm}' "$@"`);
    const dir = scanTree(chart('--post-renderer=./evil.sh'));
    const marker = path.join(tools, 'post-renderer-ran');
    fakeTool(dir, 'evil.sh', `touch '${marker}'\ncat`);
    const { report, code } = await scan(dir, ['--helm', helm]);
    const argv = readFileSync(log, 'utf8').split('\n');
    expect(argv.filter((a) => a.startsWith('--post-renderer'))).toEqual([]);
    expect(existsSync(marker)).toBe(false);
    expect(report.findings.some((f) => f.file === '--post-renderer=./evil.sh/templates/workload.yaml')).toBe(true);
    expect(code).toBe(1);
    expectGoodFinding(report);
  });
});

describe('a helm or kustomize that prints gigabytes (bundled CLI as a real process)', () => {
  let cli: string;
  beforeAll(async () => {
    cli = await buildBundle();
  });

  it.each([
    ['helm', '--helm', 'chart', chartFiles('chart', hostPidPod('p'))],
    [
      'kustomize',
      '--kustomize',
      'overlay',
      { 'overlay/kustomization.yaml': 'resources:\n  - pod.yaml\n', 'overlay/pod.yaml': hostPidPod('k') },
    ],
  ] as const)(
    'a flooding %s is stopped by podsec at the output cap, not the timeout, with bounded memory',
    async (tool, flag, target, files) => {
      const tools = tempDir();
      const pidFile = path.join(tools, 'flood.pid');
      const bin = fakeTool(tools, `flood-${tool}`, `echo $$ > '${pidFile}'\nexec yes "kind: Pod"`);
      const dir = scanTree(files);
      let run;
      let floodRunsOn: boolean | undefined;
      try {
        // A timeout far beyond the time the cap takes, even on a loaded 2-core machine: the cap must stop it.
        run = await runBundle(cli, ['scan', '.', '--format', 'json', flag, bin, '--timeout', '20s'], {
          cwd: dir,
          env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: tempDir() },
          timeoutMs: 45_000,
        });
        floodRunsOn = isAlive(Number(readFileSync(pidFile, 'utf8')));
      } finally {
        // If podsec was killed by this harness, its detached child group must not keep flooding.
        try {
          process.kill(-Number(readFileSync(pidFile, 'utf8')), 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
      expect(run.killed, 'podsec did not finish; the test killed it after 45 s').toBe(false);
      // podsec itself killed the tool, before exiting.
      expect(floodRunsOn, 'the flooding tool outlived podsec').toBe(false);
      // Before 2ba9fd0 podsec buffered up to a 256 MiB cap and peaked at ~4 GiB of RSS.
      expect(run.peakRssMiB, 'peak RSS (MiB)').toBeLessThan(1024);
      console.info(`${tool} flood: peak RSS ${Math.round(run.peakRssMiB ?? 0)} MiB`);
      expectNoCrash(run);
      const report = parseReport(run);
      const messages = report.errors
        .filter((e) => e.file === target)
        .map((e) => e.message)
        .join('\n');
      // Stopped at the output cap: the 20 s timeout never came into play.
      expect(messages).toMatch(/more (output )?than/);
      expect(messages).not.toMatch(/timed out/);
      expect(run.code).toBe(2);
      expectGoodFinding(report);
    },
    60_000,
  );
});
