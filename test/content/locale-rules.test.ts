/**
 * The browser is sent the rules in one language, in two parts (what a question needs, and what a result
 * adds: src/content/rule-parts.ts) (src/content/project-locale.ts, made into a chunk per
 * language by scripts/lib/locale-rules-plugin.ts): every text keeps exactly its words in that language,
 * nothing else changes but the docs-only data the interface never reads (the English citation note of each duty), and a rules file that cannot be read fails the build with its name.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeRules } from '../../scripts/lib/locale-rules-plugin';
import { DOCS_ONLY_KEYS, projectLocale } from '../../src/content/project-locale';
import {
  hasResultRules,
  QUESTION_RULE_FILES,
  RESULT_RULE_FILES,
  type RulePart,
  rulePart,
  withResultRules,
} from '../../src/content/rule-parts';
import { getRules } from '../../src/content/rules';
import { RULE_FILES } from '../../src/content/schema';
import { LOCALES, type Locale } from '../../src/content/vocabulary';

const ROOT = join(__dirname, '../..');
const rules = getRules();

const isText = (value: unknown): value is Record<Locale, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).sort().join() === 'en,nb,nn';

/** The characters of every text ({ nb, nn, en } or its projection to one language) in `value`. */
function textLength(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const entries = Object.entries(value);
  const keys = entries.map(([key]) => key);
  if (keys.length > 0 && keys.every((key) => (LOCALES as readonly string[]).includes(key)))
    return entries.reduce((sum, [, text]) => sum + (typeof text === 'string' ? text.length : 0), 0);
  return entries.reduce((sum, [, item]) => sum + textLength(item), 0);
}

/** Walks `full` and `projected` side by side; counts the texts, and fails at the first difference. */
function compare(full: unknown, projected: unknown, locale: Locale, path = 'rules'): number {
  if (isText(full)) {
    expect(projected, path).toEqual({ [locale]: full[locale] });
    return 1;
  }
  if (typeof full !== 'object' || full === null) {
    expect(projected, path).toBe(full);
    return 0;
  }
  const kept = Object.keys(full).filter((key) => !DOCS_ONLY_KEYS.includes(key));
  expect(Object.keys(projected as object), path).toEqual(kept);
  let texts = 0;
  for (const [key, value] of Object.entries(full).filter(([key]) => kept.includes(key)))
    texts += compare(value, (projected as Record<string, unknown>)[key], locale, `${path}.${key}`);
  return texts;
}

/** What the plugin's module for `part` of the rules in `locale` exports, with rules/ read from `root`. */
async function pluginModule(part: RulePart, locale: Locale, root = ROOT): Promise<unknown> {
  const plugin = localeRules();
  (plugin.configResolved as (config: { root: string }) => void)({ root });
  const resolveId = plugin.resolveId as (id: string) => string | null;
  const load = plugin.load as (this: unknown, id: string) => string | null;
  const id = resolveId(`virtual:rules-${part}-${locale}`);
  expect(id).not.toBeNull();
  const context = {
    addWatchFile: () => undefined,
    error: (message: string) => {
      throw new Error(message);
    },
  };
  const code = load.call(context, id as string) as string;
  const url = `data:text/javascript,${encodeURIComponent(code)}`;
  return ((await import(/* @vite-ignore */ url)) as { default: unknown }).default;
}

describe('the rules in one language', () => {
  it.each(LOCALES)(
    'keep every text in %s word for word, and nothing else changes but the docs-only citation notes',
    (locale) => {
      const texts = compare(rules, projectLocale(rules, locale), locale);
      expect(texts).toBeGreaterThan(300);
    },
  );

  it('hold about a third of the words of the rules in all three languages', () => {
    // The texts only: ids, amounts, dates and sources are the same in every language (compared above).
    const full = textLength(rules);
    for (const locale of LOCALES) expect(textLength(projectLocale(rules, locale))).toBeLessThan(full * 0.45);
  });

  it.each(LOCALES)(
    'are what the build makes the two %s chunks of, a question’s and the rest',
    async (locale) => {
      const question = await pluginModule('question', locale);
      const result = await pluginModule('result', locale);
      expect(Object.keys(question as object)).toEqual([...QUESTION_RULE_FILES]);
      expect(Object.keys(result as object)).toEqual([...RESULT_RULE_FILES]);
      expect({ ...(question as object), ...(result as object) }).toEqual(projectLocale(rules, locale));
    },
  );

  it('are not made for a language the guide does not have, nor for a part it does not have', () => {
    const resolveId = localeRules().resolveId as (id: string) => string | null;
    expect(resolveId('virtual:rules-question-de')).toBeNull();
    expect(resolveId('virtual:rules-nb')).toBeNull();
    expect(resolveId('virtual:rules-all-nb')).toBeNull();
    expect(resolveId('virtual:rules-question-nb-x')).toBeNull();
    expect(resolveId('virtual:something-else')).toBeNull();
  });

  it('fail the build naming the file when a rules file cannot be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-locale-'));
    cpSync(join(ROOT, 'rules'), join(dir, 'rules'), { recursive: true });
    writeFileSync(join(dir, 'rules/funding.json'), '{"schemes": [');
    await expect(pluginModule('result', 'nb', dir)).rejects.toThrow(
      /rules\/funding\.json: cannot be read as JSON/,
    );
  });
});

describe('the two parts of the rules', () => {
  it('hold every rules file, each in one part', () => {
    const files = [...QUESTION_RULE_FILES, ...RESULT_RULE_FILES];
    expect(new Set(files).size).toBe(files.length);
    expect([...files].sort()).toEqual(Object.keys(RULE_FILES).sort());
  });

  it('make the whole again, and a question’s part is told from the whole', () => {
    const question = rulePart(rules, 'question');
    const result = rulePart(rules, 'result');
    expect(hasResultRules(question)).toBe(false);
    expect(hasResultRules(rules)).toBe(true);
    expect(withResultRules(question, result)).toEqual(rules);
  });

  it('leave every example and scheme out of a question’s part, which is under half the whole', () => {
    for (const locale of LOCALES) {
      const whole = JSON.stringify(projectLocale(rules, locale));
      const question = JSON.stringify(rulePart(projectLocale(rules, locale), 'question'));
      for (const example of rules.examples.examples) expect(question).not.toContain(`"${example.id}"`);
      for (const scheme of rules.funding.schemes) expect(question).not.toContain(`"${scheme.id}"`);
      expect(question.length).toBeLessThan(whole.length / 2);
    }
  });
});
