import { describe, expect, it } from 'vitest';
import { fixtures, scanCli, type JsonReport } from './helpers.js';

/**
 * Templates that write list items of their own before (or between) the items from values: promtail's config volume
 * before `defaultVolumes`, fluent-bit's `daemonSetVolumes` and `extraVolumes` printed one after the other,
 * aspnet-core's init containers written out before an include of `.Values.initContainers` that prints nothing.
 */
const root = `${fixtures}/list-offsets`;

function where(report: JsonReport, check: string): string[] {
  const problem = report.problems.find((candidate) => candidate.check === check);
  if (problem === undefined) return [];
  const short = (file: string, line: number | undefined): string => `${file.slice(root.length + 1)}:${line}`;
  return [
    short(problem.file, problem.line),
    ...(problem.related ?? []).map((r) => `${short(r.file, r.line)} ${r.message ?? ''}`),
  ];
}

describe('values list items printed after fixed items', () => {
  it('point at their own values lines, not at the next item', async () => {
    const run = await scanCli([`${root}/log-agent`, '--level', 'baseline']);
    expect(run.report.errors).toEqual([]);
    expect(where(run.report, 'hostPathVolumes')).toEqual([
      'log-agent/templates/_pod.tpl:10',
      'log-agent/values.yaml:6 value from values.yaml: defaultVolumes[0].hostPath',
      'log-agent/values.yaml:9 value from values.yaml: defaultVolumes[1].hostPath',
      'log-agent/values.yaml:12 value from values.yaml: defaultVolumes[2].hostPath',
    ]);
  });

  it('an item podsec cannot match to a values line (changed by tpl) is given as the list in the template', async () => {
    const run = await scanCli([
      `${root}/log-agent`,
      '--level',
      'baseline',
      '-f',
      `${root}/log-agent/ci/templated-values.yaml`,
    ]);
    const locations = where(run.report, 'hostPathVolumes');
    expect(locations.slice(1, 4)).toEqual([
      'log-agent/values.yaml:6 value from values.yaml: defaultVolumes[0].hostPath',
      'log-agent/values.yaml:9 value from values.yaml: defaultVolumes[1].hostPath',
      'log-agent/values.yaml:12 value from values.yaml: defaultVolumes[2].hostPath',
    ]);
    expect(locations[4]).toBe('log-agent/templates/_pod.tpl:5 also: spec.template.spec.volumes[4].hostPath');
    expect(locations.join('\n')).not.toContain('extraVolumes');
  });

  it('two values lists printed one after the other: the items belong to the list that holds them', async () => {
    const run = await scanCli([`${root}/log-shipper`, '--level', 'baseline']);
    expect(where(run.report, 'hostPathVolumes')).toEqual([
      'log-shipper/templates/daemonset.yaml:26',
      'log-shipper/values.yaml:5 value from values.yaml: daemonSetVolumes[0].hostPath',
      'log-shipper/values.yaml:8 value from values.yaml: daemonSetVolumes[1].hostPath',
    ]);
  });

  it('init containers written in the template point at their own lines, not at an empty include after them', async () => {
    const run = await scanCli([`${root}/web-app`, '--level', 'restricted']);
    expect(where(run.report, 'allowPrivilegeEscalation')).toEqual([
      'web-app/templates/deployment.yaml:19',
      'web-app/templates/deployment.yaml:26 also: spec.template.spec.initContainers[1].securityContext.allowPrivilegeEscalation',
    ]);
  });
});
