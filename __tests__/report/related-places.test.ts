/**
 * Related places stay short: the per-item places of one list are one related line with every line, in the
 * terminal, the annotations, the Markdown summary and the pull request comments.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatRelatedPlace, relatedPlaces } from '../../src/report/advice.js';
import { runCli } from '../fix/cli-run.js';

const work = mkdtempSync(path.join(tmpdir(), 'podsec-related-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const at = (file: string, line: number, column: number, message?: string) => ({
  file,
  line,
  column,
  endLine: line,
  endColumn: column + 1,
  ...(message === undefined ? {} : { message }),
});

describe('relatedPlaces', () => {
  it('says the items of one list once, with every line and the indexes as a set', () => {
    const places = relatedPlaces([
      at('pod.yaml', 12, 9, 'also: spec.containers[1].securityContext.runAsNonRoot'),
      at('pod.yaml', 14, 9, 'also: spec.containers[2].securityContext.runAsNonRoot'),
      at('pod.yaml', 16, 9, 'also: spec.containers[3].securityContext.runAsNonRoot'),
      at('pod.yaml', 8, 5, 'also: spec.securityContext.runAsNonRoot'),
      at('values.yaml', 3, 5, 'value from values.yaml: workers[0].securityContext'),
      at('values.yaml', 9, 5, 'value from values.yaml: workers[2].securityContext'),
      at('other/values.yaml', 4, 5, 'value from values.yaml: workers[1].securityContext'),
    ]);
    expect(places.map((place) => `${formatRelatedPlace(place)} ${place.message}`)).toEqual([
      'pod.yaml:12, 14, 16 also: spec.containers[1-3].securityContext.runAsNonRoot',
      'pod.yaml:8:5 also: spec.securityContext.runAsNonRoot',
      'values.yaml:3, 9 value from values.yaml: workers[0,2].securityContext',
      'other/values.yaml:4:5 value from values.yaml: workers[1].securityContext',
    ]);
  });

  it('keeps places without a list index apart, even with the same words', () => {
    const places = relatedPlaces([
      at('base/a.yaml', 1, 1, 'resource defined here'),
      at('base/a.yaml', 9, 1, 'resource defined here'),
    ]);
    expect(places.map(formatRelatedPlace)).toEqual(['base/a.yaml:1:1', 'base/a.yaml:9:1']);
  });
});

describe('reports of a workload with four containers', () => {
  const dir = mkdtempSync(path.join(work, 'scan-'));
  writeFileSync(
    path.join(dir, 'web.yaml'),
    [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: web}',
      'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata: {labels: {app: web}}',
      '    spec:',
      '      containers:',
      ...['a', 'b', 'c', 'd'].flatMap((name) => [`      - name: ${name}`, '        image: nginx']),
      '',
    ].join('\n'),
  );

  it('prints one related line for the other containers in the terminal', async () => {
    const { stdout } = await runCli(dir, ['scan', '--level', 'restricted', '--verbose', 'web.yaml']);
    const related = stdout
      .split('\n')
      .filter((line) => line.includes('related:') && line.includes('allowPrivilegeEscalation'));
    expect(related.map((line) => line.trim())).toEqual([
      'related: web.yaml:12, 14, 16 also: spec.template.spec.containers[1-3].securityContext.allowPrivilegeEscalation',
    ]);
  });

  it('lists the places once per list in the Markdown summary', async () => {
    const { stdout } = await runCli(dir, ['scan', '--level', 'restricted', '--format', 'markdown', 'web.yaml']);
    const row = stdout.split('\n').find((line) => line.includes('allowPrivilegeEscalation'));
    expect(row).toContain('<sub>related: web.yaml:12, 14, 16</sub>');
  });
});
