import { describe, it } from 'vitest';
import { MUTATION_ROUNDS, mutationRounds, realRenders } from './block-yaml-support.js';

// The second half of block-yaml.test.ts's seeded mutation rounds, in a file of its own so the halves run side by side.
const renders = await realRenders();

describe('fast block reader', () => {
  it('agrees with the general parser on hundreds of mutated renders (seeded, second half)', () => {
    mutationRounds(renders, MUTATION_ROUNDS / 2, MUTATION_ROUNDS);
  });
});
