import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Builds dist/web for the browser tests when they can run (test/e2e/global-setup.ts).
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
