/**
 * Answers are the single source of truth. They travel in the URL keyed by question id; this module
 * reads them from a query string without ever throwing, and writes them back in question order.
 */
import {
  type AmountQuestionId,
  CHOICE_VALUES,
  type ChoiceQuestionId,
  type ChoiceValue,
  QUESTION_IDS,
  type QuestionId,
} from '../content/vocabulary';
import { type AmountProblem, parseAmount } from './amount';

export type Answers = Partial<
  { [Q in ChoiceQuestionId]: ChoiceValue<Q> } & { [Q in AmountQuestionId]: number }
>;
export type AnswerValue = string | number;

export type AnswerProblem =
  | { question: QuestionId; kind: 'invalidChoice'; value: string }
  | { question: QuestionId; kind: 'invalidAmount'; value: string; problem: AmountProblem }
  | { question: QuestionId; kind: 'repeated'; value: string };

/** Parameters in the URL that are not answers but belong to the app (language, page, date, version). */
export const RESERVED_PARAMS = ['lang', 'step', 'date', 'v', 'o', 'change', 'pin'] as const;

const isQuestionId = (key: string): key is QuestionId => (QUESTION_IDS as readonly string[]).includes(key);
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

/** How many unknown keys a link problem names at most. */
export const MAX_UNKNOWN_KEYS = 10;

export type ParsedAnswers = {
  answers: Answers;
  problems: AnswerProblem[];
  /** Keys that are neither a question nor one of the app's own parameters: dropped. */
  unknownKeys: string[];
};

/** Reads answers from a query string. Unknown keys are dropped; an invalid value is reported against its question. */
export function parseAnswers(query: string | URLSearchParams): ParsedAnswers {
  let params: URLSearchParams;
  try {
    params = typeof query === 'string' ? new URLSearchParams(query) : query;
  } catch {
    params = new URLSearchParams();
  }
  const answers: Record<string, AnswerValue> = {};
  const problems: AnswerProblem[] = [];
  const unknownKeys: string[] = [];
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const [key, raw] of params) {
    if ((RESERVED_PARAMS as readonly string[]).includes(key)) continue;
    if (!isQuestionId(key)) {
      // A mangled link can hold thousands of keys: name the first few, which is enough to explain it.
      if (unknownKeys.length < MAX_UNKNOWN_KEYS && !unknownKeys.includes(key))
        unknownKeys.push(key.slice(0, 40));
      continue;
    }
    if (seen.has(key)) {
      if (!repeated.has(key)) problems.push({ question: key, kind: 'repeated', value: raw.slice(0, 40) });
      repeated.add(key);
      continue;
    }
    seen.add(key);
    const result = readAnswer(key, raw);
    if (result.ok) answers[key] = result.value;
    else problems.push(result.problem);
  }
  return { answers: answers as Answers, problems, unknownKeys };
}

/** Writes answers in the order of the questionnaire, so equal answers always give equal links. */
export function answersToParams(answers: Answers): URLSearchParams {
  const params = new URLSearchParams();
  for (const id of QUESTION_IDS) {
    const value = answers[id];
    if (value !== undefined) params.set(id, String(value));
  }
  return params;
}
