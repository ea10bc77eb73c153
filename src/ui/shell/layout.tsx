import type { ReactNode } from 'react';
import type { Locale } from '../../content/vocabulary';
import { INFO_PAGES, type InfoPageId, infoPagePath } from '../../domain/url-format';
import { howItWorksHref } from '../links/link-base';
import { AppLink } from '../links/navigation';
import { useLocale, useMessages } from '../text/messages/messages-context';

/** Each language named in itself, so a reader finds theirs whatever the page is in now. */
const LANGUAGES: ReadonlyArray<{ locale: Locale; name: string }> = [
  { locale: 'nb', name: 'Bokmål' },
  { locale: 'nn', name: 'Nynorsk' },
  { locale: 'en', name: 'English' },
];

type LayoutProps = {
  startHref: string;
  /** This page in another language: the same answers and step. */
  languageHref: (locale: Locale) => string;
  /** Set on the static pages outside the app: the accessibility statement, privacy, the changes page. */
  infoPage?: InfoPageId;
  children: ReactNode;
};

/**
 * The frame of every page: skip link, header with the service name, the language choice and
 * "Start på nytt", main, footer (with the way to "Slik virker veiviseren", the accessibility statement,
 * the privacy page and the changes to the rules). Those three are documents of their own
 * (docs/adr/0006): plain links, not moves within the app.
 */
export function Layout({ startHref, languageHref, infoPage, children }: LayoutProps) {
  const m = useMessages();
  const locale = useLocale();
  // From a page of the app, "Slik virker veiviseren" keeps the answers; from a static page, the start page's.
  const howHref = howItWorksHref(infoPage ? startHref : languageHref(locale));
  const infoLinks: Record<InfoPageId, string> = {
    accessibility: m.layout.accessibilityLink,
    privacy: m.layout.privacyLink,
    changes: m.layout.changesLink,
  };
  return (
    <>
      <a className="ds-skip-link" href="#hovedinnhold">
        {m.layout.skipLink}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          {/* Named by its visible words, then where it goes (WCAG 2.5.3: the name contains the label). */}
          <AppLink href={startHref} className="site-header__name">
            <svg className="site-header__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <circle cx="12" cy="16" r="9" fill="none" stroke="currentColor" strokeWidth="3" />
              <circle cx="20" cy="16" r="9" fill="none" stroke="currentColor" strokeWidth="3" />
            </svg>
            <span>
              <span className="site-header__title">{m.service.name}</span>{' '}
              <span className="site-header__tagline">{m.service.tagline}</span>
              <span className="ds-sr-only">, {m.layout.homeLinkHint}</span>
            </span>
          </AppLink>
          <nav className="language-nav" aria-label={m.layout.languageNav}>
            <ul className="language-nav__list">
              {LANGUAGES.map((language) => (
                <li key={language.locale}>
                  <AppLink
                    href={languageHref(language.locale)}
                    className="ds-link language-nav__link"
                    lang={language.locale}
                    hrefLang={language.locale}
                    aria-current={language.locale === locale ? 'true' : undefined}
                  >
                    {language.name}
                  </AppLink>
                </li>
              ))}
            </ul>
          </nav>
          <AppLink
            href={startHref}
            className="ds-button site-header__restart"
            data-variant="secondary"
            data-size="sm"
          >
            {m.layout.startAgain}
          </AppLink>
        </div>
      </header>
      <main id="hovedinnhold" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <h2 className="ds-heading" data-size="xs">
            {m.layout.footerHeading}
          </h2>
          {m.layout.footerParagraphs.map((paragraph) => (
            <p className="ds-paragraph" data-size="sm" key={paragraph}>
              {paragraph}
            </p>
          ))}
          <p className="ds-paragraph" data-size="sm">
            <AppLink
              href={howHref}
              className="ds-link"
              aria-current={howHref === languageHref(locale) ? 'page' : undefined}
            >
              {m.layout.howLink}
            </AppLink>
          </p>
          {INFO_PAGES.map((page) => (
            <p className="ds-paragraph" data-size="sm" key={page}>
              <a
                href={infoPagePath(page, locale)}
                className="ds-link"
                aria-current={page === infoPage ? 'page' : undefined}
              >
                {infoLinks[page]}
              </a>
            </p>
          ))}
        </div>
      </footer>
    </>
  );
}
