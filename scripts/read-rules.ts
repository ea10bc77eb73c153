/** Reads rules/*.json from disk for build-time tools and tests. JSON syntax errors name the file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RawRules, RULE_FILES, type RuleFileName } from '../src/content/schema.ts';
import { type RuleProblem, ruleFilePath } from '../src/content/validate.ts';

export function readRawRules(root = process.cwd()): { raw: RawRules; problems: RuleProblem[] } {
  const raw = {} as RawRules;
  const problems: RuleProblem[] = [];
  for (const name of Object.keys(RULE_FILES) as RuleFileName[]) {
    const file = ruleFilePath(name);
    try {
      raw[name] = JSON.parse(readFileSync(join(root, file), 'utf8'));
    } catch (error) {
      raw[name] = undefined;
      problems.push({ file, path: '', message: `cannot be read as JSON: ${(error as Error).message}` });
    }
  }
  return { raw, problems };
}
