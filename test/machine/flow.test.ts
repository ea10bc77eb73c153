/**
 * The question flow as tables: answers → the questions met → the outcome. Together the rows use every
 * option of every question. Test names state the rule.
 */
import { describe, expect, it } from 'vitest';
import { getRules } from '../../src/content/rules';
import { CHOICE_VALUES, type ChoiceQuestionId } from '../../src/content/vocabulary';
import type { Answers } from '../../src/domain/answers';
import { thresholdsInForce } from '../../src/domain/thresholds';
import { replay } from '../../src/machine/engine';

const t = thresholdsInForce(getRules().thresholds.thresholds, '2026-11-27');
if (!t) throw new Error('no thresholds');

type Row = [rule: string, answers: Answers, path: string, outcome: string];

const rows: Row[] = [
  [
    'explores when the officer does not know yet, asking only authority, goal and area',
    { authority: 'county', goal: 'explore', serviceArea: 'community' },
    'authority goal serviceArea',
    'explore',
  ],
  [
    'recommends samskaping when developing for individuals without money',
    {
      authority: 'navOffice',
      goal: 'develop',
      payment: 'none',
      serviceArea: 'social',
      target: 'individuals',
    },
    'authority goal payment serviceArea target',
    'develop-cocreation',
  ],
  [
    'recommends a partnership agreement when developing for groups without money',
    {
      authority: 'municipality',
      goal: 'develop',
      payment: 'none',
      serviceArea: 'community',
      target: 'groups',
    },
    'authority goal payment serviceArea target',
    'develop-partnership',
  ],
  [
    'recommends a cross-sector arena with project funding when developing with a real grant',
    {
      authority: 'state',
      goal: 'develop',
      payment: 'grant',
      grantReceivesService: 'no',
      serviceArea: 'childrenYouth',
    },
    'authority goal payment grantReceivesService serviceArea',
    'develop-funded-arena',
  ],
  [
    'treats a "grant" for a service the body receives as a purchase, and asks its value',
    {
      authority: 'municipality',
      goal: 'develop',
      payment: 'grant',
      grantReceivesService: 'yes',
      serviceArea: 'health',
      contractValue: 500_000,
    },
    'authority goal payment grantReceivesService serviceArea contractValue',
    'develop-buy-below-threshold',
  ],
  [
    'recommends samskaping then a direct purchase when developing below the national threshold',
    {
      authority: 'municipality',
      goal: 'develop',
      payment: 'purchase',
      serviceArea: 'social',
      contractValue: 1_299_999,
    },
    'authority goal payment serviceArea contractValue',
    'develop-buy-below-threshold',
  ],
  [
    'recommends an innovative procurement when developing at the national threshold',
    {
      authority: 'county',
      goal: 'develop',
      payment: 'purchase',
      serviceArea: 'childrenYouth',
      contractValue: 1_300_000,
      serviceKind: 'otherSpecial',
    },
    'authority goal payment serviceArea contractValue serviceKind',
    'develop-innovative-procurement',
  ],
  [
    'asks a Nav office who signs before recommending an innovative procurement',
    {
      authority: 'navOffice',
      goal: 'develop',
      payment: 'purchase',
      serviceArea: 'social',
      contractValue: 3_000_000,
      serviceKind: 'healthSocial',
      contractingParty: 'municipality',
    },
    'authority goal payment serviceArea contractValue serviceKind contractingParty',
    'develop-innovative-procurement',
  ],
  [
    'recommends a subscription or direct purchase for an existing solution below the lower limit',
    {
      authority: 'municipality',
      goal: 'implement',
      payment: 'purchase',
      serviceArea: 'childrenYouth',
      contractValue: 99_999,
    },
    'authority goal payment serviceArea contractValue',
    'implement-small-purchase',
  ],
  [
    'recommends a pilot agreement for an existing solution from the lower limit',
    {
      authority: 'municipality',
      goal: 'implement',
      payment: 'purchase',
      serviceArea: 'health',
      contractValue: 100_000,
    },
    'authority goal payment serviceArea contractValue',
    'implement-pilot',
  ],
  [
    'recommends a pilot agreement for an existing solution just below the national threshold',
    {
      authority: 'state',
      goal: 'implement',
      payment: 'purchase',
      serviceArea: 'other',
      contractValue: 1_299_999,
    },
    'authority goal payment serviceArea contractValue',
    'implement-pilot',
  ],
  [
    'recommends an operating agreement at the national threshold when payment is not results-based',
    {
      authority: 'municipality',
      goal: 'implement',
      payment: 'purchase',
      serviceArea: 'childrenYouth',
      contractValue: 1_300_000,
      serviceKind: 'ordinary',
      resultsBased: 'no',
    },
    'authority goal payment serviceArea contractValue serviceKind resultsBased',
    'implement-operating-agreement',
  ],
  [
    'recommends an outcome contract above the national threshold when paying for results',
    {
      authority: 'state',
      goal: 'implement',
      payment: 'purchase',
      serviceArea: 'social',
      contractValue: 10_000_000,
      serviceKind: 'unsure',
      resultsBased: 'yes',
    },
    'authority goal payment serviceArea contractValue serviceKind resultsBased',
    'implement-outcome-contract',
  ],
  [
    'asks a Nav office who signs, and unsure still leads on to results-based payment',
    {
      authority: 'navOffice',
      goal: 'implement',
      payment: 'purchase',
      serviceArea: 'social',
      contractValue: 2_000_000,
      serviceKind: 'ordinary',
      contractingParty: 'unsure',
      resultsBased: 'yes',
    },
    'authority goal payment serviceArea contractValue serviceKind contractingParty resultsBased',
    'implement-outcome-contract',
  ],
  [
    'a Nav office where the state signs gets an operating agreement when not results-based',
    {
      authority: 'navOffice',
      goal: 'implement',
      payment: 'purchase',
      serviceArea: 'other',
      contractValue: 1_500_000,
      serviceKind: 'ordinary',
      contractingParty: 'state',
      resultsBased: 'no',
    },
    'authority goal payment serviceArea contractValue serviceKind contractingParty resultsBased',
    'implement-operating-agreement',
  ],
  [
    'recommends annual support when giving a grant to an existing solution for individuals',
    {
      authority: 'municipality',
      goal: 'implement',
      payment: 'grant',
      grantReceivesService: 'no',
      serviceArea: 'social',
      target: 'individuals',
    },
    'authority goal payment grantReceivesService serviceArea target',
    'implement-annual-support',
  ],
  [
    'recommends operating support when giving a grant to an existing solution for groups',
    {
      authority: 'municipality',
      goal: 'implement',
      payment: 'grant',
      grantReceivesService: 'no',
      serviceArea: 'health',
      target: 'groups',
    },
    'authority goal payment grantReceivesService serviceArea target',
    'implement-operating-support',
  ],
  [
    'recommends an inclusion agreement for individuals when no money changes hands',
    {
      authority: 'navOffice',
      goal: 'implement',
      payment: 'none',
      serviceArea: 'social',
      target: 'individuals',
    },
    'authority goal payment serviceArea target',
    'implement-inclusion',
  ],
  [
    'recommends a supplement to the public offer for groups when no money changes hands',
    {
      authority: 'municipality',
      goal: 'implement',
      payment: 'none',
      serviceArea: 'childrenYouth',
      target: 'groups',
    },
    'authority goal payment serviceArea target',
    'implement-supplement',
  ],
];

describe('the question flow', () => {
  it.each(rows)('%s', (_rule, answers, path, outcome) => {
    const result = replay(answers, t);
    expect(result.path.join(' ')).toBe(path);
    expect(result.position).toEqual({ kind: 'outcome', outcome });
    expect(result.pruned).toEqual([]);
  });

  it('together the rows use every option of every choice question', () => {
    for (const [question, options] of Object.entries(CHOICE_VALUES)) {
      const used = new Set(rows.map(([, answers]) => answers[question as ChoiceQuestionId]));
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
    expect(result.position).toEqual({ kind: 'outcome', outcome: 'implement-pilot' });
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
