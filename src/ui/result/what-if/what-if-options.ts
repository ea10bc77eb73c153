/**
 * "Hva om dere svarte annerledes?" as data for the result page: the engine's what-if list
 * (src/machine/what-if.ts) grouped by question, each with where "Prøv dette" leads.
 *
 * A change that settles the result goes straight to that result. A change that opens new questions goes
 * to the first of them as a change from the result (`change=1`), keeping the answers already given that
 * may still apply, so the user is asked only what is new and then returns to the result. What it can
 * lead to is worked out by the machine (`followUp` in src/machine/what-if.ts).
 */
import type { QuestionId } from '../../../content/vocabulary';
import type { AmountBand } from '../../../machine/walk';
import { type WhatIfChange, whatIfSteps } from '../../../machine/what-if';
import { stepHref } from '../../links/hrefs';
import type { Journey } from '../../links/journey';

export type WhatIfOption = {
  question: QuestionId;
  /** The answer tried: a choice value, or the band of amounts it stands for. */
  answer: { kind: 'choice'; value: string } | { kind: 'amount'; band: AmountBand };
  change: WhatIfChange;
  /** "Prøv dette": the result, or the first new question. */
  href: string;
};

export type WhatIfGroup = { question: QuestionId; options: WhatIfOption[] };

/**
 * The alternatives for the result the journey is on, grouped by question in the order asked: as steps
 * that yield after each answer tried and each alternative worded, so the page can work them out in
 * slices while the browser stays free (what-if-section.tsx).
 */
export function* whatIfGroupsSteps(journey: Journey): Generator<void, WhatIfGroup[]> {
  const { evaluation, base } = journey;
  if (evaluation.position.kind !== 'outcome') return [];
  const groups: WhatIfGroup[] = [];

  const alternatives = yield* whatIfSteps(evaluation.answers, evaluation.thresholds);
  for (const alternative of alternatives) {
    yield;
    const { question, change, answers } = alternative;
    const option: WhatIfOption = {
      question,
      answer: alternative.band
        ? { kind: 'amount', band: alternative.band }
        : { kind: 'choice', value: String(alternative.value) },
      change,
      href:
        change.kind === 'moreQuestions'
          ? stepHref(base, answers, change.next, { change: true })
          : stepHref(base, answers, 'result'),
    };
    const group = groups.find((g) => g.question === question);
    if (group) group.options.push(option);
    else groups.push({ question, options: [option] });
  }
  return groups;
}
