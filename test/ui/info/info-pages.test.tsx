/**
 * The accessibility statement, the privacy page and the changes to the rules (src/ui/info/), read as a
 * user reads them: by
 * headings, lists and links, in every language. The build writes them as static documents
 * (test/scripts/info-pages.test.ts); here they are drawn by the same component.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getRules } from '../../../src/content/rules';
import type { ChangelogEntry } from '../../../src/content/schema';
import { LOCALES, type Locale } from '../../../src/content/vocabulary';
import { infoPagePath } from '../../../src/domain/url-format';
import { ACCESSIBILITY_EVIDENCE } from '../../../src/ui/info/facts';
import { InfoPage } from '../../../src/ui/info/info-page';
import { INFO_TEXTS } from '../../../src/ui/info/texts/all';
import { formatDate } from '../../../src/ui/text/format';
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

describe.each(LOCALES)('the changes to the rules in %s', (locale) => {
  const t = INFO_TEXTS[locale].changes;
  const { meta } = getRules();

  it('has a heading per version, newest first, with its date, the current one marked', () => {
    render(<InfoPage page="changes" locale={locale} />);
    expect(screen.getByRole('heading', { level: 1, name: t.title })).toBeInTheDocument();
    const headings = sectionHeadings();
    expect(headings).toHaveLength(meta.changelog.length);
    expect(headings[0]).toBe(
      `${t.versionHeading(meta.rulesVersion, formatDate(meta.publishedOn, locale))} (${t.currentTag})`,
    );
    expect(headings.at(-1)).toBe(
      t.versionHeading('2026.11.1', locale === 'en' ? '27 November 2026' : '27. november 2026'),
    );
    expect(within(main()).getByText(t.current(meta.rulesVersion), { exact: false })).toBeInTheDocument();
  });

  it("lists each version's changes, a sentence each, in the page's language", () => {
    render(<InfoPage page="changes" locale={locale} />);
    for (const entry of meta.changelog) {
      const section = screen.getByRole('region', {
        name: (name) =>
          name.startsWith(t.versionHeading(entry.rulesVersion, formatDate(entry.publishedOn, locale))),
      });
      expect(
        within(section)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(entry.changes.map((change) => change.text[locale]));
    }
  });

  it('draws the changelog it is given', () => {
    const changelog: ChangelogEntry[] = [
      {
        rulesVersion: '2027.03.1',
        publishedOn: '2027-03-01',
        changes: [
          {
            text: { nb: 'Nye beløp.', nn: 'Nye beløp.', en: 'New amounts.' },
            affects: { questions: ['contractValue'] },
          },
        ],
      },
    ];
    render(<InfoPage page="changes" locale={locale} meta={{ rulesVersion: '2027.03.1', changelog }} />);
    expect(
      within(main()).getByRole('heading', {
        level: 2,
        name: `${t.versionHeading('2027.03.1', locale === 'en' ? '1 March 2027' : '1. mars 2027')} (${t.currentTag})`,
      }),
    ).toBeInTheDocument();
    expect(within(main()).getByRole('listitem')).toHaveTextContent(
      locale === 'en' ? 'New amounts.' : 'Nye beløp.',
    );
  });
});

describe.each(LOCALES)('the frame of every page in %s', (locale) => {
  const m = CATALOGUES[locale];

  it.each(['accessibility', 'privacy', 'changes'] as const)(
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
      const name = {
        accessibility: m.layout.accessibilityLink,
        privacy: m.layout.privacyLink,
        changes: m.layout.changesLink,
      }[page];
      expect(within(footer).getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
      expect(within(footer).getByRole('link', { name: m.layout.howLink })).toHaveAttribute(
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
