/**
 * The rules as the browser takes them: for one language at a time, each its own chunk
 * (`virtual:rules-<locale>`, made at build time by scripts/lib/locale-rules-plugin.ts), so a page in
 * bokmål is not sent the nynorsk and English texts. They were validated when the bundle was built
 * (the rules-check plugin in vite.config.ts fails the build with a message naming file and path) and
 * by every test run, so the browser does not parse them again: that keeps Zod out of the bundle and
 * the work off a slow phone's main thread (docs/adr/0004).
 * Every text in them holds only `locale`; the interface reads texts through useText(), in that locale.
 */

import type { Rules } from './schema';
import type { Locale } from './vocabulary';

const CHUNKS: Record<Locale, () => Promise<{ default: unknown }>> = {
  nb: () => import('virtual:rules-nb'),
  nn: () => import('virtual:rules-nn'),
  en: () => import('virtual:rules-en'),
};

export async function loadLocaleRules(locale: Locale): Promise<Rules> {
  const chunk = await CHUNKS[locale]();
  return chunk.default as Rules;
}
