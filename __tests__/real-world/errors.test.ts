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
    expect(error?.message).toContain(
      'execution error at (db-exporter/templates/secret.yaml:7:6): refusing the default password <redacted> of user <redacted> in the exporter',
    );
    expect(run.stdout).not.toContain('hunter2-admin');
    expect(run.stdout).not.toContain('changeme-default');
  });

  it('hide every string of a values file from outside the chart', async () => {
    const run = await scanCli([`${root}/db-exporter`, '-f', `${root}/env/prod-values.yaml`]);
    expect(run.report.errors[0]?.message).toContain(
      'refusing the default password <redacted> of user <redacted> in the exporter',
    );
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
        message: expect.stringContaining(
          `needs dependency "redis" 10.5.7 from https://charts.example.org/stable (listed in requirements.yaml)`,
        ) as unknown,
        target: expect.anything() as unknown,
      },
    ]);
    expect(run.report.errors[0]?.message).toContain('(--network)');
  });
});

// A remote base is no longer refused by podsec before the build (one error for the base, shared by the
// overlays): kustomize meets it offline, so each overlay reports kustomize's own error, with podsec's hint.
describe('a remote base shared by several overlays', () => {
  it('is an error for each overlay, naming the URL and the --network flag', async () => {
    const run = await scanCli([`${root}/shared-remote`]);
    expect(run.code).toBe(2);
    expect(run.report.errors.map((error) => error.file)).toEqual([
      `${root}/shared-remote/production`,
      `${root}/shared-remote/staging`,
    ]);
    for (const error of run.report.errors) {
      expect(error.message).toContain(`accumulating resources from 'https://example.org/podinfo/deployment.yaml'`);
      expect(error.message).toMatch(
        /\npodsec: network access is off, so kustomize could not fetch a remote base or file \(turn it on with --network/,
      );
    }
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
