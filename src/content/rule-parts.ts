/**
 * The rules in two parts, so a question opened from a link is not sent every example and scheme
 * (docs/adr/0004). A question needs the questions, the thresholds the machine's guards read, and the
 * meta (version and changes, for a link made under older rules); a result, the answers page and "Slik
 * virker veiviseren" need the rest as well: forms, examples, funding, procurement, outcomes and the
 * sources they cite. The browser loads each part as a chunk of its own per language
 * (scripts/lib/locale-rules-plugin.ts, src/content/locale-rules.ts). No Zod here: this is in the bundle.
 */
import type { RuleFileName, Rules } from './schema';

export const QUESTION_RULE_FILES = [
  'meta',
  'questions',
  'thresholds',
] as const satisfies readonly RuleFileName[];
export const RESULT_RULE_FILES = [
  'sources',
  'forms',
  'examples',
  'funding',
  'procurement',
  'outcomes',
] as const satisfies readonly RuleFileName[];

export type RulePart = 'question' | 'result';
export const RULE_PART_FILES = { question: QUESTION_RULE_FILES, result: RESULT_RULE_FILES } as const;

export type QuestionRules = Pick<Rules, (typeof QUESTION_RULE_FILES)[number]>;
export type ResultRules = Pick<Rules, (typeof RESULT_RULE_FILES)[number]>;

// Every rules file is in exactly one part: a file added to rules/ and left out here fails to compile.
type Missing = Exclude<RuleFileName, keyof QuestionRules | keyof ResultRules>;
const everyFileInAPart: [Missing] extends [never] ? true : Missing = true;
void everyFileInAPart;

/** Whether a question's rules have the rest (RESULT_RULE_FILES) added to them. */
export const hasResultRules = (rules: QuestionRules): rules is Rules =>
  RESULT_RULE_FILES.every((name) => name in rules);

/** The whole rules, from the two parts. */
export const withResultRules = (rules: QuestionRules, rest: ResultRules): Rules => ({ ...rules, ...rest });

/** The part of the rules named `part`, from the whole. */
export function rulePart<R extends Record<RuleFileName, unknown>, P extends RulePart>(
  rules: R,
  part: P,
): Pick<R, (typeof RULE_PART_FILES)[P][number]> {
  return Object.fromEntries(RULE_PART_FILES[part].map((name) => [name, rules[name]])) as Pick<
    R,
    (typeof RULE_PART_FILES)[P][number]
  >;
}
