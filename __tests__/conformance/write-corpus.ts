/**
 * Writes the generated conformance corpus to disk in upstream PSA's fixture layout, to diff against
 * upstream's `test/testdata` or to feed other tools:
 *
 *   node bench/run.mjs __tests__/conformance/write-corpus.ts OUT_DIR
 *
 * Layout: OUT_DIR/{baseline,restricted}/v1.N/{pass,fail}/<name>.yaml, one Pod per file, plus
 * OUT_DIR/expectations.json listing each fail case's expected failing check ids and substring.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { generateCorpus } from './generator.js';

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: node bench/run.mjs __tests__/conformance/write-corpus.ts OUT_DIR');
  process.exit(2);
}

const expectations: Record<string, { expectedIds: readonly string[]; expectedSubstring: string }> = {};
const corpus = generateCorpus();
for (const c of corpus) {
  const relative = join(c.level, `v1.${c.minor}`, c.verdict, `${c.name}.yaml`);
  mkdirSync(join(outDir, c.level, `v1.${c.minor}`, c.verdict), { recursive: true });
  writeFileSync(join(outDir, relative), stringify(c.pod));
  if (c.verdict === 'fail')
    expectations[relative] = { expectedIds: c.expectedIds, expectedSubstring: c.expectedSubstring };
}
writeFileSync(join(outDir, 'expectations.json'), `${JSON.stringify(expectations, null, 2)}\n`);
console.log(`wrote ${corpus.length} pods to ${outDir}`);
