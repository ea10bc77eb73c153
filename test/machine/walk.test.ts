/**
 * The walker (src/machine/walk.ts), the one walk of the machine over answers not given yet, held to a
 * brute-force replay: from the given answers, replay; at the open question try every option (amounts one
 * per band) with every answer given kept, and replay again. Test names state the rule.
 */
import { describe, expect, it } from 'vitest';
import { getRules } from '../../src/content/rules';
import { CHOICE_VALUES } from '../../src/content/vocabulary';
import { type Answers, type AnswerValue, isChoiceQuestion } from '../../src/domain/answers';
import { type ThresholdsInForce, thresholdsInForce } from '../../src/domain/thresholds';
import { replay } from '../../src/machine/engine';
import { amountBands, type Continuation, continuations, enumeratePaths } from '../../src/machine/walk';
import { followUp, regimeOf, whatIf } from '../../src/machine/what-if';

/** Dates with different amount bands: 2 480 complete paths on the first, 3 200 on the second. */
const DATES = ['2017-06-01', '2026-11-27'];

function thresholdsOn(date: string): ThresholdsInForce {
  const t = thresholdsInForce(getRules().thresholds.thresholds, date);
  if (!t) throw new Error(`no thresholds on ${date}`);
  return t;
}

/** The reference: a replay from the start for every node of the tree (what the result page once did). */
function bruteForce(given: Answers, t: ThresholdsInForce): Continuation[] {
  const amounts = amountBands(t).map((band) => band.representative);
  const found: Continuation[] = [];
  const visit = (answers: Answers, asked: number) => {
    const state = replay(answers, t);
    if (state.position.kind === 'outcome') {
      found.push({ answers: state.answers, path: state.path, outcome: state.position.outcome, asked });
      return;
    }
    const question = state.position.question;
    const options: readonly AnswerValue[] = isChoiceQuestion(question) ? CHOICE_VALUES[question] : amounts;
    for (const value of options) visit({ ...state.retained, [question]: value } as Answers, asked + 1);
  };
  visit(given, 0);
  return found;
}

const without = (answers: Answers, question: string): Answers =>
  Object.fromEntries(Object.entries(answers).filter(([key]) => key !== question)) as Answers;

type Row = [rule: string, given: Answers];

const rows: Row[] = [
  ['from no answers, it tries every option of every question', {}],
  ['from the first answer, it keeps it and tries everything after it', { authority: 'navOffice' }],
  [
    'keeps an answer given to a later question, so it is not asked again',
    { authority: 'municipality', goal: 'develop', contractValue: 2_000_000 },
  ],
  [
    'ignores an answer that is off every path it takes, as replay does',
    { authority: 'state', goal: 'explore', target: 'groups' },
  ],
  [
    'asks nothing when the answers already lead to an outcome',
    { authority: 'county', goal: 'explore', serviceArea: 'community' },
  ],
];

describe.each(DATES)('the walker on %s', { timeout: 60_000 }, (date) => {
  const t = thresholdsOn(date);

  it.each(rows)('%s (the same ways, in the same order, as a brute-force replay)', (_rule, given) => {
    expect(continuations(given, t)).toEqual(bruteForce(given, t));
  });

  it('enumerates every path from no answers, each asking every question on it', () => {
    const all = continuations({}, t);
    expect(enumeratePaths(t)).toEqual(all.map(({ answers, path, outcome }) => ({ answers, path, outcome })));
    for (const way of all) expect(way.asked).toBe(way.path.length);
  });
});

describe('the walker from the answers of a result with one of them changed away', { timeout: 60_000 }, () => {
  const t = thresholdsOn('2026-11-27');

  it('walks exactly what a brute-force replay walks, keeping every other answer', () => {
    const paths = enumeratePaths(t).filter((_, i) => i % 31 === 0);
    for (const path of paths)
      for (const question of path.path) {
        const given = without(path.answers, question);
        expect(continuations(given, t), `${JSON.stringify(given)}`).toEqual(bruteForce(given, t));
      }
  });
});

describe('the follow-up questions of a what-if', { timeout: 60_000 }, () => {
  const t = thresholdsOn('2026-11-27');
  /** A sample of complete paths with their what-if, worked out once for the tests that read them. */
  let sampled: { path: ReturnType<typeof enumeratePaths>[number]; alternatives: ReturnType<typeof whatIf> }[];
  const sample = () => {
    sampled ??= enumeratePaths(t)
      .filter((_, i) => i % 37 === 0)
      .map((path) => ({ path, alternatives: whatIf(path.answers, t) }));
    return sampled;
  };

  it('equal a brute-force replay: the outcomes, the procurement rules, the fewest and most questions', () => {
    let checked = 0;
    for (const { path, alternatives } of sample()) {
      for (const alternative of alternatives) {
        if (alternative.change.kind !== 'moreQuestions') continue;
        const tried = { ...path.answers, [alternative.question]: alternative.value } as Answers;
        const ways = bruteForce(tried, t);
        const { next, kind: _kind, ...more } = alternative.change;
        expect(more).toEqual({
          atLeast: Math.min(...ways.map((way) => way.asked)),
          upTo: Math.max(...ways.map((way) => way.asked)),
          outcomes: [...new Set(ways.map((way) => way.outcome))],
          regimes: [
            ...new Set(
              ways.filter((way) => way.outcome === path.outcome).map((way) => regimeOf(way.answers, t)),
            ),
          ],
        });
        expect(more).toEqual(followUp(tried, t, path.outcome));
        expect(replay(tried, t).position).toEqual({ kind: 'question', question: next });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('are never offered when every way leads to the same recommendation under the same rules', () => {
    for (const { path, alternatives } of sample()) {
      const regime = regimeOf(path.answers, t);
      for (const alternative of alternatives) {
        if (alternative.change.kind !== 'moreQuestions') continue;
        const { outcomes, regimes } = alternative.change;
        const nothingChanges =
          outcomes.length === 1 && outcomes[0] === path.outcome && regimes.every((r) => r === regime);
        expect(nothingChanges, JSON.stringify(alternative)).toBe(false);
      }
    }
  });

  it('link with every answer given that may still apply, so only what is new is asked', () => {
    const answers: Answers = {
      authority: 'municipality',
      goal: 'develop',
      payment: 'purchase',
      serviceArea: 'social',
      contractValue: 500_000,
    };
    const above = whatIf(answers, t).find(
      (a) => a.question === 'contractValue' && a.change.kind === 'moreQuestions',
    );
    expect(above?.answers).toEqual({ ...answers, contractValue: above?.value });
  });
});
