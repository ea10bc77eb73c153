/**
 * Every combination of answers the questionnaire can receive, with amounts as bands: one
 * representative amount per band between the thresholds in force. Used for the generated decision
 * table and for tests that must cover every path.
 */
import { CHOICE_VALUES, type OutcomeId, type QuestionId } from '../content/schema';
import { type Answers, isChoiceQuestion } from '../domain/answers';
import type { ThresholdsInForce } from '../domain/thresholds';
import { replay } from './engine';

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

export function enumeratePaths(t: ThresholdsInForce): CompletePath[] {
  const amounts = amountBands(t).map((band) => band.representative);
  const results: CompletePath[] = [];
  const visit = (answers: Answers) => {
    const state = replay(answers, t);
    if (state.position.kind === 'outcome') {
      results.push({ answers: state.answers, path: state.path, outcome: state.position.outcome });
      return;
    }
    const question = state.position.question;
    const options: readonly (string | number)[] = isChoiceQuestion(question)
      ? CHOICE_VALUES[question]
      : amounts;
    for (const value of options) visit({ ...state.answers, [question]: value } as Answers);
  };
  visit({});
  return results;
}
