// Bundles the two entry points into self-contained ESM files under dist/.
// The banner gives CommonJS dependencies (tunnel, via @actions/http-client) a working `require`.
import { build } from 'esbuild';

// An optional first argument writes elsewhere, so a test can compare a fresh build with dist/.
const outdir = process.argv[2] ?? 'dist';

const banner = {
  js: "import { createRequire as __podsecCreateRequire } from 'node:module';\nconst require = __podsecCreateRequire(import.meta.url);",
};

await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  // Keep output byte-stable so the committed dist/ can be compared in tests.
  sourcemap: false,
  minify: false,
  splitting: false,
});
