/**
 * The one walk of the machine over answers not given yet: from some answers, every way the
 * questionnaire can be finished, trying every option of every question that has no answer (amounts as
 * one representative per band between the thresholds in force). It serves the decision table (every
 * path from no answers), what-if (src/machine/what-if.ts) and the questions a changed answer opens.
 */
import { initialTransition, transition } from 'xstate';
import { CHOICE_VALUES, type OutcomeId, type QuestionId } from '../content/vocabulary';
import { type Answers, type AnswerValue, isChoiceQuestion } from '../domain/answers';
import type { ThresholdsInForce } from '../domain/thresholds';
import { isOutcome, isQuestion } from './engine';
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

/** A way to the end: the answers on it, the questions met in order, and where it ends. */
export type CompletePath = { answers: Answers; path: QuestionId[]; outcome: OutcomeId };

/** A complete path from some answers, and how many of its questions had no answer among them. */
export type Continuation = CompletePath & { asked: number };

type FlowSnapshot = ReturnType<typeof initialTransition<typeof questionFlow>>[0];

/**
 * Every complete path that keeps the given answers, depth first in the order the questions offer their
 * options. A question met with an answer among `given` takes it (an answer off the path is ignored, as
 * replay ignores it); a question without one branches into each of its options. Each answer moves the
 * machine on from the state the answers before it reached, so the walk costs one transition per edge,
 * and each path is what `replay` gives for its answers (test/machine/walk.test.ts checks both).
 */
export function continuations(given: Answers, t: ThresholdsInForce): Continuation[] {
  const amounts = amountBands(t).map((band) => band.representative);
  const results: Continuation[] = [];
  const visit = (snapshot: FlowSnapshot, answers: Answers, path: QuestionId[], asked: number) => {
    const state = String(snapshot.value);
    if (isOutcome(state)) {
      results.push({ answers, path, outcome: state, asked });
      return;
    }
    if (!isQuestion(state)) throw new Error(`Unknown state "${state}" in the question flow`);
    const answer = given[state];
    const options: readonly AnswerValue[] =
      answer !== undefined ? [answer] : isChoiceQuestion(state) ? CHOICE_VALUES[state] : amounts;
    const more = answer === undefined ? 1 : 0;
    for (const value of options) {
      const [next] = transition(questionFlow, snapshot, { type: 'answer', question: state, value });
      visit(next, { ...answers, [state]: value } as Answers, [...path, state], asked + more);
    }
  };
  visit(initialTransition(questionFlow, { thresholds: t })[0], {}, [], 0);
  return results;
}

/**
 * Every complete path: every combination of answers the questionnaire can receive, amounts as bands.
 * Used for the generated decision table and for tests that must cover every path.
 */
export function enumeratePaths(t: ThresholdsInForce): CompletePath[] {
  return continuations({}, t).map(({ answers, path, outcome }) => ({ answers, path, outcome }));
}
