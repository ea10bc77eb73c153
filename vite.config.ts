import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './scripts/lib/csp';
import { readRawRules } from './scripts/read-rules';
import { formatProblems, validateRules } from './src/content/validate';

/** Fails the build (and the dev server) with one readable message when rules/ is broken. */
function rulesProblems(): string | null {
  const { raw, problems } = readRawRules();
  const result = problems.length ? { ok: false as const, problems } : validateRules(raw);
  return result.ok ? null : formatProblems(result.problems);
}

/**
 * The browser takes the bundled rules as they are (src/content/bundled-rules.ts), so they are
 * validated here: a broken file fails the build, and in development each change to rules/ is checked
 * and any problem shown in the browser's error overlay.
 */
function rulesCheck(): Plugin {
  return {
    name: 'samarbeidsveiviseren:rules-check',
    buildStart() {
      const problems = rulesProblems();
      if (problems) this.error(problems);
    },
    handleHotUpdate({ file, server }) {
      if (!/[/\\]rules[/\\][^/\\]+\.json$/.test(file)) return;
      const problems = rulesProblems();
      if (problems) {
        server.config.logger.error(problems);
        server.ws.send({ type: 'error', err: { message: problems, stack: '' } });
      }
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
  // Rules and other JSON as JSON.parse("…"): parsed faster than an object literal on slow phones.
  json: { stringify: true },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
