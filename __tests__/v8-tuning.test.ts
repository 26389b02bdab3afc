import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tierUpFlags } from '../src/v8-tuning.js';
import { freshBundle } from './bundle.js';

const examples = path.resolve(import.meta.dirname, '../examples');

describe('tierUpFlags', () => {
  it('raises the tier-up budget on V8 11 (Node 20)', () => {
    expect(tierUpFlags('11.3.244.8-node.38', [])).toEqual(['--interrupt-budget=300000']);
  });

  it('leaves later V8s (Node 21, 22, 24), which have no such flag, as they are', () => {
    expect(tierUpFlags('11.8.172.17-node.20', [])).toEqual([]);
    expect(tierUpFlags('12.4.254.21-node.33', [])).toEqual([]);
    expect(tierUpFlags('13.6.233.17-node.40', [])).toEqual([]);
  });

  it('keeps a budget the user gave node, in either spelling', () => {
    expect(tierUpFlags('11.3.244.8-node.38', ['--interrupt-budget=10000'])).toEqual([]);
    expect(tierUpFlags('11.3.244.8-node.38', ['--interrupt-budget', '10000'])).toEqual([]);
  });
});

/**
 * Functions V8 marked for optimization during a scan of examples/ by the bundled CLI, with node's own tracing; `node`
 * arguments go before the script, where a user's flags would.
 */
async function functionsOptimized(cli: string, nodeArguments: string[]): Promise<number> {
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    ['--trace-opt', ...nodeArguments, cli, 'scan', examples, '--format', 'json', '--output', '/dev/null'],
    { maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: { stdout: string; stderr: string; code: number }) => {
    // examples/ holds failing workloads on purpose: exit code 1.
    expect(error.code).toBe(1);
    return error;
  });
  // The scan ran to its verdict, and a flag this V8 does not know would be reported here ("unrecognized flag").
  expect(stderr).toMatch(/problems fail the run/);
  expect(stderr).not.toMatch(/flag/i);
  return stdout.split('\n').filter((line) => line.startsWith('[marking ')).length;
}

describe('the bundled CLI', () => {
  it("optimizes fewer functions than V8's default budget would, where it sets the flag", async () => {
    const cli = path.join(await freshBundle(), 'cli.js');
    const tuned = await functionsOptimized(cli, []);
    const defaultBudget = await functionsOptimized(cli, ['--interrupt-budget=67584']);
    if (tierUpFlags(process.versions.v8, []).length > 0) {
      expect(tuned).toBeLessThan(defaultBudget * 0.75);
    } else {
      expect(tuned).toBeGreaterThan(0);
    }
  }, 60_000);
});
