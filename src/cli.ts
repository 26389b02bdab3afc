#!/usr/bin/env node
import { main } from './cli/main.js';
import { isManifestPartWorker, serveManifestPart } from './part-worker.js';

// The same file runs the threads that read parts of large manifest files (see part-worker.ts).
if (isManifestPartWorker()) serveManifestPart();
else process.exitCode = await main(process.argv.slice(2));
