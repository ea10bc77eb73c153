/**
 * The message catalogues as the browser takes them: bokmål, the prerendered start page's language, in
 * the main bundle; nynorsk and English each a chunk of their own, loaded when a page is in that
 * language (public/boot.js preloads it, and main.tsx waits for it before the first render). Tests and
 * tools that want all three at once use all-catalogues.ts.
 */
import type { Locale } from '../../../content/vocabulary';
import { loadOnce } from '../../shell/load-once';
import { type Messages, nb } from './nb';

const CHUNKS: Record<Locale, () => Promise<Messages>> = {
  nb: () => Promise.resolve(nb),
  nn: () => import('./nn').then((module) => module.nn),
  en: () => import('./en').then((module) => module.en),
};

const catalogues = loadOnce<Locale, Messages>((locale) => CHUNKS[locale](), { nb });

/** The catalogue for `locale` when it has loaded, otherwise undefined. */
export const loadedCatalogue = catalogues.loaded;

/** Loads the catalogue for `locale` (once; a failed load may be tried again). */
export const loadCatalogue = catalogues.load;
