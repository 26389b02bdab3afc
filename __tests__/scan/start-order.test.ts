import { describe, expect, it } from 'vitest';
import { resolveScanOptions } from '../../src/config/options.js';
import type { TargetRef } from '../../src/findings/types.js';
import { scan, type ScanDeps, type ScanTarget } from '../../src/scan.js';

const target = (kind: TargetRef['kind'], path: string): ScanTarget => ({
  ref: { kind, path, scenarios: [] } as TargetRef,
  absolutePath: `/repo/${path}`,
});

describe('scan start order', () => {
  it('starts kustomize builds first, then charts, then plain files, and reports in discovery order', async () => {
    const discovered = [
      target('helm', 'charts/a'),
      target('manifest', 'deploy/b.yaml'),
      target('kustomize', 'overlays/c'),
      target('helm', 'charts/d'),
      target('kustomize', 'overlays/e'),
      target('manifest', 'deploy/f.yaml'),
    ];
    const started: string[] = [];
    const outcome = async (item: ScanTarget) => {
      started.push(item.ref.path);
      // Finish in reverse start order, so completion order differs from both orders.
      await new Promise((resolve) => setTimeout(resolve, 30 - started.length * 4));
      return { target: item.ref, scenarios: [], errors: [] };
    };
    const deps: ScanDeps = {
      discover: async () => ({ targets: discovered, errors: [] }),
      loadManifests: outcome,
      render: outcome,
    };
    const options = resolveScanOptions({
      cwd: '/repo',
      paths: ['.'],
      flags: { concurrency: '1' },
      today: '2026-12-02',
    });
    const result = await scan(options, deps);
    expect(started).toEqual(['overlays/c', 'overlays/e', 'charts/a', 'charts/d', 'deploy/b.yaml', 'deploy/f.yaml']);
    expect(result.targets.map((summary) => summary.ref.path)).toEqual(discovered.map((item) => item.ref.path));
  });
});
