/**
 * The message catalogues as the browser takes them, each in two parts:
 * - what any page may need: bokmål, the prerendered start page's language, in the main bundle; nynorsk
 *   and English each a chunk of their own, loaded when a page is in that language (public/boot.js
 *   preloads it, and main.tsx waits for it before the first render);
 * - what only a result and "Slik virker veiviseren" use (nb-result.ts, nn-result.ts, en-result.ts): a
 *   chunk per language, loaded with the rest of that language's rules (src/app/app.tsx) and named with
 *   them in the build's `result-rules-…` hint, so a question opened from a link does without them.
 * Tests and tools that want all three whole at once use all-catalogues.ts.
 */
import type { Locale } from '../../../content/vocabulary';
import { loadOnce } from '../../shell/load-once';
import { type Messages, nb, type QuestionMessages } from './nb';
import type { ResultMessages } from './nb-result';

const CHUNKS: Record<Locale, () => Promise<QuestionMessages>> = {
  nb: () => Promise.resolve(nb),
  nn: () => import('./nn').then((module) => module.nn),
  en: () => import('./en').then((module) => module.en),
};

const RESULT_CHUNKS: Record<Locale, () => Promise<ResultMessages>> = {
  nb: () => import('./nb-result').then((module) => module.nbResult),
  nn: () => import('./nn-result').then((module) => module.nnResult),
  en: () => import('./en-result').then((module) => module.enResult),
};

const catalogues = loadOnce<Locale, QuestionMessages>((locale) => CHUNKS[locale](), { nb });
const resultCatalogues = loadOnce<Locale, ResultMessages>((locale) => RESULT_CHUNKS[locale]());

/** The catalogue for `locale` when it has loaded, otherwise undefined. */
export const loadedCatalogue = catalogues.loaded;

/** Loads the catalogue for `locale` (once; a failed load may be tried again). */
export const loadCatalogue = catalogues.load;

/** Loads what a result adds to the catalogue for `locale` (once; a failed load may be tried again). */
export const loadResultCatalogue = resultCatalogues.load;

/** What a result adds to the catalogue for `locale` when it has loaded, otherwise undefined. */
export const loadedResultCatalogue = resultCatalogues.loaded;

/** A catalogue with what a result adds, made once for each, so the texts a page is given keep their identity. */
const whole = new WeakMap<QuestionMessages, Messages>();

/**
 * The texts for a page in `locale`: `messages`, with what a result adds once that has loaded. Before
 * then the result's sections are missing: the app draws a result or "Slik virker veiviseren" only once
 * they are there (`results` in src/app/app.tsx, with the rest of the rules), and no other page reads
 * them (test/ui/text/result-texts-loading.test.tsx). Read when a component draws (useMessages), so a page
 * that waited for them finds them.
 */
export function withResultTexts(locale: Locale, messages: QuestionMessages): Messages {
  if ('result' in messages) return messages as Messages;
  const result = resultCatalogues.loaded(locale);
  if (!result) return messages as Messages;
  let merged = whole.get(messages);
  if (!merged) {
    merged = { ...messages, ...result };
    whole.set(messages, merged);
  }
  return merged;
}
