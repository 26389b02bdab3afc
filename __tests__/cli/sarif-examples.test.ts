import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createNodeScanDeps } from '../../src/node-deps.js';
import { fixtureRepository } from '../fixture-repository.js';

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, '../..');
const MULTITOOL = path.join(repoRoot, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');
// SARIF2006 would fetch every URI in the log over the network; the config turns it off.
const VALIDATOR_CONFIG = path.join(repoRoot, '__tests__/fixtures/report/sarif-validator.xml');

describe('SARIF of a real scan', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'podsec-sarif-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('of the examples (manifests, a rendered chart, a kustomize overlay) passes the validator with GitHub rules', async () => {
    const sarifFile = path.join(work, 'examples.sarif');
    const noop = { write: () => true };
    const code = await main(['scan', 'examples', '--format', 'sarif', '--output', sarifFile], {
      // The examples include a kustomize overlay: scanned in a small copy of the repository (see fixture-repository.ts).
      cwd: fixtureRepository(),
      stdout: noop,
      stderr: noop,
      env: {},
      deps: createNodeScanDeps(),
    });
    expect(code).toBe(1);
    const log = JSON.parse(readFileSync(sarifFile, 'utf8')) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const uris = new Set(log.runs[0]?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri));
    // Findings land on repository files: the chart's template, the overlay's patch, the manifests.
    expect(uris).toContain('examples/charts/api/templates/deployment.yaml');
    expect(uris).toContain('examples/kustomize/overlays/production/capture-patch.yaml');
    expect(uris).toContain('examples/manifests/node-agent.yaml');

    const out = path.join(work, 'validation.json');
    await run(
      MULTITOOL,
      ['validate', '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning', '-c', VALIDATOR_CONFIG, '-o', out, sarifFile],
      { timeout: 120_000 },
    );
    const validation = JSON.parse(readFileSync(out, 'utf8')) as {
      runs: { results?: { ruleId: string; level?: string }[] }[];
    };
    const problems = (validation.runs[0]?.results ?? []).filter((r) => r.level === 'error' || r.level === 'warning');
    expect(problems).toEqual([]);
  });
});
