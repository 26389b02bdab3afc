#!/usr/bin/env node
// Runs a TypeScript benchmark from this folder: `node bench/run.mjs evaluate [args…]`, or any
// TypeScript script by path: `node bench/run.mjs __tests__/conformance/write-corpus.ts out/`.
// Node 20 cannot run TypeScript itself, so the benchmark is bundled with esbuild (already a dev
// dependency) into a temporary ES module first. The bundle is not minified, so profiles stay readable.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [name, ...args] = process.argv.slice(2);
if (!name || !(/^[\w-]+$/.test(name) || name.endsWith('.ts'))) {
  console.error('usage: node bench/run.mjs <benchmark> [args…]   (e.g. node bench/run.mjs evaluate)');
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'podsec-bench-'));
const entry = name.endsWith('.ts') ? resolve(name) : join(here, `${name}.ts`);
const outfile = join(outDir, `${basename(entry, '.ts')}.mjs`);
// Removed also when the benchmark ends the process itself (process.exit skips the finally below).
process.on('exit', () => rmSync(outDir, { recursive: true, force: true }));
try {
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    // Some dependencies (yaml) are CommonJS and require() Node built-ins; give the ESM bundle a require.
    banner: {
      js: "import { createRequire as __podsecCreateRequire } from 'node:module'; const require = __podsecCreateRequire(import.meta.url);",
    },
  });
  process.argv = [process.argv[0], outfile, ...args];
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
