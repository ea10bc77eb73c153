/**
 * Amounts, dates and lists in the reader's language: "1 300 000 kr" and "14. mars 2024" in bokmål and
 * nynorsk, "NOK 1,300,000" and "14 March 2024" in British English.
 */
import type { Locale } from '../../content/vocabulary';
import type { IsoDate } from '../../domain/dates';

const TAGS: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** The BCP 47 tag, for a lang attribute or toLocaleUpperCase: nb-NO, nn-NO, en-GB. */
export function localeTag(locale: Locale): string {
  return TAGS[locale];
}

/*
 * Written out by hand rather than asked of Intl: the first Intl.DateTimeFormat, NumberFormat and
 * ListFormat a page creates cost some 35 ms of main thread (measured on a result page, more on a slow
 * phone), for four fixed patterns. The output is the same as Intl's for nb-NO, nn-NO and en-GB
 * (test/ui/text/format.test.ts compares them over many values), and no longer depends on whether the
 * browser has Norwegian locale data.
 */

/** Per language: the grouping separator, the decimal mark, the month names and the list words. */
type Writing = {
  group: string;
  decimal: string;
  months: readonly string[];
  and: string;
  or: string;
  dayDot: string;
};

/** Bokmål and nynorsk write numbers, dates and these lists alike. */
const NORWEGIAN: Writing = {
  group: '\u00a0',
  decimal: ',',
  months: [
    'januar',
    'februar',
    'mars',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'desember',
  ],
  and: 'og',
  or: 'eller',
  dayDot: '.',
};

const WRITING: Record<Locale, Writing> = {
  nb: NORWEGIAN,
  nn: NORWEGIAN,
  en: {
    group: ',',
    decimal: '.',
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    and: 'and',
    or: 'or',
    dayDot: '',
  },
};

/** A whole, non-negative number with the language's grouping of thousands. */
function grouped(whole: number, locale: Locale): string {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, WRITING[locale].group);
}

/** "1 300 000" (with no-break spaces, so an amount never breaks across lines) or "1,300,000". */
export function formatAmount(kroner: number, locale: Locale): string {
  const rounded = Math.round(Math.abs(kroner));
  return `${kroner < 0 && rounded > 0 ? '\u2212' : ''}${grouped(rounded, locale)}`;
}

/** The amount with its unit: "1 300 000 kr" or "NOK 1,300,000", never broken across lines. */
export function formatKroner(kroner: number, locale: Locale): string {
  const amount = formatAmount(kroner, locale);
  return locale === 'en' ? `NOK\u00a0${amount}` : `${amount}\u00a0kr`;
}

/** The amount as someone would type it back into a field: plain spaces ("1 300 000", "1,300,000"). */
export function formatAmountForInput(kroner: number, locale: Locale): string {
  return formatAmount(kroner, locale).replace(/[\u00a0\u202f]/g, ' ');
}

/** "1,3 mill." or "1.3m" for tight labels in a picture; the full amount is always in the text beside it. */
export function formatAmountCompact(kroner: number, locale: Locale): string {
  if (kroner < 1_000_000) return formatAmount(kroner, locale);
  // Millions to at most two decimals, trailing zeros dropped, as Intl's maximumFractionDigits: 2.
  const hundredths = Math.round(kroner / 10_000);
  const whole = Math.floor(hundredths / 100);
  const fraction = String(hundredths % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  const millions = `${grouped(whole, locale)}${fraction ? WRITING[locale].decimal + fraction : ''}`;
  return locale === 'en' ? `${millions}m` : `${millions}\u00a0mill.`;
}

/** "14. mars 2024" or "14 March 2024" from "2024-03-14", whatever the device's time zone. */
export function formatDate(date: IsoDate, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const { months, dayDot } = WRITING[locale];
  return `${d}${dayDot} ${months[m - 1]} ${y}`;
}

/** "A, B og C" or "A, B and C". */
export function formatList(items: readonly string[], locale: Locale): string {
  return formatListParts(items, locale, 'conjunction')
    .map((part) => part.value)
    .join('');
}

/** "Nasjonal terskelverdi" from "nasjonal terskelverdi", for a name that starts a sentence. */
export function capitalise(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(localeTag(locale)) + text.slice(1);
}

/**
 * The first sentence of a text and the rest, for a one-line summary in the printout: the split is at the
 * first ".", "!" or "?" followed by a space and a capital letter (so "kap. 3" does not end a sentence).
 */
export function splitFirstSentence(text: string): [first: string, rest: string] {
  const match = /^(.+?[.!?])\s+(?=\p{Lu})/u.exec(text);
  return match?.[1] ? [match[1], text.slice(match[0].length)] : [text, ''];
}

/**
 * "A, B eller C" (or "A, B og C") in parts, as Intl.ListFormat's formatToParts gives them, so each item
 * can be marked up on its own while the commas and the last "og" / "eller" / "and" / "or" follow the
 * language (no comma before the last word in any of the three).
 */
export function formatListParts(
  items: readonly string[],
  locale: Locale,
  type: 'conjunction' | 'disjunction',
): { type: 'element' | 'literal'; value: string }[] {
  const word = type === 'conjunction' ? WRITING[locale].and : WRITING[locale].or;
  return items.flatMap((value, index) => {
    const element = { type: 'element' as const, value };
    if (index === 0) return [element];
    const literal = index === items.length - 1 ? ` ${word} ` : ', ';
    return [{ type: 'literal' as const, value: literal }, element];
  });
}
