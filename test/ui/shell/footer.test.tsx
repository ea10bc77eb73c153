/**
 * Every page's footer leads to the accessibility statement, the privacy page and the changes to the
 * rules in the page's
 * language, as plain links (they are documents of their own, docs/adr/0006). The footer no longer
 * carries a privacy sentence of its own: the link says it.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/content/vocabulary';
import { infoPagePath } from '../../../src/domain/url-format';
import { CATALOGUES } from '../../../src/ui/text/messages/all-catalogues';
import { findPage, openAt } from '../helpers';

describe.each(LOCALES)('the footer in %s', (locale) => {
  const m = CATALOGUES[locale];

  it.each([
    ['the start page', `/?lang=${locale}`, m.start.heading],
    ['a question', `/?authority=state&step=goal&lang=${locale}`, /./],
    ['«Slik virker veiviseren»', `/?step=how&lang=${locale}`, m.how.title],
    [
      'a result',
      `/?authority=municipality&goal=implement&payment=none&serviceArea=health&target=groups&step=result&lang=${locale}`,
      /./,
    ],
  ])(
    'on %s links to the accessibility statement, the privacy page and the changes to the rules',
    async (_, url, heading) => {
      openAt(url);
      await findPage(heading);
      const footer = screen.getByRole('contentinfo');
      expect(within(footer).getByRole('link', { name: m.layout.accessibilityLink })).toHaveAttribute(
        'href',
        infoPagePath('accessibility', locale),
      );
      expect(within(footer).getByRole('link', { name: m.layout.privacyLink })).toHaveAttribute(
        'href',
        infoPagePath('privacy', locale),
      );
      expect(within(footer).getByRole('link', { name: m.layout.changesLink })).toHaveAttribute(
        'href',
        infoPagePath('changes', locale),
      );
      expect(footer.textContent).not.toMatch(
        /lagrer ingenting om deg\.|lagrar ingenting om deg\.|store nothing about you\./,
      );
    },
  );
});
