/** The words for questions and answers, looked up in rules/questions.json. */

import type { QuestionRules } from '../../content/rule-parts';
import type { LocalizedText, Question } from '../../content/schema';
import type { Locale, QuestionId } from '../../content/vocabulary';
import type { Answers } from '../../domain/answers';
import { formatKroner } from './format';

export function questionById(rules: QuestionRules, id: QuestionId): Question {
  const question = rules.questions.questions.find((q) => q.id === id);
  if (!question) throw new Error(`rules/questions.json has no question "${id}"`);
  return question;
}

/** The answer as the user chose it: the option's label, or the amount as "1 300 000 kr" / "NOK 1,300,000". */
export function answerText(
  question: Question,
  value: string | number,
  text: (localized: LocalizedText) => string,
  locale: Locale,
): string {
  if (question.kind === 'amount') return formatKroner(Number(value), locale);
  const option = question.options.find((o) => o.value === value);
  return option ? text(option.label) : String(value);
}

/** The answered questions on the path, in order, with their answers. */
export function answeredOnPath(rules: QuestionRules, path: readonly QuestionId[], answers: Answers) {
  return path
    .filter((id) => answers[id] !== undefined)
    .map((id) => ({ question: questionById(rules, id), value: answers[id] as string | number }));
}
