import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { localeRules } from './scripts/lib/locale-rules-plugin.ts';

/**
 * Interface tests that mock a module (vi.mock): isolated, so the mock does not reach other files. Found
 * by reading the files rather than listed by hand, so a new test that mocks cannot land in the shared
 * module graph by mistake.
 */
const MOCKING = ['test/ui', 'test/app'].flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.test\.tsx?$/.test(file))
    .map((file) => `${dir}/${file}`)
    .filter((file) => readFileSync(file, 'utf8').includes('vi.mock(')),
);

export default defineConfig({
  plugins: [react(), localeRules()],
  test: {
    // Sized for a loaded two-core machine (CI shares one). In the ui project every wait
    // (Testing Library's asyncUtilTimeout, test/ui/setup.ts) gives up at 15 s, well before this,
    // so a test that waits in vain fails with a message naming what it waited for. No retries.
    testTimeout: 30_000,
    // Vitest's default for a run is one worker fewer than the cores: one worker on this two-core machine,
    // which left a core idle (52% busy). Two workers: 96 s became 76 s.
    maxWorkers: Math.max(2, availableParallelism()),
    hookTimeout: 30_000,
    retry: 0,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // One module graph per worker: zod, xstate and the validated rules are imported once per
          // worker, not once per file. Nothing here mocks a module.
          isolate: false,
          include: [
            'test/content/**/*.test.ts',
            'test/domain/**/*.test.ts',
            'test/machine/**/*.test.ts',
            'test/docs/**/*.test.ts',
            'test/scripts/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['test/ui/**/*.test.{ts,tsx}', 'test/app/**/*.test.{ts,tsx}'],
          exclude: MOCKING,
          setupFiles: ['test/ui/setup.ts'],
          // The interface's files share one module graph per worker: React, the app and the rules are
          // imported once per worker instead of once per file (most of this project's import time).
          // test/ui/setup.ts resets the page, the address and the language between tests.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // Files that replace a module (vi.mock) get a module graph of their own.
          name: 'ui-mocked',
          environment: 'jsdom',
          include: MOCKING,
          setupFiles: ['test/ui/setup.ts'],
        },
      },
    ],
  },
});
