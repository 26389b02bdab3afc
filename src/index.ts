import { run } from './action/run.js';
import { isManifestPartWorker, serveManifestPart } from './part-worker.js';

// The same file runs the threads that read parts of large manifest files (see part-worker.ts).
if (isManifestPartWorker()) serveManifestPart();
else await run();
