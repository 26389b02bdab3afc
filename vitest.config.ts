import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // Renders run the real helm and kustomize binaries; give them room on a 2-core CI machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Temp folders of every test live in one scratch folder that is removed after the run.
    globalSetup: ['__tests__/scratch-tmp.ts'],
  },
});
