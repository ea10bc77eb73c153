/** The header's link to the start page is named by the words it shows, then where it goes (WCAG 2.5.3). */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/content/vocabulary';
import { CATALOGUES } from '../../../src/ui/text/messages/all-catalogues';
import { openAt } from '../helpers';

describe('the header link to the start page', () => {
  it.each(['nb', 'nn', 'en'] as Locale[])('in %s, is named by its visible words first', async (locale) => {
    const m = CATALOGUES[locale];
    openAt(`/?authority=state&step=goal&lang=${locale}`);
    const link = await screen.findByRole('link', {
      name: `${m.service.name} ${m.service.tagline}, ${m.layout.homeLinkHint}`,
    });
    expect(link).not.toHaveAttribute('aria-label');
    expect(link).toHaveAttribute('href', `/?lang=${locale}`);
  });
});
