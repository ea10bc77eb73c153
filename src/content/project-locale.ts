/**
 * The rules in one language. Every text in rules/ is written in bokmål, nynorsk and English
 * ({ nb, nn, en }); a page shows one of them, so the browser is sent the rules with each text reduced to
 * that language (about a third of the bytes). Used at build time by scripts/lib/locale-rules-plugin.ts.
 */
import { LOCALES, type Locale } from './vocabulary.ts';

function isLocalizedText(value: object): value is Record<Locale, string> {
  const keys = Object.keys(value);
  return (
    keys.length === LOCALES.length &&
    LOCALES.every((locale) => typeof (value as Record<string, unknown>)[locale] === 'string')
  );
}

/**
 * Keys the interface never reads, left out of the browser's rules: a duty's `paragraph` is the
 * English citation with a note for docs/procurement-duties.md; the result shows its `law`.
 */
export const DOCS_ONLY_KEYS: readonly string[] = ['paragraph'];

/**
 * `value` with every { nb, nn, en } text replaced by { [locale]: text } and the docs-only keys left
 * out; everything else unchanged.
 */
export function projectLocale<T>(value: T, locale: Locale): T {
  if (Array.isArray(value)) return value.map((item) => projectLocale(item, locale)) as T;
  if (value === null || typeof value !== 'object') return value;
  if (isLocalizedText(value)) return { [locale]: value[locale] } as T;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !DOCS_ONLY_KEYS.includes(key))
      .map(([key, item]) => [key, projectLocale(item, locale)]),
  ) as T;
}
