// Writes docs/checks/<id>.md for every check from the check's own meta (src/policy/check-page.ts renders them;
// `podsec explain <id>` prints the same text). With --check, writes nothing and exits 1 if a page is stale.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const checkOnly = process.argv.includes('--check');

// The renderer is TypeScript: bundle it in memory and load the bundle as a module.
const bundled = await build({
  entryPoints: [path.join(root, 'src/policy/check-page.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'warning',
});
const { allCheckPages } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);

const stale = [];
for (const page of allCheckPages()) {
  const file = path.join(root, page.file);
  let current;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === page.text) continue;
  stale.push(page.file);
  if (!checkOnly) writeFileSync(file, page.text);
}
if (checkOnly && stale.length > 0) {
  console.error(`stale check pages (run npm run docs:checks): ${stale.join(', ')}`);
  process.exitCode = 1;
} else if (!checkOnly) {
  console.log(stale.length === 0 ? 'check pages are current' : `wrote ${stale.join(', ')}`);
}
