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
          // Under jsdom, binary types from one realm, as in a browser (test/setup/one-realm.ts).
          setupFiles: ['test/setup/one-realm.ts'],
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
          // Sized for a slow machine shared with another test run: a test drives a real browser through several
          // screens; the slowest ordinary one took 20 s with two `npm test` at once (longer walks declare their own
          // limit, test/timeouts.ts). A hook launches Chromium.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // expect.poll is how the e2e tests read what the page shows: it re-reads until the page agrees, so a check
          // right after an action waits for React and IndexedDB instead of racing them. vitest's 1 s default is
          // shorter than one render after a write takes on a busy machine.
          expect: { poll: { timeout: 30_000, interval: 100 } },
          benchmark: { include: [] },
        },
      },
    ],
  },
});
