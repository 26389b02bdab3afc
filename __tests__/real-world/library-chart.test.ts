import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverTargets } from '../../src/discover/discover.js';
import { createNodeFileSystem } from '../../src/discover/node-fs.js';
import { findHelmBinary } from '../../src/render/helm/helm.js';
import { createCommandRunner } from '../../src/render/command-runner.js';
import { fixtures, repoRoot, scanCli, type JsonReport } from './helpers.js';

/**
 * A Bitnami-style monorepo: a `type: library` chart of helpers (`common`) and a chart that depends on it, with the
 * library committed as a folder under its charts/. The helper renders the securityContext from values.
 */
const root = `${fixtures}/library-chart`;

function locations(report: JsonReport): string[] {
  return report.problems.map(
    (problem) =>
      `${problem.check} ${problem.file}:${problem.line} | ${(problem.related ?? []).map((r) => `${r.file}:${r.line}`).join(', ')}`,
  );
}

describe('a library chart', () => {
  it('is not a target: it is read through the charts that depend on it', async () => {
    const found = await discoverTargets(
      { cwd: repoRoot, paths: [root], exclude: [], targets: [] },
      createNodeFileSystem(),
    );
    expect(found.targets.map((target) => `${target.kind} ${target.path}`)).toEqual([`helm ${root}/shop`]);
    expect(found.errors).toEqual([]);
  });

  it('named on its own gives no error and no exit code 2', async () => {
    const run = await scanCli([`${root}/common`]);
    expect(run.report.errors).toEqual([]);
    expect(run.code).toBe(0);
  });
});

describe('problems behind a helper of a vendored subchart', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'podsec-library-'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  const expected = [`allowPrivilegeEscalation ${root}/shop/templates/deployment.yaml:21 | ${root}/shop/values.yaml:21`];

  it('point at the chart own template line and values line', async () => {
    const run = await scanCli([`${root}/shop`, '--level', 'restricted']);
    expect(run.report.errors).toEqual([]);
    expect(locations(run.report)).toEqual(expected);
    // Every problem of the one workload is in one file: one header in the text report, one workload counted.
    expect(new Set(run.report.problems.map((problem) => problem.file)).size).toBe(1);
    expect(new Set(run.report.workloads.map((w) => `${w.kind} ${w.name} ${w.file}`)).size).toBe(1);
  });

  it('are the same as with the subchart packaged as a .tgz', async () => {
    const chart = join(work, 'shop');
    await cp(join(repoRoot, root, 'shop'), chart, {
      recursive: true,
      filter: (source) => !source.includes(`${join('shop', 'charts')}`),
    });
    const helm = (await findHelmBinary()) as string;
    const runner = createCommandRunner({ maxConcurrent: 1 });
    try {
      const packaged = await runner.run(helm, [
        'package',
        join(repoRoot, root, 'common'),
        `--destination=${join(chart, 'charts')}`,
      ]);
      expect(packaged.exitCode).toBe(0);
    } finally {
      runner.dispose();
    }
    const run = await scanCli([chart, '--level', 'restricted']);
    expect(run.report.errors).toEqual([]);
    const relative = locations(run.report).map((line) => line.split(`${chart}/`).join(`${root}/shop/`));
    expect(relative).toEqual(expected);
  });
});
