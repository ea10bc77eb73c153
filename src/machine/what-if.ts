/**
 * "What if": for each answer on the path, the other answers that would change the recommendation and
 * what it would change to. Computed by replaying the machine and walking it (src/machine/walk.ts), so it
 * can never disagree with the questionnaire itself.
 */

import { CHOICE_VALUES, type OutcomeId, type QuestionId, type RegimeId } from '../content/vocabulary';
import { type Answers, type AnswerValue, isChoiceQuestion } from '../domain/answers';
import { isPurchaseInReality } from '../domain/decision-rules';
import { authorityTypeOf, procurementBand, serviceKindOf } from '../domain/procurement';
import type { ThresholdsInForce } from '../domain/thresholds';
import { replay } from './engine';
import { type AmountBand, amountBands, continuations } from './walk';

/** Where the questions a changed answer opens can lead, every way they can be answered. */
export type FollowUp = {
  /** The fewest and the most questions the user may be asked before the result. */
  atLeast: number;
  upTo: number;
  /** The recommendations the new questions can lead to, in the order of their answers. */
  outcomes: OutcomeId[];
  /** The procurement rules the ways that end in the current recommendation lead to. */
  regimes: RegimeId[];
};

export type WhatIfChange =
  /** The recommendation becomes another outcome straight away. */
  | { kind: 'outcome'; outcome: OutcomeId }
  /** Same outcome, other procurement rules (amounts only). */
  | { kind: 'regime'; regime: RegimeId }
  /** More questions must be answered: the first of them, and where they can lead. */
  | ({ kind: 'moreQuestions'; next: QuestionId } & FollowUp);

export type WhatIf = {
  question: QuestionId;
  value: AnswerValue;
  /** For amounts: the band the representative value stands for. */
  band?: AmountBand;
  /**
   * The answers a link to try it carries: those on the new path (pruned on replay) and, when more
   * questions open, every answer given that may still apply once they are answered.
   */
  answers: Answers;
  change: WhatIfChange;
};

/** The procurement rules for the answers: which part of the regulation applies to the amount, if any. */
export function regimeOf(answers: Answers, t: ThresholdsInForce): RegimeId {
  if (!isPurchaseInReality(answers) || answers.contractValue === undefined) return 'notProcurement';
  return procurementBand(answers.contractValue, authorityTypeOf(answers), serviceKindOf(answers), t).regime;
}

/**
 * Every way the open questions can be answered from these answers (the answers already given keep
 * their value, so only what is new is asked): the outcomes, the procurement rules of the ways that end
 * in `current`, and the fewest and most questions on the way.
 */
export function followUp(given: Answers, t: ThresholdsInForce, current: OutcomeId): FollowUp {
  const outcomes = new Set<OutcomeId>();
  const regimes = new Set<RegimeId>();
  let atLeast = Number.POSITIVE_INFINITY;
  let upTo = 0;
  for (const way of continuations(given, t)) {
    outcomes.add(way.outcome);
    if (way.outcome === current) regimes.add(regimeOf(way.answers, t));
    atLeast = Math.min(atLeast, way.asked);
    upTo = Math.max(upTo, way.asked);
  }
  return { atLeast, upTo, outcomes: [...outcomes], regimes: [...regimes] };
}

/**
 * The alternatives for every answer on a completed path. Only changes that alter the outcome or the
 * procurement rules are listed, or that open new questions which can lead to another outcome or other
 * procurement rules.
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
        const more = followUp(tried, t, outcome);
        const nothingChanges =
          more.outcomes.length === 1 &&
          more.outcomes[0] === outcome &&
          more.regimes.every((r) => r === regime);
        if (!nothingChanges) change = { kind: 'moreQuestions', next: next.position.question, ...more };
      } else if (next.position.outcome !== outcome) {
        change = { kind: 'outcome', outcome: next.position.outcome };
      } else {
        const nextRegime = regimeOf(next.answers, t);
        if (nextRegime !== regime) change = { kind: 'regime', regime: nextRegime };
      }
      if (change)
        results.push({ question, value, ...(band ? { band } : {}), answers: next.retained, change });
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
