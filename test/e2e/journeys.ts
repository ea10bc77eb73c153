/**
 * One journey to every outcome, taken the way a user takes it: the visible label of the option to
 * click on each question, or the amount to type. The journeys are the rows of test/journeys.ts marked
 * `chromium`. What the result must show (the h1, the answers, the sources, the link) is derived from
 * the engine itself, so the browser is checked against the same rules the unit tests pin.
 */

import { getRules } from '../../src/content/rules';
import type { OutcomeId, QuestionId } from '../../src/content/vocabulary';
import { todayInNorway } from '../../src/domain/dates';
import { answersToParams } from '../../src/domain/url-format';
import { type Evaluation, evaluate } from '../../src/machine/engine';
import { type JourneyRow, journeysOn } from '../journeys';

/** A step: the question shown, and the option label to click (or the amount to type). */
export type Step = readonly [question: QuestionId, labelOrAmount: string];
export type Journey = { outcome: OutcomeId; steps: readonly Step[] };

export const rules = getRules();
const nb = (text: { nb: string }) => text.nb;

export const question = (id: QuestionId) => {
  const found = rules.questions.questions.find((q) => q.id === id);
  if (!found) throw new Error(`No question "${id}" in rules/questions.json`);
  return found;
};

export const questionText = (id: QuestionId) => nb(question(id).text);
export const fieldLabel = (id: QuestionId) => {
  const q = question(id);
  if (q.kind !== 'amount') throw new Error(`"${id}" is not an amount question`);
  return nb(q.fieldLabel);
};
export const isAmountQuestion = (id: QuestionId) => question(id).kind === 'amount';

/** A row's answer as a user gives it: the visible (bokmål) label of the option, or the amount as typed. */
function stepOf([id, value]: JourneyRow['answers'][number]): Step {
  const q = question(id);
  if (q.kind === 'amount') return [id, value];
  const option = q.options.find((o) => o.value === value);
  if (!option) throw new Error(`Question "${id}" has no option "${value}" (test/journeys.ts)`);
  return [id, nb(option.label)];
}

/** The rows of the one table of journeys (test/journeys.ts) marked `chromium`: one to every outcome. */
export const JOURNEYS: readonly Journey[] = journeysOn('chromium').map((row) => ({
  outcome: row.outcome,
  steps: row.answers.map(stepOf),
}));

/** The answer value behind a visible label (or the typed amount as a number). */
export function answerValue([id, labelOrAmount]: Step): string {
  const q = question(id);
  if (q.kind === 'amount') return String(Number(labelOrAmount.replace(/\s/g, '')));
  const option = q.options.find((o) => nb(o.label) === labelOrAmount);
  if (!option) {
    throw new Error(
      `Question "${id}" has no option labelled «${labelOrAmount}»: ${q.options.map((o) => nb(o.label)).join(', ')}`,
    );
  }
  return option.value;
}

/** The query string of a journey's answers, as the app writes them (question order). */
export function answersQuery(journey: Journey): URLSearchParams {
  const answers = Object.fromEntries(journey.steps.map((step) => [step[0], answerValue(step)]));
  return new URLSearchParams(answersToParams(evaluate(new URLSearchParams(answers), options()).answers));
}

export const options = () => ({ today: todayInNorway(), rules });

/** What the engine says about a journey's answers. */
export function evaluation(journey: Journey): Evaluation {
  return evaluate(answersQuery(journey), options());
}

/** The h1 of the result page: the recommended form's name (the page says "Anbefalt samarbeidsform: …"). */
export function recommendedFormName(journey: Journey): string {
  const recommendation = evaluation(journey).recommendation;
  if (!recommendation) throw new Error(`The answers of "${journey.outcome}" lead to no outcome`);
  return nb(recommendation.primaryForm.name);
}

/** The link to a journey's result page. */
export const resultPath = (journey: Journey) => `/?${answersQuery(journey).toString()}&step=result`;

/** The "Dine svar" rows a journey should show: summary label and the answer as displayed. */
export function answerRows(journey: Journey): { label: string; answer: string }[] {
  return journey.steps.map(([id, labelOrAmount]) => ({
    label: nb(question(id).summaryLabel),
    answer: isAmountQuestion(id) ? formatAmount(Number(answerValue([id, labelOrAmount]))) : labelOrAmount,
  }));
}

/** nb-NO grouping as the app formats amounts, with plain spaces (compare after normalising). */
export const formatAmount = (amount: number) =>
  new Intl.NumberFormat('nb-NO').format(amount).replace(/\s/g, ' ');

export const journeyFor = (outcome: OutcomeId): Journey => {
  const journey = JOURNEYS.find((j) => j.outcome === outcome);
  if (!journey) throw new Error(`No journey to ${outcome}`);
  return journey;
};

/** The headings of a result's sections, in page order (the ids sections/contents.tsx links to). */
export const RESULT_SECTIONS = [
  'why-heading',
  'must-do-heading',
  'next-steps-heading',
  'examples-heading',
  'funding-heading',
  'procurement-heading',
  'alternatives-heading',
  'answers-heading',
  'explore-heading',
  'sources-heading',
];
