import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // Renders run the real helm and kustomize binaries; give them room on a 2-core CI machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One worker per core. Vitest's default keeps a core for itself (one worker on a 2-core machine), but the
    // main process is nearly idle during a run, and many tests spend their time waiting on helm, kustomize and
    // action processes.
    maxWorkers: availableParallelism(),
    // A worker loads podsec's modules once for all the files it runs instead of once per file: module state is
    // caches keyed by runner or object, and the tests that change process.env or mocks restore them.
    isolate: false,
    // Temp folders of every test live in one scratch folder that is removed after the run.
    globalSetup: ['__tests__/scratch-tmp.ts'],
  },
});
