/**
 * The real-browser suite: playwright-core drives Debian's Chromium against the production build that
 * scripts/e2e.ts serves (it sets E2E_BASE_URL). Run it with `npm run test:e2e`, not directly.
 * Files run one after another: each launches its own Chromium and the machine has two cores.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    fileParallelism: false,
    // Screens, axe and PDFs run a few at a time within a file (it.concurrent): each test has its own
    // browser context, and Chromium waits on rendering more than on the CPU.
    maxConcurrency: 3,
    // Sized for a loaded two-core machine: a test may take many steps (under load the longest took 75 s),
    // and each wait in it gives up at WAIT_MS (30 s; a page load at 60 s, test/e2e/browser.ts), so a
    // wait in vain fails with its own message first.
    testTimeout: 300_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // A flaky browser test is a bug to fix, not to retry away.
    retry: 0,
  },
});
