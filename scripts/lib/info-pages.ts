/**
 * The accessibility statement, the privacy page and the changes to the rules (from rules/meta.json) as
 * static documents, one per page and language (docs/adr/0006): rendered to HTML at build time, with
 * the app's stylesheet inline (allowed by the same Content Security Policy as index.html, by its hash)
 * and no script, so they read without JavaScript. scripts/prerender.ts writes them into dist/.
 */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { LOCALES, type Locale } from '../../src/content/vocabulary';
import { INFO_PAGES, type InfoPageId, infoPagePath } from '../../src/domain/url-format';
import { InfoPage, infoPageDescription, infoPageTitle } from '../../src/ui/info/info-page';

export type InfoDocument = { page: InfoPageId; locale: Locale; path: string; html: string };

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Every page in every language. `css` is the entry stylesheet, `policy` the site's Content Security
 * Policy with its hash (null on the development server, which has none), `contact` where to report a
 * problem (none is configured today).
 */
export function infoDocuments({
  css,
  policy,
  contact = null,
}: {
  css: string;
  policy: string | null;
  contact?: string | null;
}): InfoDocument[] {
  const policyMeta =
    policy === null
      ? ''
      : `\n    <meta http-equiv="Content-Security-Policy" content="${policy.replace(/'/g, '&#39;')}">`;
  return INFO_PAGES.flatMap((page) =>
    LOCALES.map((locale) => {
      const body = renderToString(createElement(InfoPage, { page, locale, contact }));
      const html = `<!doctype html>
<html lang="${locale}">
  <head>
    <meta charset="UTF-8" />${policyMeta}
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="${escapeHtml(infoPageDescription(page, locale))}" />
    <meta name="theme-color" content="#0062ba" />
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <title>${escapeHtml(infoPageTitle(page, locale))}</title>
    <style>${css}</style>
  </head>
  <body>
    <div id="root">${body}</div>
  </body>
</html>
`;
      return { page, locale, path: infoPagePath(page, locale), html };
    }),
  );
}
