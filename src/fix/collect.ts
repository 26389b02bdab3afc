/**
 * A scan that keeps its workloads: the fix engine needs the rendered objects (to locate fields and read the
 * pod), which a plain scan lets go as soon as it has assessed them. Same deps, same result.
 */
import type { AssessItem } from '../findings/assess.js';
import type { ScanResult } from '../findings/types.js';
import type { ScanOptions } from '../options.js';
import { scan, type ScanDeps } from '../scan.js';

export interface ScanWithWorkloads {
  readonly result: ScanResult;
  readonly items: AssessItem[];
}

export async function scanKeepingWorkloads(options: ScanOptions, deps: ScanDeps): Promise<ScanWithWorkloads> {
  const items: AssessItem[] = [];
  const result = await scan(options, deps, items);
  return { result, items };
}
