import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { ChunkingContext } from 'rolldown';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './scripts/lib/csp.ts';
import { localeRules } from './scripts/lib/locale-rules-plugin.ts';
import { reactSentinels } from './scripts/lib/react-sentinels.ts';
import { unsetAttributes } from './scripts/lib/unset-attributes.ts';
import { wholePageRestyle } from './scripts/lib/whole-page-restyle.ts';
import { readRawRules } from './scripts/read-rules.ts';
import { RULE_PART_FILES, type RulePart } from './src/content/rule-parts.ts';
import { formatProblems, validateRules } from './src/content/validate.ts';
import { LOCALES } from './src/content/vocabulary.ts';
import { INFO_PAGES, infoPagePath } from './src/domain/url-format.ts';
import { parseFeedbackTarget } from './src/ui/result/feedback/feedback-href.ts';

const RULE_PARTS = Object.keys(RULE_PART_FILES) as RulePart[];
/** The journey's view: a chunk of its own (pageChunks), loaded for every page but the start page. */
const JOURNEY_VIEW = 'src/app/journey-view.tsx';
/** The result page: a chunk of its own, loaded with the rest of the rules (src/app/app.tsx). */
const RESULT_PAGE = 'src/ui/result/result-page.tsx';

/** Fails the build (and the dev server) with one readable message when rules/ is broken. */
function rulesProblems(): string | null {
  const { raw, problems } = readRawRules();
  const result = problems.length ? { ok: false as const, problems } : validateRules(raw);
  return result.ok ? null : formatProblems(result.problems);
}

/**
 * The browser takes the rules as they are (src/content/locale-rules.ts loads the per-language chunks
 * that scripts/lib/locale-rules-plugin.ts makes), so they are validated here: a broken file fails the
 * build, and in development each change to rules/ is checked and any problem shown in the browser's
 * error overlay.
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
 * `VITE_FEEDBACK_URL` (README, "Feedback"): a value that is set but is neither `mailto:address` nor an
 * `https:` URL fails the build, rather than leaving the result without its feedback link unnoticed.
 */
function feedbackConfigCheck(): Plugin {
  return {
    name: 'samarbeidsveiviseren:feedback-config',
    configResolved(config) {
      const value = config.env.VITE_FEEDBACK_URL as string | undefined;
      const { problem } = parseFeedbackTarget(value);
      if (problem) throw new Error(`VITE_FEEDBACK_URL ${problem} (it is ${JSON.stringify(value)})`);
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

/**
 * Names in meta elements the journey's modules (the lazily loaded questions, and what only they import),
 * the result page's (`result-modules`: the result page and what only it imports), the two rules chunks
 * of each language (`question-rules-…`, what a question needs, and `result-rules-…`, what a result
 * adds, with the interface texts only a result uses) and the nynorsk and English message catalogues.
 * public/boot.js preloads the catalogue of a page in nynorsk or English, and the journey, the rules and
 * the modules its page needs when a link opens on a question or a result, so they download alongside
 * the main script instead of after it; the start page does not load the journey first.
 */
function journeyModulesHint(): Plugin {
  let base = '/';
  return {
    name: 'samarbeidsveiviseren:journey-modules',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
        const find = (test: (id: string) => boolean, what: string) => {
          // A page's own chunk (pageChunk) holds its module without being its facade.
          const found = chunks.find((chunk) =>
            chunk.facadeModuleId ? test(chunk.facadeModuleId) : chunk.moduleIds.some(test),
          );
          if (!found) throw new Error(`journey-modules: no chunk for ${what}`);
          return found;
        };
        const entry = chunks.find((chunk) => chunk.isEntry);
        const journey = find((id) => id.endsWith(JOURNEY_VIEW), JOURNEY_VIEW);
        const journeyFiles = [journey.fileName, ...journey.imports].filter(
          (file) => file !== entry?.fileName && !entry?.imports.includes(file),
        );
        const result = find((id) => id.endsWith(RESULT_PAGE), RESULT_PAGE);
        const resultFiles = [result.fileName, ...result.imports].filter(
          (file) =>
            file !== entry?.fileName && !entry?.imports.includes(file) && !journeyFiles.includes(file),
        );
        const meta = (name: string, files: string[]) => ({
          tag: 'meta',
          attrs: { name, content: files.map((file) => `${base}${file}`).join(' ') },
          injectTo: 'head-prepend' as const,
        });
        return [
          meta('journey-modules', journeyFiles),
          meta('result-modules', resultFiles),
          ...(['nn', 'en'] as const).map((locale) =>
            meta(`messages-${locale}`, [
              find((id) => id.endsWith(`/src/ui/text/messages/${locale}.ts`), `messages/${locale}.ts`)
                .fileName,
            ]),
          ),
          ...LOCALES.flatMap((locale) =>
            RULE_PARTS.map((part) =>
              meta(`${part}-rules-${locale}`, [
                find((id) => id === `\0virtual:rules-${part}-${locale}`, `${part} rules in ${locale}`)
                  .fileName,
                // What a result adds includes the interface texts only a result uses
                // (src/ui/text/messages/catalogues.ts).
                ...(part === 'result'
                  ? [
                      find(
                        (id) => id.endsWith(`/src/ui/text/messages/${locale}-result.ts`),
                        `messages/${locale}-result.ts`,
                      ).fileName,
                    ]
                  : []),
              ]),
            ),
          ),
        ];
      },
    },
  };
}

/**
 * V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chromium 136 and later) on the scripts a
 * page needs at once: the main script, the journey and the result page. Without it V8 compiles a function on the main
 * thread the first time it is called, inside the task that calls it (React's first drawing, the engine's
 * first evaluation); with it, every function is compiled while the script downloads, on a background
 * thread. Other browsers read it as a comment (docs/adr/0004).
 */
function compileHints(): Plugin {
  return {
    name: 'samarbeidsveiviseren:compile-hints',
    apply: 'build',
    // After Vite's own additions (its import map helper opens the journey's chunk), as V8 reads the
    // hint only at the very top of a script.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const item of Object.values(bundle)) {
          if (item.type !== 'chunk') continue;
          // The journey's and the result page's chunks hold their modules without being their facade.
          const atOnce =
            item.isEntry ||
            item.moduleIds.some((id) => id.endsWith(JOURNEY_VIEW) || id.endsWith(RESULT_PAGE));
          if (atOnce) item.code = `//# allFunctionsCalledOnLoad\n${item.code}`;
        }
      },
    },
  };
}

