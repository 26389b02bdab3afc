import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtures, scanCli } from './helpers.js';

const root = `${fixtures}/errors`;

describe('helm errors quote values', () => {
  it('hide --set values and secret-like keys, not the chart defaults that name its files', async () => {
    const run = await scanCli([`${root}/db-exporter`, '--set', 'auth.user=hunter2-admin']);
    expect(run.code).toBe(2);
    const [error] = run.report.errors;
    expect(error?.file).toBe(`${root}/db-exporter/templates/secret.yaml`);
    // `exporter` is a default of the chart's values.yaml: the file name and the message keep it.
    expect(error?.message).toContain('execution error at (db-exporter/templates/secret.yaml:7:6): refusing the default password <redacted> of user <redacted> in the exporter');
    expect(run.stdout).not.toContain('hunter2-admin');
    expect(run.stdout).not.toContain('changeme-default');
  });

  it('hide every string of a values file from outside the chart', async () => {
    const run = await scanCli([`${root}/db-exporter`, '-f', `${root}/env/prod-values.yaml`]);
    expect(run.report.errors[0]?.message).toContain('refusing the default password <redacted> of user <redacted> in the exporter');
    expect(run.stdout).not.toContain('prod-ops-admin');
  });
});

describe('a Helm 2 chart (no apiVersion) with requirements.yaml', () => {
  it('gets the missing-dependency message for what requirements.yaml lists', async () => {
    const run = await scanCli([`${root}/legacy-app`]);
    expect(run.code).toBe(2);
    expect(run.report.errors).toEqual([
      {
        file: `${root}/legacy-app/requirements.yaml`,
        line: 2,
        message: expect.stringContaining(`needs dependency "redis" 10.5.7 from https://charts.example.org/stable (listed in requirements.yaml)`) as unknown,
        target: expect.anything() as unknown,
      },
    ]);
    expect(run.report.errors[0]?.message).toContain('(--network)');
  });
});

describe('the same error from several overlays', () => {
  it('is reported once, naming the overlays and the --network flag', async () => {
    const run = await scanCli([`${root}/shared-remote`]);
    expect(run.code).toBe(2);
    expect(run.report.errors.map((error) => `${error.file}: ${error.message}`)).toEqual([
      `${root}/shared-remote/base/kustomization.yaml: remote resource "https://example.org/podinfo/deployment.yaml" is not fetched: ` +
        'network access is off (turn it on with --network, or the action input network: true, to render remote bases) ' +
        `(rendering ${root}/shared-remote/production, ${root}/shared-remote/staging)`,
    ]);
  });
});

describe('YAML with a collection as a map key', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is read without a Node warning on stderr', async () => {
    const warnings = vi.spyOn(process, 'emitWarning');
    const run = await scanCli([`${root}/collection-key.yaml`]);
    expect(run.report.errors).toEqual([]);
    expect(run.report.workloads.length).toBeGreaterThan(0);
    expect(warnings).not.toHaveBeenCalled();
    expect(run.stderr).toBe('');
  });
});
