/**
 * `npm run size`: builds the app and prints the gzip size of the JavaScript and CSS the first page
 * loads (the entry script, what it preloads, and the stylesheets in index.html). Fails over budget.
 * Budgets come from the issues: 130 kB JS and 35 kB CSS (issue 3).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = { js: 130_000, css: 35_000 };

if (!process.argv.includes('--no-build'))
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });

const dist = join(process.cwd(), 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"/g)].map(
  (m) => m[1] as string,
);
const unique = [...new Set(refs)];
const sizes = { js: 0, css: 0 };
for (const ref of unique) {
  const file = join(dist, ref.replace(/^\//, ''));
  const gz = gzipSync(readFileSync(file), { level: 9 }).length;
  const kind = ref.endsWith('.css') ? 'css' : 'js';
  sizes[kind] += gz;
  console.log(`${kind.padEnd(3)} ${(gz / 1000).toFixed(1).padStart(6)} kB  ${ref}`);
}
let over = false;
for (const kind of ['js', 'css'] as const) {
  const ok = sizes[kind] <= BUDGET[kind];
  over ||= !ok;
  console.log(
    `${kind.toUpperCase()} first page: ${(sizes[kind] / 1000).toFixed(1)} kB gzip (budget ${BUDGET[kind] / 1000} kB): ${ok ? 'within budget' : 'OVER BUDGET'}`,
  );
}
if (over) process.exit(1);
