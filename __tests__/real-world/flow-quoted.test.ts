import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { indentFlowContinuations } from '../../src/manifests/flow-indent.js';
import { parseManifests } from '../../src/manifests/parse.js';
import { createCommandRunner } from '../../src/render/command-runner.js';
import { fixtures, repoRoot, scanCli, type JsonReport } from './helpers.js';

/** argo-workflows examples: a quoted script in a flow sequence that closes at its key's indentation. */
const file = `${fixtures}/flow-quoted/workflow.yaml`;

describe('a multi-line quoted scalar in a flow sequence, closed at the key indentation', () => {
  let work: string;
  let text: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'podsec-flow-'));
    text = await readFile(join(repoRoot, file), 'utf8');
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('reads as kubectl reads it: the same values', async () => {
    await writeFile(join(work, 'workflow.yaml'), text);
    await writeFile(join(work, 'kustomization.yaml'), 'resources:\n  - workflow.yaml\n');
    const runner = createCommandRunner({ maxConcurrent: 1 });
    let built;
    try {
      built = await runner.run('kubectl', ['kustomize', work]);
    } finally {
      runner.dispose();
    }
    expect(built.exitCode).toBe(0);
    const kubectl = parseAllDocuments(built.stdout).map((doc) => doc.toJS() as { kind: string });
    const parsed = parseManifests(text, file);
    expect(parsed.errors).toEqual([]);
    const byKind = (values: { kind: string }[]): unknown[] => [...values].sort((a, b) => a.kind.localeCompare(b.kind));
    expect(byKind(parsed.objects.map((object) => object.value as { kind: string }))).toEqual(byKind(kubectl));
  });

  it('keeps line numbers: the finding after the scalar is on its own line', async () => {
    const run = await scanCli([file, '--level', 'baseline']);
    expect(run.report.errors).toEqual([]);
    // The Workflow's privileged container (line 19) and the Pod's (line 41), both after a padded scalar.
    const policies = (problem: JsonReport['problems'][number]): string =>
      problem.policies.map((policy) => `${policy.level}:${policy.version}`).join(',');
    expect(
      run.report.problems.map((problem) => `${problem.kind} ${problem.check} ${problem.line} ${policies(problem)}`),
    ).toEqual(['Workflow privileged 19 baseline:latest', 'Pod privileged 41 baseline:latest']);
    expect(run.code).toBe(1);
  });

  it('a quoted scalar that never closes is still a syntax error', () => {
    const parsed = parseManifests(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  args: ["\n  echo\n',
      'broken.yaml',
    );
    expect(parsed.errors[0]?.message).toMatch(/^YAML syntax error/);
  });
});

describe('indentFlowContinuations', () => {
  it('leaves block scalars and well-indented flow collections alone', () => {
    const script = 'data:\n  run.sh: |\n    args: ["\n  x\n    "]\n';
    expect(indentFlowContinuations(script)).toBeUndefined();
    expect(indentFlowContinuations('args: [\n  "a",\n  "b"]\n')).toBeUndefined();
  });

  it('indents only the lines inside the flow collection, past its key', () => {
    expect(indentFlowContinuations('  - args: ["\n  echo\n  "]\n    next: 1\n')).toBe(
      '  - args: ["\n     echo\n     "]\n    next: 1\n',
    );
  });
});
