/**
 * Part of `npm run build`: renders the start page (bokmål) into dist/index.html, so its content is in
 * the HTML before any JavaScript runs; the app then hydrates it (src/app/main.tsx). Without JavaScript
 * the start page still reads, and a notice says the questions need JavaScript.
 * `--out DIR` prerenders another build folder.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '../src/app/app';

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
writeFileSync(file, page.replace(MARKER, `<div id="root">${html}</div>`));
console.log(`prerender: start page written into ${file} (${html.length} characters)`);
