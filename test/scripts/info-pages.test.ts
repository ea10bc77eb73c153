/**
 * The build writes the accessibility statement, the privacy page and the changes to the rules as static
 * documents, one per page
 * and language (scripts/prerender.ts, docs/adr/0006): each reads without JavaScript (no script at all),
 * in its own language, under the site's Content Security Policy with the inline stylesheet allowed by
 * its hash. Run here on a small stand-in for a Vite build, as `npm run build` runs it on dist/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyWithHashes } from '../../scripts/lib/csp';
import { getRules } from '../../src/content/rules';
import { LOCALES } from '../../src/content/vocabulary';
import { INFO_PAGES, infoPagePath } from '../../src/domain/url-format';
import { ACCESSIBILITY_EVIDENCE } from '../../src/ui/info/facts';
import { INFO_TEXTS } from '../../src/ui/info/texts/all';
import { CATALOGUES } from '../../src/ui/text/messages/all-catalogues';

const rules = getRules();
const ROOT = resolve(import.meta.dirname, '../..');
const CSS = 'body{margin:0}';
const BOOT = 'void 0;';

/** What `vite build` leaves for the prerender: index.html with its marker and main script, the entry stylesheet, boot.js. */
function standInBuild(dir: string) {
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets/index-test.css'), CSS);
  writeFileSync(join(dir, 'boot.js'), BOOT);
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="nb"><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><meta charset="UTF-8" /><script src="/boot.js"></script><script type="module" crossorigin src="/assets/index-test.js"></script><link rel="stylesheet" crossorigin href="/assets/index-test.css"></head><body><div id="root"><!--prerender--></div></body></html>`,
  );
}

let out: string;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'prerender-'));
  standInBuild(out);
  execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/prerender.ts', '--out', out], {
    cwd: ROOT,
    stdio: 'pipe',
  });
}, 60_000);
afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

const documents = INFO_PAGES.flatMap((page) => LOCALES.map((locale) => [page, locale] as const));

describe('the prerendered start page', () => {
  it('names its main script for boot.js, before it, instead of loading it with a script element', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).not.toContain('<script type="module"');
    const meta = html.indexOf('<meta name="main-module" content="/assets/index-test.js">');
    expect(meta).toBeGreaterThan(-1);
    expect(meta).toBeLessThan(html.indexOf(`<script>${BOOT}</script>`));
  });

  it('declares its character encoding first in <head>, before the meta elements the build put there', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toMatch(/<head>\s*<meta charset="UTF-8" \/><meta http-equiv="Content-Security-Policy"/);
    expect(html.match(/<meta charset=/g)).toHaveLength(1);
  });
});

describe('the prerendered accessibility statement, privacy page and changes to the rules', () => {
  it('are nine documents at distinct paths', () => {
    const paths = documents.map(([page, locale]) => infoPagePath(page, locale));
    expect(new Set(paths).size).toBe(9);
    expect(paths).toContain('/tilgjengelighet/');
    expect(paths).toContain('/personvern/en/');
    expect(paths).toEqual(expect.arrayContaining(['/endringer/', '/endringer/nn/', '/endringer/en/']));
  });

  it.each(LOCALES)(
    'the changes page in %s lists every version of the rules, the current one first',
    (locale) => {
      const html = readFileSync(join(out, infoPagePath('changes', locale), 'index.html'), 'utf8');
      const versions = [...html.matchAll(/<h2[^>]*id="regelverk-([\d-]+)"/g)].map((m) =>
        m[1]?.replace(/-/g, '.'),
      );
      expect(versions).toEqual(rules.meta.changelog.map((entry) => entry.rulesVersion));
      expect(versions[0]).toBe(rules.meta.rulesVersion);
      const first = rules.meta.changelog[0]?.changes[0]?.text[locale] ?? '';
      expect(html).toContain(first.replace(/'/g, '&#x27;').replace(/"/g, '&quot;'));
    },
  );

  it.each(documents)(
    '%s in %s reads without JavaScript, in its language, under the policy',
    (page, locale) => {
      const file = join(out, infoPagePath(page, locale), 'index.html');
      expect(existsSync(file)).toBe(true);
      const html = readFileSync(file, 'utf8');
      const t = INFO_TEXTS[locale][page];
      expect(html).toMatch(new RegExp(`<html lang="${locale}">`));
      expect(html).toContain(
        `<title>${CATALOGUES[locale].service.pageTitle(t.title.replace(/\u00ad/g, ''))}</title>`,
      );
      expect(html).toMatch(new RegExp(`<h1[^>]*>${t.title}</h1>`));
      expect(html).not.toMatch(/<script/);
      expect(html).toContain(`<style>${CSS}</style>`);
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
      expect(meta?.[1]?.replace(/&#39;/g, "'")).toBe(policyWithHashes({ scripts: [BOOT], styles: [CSS] }));
      // Every link stays on the site, but the one to the supervisory authority.
      const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1] as string);
      expect(hrefs.filter((href) => !href.startsWith('/') && !href.startsWith('#'))).toEqual(
        page === 'accessibility' ? ['https://www.uutilsynet.no/'] : [],
      );
    },
  );

  it('leave the start page prerendered into index.html as before', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toMatch(/<h1[^>]*>Samarbeidsveiviseren<\/h1>/);
    expect(html).toContain(`href="${infoPagePath('accessibility', 'nb')}"`);
    expect(html).toContain(`href="${infoPagePath('privacy', 'nb')}"`);
    expect(html).toContain(`href="${infoPagePath('changes', 'nb')}"`);
  });
});

describe('the evidence the accessibility statement names', () => {
  it.each(Object.entries(ACCESSIBILITY_EVIDENCE))('%s: %s exists', (_, path) => {
    expect(existsSync(join(ROOT, path))).toBe(true);
  });
});
