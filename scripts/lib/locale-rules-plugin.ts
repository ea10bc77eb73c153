/**
 * `virtual:rules-question-nb` and `virtual:rules-result-nb` (and the same for nn and en): the rules with
 * each text in one language (src/content/project-locale.ts), in the two parts of
 * src/content/rule-parts.ts (what a question needs, and what a result adds), each its own chunk, loaded
 * by the app for the language on screen (src/content/locale-rules.ts). The rules are validated before
 * this (the rules-check plugin in vite.config.ts); a file that cannot be read fails here with its name.
 * In development each rules file is watched, so a change reloads the module.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { projectLocale } from '../../src/content/project-locale.ts';
import { RULE_PART_FILES, type RulePart, rulePart } from '../../src/content/rule-parts.ts';
import { RULE_FILES, type RuleFileName } from '../../src/content/schema.ts';
import { ruleFilePath } from '../../src/content/validate.ts';
import { LOCALES, type Locale } from '../../src/content/vocabulary.ts';
import { readRawRules } from '../read-rules.ts';

const PREFIX = 'virtual:rules-';
const RESOLVED = `\0${PREFIX}`;

export function localeRules(): Plugin {
  let root = process.cwd();
  return {
    name: 'samarbeidsveiviseren:locale-rules',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      if (!id.startsWith(PREFIX)) return null;
      return partAndLocale(id.slice(PREFIX.length)) ? `${RESOLVED}${id.slice(PREFIX.length)}` : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const named = partAndLocale(id.slice(RESOLVED.length));
      if (!named) return null;
      const { part, locale } = named;
      for (const name of Object.keys(RULE_FILES) as RuleFileName[])
        this.addWatchFile(resolve(root, ruleFilePath(name)));
      const { raw, problems } = readRawRules(root);
      if (problems.length)
        this.error(problems.map((problem) => `${problem.file}: ${problem.message}`).join('\n'));
      // As JSON.parse("…"): parsed faster than an object literal on slow phones.
      const json = JSON.stringify(rulePart(projectLocale(raw, locale), part));
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
  };
}

/** `question-nb` → { part: 'question', locale: 'nb' }; null for any other name. */
function partAndLocale(name: string): { part: RulePart; locale: Locale } | null {
  const [part, locale, ...rest] = name.split('-');
  if (rest.length || !part || !locale || !(part in RULE_PART_FILES)) return null;
  if (!(LOCALES as readonly string[]).includes(locale)) return null;
  return { part: part as RulePart, locale: locale as Locale };
}
