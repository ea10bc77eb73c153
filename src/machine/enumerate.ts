/**
 * Every combination of answers the questionnaire can receive, with amounts as bands: one
 * representative amount per band between the thresholds in force. Used for the generated decision
 * table and for tests that must cover every path.
 */
import { initialTransition, transition } from 'xstate';
import {
  CHOICE_VALUES,
  OUTCOME_IDS,
  type OutcomeId,
  QUESTION_IDS,
  type QuestionId,
} from '../content/vocabulary';
import { type Answers, isChoiceQuestion } from '../domain/answers';
import type { ThresholdsInForce } from '../domain/thresholds';
import { questionFlow } from './question-flow';

export type AmountBand = { from: number; to: number | null; representative: number };

/** The bands between the distinct threshold amounts in force: [0, lower), [lower, national), … */
export function amountBands(t: ThresholdsInForce): AmountBand[] {
  const bounds = [...new Set(Object.values(t).map((entry) => entry.amount))].sort((a, b) => a - b);
  const bands: AmountBand[] = [
    { from: 1, to: (bounds[0] ?? 1) - 1, representative: Math.floor((bounds[0] ?? 2) / 2) },
  ];
  bounds.forEach((from, i) => {
    const next = bounds[i + 1];
    bands.push({ from, to: next === undefined ? null : next - 1, representative: from });
  });
  return bands;
}

export type CompletePath = { answers: Answers; path: QuestionId[]; outcome: OutcomeId };

const isOutcome = (state: string): state is OutcomeId => (OUTCOME_IDS as readonly string[]).includes(state);
const isQuestion = (state: string): state is QuestionId =>
  (QUESTION_IDS as readonly string[]).includes(state);

type FlowSnapshot = ReturnType<typeof initialTransition<typeof questionFlow>>[0];

/**
 * Every complete path, depth first in the order the questions offer their options. Each answer moves
 * the machine on from the state its earlier answers reached (rather than replaying them from the start
 * every time), so the whole tree costs one transition per edge; each path is what `replay` gives for
 * its answers (test/machine/decision-table.test.ts checks it).
 */
export function enumeratePaths(t: ThresholdsInForce): CompletePath[] {
  const amounts = amountBands(t).map((band) => band.representative);
  const results: CompletePath[] = [];
  const visit = (snapshot: FlowSnapshot, answers: Answers, path: QuestionId[]) => {
    const state = String(snapshot.value);
    if (isOutcome(state)) {
      results.push({ answers, path, outcome: state });
      return;
    }
    if (!isQuestion(state)) throw new Error(`Unknown state "${state}" in the question flow`);
    const options: readonly (string | number)[] = isChoiceQuestion(state) ? CHOICE_VALUES[state] : amounts;
    for (const value of options) {
      const [next] = transition(questionFlow, snapshot, { type: 'answer', question: state, value });
      visit(next, { ...answers, [state]: value } as Answers, [...path, state]);
    }
  };
  visit(initialTransition(questionFlow, { thresholds: t })[0], {}, []);
  return results;
}
