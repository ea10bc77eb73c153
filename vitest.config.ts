import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { localeRules } from './scripts/lib/locale-rules-plugin.ts';

export default defineConfig({
  plugins: [react(), localeRules()],
  test: {
    // Sized for a loaded two-core machine (CI shares one). In the ui project every wait
    // (Testing Library's asyncUtilTimeout, test/ui/setup.ts) gives up at 15 s, well before this,
    // so a test that waits in vain fails with a message naming what it waited for. No retries.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    retry: 0,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'test/content/**/*.test.ts',
            'test/domain/**/*.test.ts',
            'test/machine/**/*.test.ts',
            'test/docs/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['test/ui/**/*.test.{ts,tsx}', 'test/app/**/*.test.{ts,tsx}'],
          setupFiles: ['test/ui/setup.ts'],
        },
      },
    ],
  },
});
