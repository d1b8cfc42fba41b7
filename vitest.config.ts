import { defineConfig } from 'vitest/config';

// Tests run in forked workers so a crashing SDK can never take down the runner.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
