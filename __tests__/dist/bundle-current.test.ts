import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshBundle } from '../bundle.js';

// dist/ is committed so the action and `node dist/cli.js` work from a fresh clone without npm install.
// A stale bundle would ship old behaviour silently, so rebuild and compare byte for byte.
describe('committed dist/', () => {
  it('matches a fresh build of src/', async () => {
    const fresh = await freshBundle();
    const built = readdirSync(fresh).sort();
    expect(built).toEqual(['cli.js', 'index.js']);
    for (const name of built) {
      const committed = readFileSync(join('dist', name), 'utf8');
      const rebuilt = readFileSync(join(fresh, name), 'utf8');
      // Compare lengths first so a mismatch prints a short message rather than two megabytes.
      expect(committed.length, `dist/${name} is stale: run npm run build`).toBe(rebuilt.length);
      expect(committed === rebuilt, `dist/${name} is stale: run npm run build`).toBe(true);
    }
  });
});
