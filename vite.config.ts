import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { readRawRules } from './scripts/read-rules';
import { formatProblems, validateRules } from './src/content/validate';

/** Fails the build (and the dev server) with one readable message when rules/ is broken. */
function rulesCheck(): Plugin {
  return {
    name: 'samarbeidsveiviseren:rules-check',
    buildStart() {
      const { raw, problems } = readRawRules();
      const result = problems.length ? { ok: false as const, problems } : validateRules(raw);
      if (!result.ok) this.error(formatProblems(result.problems));
    },
  };
}

export default defineConfig({
  plugins: [react(), rulesCheck()],
  build: { target: 'es2022', sourcemap: false },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
