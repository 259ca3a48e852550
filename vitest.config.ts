import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One test file per core. Vitest's default keeps a core free (cores − 1), which on a 2-core CI
    // machine ran the files one after another while most of them wait on Postgres, servers and
    // child processes: 1,217 s of Vitest with one worker, 834 s with two (Dec 6, same machine).
    maxWorkers: availableParallelism(),
    // Builds dist/web for the browser tests when they can run (test/e2e/global-setup.ts).
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
