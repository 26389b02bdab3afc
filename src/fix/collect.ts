/**
 * A scan result with its assessed workloads: the fix engine needs the rendered objects (to locate fields and
 * read the pod), which a plain scan lets go as soon as it has assessed them (runScan's `keepItems`).
 */
import type { AssessItem } from '../findings/assess.js';
import type { ScanResult } from '../findings/types.js';

export interface ScanWithWorkloads {
  readonly result: ScanResult;
  readonly items: AssessItem[];
}
