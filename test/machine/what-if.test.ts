/** What-if, checked against the decision table (every complete path, amounts as bands). */
import { describe, expect, it } from 'vitest';
import { getRules } from '../../src/content/rules';
import type { Answers } from '../../src/domain/answers';
import { thresholdsInForce } from '../../src/domain/thresholds';
import { replay } from '../../src/machine/engine';
import { enumeratePaths } from '../../src/machine/walk';
import { whatIf, whatIfSteps } from '../../src/machine/what-if';

const t = thresholdsInForce(getRules().thresholds.thresholds, '2026-11-27');
if (!t) throw new Error('no thresholds');
const table = enumeratePaths(t);
const key = (a: Answers) => JSON.stringify(Object.entries(a).sort());
const outcomeByAnswers = new Map(table.map((row) => [key(row.answers), row.outcome]));

describe('what if', { timeout: 60_000 }, () => {
  it('worked out step by step (as the result page does, in slices), gives the same list', () => {
    for (const row of table.filter((_, i) => i % 29 === 0)) {
      const steps = whatIfSteps(row.answers, t);
      let count = 0;
      let step = steps.next();
      while (!step.done) {
        count++;
        step = steps.next();
      }
      expect(step.value).toEqual(whatIf(row.answers, t));
      // One step per answer tried: every other answer to every question on the path.
      expect(count).toBeGreaterThan(row.path.length);
    }
  });

  it('every outcome it promises is the one the decision table gives for those answers', () => {
    let checked = 0;
    for (const row of table.filter((_, i) => i % 23 === 0)) {
      for (const alt of whatIf(row.answers, t)) {
        if (alt.change.kind !== 'outcome') continue;
        expect(outcomeByAnswers.get(key(alt.answers)), JSON.stringify(alt)).toBe(alt.change.outcome);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('lists every single-answer change in the decision table that changes the outcome', () => {
    for (const row of table.filter((_, i) => i % 37 === 0)) {
      const alternatives = whatIf(row.answers, t);
      for (const question of row.path) {
        for (const other of table) {
          if (other.outcome === row.outcome) continue;
          const differing = Object.keys({ ...row.answers, ...other.answers }).filter(
            (q) => row.answers[q as keyof Answers] !== other.answers[q as keyof Answers],
          );
          // Same path, one answer different: the change must be listed (as an outcome, or as more questions).
          if (differing.length !== 1 || differing[0] !== question) continue;
          const listed = alternatives.some(
            (alt) =>
              alt.question === question &&
              ((alt.change.kind === 'outcome' && alt.change.outcome === other.outcome) ||
                (alt.change.kind === 'moreQuestions' && alt.change.outcomes.includes(other.outcome))),
          );
          expect(listed, `${row.outcome} → ${other.outcome} by ${question}`).toBe(true);
        }
      }
    }
  });

  it('says "1 300 000 or more" leads to an innovative procurement when developing below the national threshold', () => {
    const answers: Answers = {
      authority: 'municipality',
      goal: 'develop',
      payment: 'purchase',
      serviceArea: 'social',
      contractValue: 500_000,
    };
    const amountAlternatives = whatIf(answers, t).filter((a) => a.question === 'contractValue');
    expect(amountAlternatives).toContainEqual(
      expect.objectContaining({
        band: expect.objectContaining({ from: 1_300_000, to: null }),
        change: expect.objectContaining({
          kind: 'moreQuestions',
          next: 'serviceKind',
          outcomes: ['develop-innovative-procurement'],
        }),
      }),
    );
  });

  it('lists a change of procurement rules even when the form stays the same', () => {
    const answers: Answers = {
      authority: 'municipality',
      goal: 'implement',
      payment: 'purchase',
      serviceArea: 'health',
      contractValue: 50_000,
    };
    const alts = whatIf(answers, t);
    expect(alts.find((a) => a.question === 'goal' && a.value === 'develop')?.change).toEqual({
      kind: 'outcome',
      outcome: 'develop-direct-purchase',
    });
    expect(replay(answers, t).position).toEqual({ kind: 'outcome', outcome: 'implement-small-purchase' });
  });

  it('has nothing to offer before the questionnaire is complete', () => {
    expect(whatIf({ authority: 'state' }, t)).toEqual([]);
  });

  it('offers a state body the health trust answer where the higher EEA threshold changes the rules', () => {
    const state: Answers = {
      authority: 'state',
      goal: 'implement',
      payment: 'purchase',
      serviceArea: 'other',
      contractValue: 2_000_000,
      serviceKind: 'ordinary',
      resultsBased: 'no',
    };
    const authority = whatIf(state, t).filter((alt) => alt.question === 'authority');
    expect(authority.find((alt) => alt.value === 'publicLawBody')?.change).toEqual({
      kind: 'regime',
      regime: 'partTwo',
    });
    const trust = whatIf({ ...state, authority: 'publicLawBody' }, t);
    expect(trust.find((alt) => alt.question === 'authority' && alt.value === 'state')?.change).toEqual({
      kind: 'regime',
      regime: 'partThree',
    });
  });
});
