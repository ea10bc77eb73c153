/**
 * The pure engine: from answers (as parsed from a URL) and an assessment date to everything the
 * interface shows. Path, current question, pruning and the recommendation are all derived by
 * replaying the machine over the answers; nothing else holds state.
 */
import { initialTransition, transition } from 'xstate';
import { hasResultRules, type QuestionRules } from '../content/rule-parts';
import { OUTCOME_IDS, type OutcomeId, QUESTION_IDS, type QuestionId } from '../content/vocabulary';
import type { AnswerProblem, Answers } from '../domain/answers';
import { type IsoDate, isIsoDate } from '../domain/dates';
import { type Recommendation, recommend } from '../domain/recommendation';
import { firstCoveredDate, type ThresholdsInForce, thresholdsInForce } from '../domain/thresholds';
import { appParam, PARAM, parseAnswers, toParams } from '../domain/url-format';
import { questionFlow } from './question-flow';

export type Position = { kind: 'question'; question: QuestionId } | { kind: 'outcome'; outcome: OutcomeId };

export type Replay = {
  /** Only the answers that lie on the path; every other answer is pruned. */
  answers: Answers;
  /** The questions met, in order, including the current one when a question is current. */
  path: QuestionId[];
  /**
   * What links should carry: the answers on the path, plus, while the path is not complete, answers
   * to later questions that may still apply once the open question is answered (so changing an
   * early answer does not lose them). Once an outcome is reached this equals `answers`.
   */
  retained: Answers;
  /** Questions that had an answer which no longer applies (known once an outcome is reached). */
  pruned: QuestionId[];
  position: Position;
};

/** Whether a state of the question flow is an outcome or a question (anything else is a bug in the flow). */
export const isOutcome = (state: string): state is OutcomeId =>
  (OUTCOME_IDS as readonly string[]).includes(state);
export const isQuestion = (state: string): state is QuestionId =>
  (QUESTION_IDS as readonly string[]).includes(state);

/**
 * Replays the machine over the answers: deterministic, total, and independent of answer order. (Walking
 * on over questions not answered yet is src/machine/walk.ts.)
 */
export function replay(given: Answers, thresholds: ThresholdsInForce): Replay {
  let [snapshot] = initialTransition(questionFlow, { thresholds });
  const path: QuestionId[] = [];
  const kept: Record<string, unknown> = {};
  // Each answer moves forward one state and no question repeats, so this ends within the number of questions.
  for (let step = 0; step <= QUESTION_IDS.length; step++) {
    const state = String(snapshot.value);
    if (isOutcome(state)) {
      return finish(given, kept, path, { kind: 'outcome', outcome: state });
    }
    if (!isQuestion(state)) throw new Error(`Unknown state "${state}" in the question flow`);
    path.push(state);
    const value = given[state];
    if (value === undefined) return finish(given, kept, path, { kind: 'question', question: state });
    kept[state] = value;
    [snapshot] = transition(questionFlow, snapshot, { type: 'answer', question: state, value });
  }
  throw new Error('The question flow did not end: a question must lead to another question or an outcome');
}

function finish(
  given: Answers,
  kept: Record<string, unknown>,
  path: QuestionId[],
  position: Position,
): Replay {
  if (position.kind === 'question') {
    // Not complete: later answers may still apply, so nothing is pruned yet.
    const retained = Object.fromEntries(
      QUESTION_IDS.filter((id) => given[id] !== undefined).map((id) => [id, given[id]]),
    );
    return { answers: kept as Answers, retained: retained as Answers, path, pruned: [], position };
  }
  const pruned = QUESTION_IDS.filter((id) => given[id] !== undefined && !(id in kept));
  return { answers: kept as Answers, retained: kept as Answers, path, pruned, position };
}

export type DateProblem = { kind: 'invalidDate' | 'dateNotCovered'; value: string; firstCovered: IsoDate };

export type Evaluation = Replay & {
  problems: AnswerProblem[];
  unknownKeys: string[];
  dateProblem: DateProblem | null;
  assessmentDate: IsoDate;
  /** True when the date came from the link rather than today. */
  dateChosen: boolean;
  thresholds: ThresholdsInForce;
  /** At an outcome, when the rules given include a result's part (src/content/rule-parts.ts); else null. */
  recommendation: Recommendation | null;
};

/**
 * Everything the interface needs, from a query string. Never throws on user input: a bad answer is
 * reported against its question and the journey continues from the last valid answer.
 */
export function evaluate(
  query: string | URLSearchParams,
  options: { today: IsoDate; rules: QuestionRules },
): Evaluation {
  const params = new URLSearchParams(toParams(query));
  const parsed = parseAnswers(params);
  const { rules, today } = options;
  const allThresholds = rules.thresholds.thresholds;
  const firstCovered = firstCoveredDate(allThresholds);

  let assessmentDate = today;
  let dateProblem: DateProblem | null = null;
  const requested = appParam(params, PARAM.date);
  if (requested !== null) {
    if (!isIsoDate(requested)) dateProblem = { kind: 'invalidDate', value: requested, firstCovered };
    else if (thresholdsInForce(allThresholds, requested) === null)
      dateProblem = { kind: 'dateNotCovered', value: requested, firstCovered };
    else assessmentDate = requested;
  }
  const thresholds = thresholdsInForce(allThresholds, assessmentDate);
  if (thresholds === null) throw new Error(`The rules cover no thresholds for ${assessmentDate}`);

  const replayed = replay(parsed.answers, thresholds);
  // The path needs only a question's rules; the recommendation, the rest (src/content/rule-parts.ts).
  const recommendation =
    replayed.position.kind === 'outcome' && hasResultRules(rules)
      ? recommend(replayed.position.outcome, replayed.answers, rules, thresholds, assessmentDate)
      : null;
  return {
    ...replayed,
    problems: parsed.problems,
    unknownKeys: parsed.unknownKeys,
    dateProblem,
    assessmentDate,
    dateChosen: requested !== null && dateProblem === null,
    thresholds,
    recommendation,
  };
}
