import { defineConfig } from 'vitest/config';

// Tests run in forked workers so a crashing SDK can never take down the runner. The load test
// measures Slack's 3 s ack bound, so it runs last and alone, not beside other files on the same cores.
const alone = ['test/robustness/load.test.ts'];

export default defineConfig({
  test: {
    pool: 'forks',
    reporters: ['default', './test/plain-summary-reporter.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'tests', include: ['test/**/*.test.ts'], exclude: alone } },
      { extends: true, test: { name: 'alone', include: alone, sequence: { groupOrder: 1 } } },
    ],
  },
});
