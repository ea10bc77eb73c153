/** Property tests for amounts: any text is answered without throwing, and every usual way of writing a number reads back. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_AMOUNT, parseAmount } from '../../src/domain/amount';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const amount = fc.integer({ min: 1, max: MAX_AMOUNT });

describe('parseAmount properties', () => {
  it('never throws, and either reads a whole positive number within bounds or names a problem', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 })),
        (text) => {
          const result = parseAmount(text);
          if (result.ok) {
            expect(Number.isSafeInteger(result.value)).toBe(true);
            expect(result.value).toBeGreaterThan(0);
            expect(result.value).toBeLessThanOrEqual(MAX_AMOUNT);
          } else expect(['empty', 'notANumber', 'negative', 'zero', 'tooLarge']).toContain(result.problem);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('reads back amounts formatted the Norwegian, nynorsk and English way, with or without currency', () => {
    const format = fc.constantFrom(
      (n: number) => n.toLocaleString('nb-NO'),
      (n: number) => n.toLocaleString('nn-NO'),
      (n: number) => n.toLocaleString('en-GB'),
      (n: number) => String(n),
      (n: number) => `kr ${n.toLocaleString('nb-NO')},-`,
      (n: number) => `NOK ${n.toLocaleString('en-GB')}`,
      (n: number) => n.toLocaleString('de-DE'),
    );
    fc.assert(
      fc.property(amount, format, (n, write) => {
        expect(parseAmount(write(n))).toEqual({ ok: true, value: n });
      }),
      { numRuns: RUNS },
    );
  });

  it('rejects every negative amount and everything above the maximum', () => {
    fc.assert(
      fc.property(amount, (n) => {
        expect(parseAmount(`-${n}`)).toEqual({ ok: false, problem: 'negative' });
        expect(parseAmount(String(MAX_AMOUNT + n))).toEqual({ ok: false, problem: 'tooLarge' });
      }),
      { numRuns: RUNS },
    );
  });
});
