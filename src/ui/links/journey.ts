/**
 * Where each link and button of a page leads, derived from the evaluated URL. This is the "Routing"
 * section of docs/ui-brief.md in code: Back is the previous question on the derived path, Continue
 * writes the pruned answers plus the new one, and a change from "Dine svar" returns to the result once
 * the questions it opens are answered.
 */

import type { QuestionRules } from '../../content/rule-parts';
import type { Rules } from '../../content/schema';
import type { QuestionId } from '../../content/vocabulary';
import type { Answers, AnswerValue } from '../../domain/answers';
import type { IsoDate } from '../../domain/dates';
import { PARAM } from '../../domain/url-format';
import { type Evaluation, replay } from '../../machine/engine';
import { type Step, stepHref } from './hrefs';
import { type LinkBase, startHref } from './link-base';

/**
 * Everything a page needs to know about where the user is. A question's pages have the rules a question
 * needs (`Journey<QuestionRules>`); a result has them all (src/content/rule-parts.ts).
 */
export type Journey<R extends QuestionRules = Rules> = {
  evaluation: Evaluation;
  rules: R;
  base: LinkBase;
  /** The user came here from "Dine svar" (`change=1`). */
  changing: boolean;
  /** Today's date in Norway (pinned in tests), to tell a chosen date in the past from one ahead. */
  today?: IsoDate;
};

/** Where the user is on a page that needs only a question's rules (any journey will do). */
export type QuestionJourney = Journey<QuestionRules>;

/** Back from a question: the previous question on the path, keeping every answer; from the first, the start page. */
export function questionBackHref(journey: QuestionJourney, question: QuestionId): string {
  const { path, retained: answers } = journey.evaluation;
  const index = path.indexOf(question);
  const previous = index > 0 ? path[index - 1] : undefined;
  return previous ? stepHref(journey.base, answers, previous) : startHref(journey.base);
}

/** Back from the result: the last question answered. */
export function resultBackHref(journey: QuestionJourney): string {
  const { path, retained: answers } = journey.evaluation;
  const last = path.at(-1);
  return last ? stepHref(journey.base, answers, last) : startHref(journey.base);
}

/** The page for where the answers lead now: the current question, or the result. */
export function positionHref(journey: QuestionJourney): string {
  const { position, retained: answers } = journey.evaluation;
  const step: Step = position.kind === 'question' ? position.question : 'result';
  return stepHref(journey.base, answers, step);
}

/** "Endre" in "Dine svar": that question, marked as a change. */
export function changeHref(journey: QuestionJourney, question: QuestionId): string {
  return stepHref(journey.base, journey.evaluation.retained, question, { change: true });
}

/**
 * Where "Fortsett" leads after answering `question` with `value`. Only the retained answers are written:
 * answers that no longer apply, and anything in the link that could not be used, disappear, while
 * later answers that may still apply wait for the questions a change opened.
 */
export function continueHref(journey: QuestionJourney, question: QuestionId, value: AnswerValue): string {
  const answers = { ...journey.evaluation.retained, [question]: value } as Answers;
  const next = replay(answers, journey.evaluation.thresholds);
  if (journey.changing) {
    // A change: answer whatever the change opened, then back to the result.
    return next.position.kind === 'question'
      ? stepHref(journey.base, next.retained, next.position.question, { change: true })
      : stepHref(journey.base, next.retained, 'result');
  }
  const following = next.path[next.path.indexOf(question) + 1];
  return following
    ? stepHref(journey.base, next.retained, following)
    : stepHref(journey.base, next.retained, 'result');
}

/** This question with `value` recorded: what browser back should return to after "Fortsett". */
export function answeredHereHref(journey: QuestionJourney, question: QuestionId, value: AnswerValue): string {
  const answers = { ...journey.evaluation.retained, [question]: value } as Answers;
  return stepHref(journey.base, answers, question, { change: journey.changing });
}

/** "Slik virker veiviseren", keeping the answers so the way back leads where the user was. */
export function howHref(journey: QuestionJourney): string {
  return stepHref(journey.base, journey.evaluation.retained, 'how');
}

/**
 * The same page assessed as of `date` (an ISO date), or as of today when `date` is null: the `date`
 * parameter set or removed, everything else kept.
 */
export function assessmentDateHref(journey: QuestionJourney, step: Step, date: string | null): string {
  const carried = journey.base.carried.filter(([key]) => key !== PARAM.date);
  if (date !== null) carried.push([PARAM.date, date]);
  return stepHref({ ...journey.base, carried }, journey.evaluation.retained, step);
}
