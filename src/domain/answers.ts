/**
 * Answers are the single source of truth. They travel in the URL keyed by question id
 * (src/domain/url-format.ts reads and writes them); this module says what an answer is and checks one.
 */
import {
  type AmountQuestionId,
  CHOICE_VALUES,
  type ChoiceQuestionId,
  type ChoiceValue,
  type QuestionId,
} from '../content/vocabulary.ts';
import { type AmountProblem, parseAmount } from './amount.ts';

export type Answers = Partial<
  { [Q in ChoiceQuestionId]: ChoiceValue<Q> } & { [Q in AmountQuestionId]: number }
>;
export type AnswerValue = string | number;

export type AnswerProblem =
  | { question: QuestionId; kind: 'invalidChoice'; value: string }
  | { question: QuestionId; kind: 'invalidAmount'; value: string; problem: AmountProblem }
  | { question: QuestionId; kind: 'repeated'; value: string };

export const isChoiceQuestion = (q: QuestionId): q is ChoiceQuestionId => q in CHOICE_VALUES;

/** Checks one answer value for one question; amounts are read the way people type them. */
export function readAnswer(
  question: QuestionId,
  raw: string,
): { ok: true; value: AnswerValue } | { ok: false; problem: AnswerProblem } {
  if (isChoiceQuestion(question)) {
    const allowed: readonly string[] = CHOICE_VALUES[question];
    return allowed.includes(raw)
      ? { ok: true, value: raw }
      : { ok: false, problem: { question, kind: 'invalidChoice', value: raw.slice(0, 40) } };
  }
  const amount = parseAmount(raw);
  return amount.ok
    ? { ok: true, value: amount.value }
    : {
        ok: false,
        problem: { question, kind: 'invalidAmount', value: raw.slice(0, 40), problem: amount.problem },
      };
}
