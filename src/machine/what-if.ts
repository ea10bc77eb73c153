/**
 * "What if": for each answer on the path, the other answers that would change the recommendation and
 * what it would change to. Computed by replaying the machine, so it can never disagree with the
 * questionnaire itself.
 */

import { transition } from 'xstate';
import { CHOICE_VALUES, type OutcomeId, type QuestionId, type RegimeId } from '../content/vocabulary';
import { type Answers, type AnswerValue, isChoiceQuestion } from '../domain/answers';
import { isPurchaseInReality } from '../domain/decision-rules';
import { authorityTypeOf, procurementBand, serviceKindOf } from '../domain/procurement';
import type { ThresholdsInForce } from '../domain/thresholds';
import { replay, walk } from './engine';
import { type AmountBand, amountBands } from './enumerate';
import { questionFlow } from './question-flow';

export type WhatIfChange =
  /** The recommendation becomes another outcome straight away. */
  | { kind: 'outcome'; outcome: OutcomeId }
  /** Same outcome, other procurement rules (amounts only). */
  | { kind: 'regime'; regime: RegimeId }
  /** More questions must be answered; these are the outcomes they can lead to. */
  | { kind: 'moreQuestions'; next: QuestionId; possibleOutcomes: OutcomeId[] };

export type WhatIf = {
  question: QuestionId;
  value: AnswerValue;
  /** For amounts: the band the representative value stands for. */
  band?: AmountBand;
  /** The answers to try: the current ones with this one changed (pruned on replay). */
  answers: Answers;
  change: WhatIfChange;
};

function regimeOf(answers: Answers, t: ThresholdsInForce): RegimeId {
  if (!isPurchaseInReality(answers) || answers.contractValue === undefined) return 'notProcurement';
  return procurementBand(answers.contractValue, authorityTypeOf(answers), serviceKindOf(answers), t).regime;
}

/** Outcomes reachable from a partial set of answers, trying every remaining answer from where replay stopped. */
function reachableOutcomes(answers: Answers, t: ThresholdsInForce): OutcomeId[] {
  const found = new Set<OutcomeId>();
  const amounts = amountBands(t).map((b) => b.representative);
  const visit = (snapshot: ReturnType<typeof walk>['snapshot']) => {
    const state = String(snapshot.value);
    if (snapshot.status === 'done') {
      found.add(state as OutcomeId);
      return;
    }
    const q = state as QuestionId;
    const options: readonly AnswerValue[] = isChoiceQuestion(q) ? CHOICE_VALUES[q] : amounts;
    for (const value of options) {
      const [next] = transition(questionFlow, snapshot, { type: 'answer', question: q, value });
      visit(next);
    }
  };
  visit(walk(answers, t).snapshot);
  return [...found];
}

/**
 * The alternatives for every answer on a completed path. Only changes that alter the outcome, the
 * procurement rules, or open new questions are listed.
 */
export function whatIf(answers: Answers, t: ThresholdsInForce): WhatIf[] {
  return runSteps(whatIfSteps(answers, t));
}

/**
 * The same, as steps: it yields after each answer tried, so a page can do the work in slices between
 * which the browser stays free (src/ui/result/what-if/what-if-section.tsx); `runSteps` does it at once.
 */
export function* whatIfSteps(answers: Answers, t: ThresholdsInForce): Generator<void, WhatIf[]> {
  const current = replay(answers, t);
  if (current.position.kind !== 'outcome') return [];
  const outcome = current.position.outcome;
  const regime = regimeOf(current.answers, t);
  const bands = amountBands(t);
  const results: WhatIf[] = [];

  for (const question of current.path) {
    const given = current.answers[question];
    const candidates: { value: AnswerValue; band?: AmountBand }[] = isChoiceQuestion(question)
      ? CHOICE_VALUES[question].filter((v) => v !== given).map((value) => ({ value }))
      : bands
          .filter((b) => typeof given !== 'number' || given < b.from || (b.to !== null && given > b.to))
          .map((band) => ({ value: band.representative, band }));

    for (const { value, band } of candidates) {
      const tried = { ...current.answers, [question]: value } as Answers;
      const next = replay(tried, t);
      let change: WhatIfChange | null = null;
      if (next.position.kind === 'question') {
        change = {
          kind: 'moreQuestions',
          next: next.position.question,
          possibleOutcomes: reachableOutcomes(next.answers, t),
        };
      } else if (next.position.outcome !== outcome) {
        change = { kind: 'outcome', outcome: next.position.outcome };
      } else {
        const nextRegime = regimeOf(next.answers, t);
        if (nextRegime !== regime) change = { kind: 'regime', regime: nextRegime };
      }
      if (change) results.push({ question, value, ...(band ? { band } : {}), answers: next.answers, change });
      yield;
    }
  }
  return mergeAdjacentBands(results);
}

/** Runs a generator of steps to the end and returns its result. */
function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Consecutive amount bands with the same change read as one: "1 300 000 or more". */
function mergeAdjacentBands(list: WhatIf[]): WhatIf[] {
  const out: WhatIf[] = [];
  for (const item of list) {
    const last = out.at(-1);
    if (
      last?.band &&
      item.band &&
      last.question === item.question &&
      last.band.to !== null &&
      last.band.to + 1 === item.band.from &&
      JSON.stringify(last.change) === JSON.stringify(item.change)
    ) {
      out[out.length - 1] = { ...last, band: { ...last.band, to: item.band.to } };
    } else out.push(item);
  }
  return out;
}
