import { describe, expect, it } from 'vitest';
import { getRules } from '../../src/content/rules';
import type { Answers } from '../../src/domain/answers';
import {
  DECISION_RULES,
  type DecisionRuleName,
  isGrantWithoutService,
  isPurchaseInReality,
  isValueBelowLowerLimit,
  isValueBelowNationalThreshold,
} from '../../src/domain/decision-rules';
import { thresholdsInForce } from '../../src/domain/thresholds';

const t = thresholdsInForce(getRules().thresholds.thresholds, '2026-11-27');
if (!t) throw new Error('no thresholds');

describe('the reality of the arrangement decides, not its name (DFØ)', () => {
  it('a purchase is a purchase', () => expect(isPurchaseInReality({ payment: 'purchase' })).toBe(true));
  it('a "grant" for a service the body receives and steers is a purchase', () => {
    expect(isPurchaseInReality({ payment: 'grant', grantReceivesService: 'yes' })).toBe(true);
    expect(isGrantWithoutService({ payment: 'grant', grantReceivesService: 'yes' })).toBe(false);
  });
  it('a grant without a service in return is a grant', () => {
    expect(isPurchaseInReality({ payment: 'grant', grantReceivesService: 'no' })).toBe(false);
    expect(isGrantWithoutService({ payment: 'grant', grantReceivesService: 'no' })).toBe(true);
  });
  it('collaboration without money is neither', () => {
    expect(isPurchaseInReality({ payment: 'none' })).toBe(false);
    expect(isGrantWithoutService({ payment: 'none' })).toBe(false);
  });
});

describe('value rules compare the estimate with the thresholds in force', () => {
  it.each([
    [99_999, true, true],
    [100_000, false, true],
    [1_299_999, false, true],
    [1_300_000, false, false],
  ])('%d kr: below lower limit %s, below national threshold %s', (contractValue, lower, national) => {
    expect(isValueBelowLowerLimit({ contractValue }, t)).toBe(lower);
    expect(isValueBelowNationalThreshold({ contractValue }, t)).toBe(national);
  });
  it('no value is not below anything', () => {
    expect(isValueBelowLowerLimit({}, t)).toBe(false);
    expect(isValueBelowNationalThreshold({}, t)).toBe(false);
  });
});

/**
 * One case each way for every rule the machine turns on. Keyed by rule name and held to the rules'
 * table, so the compiler asks for the cases of a new rule.
 */
const CASES = {
  isExploring: { holds: { goal: 'explore' }, fails: { goal: 'develop' } },
  isDeveloping: { holds: { goal: 'develop' }, fails: { goal: 'implement' } },
  isNavOffice: { holds: { authority: 'navOffice' }, fails: { authority: 'municipality' } },
  isGrantWithoutService: {
    holds: { payment: 'grant', grantReceivesService: 'no' },
    fails: { payment: 'grant', grantReceivesService: 'yes' },
  },
  isPurchaseInReality: { holds: { payment: 'purchase' }, fails: { payment: 'none' } },
  isPaymentAGrant: { holds: { payment: 'grant' }, fails: { payment: 'purchase' } },
  isValueBelowLowerLimit: { holds: { contractValue: 99_999 }, fails: { contractValue: 100_000 } },
  isValueBelowNationalThreshold: { holds: { contractValue: 1_299_999 }, fails: { contractValue: 1_300_000 } },
  isResultsBased: { holds: { resultsBased: 'yes' }, fails: { resultsBased: 'no' } },
  isForIndividuals: { holds: { target: 'individuals' }, fails: { target: 'groups' } },
} satisfies Record<DecisionRuleName, { holds: Answers; fails: Answers }>;

describe('every rule the machine turns on', () => {
  it.each(Object.entries(CASES))('%s holds for one answer and not for another', (name, { holds, fails }) => {
    const check = DECISION_RULES[name as DecisionRuleName];
    expect(check(holds, t)).toBe(true);
    expect(check(fails, t)).toBe(false);
  });
});
