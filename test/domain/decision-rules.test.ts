import { describe, expect, it } from 'vitest';
import { getRules } from '../../src/content/rules';
import {
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
