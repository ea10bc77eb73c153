/**
 * The accessibility statement, the privacy page and the changes to the rules as whole pages, in the frame every page shares
 * (header, language choice, footer). They are static documents the build writes, one per page and
 * language (scripts/prerender.ts, docs/adr/0006): no JavaScript runs on them, so every link here is a
 * plain link. Nothing in the app imports this module, so the browser never downloads it.
 */
import { getRules } from '../../content/rules';
import type { Rules } from '../../content/schema';
import type { Locale } from '../../content/vocabulary';
import { type InfoPageId, infoPagePath, PARAM, withQuery } from '../../domain/url-format';
import { Layout } from '../shell/layout';
import { CATALOGUES } from '../text/messages/all-catalogues';
import { MessagesProvider } from '../text/messages/messages-context';
import { AccessibilityStatement } from './accessibility-statement';
import { ChangesPage } from './changes-page';
import { PrivacyPage } from './privacy-page';
import { INFO_TEXTS } from './texts/all';

export type InfoPageProps = {
  page: InfoPageId;
  locale: Locale;
  /** Where to report a problem, when the site has one (an email or web address); null when not. */
  contact?: string | null;
  /** The rules' version and changelog for the changes page; rules/meta.json when not given. */
  meta?: Pick<Rules['meta'], 'rulesVersion' | 'changelog'>;
};

/**
 * The page's title, for the document's <title> (the catalogue's pattern, with the service name), without
 * the soft hyphen that lets the heading break on a narrow screen.
 */
export function infoPageTitle(page: InfoPageId, locale: Locale): string {
  return CATALOGUES[locale].service.pageTitle(INFO_TEXTS[locale][page].title.replace(/\u00ad/g, ''));
}

/** The page's summary, for the document's description. */
export function infoPageDescription(page: InfoPageId, locale: Locale): string {
  return INFO_TEXTS[locale][page].description;
}

export function InfoPage({ page, locale, contact = null, meta }: InfoPageProps) {
  const texts = INFO_TEXTS[locale];
  // The start page in the same language, as every link of the app carries it.
  const startHref = withQuery('/', new URLSearchParams([[PARAM.lang, locale]]));
  return (
    <MessagesProvider locale={locale} messages={CATALOGUES[locale]}>
      <Layout startHref={startHref} languageHref={(other) => infoPagePath(page, other)} infoPage={page}>
        {page === 'accessibility' ? (
          <AccessibilityStatement texts={texts.accessibility} locale={locale} contact={contact} />
        ) : page === 'privacy' ? (
          <PrivacyPage texts={texts.privacy} contact={contact} />
        ) : (
          <ChangesPage texts={texts.changes} locale={locale} meta={meta ?? getRules().meta} />
        )}
      </Layout>
    </MessagesProvider>
  );
}
