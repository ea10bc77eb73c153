/**
 * The accessibility statement and the privacy page (src/ui/info/), read as a user reads them: by
 * headings, lists and links, in every language. The build writes them as static documents
 * (test/scripts/info-pages.test.ts); here they are drawn by the same component.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/content/vocabulary';
import { infoPagePath } from '../../../src/domain/url-format';
import { ACCESSIBILITY_EVIDENCE } from '../../../src/ui/info/facts';
import { InfoPage } from '../../../src/ui/info/info-page';
import { INFO_TEXTS } from '../../../src/ui/info/texts/all';
import { CATALOGUES } from '../../../src/ui/text/messages/all-catalogues';

/** The review date as each language writes it. */
const REVIEWED: Record<Locale, string> = {
  nb: '1. desember 2026',
  nn: '1. desember 2026',
  en: '1 December 2026',
};

const main = () => screen.getByRole('main');
const sectionHeadings = () =>
  within(main())
    .getAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent);

describe.each(LOCALES)('the accessibility statement in %s', (locale) => {
  const t = INFO_TEXTS[locale].accessibility;

  it('has the parts of a statement in the uustatus format, in order', () => {
    render(<InfoPage page="accessibility" locale={locale} />);
    expect(screen.getByRole('heading', { level: 1, name: t.title })).toBeInTheDocument();
    expect(sectionHeadings()).toEqual([
      t.statusHeading,
      t.checkedHeading,
      t.deviationsHeading,
      t.reportHeading,
      t.complainHeading,
      t.reviewedHeading,
    ]);
    expect(within(main()).getByText(t.status)).toBeInTheDocument();
  });

  it('names the axe and keyboard suites as its evidence, and says what was not checked', () => {
    render(<InfoPage page="accessibility" locale={locale} />);
    // The axe and reflow checks share one suite, so a file may be named more than once.
    for (const file of [ACCESSIBILITY_EVIDENCE.axe, ACCESSIBILITY_EVIDENCE.keyboard])
      expect(within(main()).getAllByText(new RegExp(file.replace(/\./g, '\\.'))).length).toBeGreaterThan(0);
    expect(within(main()).getByText(t.notChecked)).toBeInTheDocument();
  });

  it('lists its known deviations (none that fail the requirements) and notes', () => {
    render(<InfoPage page="accessibility" locale={locale} />);
    expect(within(main()).getByText(t.deviations)).toBeInTheDocument();
    const lists = within(main()).getAllByRole('list');
    expect(within(lists[1] as HTMLElement).getAllByRole('listitem')).toHaveLength(t.notes.length);
  });

  it('says how to report a problem without inventing an address, and links to the supervisory authority', () => {
    render(<InfoPage page="accessibility" locale={locale} />);
    expect(within(main()).getByText(t.reportNoContact)).toBeInTheDocument();
    expect(document.querySelector('a[href^="mailto:"]')).toBeNull();
    expect(screen.getByRole('link', { name: t.complainLink })).toHaveAttribute(
      'href',
      'https://www.uutilsynet.no/',
    );
  });

  it('links to a contact when one is configured', () => {
    render(<InfoPage page="accessibility" locale={locale} contact="uu@example.org" />);
    expect(screen.getByRole('link', { name: 'uu@example.org' })).toHaveAttribute(
      'href',
      'mailto:uu@example.org',
    );
    expect(within(main()).queryByText(t.reportNoContact)).toBeNull();
  });

  it('says when it was last reviewed', () => {
    render(<InfoPage page="accessibility" locale={locale} />);
    expect(within(main()).getByText(t.reviewed(REVIEWED[locale]))).toBeInTheDocument();
  });
});

describe.each(LOCALES)('the privacy page in %s', (locale) => {
  const t = INFO_TEXTS[locale].privacy;

  it('says what the guide stores, that it has no cookies, analytics or third parties, and what a link shows', () => {
    render(<InfoPage page="privacy" locale={locale} />);
    expect(screen.getByRole('heading', { level: 1, name: t.title })).toBeInTheDocument();
    expect(sectionHeadings()).toEqual([t.storesHeading, t.cookiesHeading, t.linkHeading, t.questionsHeading]);
    for (const paragraph of [...t.stores, ...t.cookies])
      expect(within(main()).getByText(paragraph)).toBeInTheDocument();
    const revealed = within(main()).getByRole('list');
    expect(within(revealed).getAllByRole('listitem')).toHaveLength(t.linkItems.length);
  });

  it('names a contact only when one is configured', () => {
    const { unmount } = render(<InfoPage page="privacy" locale={locale} />);
    expect(document.querySelector('a[href^="mailto:"]')).toBeNull();
    unmount();
    render(<InfoPage page="privacy" locale={locale} contact="https://example.org/kontakt" />);
    expect(screen.getByRole('link', { name: 'https://example.org/kontakt' })).toHaveAttribute(
      'href',
      'https://example.org/kontakt',
    );
  });
});

describe.each(LOCALES)('the frame of both pages in %s', (locale) => {
  const m = CATALOGUES[locale];

  it.each(['accessibility', 'privacy'] as const)(
    '%s: offers the same page in each language, and marks it in the footer',
    (page) => {
      render(<InfoPage page={page} locale={locale} />);
      const languages = screen.getByRole('navigation', { name: m.layout.languageNav });
      for (const other of LOCALES)
        expect(
          within(languages).getByRole('link', {
            name: other === 'nb' ? 'Bokmål' : other === 'nn' ? 'Nynorsk' : 'English',
          }),
        ).toHaveAttribute('href', infoPagePath(page, other));
      const footer = screen.getByRole('contentinfo');
      const name = page === 'accessibility' ? m.layout.accessibilityLink : m.layout.privacyLink;
      expect(within(footer).getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
      expect(within(footer).getByRole('link', { name: m.how.footerLink })).toHaveAttribute(
        'href',
        `/?lang=${locale}&step=how`,
      );
      expect(screen.getByRole('link', { name: m.layout.startAgain })).toHaveAttribute(
        'href',
        `/?lang=${locale}`,
      );
    },
  );
});
