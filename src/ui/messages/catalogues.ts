/**
 * The message catalogues as the browser takes them: bokmål, the prerendered start page's language, in
 * the main bundle; nynorsk and English each a chunk of their own, loaded when a page is in that
 * language (public/boot.js preloads it, and main.tsx waits for it before the first render). Tests and
 * tools that want all three at once use all-catalogues.ts.
 */
import type { Locale } from '../../content/vocabulary';
import { type Messages, nb } from './nb';

const loaded: Partial<Record<Locale, Messages>> = { nb };
const loading: Partial<Record<Locale, Promise<Messages>>> = {};

const CHUNKS: Record<Exclude<Locale, 'nb'>, () => Promise<Messages>> = {
  nn: () => import('./nn').then((module) => module.nn),
  en: () => import('./en').then((module) => module.en),
};

/** The catalogue for `locale` when it has loaded, otherwise undefined. */
export function loadedCatalogue(locale: Locale): Messages | undefined {
  return loaded[locale];
}

/** Loads the catalogue for `locale` (once; a failed load may be tried again). */
export function loadCatalogue(locale: Locale): Promise<Messages> {
  const ready = loaded[locale];
  if (ready) return Promise.resolve(ready);
  if (locale === 'nb') return Promise.resolve(nb);
  loading[locale] ??= CHUNKS[locale]().then(
    (messages) => {
      loaded[locale] = messages;
      return messages;
    },
    (error: unknown) => {
      delete loading[locale];
      throw error;
    },
  );
  return loading[locale];
}