/**
 * The accessibility statement, the privacy page and the changes page are static documents the build
 * writes (scripts/prerender.ts, docs/adr/0006). The development server renders them on request from
 * the same code, with the app's stylesheets inline, so the footer's links work under `npm start` too.
 */
function infoPagesInDevelopment(): Plugin {
  // The stylesheets src/app/main.tsx imports.
  const stylesheets = ['/src/app/designsystemet.css', '/src/app/fonts.css', '/src/ui/shell/styles.css'];
  const paths = new Set(INFO_PAGES.flatMap((page) => LOCALES.map((locale) => infoPagePath(page, locale))));
  return {
    name: 'samarbeidsveiviseren:info-pages',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        if (!paths.has(path)) return next();
        const load = async () => {
          const { infoDocuments } = (await server.ssrLoadModule(
            '/scripts/lib/info-pages.ts',
          )) as typeof import('./scripts/lib/info-pages.ts');
          const css = await Promise.all(
            stylesheets.map(async (file) => (await server.ssrLoadModule(`${file}?inline`)).default as string),
          );
          return infoDocuments({ css: css.join('\n'), policy: null }).find((page) => page.path === path);
        };
        load().then((page) => {
          if (!page) return next();
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(page.html);
        }, next);
      });
    },
  };
}

/**
 * The journey and the result page each one chunk with everything only they import, instead of the
 * chunks the bundler would otherwise make of what two lazily loaded modules share: a result opened from
 * a link then needs the main script, the journey, the result page and two rules chunks, each asked for
 * at once (public/boot.js). Every file more held a result's largest paint back on Lighthouse's slow
 * 4G, which gives one origin six connections (docs/adr/0004). The result page and "Slik virker
 * veiviseren" are only drawn after the journey, so their chunks import from its chunk.
 */
function pageChunk(id: string, context: ChunkingContext): string | null {
  // The graph is the same for every call of one build: worked out once (pageChunksPerBuild resets it).
  if (!reachable) {
    const from = (root: string) => {
      const found = new Set<string>();
      const stack = [root];
      while (stack.length > 0) {
        const next = stack.pop() as string;
        if (found.has(next)) continue;
        found.add(next);
        stack.push(...(context.getModuleInfo(next)?.importedIds ?? []));
      }
      return found;
    };
    reachable = {
      main: from(inSource('src/app/main.tsx')),
      journey: from(inSource(JOURNEY_VIEW)),
      result: from(inSource(RESULT_PAGE)),
    };
  }
  if (reachable.main.has(id)) return null;
  if (reachable.journey.has(id)) return 'journey-view';
  if (reachable.result.has(id)) return 'result-page';
  return null;
}
let reachable: {
  main: Set<string>;
  journey: Set<string>;
  result: Set<string>;
} | null = null;
const inSource = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** A new module graph for each build (a watched build makes several in one process). */
function pageChunksPerBuild(): Plugin {
  return {
    name: 'samarbeidsveiviseren:page-chunks',
    apply: 'build',
    buildStart() {
      reachable = null;
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    reactSentinels(),
    rulesCheck(),
    localeRules(),
    contentSecurityPolicy(),
    journeyModulesHint(),
    compileHints(),
    pageChunksPerBuild(),
    infoPagesInDevelopment(),
    feedbackConfigCheck(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Chunks named for what they hold: rules-question-nb-[hash].js (not _virtual_rules-question-nb-…), messages-nn-[hash].js.
    rollupOptions: {
      output: {
        // Only the modules pageChunk names, not what they import (the main script's modules stay in it).
        codeSplitting: {
          groups: [{ name: pageChunk, debugName: 'page chunks', includeDependenciesRecursively: false }],
        },
        chunkFileNames: (chunk) => {
          const catalogue = /\/src\/ui\/text\/messages\/(nb|nn|en)(-result)?\.ts$/.exec(
            chunk.facadeModuleId ?? '',
          );
          const name = catalogue
            ? `messages${catalogue[2] ?? ''}-${catalogue[1]}`
            : chunk.name.replace(/^_virtual_/, '');
          return `assets/${name}-[hash].js`;
        },
      },
    },
  },
  // Designsystemet's few selectors that restyle the whole page on every insertion, rewritten, and the
  // theme's rules for attributes the guide never sets, dropped (docs/adr/0004).
  css: { postcss: { plugins: [wholePageRestyle(), unsetAttributes()] } },
  // Rules and other JSON as JSON.parse("…"): parsed faster than an object literal on slow phones.
  json: { stringify: true },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
