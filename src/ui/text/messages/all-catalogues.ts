/** Every catalogue at once, for tests and build-time tools (the browser loads them one at a time). */
import type { Locale } from '../../../content/vocabulary';
import { en } from './en';
import { enResult } from './en-result';
import { type Messages, nb } from './nb';
import { nbResult } from './nb-result';
import { nn } from './nn';
import { nnResult } from './nn-result';

/** Every catalogue whole, with the same keys as nb (the compiler and test/ui/text/messages-parity.test.ts see to it). */
export const CATALOGUES: Readonly<Record<Locale, Messages>> = {
  nb: { ...nb, ...nbResult },
  nn: { ...nn, ...nnResult },
  en: { ...en, ...enResult },
};
