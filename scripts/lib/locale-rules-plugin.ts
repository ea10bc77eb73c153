/**
 * `virtual:rules-nb`, `virtual:rules-nn` and `virtual:rules-en`: the rules with each text in one
 * language (src/content/project-locale.ts), each its own chunk, loaded by the app for the language on
 * screen (src/content/locale-rules.ts). The rules are validated before this (the rules-check plugin in
 * vite.config.ts); a file that cannot be read fails here with its name. In development each rules file
 * is watched, so a change reloads the module.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { projectLocale } from '../../src/content/project-locale.ts';
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
      const locale = id.slice(PREFIX.length);
      return (LOCALES as readonly string[]).includes(locale) ? `${RESOLVED}${locale}` : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const locale = id.slice(RESOLVED.length) as Locale;
      for (const name of Object.keys(RULE_FILES) as RuleFileName[])
        this.addWatchFile(resolve(root, ruleFilePath(name)));
      const { raw, problems } = readRawRules(root);
      if (problems.length)
        this.error(problems.map((problem) => `${problem.file}: ${problem.message}`).join('\n'));
      // As JSON.parse("…"): parsed faster than an object literal on slow phones.
      const json = JSON.stringify(projectLocale(raw, locale));
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
  };
}
