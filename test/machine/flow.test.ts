/**
 * The question flow as tables: answers → the questions met → the outcome. The rows are the one table
 * of journeys (test/journeys.ts), which the jsdom and Chromium journeys read too; together they use
 * every option of every question. Test names state the rule.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getRules } from '../../src/content/rules';
import { CHOICE_VALUES, type ChoiceQuestionId, OUTCOME_IDS } from '../../src/content/vocabulary';
import type { Answers } from '../../src/domain/answers';
import { thresholdsInForce } from '../../src/domain/thresholds';
import { replay } from '../../src/machine/engine';
import { questionFlow } from '../../src/machine/question-flow';
import { JOURNEYS, type JourneyRow, urlValue } from '../journeys';

const t = thresholdsInForce(getRules().thresholds.thresholds, '2026-11-27');
if (!t) throw new Error('no thresholds');

/** A row's answers as the engine takes them: amounts as numbers. */
const answersOf = (journey: JourneyRow): Answers =>
  Object.fromEntries(
    journey.answers.map(([question, value]) => [
      question,
      question === 'contractValue' ? Number(urlValue(question, value)) : value,
    ]),
  ) as Answers;

describe('the question flow', () => {
  // Every row of the one table of journeys (test/journeys.ts): the questions asked are the row's, in order.
  it.each(JOURNEYS.map((journey) => [journey.rule, journey] as const))('%s', (_rule, journey) => {
    const result = replay(answersOf(journey), t);
    expect(result.path.join(' ')).toBe(journey.answers.map(([question]) => question).join(' '));
    expect(result.position).toEqual({ kind: 'outcome', outcome: journey.outcome });
    expect(result.pruned).toEqual([]);
  });

  it('the table has a row to every outcome, and no rule twice', () => {
    expect(new Set(JOURNEYS.map((journey) => journey.outcome))).toEqual(new Set(OUTCOME_IDS));
    expect(new Set(JOURNEYS.map((journey) => journey.rule)).size).toBe(JOURNEYS.length);
  });

  it('together the rows use every option of every choice question', () => {
    for (const [question, options] of Object.entries(CHOICE_VALUES)) {
      const used = new Set(JOURNEYS.map((journey) => answersOf(journey)[question as ChoiceQuestionId]));
      for (const option of options) expect(used, `${question}=${option}`).toContain(option);
    }
  });

  it('stops at the first question without an answer', () => {
    const result = replay({ authority: 'municipality', goal: 'implement' }, t);
    expect(result.position).toEqual({ kind: 'question', question: 'payment' });
    expect(result.path).toEqual(['authority', 'goal', 'payment']);
  });

  it('prunes answers that no longer apply when an earlier answer changes the path', () => {
    const result = replay(
      {
        authority: 'municipality',
        goal: 'explore',
        payment: 'purchase',
        serviceArea: 'health',
        contractValue: 500_000,
      },
      t,
    );
    expect(result.position).toEqual({ kind: 'outcome', outcome: 'explore' });
    expect(result.answers).toEqual({ authority: 'municipality', goal: 'explore', serviceArea: 'health' });
    expect(result.pruned).toEqual(['payment', 'contractValue']);
  });

  it('does not ask who signs for a Nav office below the national threshold', () => {
    const result = replay(
      {
        authority: 'navOffice',
        goal: 'implement',
        payment: 'purchase',
        serviceArea: 'social',
        contractValue: 500_000,
        contractingParty: 'state',
      },
      t,
    );
    expect(result.position).toEqual({ kind: 'outcome', outcome: 'implement-part-one-purchase' });
    expect(result.pruned).toEqual(['contractingParty']);
  });

  it('starts with the type of public body', () => {
    expect(replay({}, t).position).toEqual({ kind: 'question', question: 'authority' });
  });
});

describe('changing an early answer', () => {
  it('keeps later answers that may still apply until the path is complete, then prunes', () => {
    const changed = replay(
      {
        authority: 'municipality',
        goal: 'implement',
        payment: 'grant',
        serviceArea: 'social',
        contractValue: 500_000,
      },
      t,
    );
    expect(changed.position).toEqual({ kind: 'question', question: 'grantReceivesService' });
    expect(changed.pruned).toEqual([]);
    expect(changed.retained).toMatchObject({ serviceArea: 'social', contractValue: 500_000 });
    const completed = replay({ ...changed.retained, grantReceivesService: 'no' }, t);
    expect(completed.position).toEqual({ kind: 'question', question: 'target' });
    const done = replay({ ...completed.retained, target: 'individuals' }, t);
    expect(done.position).toEqual({ kind: 'outcome', outcome: 'implement-annual-support' });
    expect(done.pruned).toEqual(['contractValue']);
    expect(done.retained).toEqual(done.answers);
  });
});

describe('the machine under XState’s pure transition functions', () => {
  // initialTransition and transition make an actor of the machine without input before they work out
  // anything (statelyai/xstate#5454). If the context cannot be made without input, that actor ends in
  // an error, and every step the engine replays makes, throws and catches a TypeError: slower, and
  // under DevTools (Lighthouse) each one is recorded with its stack (docs/adr/0004, session 14).
  it('an actor made without input starts without an error', () => {
    // @ts-expect-error: the types ask for input, as they should; XState itself makes this actor without it
    const snapshot = createActor(questionFlow).getSnapshot();
    expect(snapshot.status).toBe('active');
    expect(snapshot.error).toBeUndefined();
  });
});
