/**
 * Amounts, dates and lists in each language: nb-NO and nn-NO write "1 300 000 kr" and "14. mars 2024",
 * en-GB writes "NOK 1,300,000" and "14 March 2024". What the field shows is read back unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/content/vocabulary';
import { parseAmount } from '../../../src/domain/amount';
import {
  capitalise,
  formatAmount,
  formatAmountCompact,
  formatAmountForInput,
  formatDate,
  formatKroner,
  formatList,
  formatListParts,
} from '../../../src/ui/text/format';

/** No-break spaces shown as plain ones, to compare with what a reader sees. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting per language', () => {
  it.each([
    ['nb', '1 300 000', '1 300 000 kr', '1,3 mill.', '14. mars 2024', 'A, B og C'],
    ['nn', '1 300 000', '1 300 000 kr', '1,3 mill.', '14. mars 2024', 'A, B og C'],
    ['en', '1,300,000', 'NOK 1,300,000', '1.3m', '14 March 2024', 'A, B and C'],
  ] as const)(
    'writes %s amounts, dates and lists its own way',
    (locale, amount, kroner, compact, date, list) => {
      expect(plain(formatAmount(1_300_000, locale))).toBe(amount);
      expect(plain(formatKroner(1_300_000, locale))).toBe(kroner);
      expect(plain(formatAmountCompact(1_300_000, locale))).toBe(compact);
      expect(formatDate('2024-03-14', locale)).toBe(date);
      expect(formatList(['A', 'B', 'C'], locale)).toBe(list);
    },
  );

  it('never lets an amount break across lines', () => {
    for (const locale of LOCALES) {
      expect(formatKroner(1_300_000, locale)).not.toMatch(/ /);
      expect(formatAmountCompact(7_800_000, locale)).not.toMatch(/ /);
    }
  });

  it.each(LOCALES)('reads back in %s what the amount field shows', (locale) => {
    for (const kroner of [1, 999, 100_000, 1_300_000, 7_800_000, 9_999_999_999]) {
      expect(parseAmount(formatAmountForInput(kroner, locale))).toEqual({ ok: true, value: kroner });
    }
  });

  it('capitalises a name that starts a sentence', () => {
    expect(capitalise('nasjonal terskelverdi', 'nn')).toBe('Nasjonal terskelverdi');
    expect(capitalise('lower limit', 'en')).toBe('Lower limit');
  });
});

/**
 * format.ts writes amounts, dates and lists by hand (Intl's first use is slow on a phone); here Node's
 * full ICU is the reference it must match, over many values.
 */
describe('the same as Intl', () => {
  const TAGS = { nb: ['nb-NO'], nn: ['nn-NO', 'nb-NO'], en: ['en-GB'] } as const;
  const kroner = fc.integer({ min: 0, max: 99_999_999_999 });

  it.each(LOCALES)('writes %s amounts as Intl.NumberFormat does', (locale) => {
    const whole = new Intl.NumberFormat([...TAGS[locale]], { maximumFractionDigits: 0 });
    const millions = new Intl.NumberFormat([...TAGS[locale]], { maximumFractionDigits: 2 });
    fc.assert(
      fc.property(kroner, (value) => {
        expect(formatAmount(value, locale)).toBe(whole.format(value));
        if (value >= 1_000_000) {
          const unit = locale === 'en' ? 'm' : '\u00a0mill.';
          // Intl rounds the binary fraction kroner / 1e6; formatAmountCompact rounds the exact amount.
          // They differ only where the amount is exactly half a hundredth of a million (…5 000 kr).
          if (value % 10_000 !== 5_000)
            expect(formatAmountCompact(value, locale)).toBe(`${millions.format(value / 1_000_000)}${unit}`);
        }
      }),
      { numRuns: 2000 },
    );
    for (const value of [0, 1, 999, 1_000, 1_000_000, 1_005_000, 1_010_000, 1_100_000, 1_999_999])
      expect(formatAmount(value, locale)).toBe(whole.format(value));
  });

  it.each(LOCALES)('writes %s dates as Intl.DateTimeFormat does', (locale) => {
    const intl = new Intl.DateTimeFormat([...TAGS[locale]], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10) as `${number}-${number}-${number}`;
          expect(formatDate(iso, locale)).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
        },
      ),
    );
  });

  it.each(LOCALES)('joins %s lists as Intl.ListFormat does', (locale) => {
    for (const type of ['conjunction', 'disjunction'] as const) {
      const intl = new Intl.ListFormat([...TAGS[locale]], { type });
      fc.assert(
        fc.property(fc.array(fc.stringMatching(/^[A-Za-zæøå]{1,8}$/), { maxLength: 6 }), (items) => {
          expect(formatListParts(items, locale, type)).toEqual(intl.formatToParts(items));
          if (type === 'conjunction') expect(formatList(items, locale)).toBe(intl.format(items));
        }),
      );
    }
  });
});
