/**
 * Part of `npm run build`: renders the start page (bokmål) into dist/index.html, so its content is in
 * the HTML before any JavaScript runs; the app then hydrates it (src/app/main.tsx). Without JavaScript
 * the start page still reads, and a notice says the questions need JavaScript. Then writes the
 * accessibility statement, the privacy page and the changes to the rules, each language a static
 * document of its own with no script (dist/tilgjengelighet/index.html, dist/tilgjengelighet/nn/index.html,
 * dist/endringer/en/index.html, …; docs/adr/0006).
 * The entry stylesheet and public/boot.js are then written into the page, so the first paint needs
 * nothing but the HTML, and the Content Security Policy allows them by hash (dist/csp-header.conf holds
 * the same policy for nginx). Last, the open data. `--out DIR` prerenders another build folder.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '../src/app/app';
import { formatProblems, validateRules } from '../src/content/validate';
import { HEADER_ONLY_DIRECTIVES, policyWithHashes } from './lib/csp';
import { infoDocuments } from './lib/info-pages';
import { OPEN_DATA_PATH, openDataFiles } from './lib/open-data';
import { readRawRules } from './read-rules';

const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? (process.argv[outIndex + 1] ?? 'dist') : 'dist';
const file = join(outDir, 'index.html');
const MARKER = '<div id="root"><!--prerender--></div>';

const page = readFileSync(file, 'utf8');
if (!page.includes(MARKER)) {
  console.error(`prerender: ${file} has no ${MARKER} (already prerendered, or index.html changed)`);
  process.exit(1);
}
const html = renderToString(createElement(App));
if (!html.includes('<h1')) {
  console.error('prerender: the start page rendered without a heading');
  process.exit(1);
}
let out = page.replace(MARKER, `<div id="root">${html}</div>`);

// The first paint waits for nothing but the HTML: the stylesheet and public/boot.js go into the page
// itself, each allowed by the Content Security Policy through its hash (docs/adr/0004).
const stylesheet = /<link rel="stylesheet"[^>]*href="(\/assets\/index-[^"]+\.css)">/.exec(out);
const boot = '<script src="/boot.js"></script>';
if (!stylesheet || !out.includes(boot)) {
  console.error('prerender: index.html has no entry stylesheet or boot.js to inline');
  process.exit(1);
}
// The main script is named for public/boot.js, which asks for it after the first paint of the start
// page, and at once for any other page (a <script> would be fetched before the first paint).
const mainScript = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"><\/script>/.exec(out);
if (!mainScript) {
  console.error('prerender: index.html has no main module script');
  process.exit(1);
}
out = out
  .replace(mainScript[0], '')
  .replace(boot, () => `<meta name="main-module" content="${mainScript[1]}">${boot}`);
const css = readFileSync(join(outDir, stylesheet[1] as string), 'utf8');
const script = readFileSync(join(outDir, 'boot.js'), 'utf8');
out = out
  .replace(stylesheet[0], () => `<style>${css}</style>`)
  .replace(boot, () => `<script>${script}</script>`);
const policy = policyWithHashes({ scripts: [script], styles: [css] });
const meta = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;
if (!meta.test(out)) {
  console.error('prerender: index.html has no Content-Security-Policy meta element');
  process.exit(1);
}
out = out.replace(
  meta,
  () => `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/'/g, '&#39;')}">`,
);
// The character encoding first in <head>: a browser reads it only in the first 1024 bytes, and the
// build puts its meta elements (the policy, the journey's modules) before the one index.html has.
const charset = '<meta charset="UTF-8" />';
if (!out.includes(charset)) {
  console.error(`prerender: index.html has no ${charset}`);
  process.exit(1);
}
out = out.replace(charset, '').replace('<head>', () => `<head>\n    ${charset}`);
writeFileSync(file, out);
// The same policy as a header for nginx (deploy/nginx.conf includes it), plus what only a header can say.
writeFileSync(
  join(outDir, 'csp-header.conf'),
  `add_header Content-Security-Policy "${policy}; ${HEADER_ONLY_DIRECTIVES}" always;\n`,
);
console.log(
  `prerender: start page written into ${file} (${html.length} characters), stylesheet and boot.js inline`,
);

// The accessibility statement, the privacy page and the changes page: the same stylesheet and policy, no script.
for (const info of infoDocuments({ css, policy })) {
  const folder = join(outDir, info.path);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.html'), info.html);
  console.log(`prerender: ${info.page} (${info.locale}) written into ${join(folder, 'index.html')}`);
}

// Open data (README, scripts/lib/open-data.ts): the validated rules with their JSON Schemas and the
// decision table as CSV, in data/rules/<rulesVersion>/, every earlier version from its snapshot in
// rules/published/, and data/rules/index.json listing them. Broken rules fail the build here too, with
// the same message as the rules check. (Written here rather than by a Vite plugin, so the Vite config
// does not load the domain and machine modules.)
const { raw, problems } = readRawRules(process.cwd());
const validated = problems.length ? { ok: false as const, problems } : validateRules(raw);
if (!validated.ok) {
  console.error(formatProblems(validated.problems));
  process.exit(1);
}
const openData = Object.entries(openDataFiles(validated.rules, process.cwd()));
for (const [path, source] of openData) {
  const target = join(outDir, OPEN_DATA_PATH.slice(1), path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, source);
}
console.log(
  `prerender: ${openData.length} open data files written into ${join(outDir, OPEN_DATA_PATH.slice(1))}`,
);
