/**
 * The thread that reads the second part of a large manifest file (see manifest-parts.ts). It runs the bundle the
 * process runs (dist/cli.js or dist/index.js), whose entry serves the part instead of starting a scan when
 * {@link isManifestPartWorker} says so: the bundles stay single files.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { readManifestPart, type PartReader, type PartRequest, type PartResult } from './manifest-parts.js';

const ROLE = 'podsec-manifest-part';

interface PartWorkerData {
  readonly role: typeof ROLE;
  readonly request: PartRequest;
}

function isPartWorkerData(data: unknown): data is PartWorkerData {
  return typeof data === 'object' && data !== null && (data as { role?: unknown }).role === ROLE;
}

/** Whether this thread was started to read a part (the entry then calls {@link serveManifestPart}). */
export function isManifestPartWorker(): boolean {
  return !isMainThread && isPartWorkerData(workerData);
}

/** Reads the part this thread was started for and posts the result (null when it cannot be read as a part). */
export function serveManifestPart(): void {
  if (!isPartWorkerData(workerData)) return;
  parentPort?.postMessage(readManifestPart(workerData.request) ?? null);
}

/**
 * Reads parts on a worker thread running `script` (a bundle whose entry serves them). Any failure of the thread
 * (it could not start, the data could not be copied, it crashed) gives no result: the text is then read whole.
 */
export function workerPartReader(script: URL): PartReader {
  return (request) => {
    let worker: Worker | undefined;
    const result = new Promise<PartResult | undefined>((resolve) => {
      try {
        const data: PartWorkerData = { role: ROLE, request };
        worker = new Worker(script, { workerData: data, stdout: true, stderr: true });
      } catch {
        resolve(undefined);
        return;
      }
      worker.once('message', (message: PartResult | null) => {
        resolve(message ?? undefined);
        void worker?.terminate();
      });
      worker.once('error', () => resolve(undefined));
      worker.once('exit', () => resolve(undefined));
    });
    return {
      result,
      cancel: () => void worker?.terminate(),
    };
  };
}

/**
 * The reader for this process, when it runs from a bundle (a worker needs a single JavaScript file to start from:
 * the sources under test have none), else undefined.
 */
export function bundlePartReader(moduleUrl: string): PartReader | undefined {
  return moduleUrl.endsWith('.js') ? workerPartReader(new URL(moduleUrl)) : undefined;
}
