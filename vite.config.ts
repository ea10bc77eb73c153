import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './scripts/lib/csp';
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

/**
 * The Content Security Policy in the built HTML. Build only: the development server needs an inline
 * script for React's hot reload.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'samarbeidsveiviseren:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), rulesCheck(), contentSecurityPolicy()],
  build: { target: 'es2022', sourcemap: false },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
