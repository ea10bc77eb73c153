import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { localeRules } from './scripts/lib/locale-rules-plugin.ts';

export default defineConfig({
  plugins: [react(), localeRules()],
  test: {
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
