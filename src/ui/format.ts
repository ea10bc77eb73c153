/** Amounts and dates the Norwegian way: "1 300 000" and "14. mars 2024". */
import type { IsoDate } from '../domain/dates';

const amountFormat = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
const millionFormat = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 });
const dateFormat = new Intl.DateTimeFormat('nb-NO', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "1 300 000" (with no-break spaces, so an amount never breaks across lines). */
export function formatAmount(kroner: number): string {
  return amountFormat.format(kroner);
}

/** The amount as someone would type it back into a field: plain spaces. */
export function formatAmountForInput(kroner: number): string {
  return formatAmount(kroner).replace(/[\u00a0\u202f]/g, ' ');
}

/** "1,3 mill." for tight labels in a picture; the full amount is always in the text beside it. */
export function formatAmountCompact(kroner: number): string {
  return kroner >= 1_000_000 ? `${millionFormat.format(kroner / 1_000_000)} mill.` : formatAmount(kroner);
}

/** "14. mars 2024" from "2024-03-14", whatever the device's time zone. */
export function formatDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return dateFormat.format(new Date(Date.UTC(y, m - 1, d)));
}

const listFormat = new Intl.ListFormat('nb-NO', { type: 'conjunction' });

/** "A, B og C". */
export function formatList(items: readonly string[]): string {
  return listFormat.format(items);
}

/** "Nasjonal terskelverdi" from "nasjonal terskelverdi", for a name that starts a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nb-NO') + text.slice(1);
}
