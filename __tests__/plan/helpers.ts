/** A repository written from a table of files, and its plan as `podsec plan --format json` prints it. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { RolloutPlan } from '../../src/plan/types.js';
import { runCli } from '../hostile/helpers.js';

export async function planOfFiles(
  files: Readonly<Record<string, string>>,
  prefix: string,
): Promise<{ dir: string; plan: RolloutPlan }> {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const run = await runCli(['plan', '.', '--format', 'json', '--policy-version', 'v1.30'], dir);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return { dir, plan: JSON.parse(run.stdout) as RolloutPlan };
}

/** A pod controller (`apps/v1`) named `name`, with pods labelled `app: <app>` and the pod spec `podSpec` (indented six spaces). */
export function podController(
  kind: 'Deployment' | 'DaemonSet',
  namespace: string,
  name: string,
  podSpec: string,
  app: string = name,
): string {
  return `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  selector:
    matchLabels: {app: ${app}}
  template:
    metadata:
      labels: {app: ${app}}
    spec:
${podSpec}`;
}
