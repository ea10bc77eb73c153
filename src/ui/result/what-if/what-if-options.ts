/**
 * "Hva om dere svarte annerledes?" as data for the result page: the engine's what-if list
 * (src/machine/what-if.ts) grouped by question, each with where "Prøv dette" leads.
 *
 * A change that settles the result goes straight to that result. A change that opens new questions goes
 * to the first of them as a change from the result (`change=1`), keeping the answers already given that
 * may still apply, so the user is asked only what is new and then returns to the result. What it can
 * lead to is worked out the same way: by replaying the machine over those answers and every answer the
 * new questions allow.
 */
import { CHOICE_VALUES, type OutcomeId, type QuestionId, type RegimeId } from '../../../content/vocabulary';
import { type Answers, isChoiceQuestion } from '../../../domain/answers';
import { assessProcurement } from '../../../domain/recommendation';
import { replay } from '../../../machine/engine';
import { type AmountBand, amountBands } from '../../../machine/enumerate';
import { whatIfSteps } from '../../../machine/what-if';
import { stepHref } from '../../links/hrefs';
import type { Journey } from '../../links/journey';

export type WhatIfOutcome =
  | { kind: 'outcome'; outcome: OutcomeId }
  | { kind: 'regime'; regime: RegimeId }
  | {
      kind: 'moreQuestions';
      next: QuestionId;
      /** The fewest and the most questions the user may be asked before the result. */
      atLeast: number;
      upTo: number;
      /** The recommendations the new questions can lead to, in the order of their answers. */
      outcomes: OutcomeId[];
      /** When they can only lead to the current recommendation: the procurement rules they can lead to. */
      regimes: RegimeId[];
    };

export type WhatIfOption = {
  question: QuestionId;
  /** The answer tried: a choice value, or the band of amounts it stands for. */
  answer: { kind: 'choice'; value: string } | { kind: 'amount'; band: AmountBand };
  change: WhatIfOutcome;
  /** "Prøv dette": the result, or the first new question. */
  href: string;
};

export type WhatIfGroup = { question: QuestionId; options: WhatIfOption[] };

type FollowUp = { atLeast: number; upTo: number; outcomes: OutcomeId[]; regimes: RegimeId[] };

/** Every way the open questions can be answered from here: the outcomes and the longest way there. */
function followUp(journey: Journey, answers: Answers, current: OutcomeId): FollowUp {
  const { thresholds } = journey.evaluation;
  const amounts = amountBands(thresholds).map((band) => band.representative);
  const outcomes = new Set<OutcomeId>();
  const regimes = new Set<RegimeId>();
  let atLeast = Number.POSITIVE_INFINITY;
  let upTo = 0;
  const visit = (given: Answers, depth: number) => {
    const state = replay(given, thresholds);
    if (state.position.kind === 'outcome') {
      outcomes.add(state.position.outcome);
      if (state.position.outcome === current)
        regimes.add(
          assessProcurement(state.answers, journey.rules, thresholds, journey.evaluation.assessmentDate)
            .regime.id,
        );
      atLeast = Math.min(atLeast, depth);
      upTo = Math.max(upTo, depth);
      return;
    }
    const question = state.position.question;
    const values: readonly (string | number)[] = isChoiceQuestion(question)
      ? CHOICE_VALUES[question]
      : amounts;
    for (const value of values) visit({ ...state.retained, [question]: value } as Answers, depth + 1);
  };
  visit(answers, 0);
  return { atLeast, upTo, outcomes: [...outcomes], regimes: [...regimes] };
}

/**
 * The alternatives for the result the journey is on, grouped by question in the order asked: as steps
 * that yield after each answer tried and each alternative worded, so the page can work them out in
 * slices while the browser stays free (what-if-section.tsx).
 */
export function* whatIfGroupsSteps(journey: Journey): Generator<void, WhatIfGroup[]> {
  const { evaluation, base, rules } = journey;
  if (evaluation.position.kind !== 'outcome') return [];
  const current = evaluation.position.outcome;
  const currentRegime = assessProcurement(
    evaluation.answers,
    rules,
    evaluation.thresholds,
    evaluation.assessmentDate,
  ).regime.id;
  const groups: WhatIfGroup[] = [];

  const alternatives = yield* whatIfSteps(evaluation.answers, evaluation.thresholds);
  for (const alternative of alternatives) {
    yield;
    const answer: WhatIfOption['answer'] = alternative.band
      ? { kind: 'amount', band: alternative.band }
      : { kind: 'choice', value: String(alternative.value) };
    let option: WhatIfOption | null;
    if (alternative.change.kind === 'moreQuestions') {
      // Keep every answer given: those that still apply are not asked again.
      const tried = { ...evaluation.answers, [alternative.question]: alternative.value } as Answers;
      const state = replay(tried, evaluation.thresholds);
      const next = state.position.kind === 'question' ? state.position.question : alternative.change.next;
      const more = followUp(journey, tried, current);
      const nothingChanges =
        more.outcomes.length === 1 &&
        more.outcomes[0] === current &&
        more.regimes.every((regime) => regime === currentRegime);
      option = nothingChanges
        ? null
        : {
            question: alternative.question,
            answer,
            change: { kind: 'moreQuestions', next, ...more },
            href: stepHref(base, state.retained, next, { change: true }),
          };
    } else {
      option = {
        question: alternative.question,
        answer,
        change: alternative.change,
        href: stepHref(base, alternative.answers, 'result'),
      };
    }
    if (!option) continue;
    const group = groups.find((g) => g.question === alternative.question);
    if (group) group.options.push(option);
    else groups.push({ question: alternative.question, options: [option] });
  }
  return groups;
}
