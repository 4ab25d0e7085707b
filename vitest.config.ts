import { defineConfig } from 'vitest/config';

// Two projects, one runner: `unit` (node; jsdom or fake-indexeddb where a file asks for it)
// and `e2e` (the web build served locally and driven in Debian's Chromium by playwright-core).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          environment: 'node',
          // Benchmarks (npx vitest bench --run) run in node with this project only, not twice.
          benchmark: { include: ['test/bench/**/*.bench.ts'] },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          benchmark: { include: [] },
        },
      },
    ],
  },
});
