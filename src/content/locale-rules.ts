/**
 * The rules as the browser takes them: for one language at a time, and in two parts
 * (src/content/rule-parts.ts), each its own chunk (`virtual:rules-question-<locale>` and
 * `virtual:rules-result-<locale>`, made at build time by scripts/lib/locale-rules-plugin.ts), so a page
 * in bokmål is not sent the nynorsk and English texts, and a question not every example and scheme.
 * They were validated when the bundle was built (the rules-check plugin in vite.config.ts fails the
 * build with a message naming file and path) and by every test run, so the browser does not parse them
 * again: that keeps Zod out of the bundle and the work off a slow phone's main thread (docs/adr/0004).
 * Every text in them holds only `locale`; the interface reads texts through useText(), in that locale.
 */

import type { QuestionRules, ResultRules } from './rule-parts';
import type { Locale } from './vocabulary';

type Chunk = () => Promise<{ default: unknown }>;

const QUESTION_CHUNKS: Record<Locale, Chunk> = {
  nb: () => import('virtual:rules-question-nb'),
  nn: () => import('virtual:rules-question-nn'),
  en: () => import('virtual:rules-question-en'),
};

const RESULT_CHUNKS: Record<Locale, Chunk> = {
  nb: () => import('virtual:rules-result-nb'),
  nn: () => import('virtual:rules-result-nn'),
  en: () => import('virtual:rules-result-en'),
};

/** What a question needs: the questions, the thresholds and the meta. */
export async function loadQuestionRules(locale: Locale): Promise<QuestionRules> {
  const chunk = await QUESTION_CHUNKS[locale]();
  return chunk.default as QuestionRules;
}

/** What a result adds: forms, examples, funding, procurement, outcomes and their sources. */
export async function loadResultRules(locale: Locale): Promise<ResultRules> {
  const chunk = await RESULT_CHUNKS[locale]();
  return chunk.default as ResultRules;
}
