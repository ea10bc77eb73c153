import { describe, expect, it } from 'vitest';
import { MAX_AMOUNT, parseAmount } from '../../src/domain/amount';

describe('parseAmount reads amounts the way people type them', () => {
  it.each([
    ['450000', 450_000],
    ['1 300 000', 1_300_000],
    ['1\u00a0300\u00a0000', 1_300_000],
    ['1.300.000', 1_300_000],
    ['1,300,000', 1_300_000],
    ['kr 450 000,-', 450_000],
    ['kr. 450 000', 450_000],
    ['450 000 kr', 450_000],
    ['450 000 kroner', 450_000],
    ['NOK 2 300 000', 2_300_000],
    ['1,3 mill.', 1_300_000],
    ['1.5 million', 1_500_000],
    ['2 millioner', 2_000_000],
    ['750k', 750_000],
    ['450 000,50', 450_001],
    ['1.300.000,50', 1_300_001],
    ['1,300,000.49', 1_300_000],
    ['99 999', 99_999],
    ['  100000  ', 100_000],
  ])('reads %j as %d kroner', (input, expected) => {
    expect(parseAmount(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['kr', 'empty'],
    ['abc', 'notANumber'],
    ['12abc', 'notANumber'],
    ['1.2.3', 'notANumber'],
    ['1,30,000', 'notANumber'],
    ['1 300 000,', 'notANumber'],
    ['1e9', 'notANumber'],
    ['0x10', 'notANumber'],
    ['-5000', 'negative'],
    ['−5 000', 'negative'],
    ['0', 'zero'],
    ['0,00', 'zero'],
    ['99999999999999999999', 'tooLarge'],
    [String(MAX_AMOUNT + 1), 'tooLarge'],
    ['x'.repeat(1000), 'notANumber'],
  ])('rejects %j as %s', (input, problem) => {
    expect(parseAmount(input)).toEqual({ ok: false, problem });
  });

  it('accepts the largest plausible amount and nothing above it', () => {
    expect(parseAmount(String(MAX_AMOUNT))).toEqual({ ok: true, value: MAX_AMOUNT });
  });
});
