/**
 * Amounts, dates and lists in each language: nb-NO and nn-NO write "1 300 000 kr" and "14. mars 2024",
 * en-GB writes "NOK 1,300,000" and "14 March 2024". What the field shows is read back unchanged.
 */
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
