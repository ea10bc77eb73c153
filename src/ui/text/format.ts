/**
 * Amounts, dates and lists in the reader's language: "1 300 000 kr" and "14. mars 2024" in bokmål and
 * nynorsk, "NOK 1,300,000" and "14 March 2024" in British English.
 */
import type { Locale } from '../../content/vocabulary';
import type { IsoDate } from '../../domain/dates';

/**
 * The BCP 47 tags Intl is asked for, best first. A browser without nynorsk data falls back to bokmål
 * (numbers, dates and lists are written the same way), never to the device's own language.
 */
const INTL_LOCALES: Record<Locale, readonly string[]> = {
  nb: ['nb-NO', 'no', 'nb'],
  nn: ['nn-NO', 'nn', 'nb-NO', 'no'],
  en: ['en-GB', 'en'],
};

/** The tag for an attribute or a caller outside Intl: nb-NO, nn-NO, en-GB. */
export function localeTag(locale: Locale): string {
  return INTL_LOCALES[locale][0] as string;
}

type Formatters = {
  amount: Intl.NumberFormat;
  million: Intl.NumberFormat;
  date: Intl.DateTimeFormat;
  list: Intl.ListFormat;
};

const cache = new Map<Locale, Formatters>();

function formatters(locale: Locale): Formatters {
  let found = cache.get(locale);
  if (!found) {
    const tags = [...INTL_LOCALES[locale]];
    found = {
      amount: new Intl.NumberFormat(tags, { maximumFractionDigits: 0 }),
      million: new Intl.NumberFormat(tags, { maximumFractionDigits: 2 }),
      date: new Intl.DateTimeFormat(tags, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
      list: new Intl.ListFormat(tags, { type: 'conjunction' }),
    };
    cache.set(locale, found);
  }
  return found;
}

/** "1 300 000" (with no-break spaces, so an amount never breaks across lines) or "1,300,000". */
export function formatAmount(kroner: number, locale: Locale): string {
  return formatters(locale).amount.format(kroner);
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
  const millions = formatters(locale).million.format(kroner / 1_000_000);
  return locale === 'en' ? `${millions}m` : `${millions}\u00a0mill.`;
}

/** "14. mars 2024" or "14 March 2024" from "2024-03-14", whatever the device's time zone. */
export function formatDate(date: IsoDate, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return formatters(locale).date.format(new Date(Date.UTC(y, m - 1, d)));
}

/** "A, B og C" or "A, B and C". */
export function formatList(items: readonly string[], locale: Locale): string {
  return formatters(locale).list.format(items);
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
 * "A, B eller C" (or "A, B og C") as Intl.ListFormat's parts, so each item can be marked up on its own
 * while the commas and the last "eller" / "or" follow the language.
 */
export function formatListParts(
  items: readonly string[],
  locale: Locale,
  type: 'conjunction' | 'disjunction',
): { type: 'element' | 'literal'; value: string }[] {
  return new Intl.ListFormat([...INTL_LOCALES[locale]], { type }).formatToParts(items);
}
