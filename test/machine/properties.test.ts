/** Property tests: whatever a browser sends, the engine answers, and answers the same way every time. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getRules } from '../../src/content/rules';
import { CHOICE_VALUES, QUESTION_IDS } from '../../src/content/vocabulary';
import { parseAnswers } from '../../src/domain/url-format';
import { evaluate } from '../../src/machine/engine';

const rules = getRules();
const today = '2026-11-27';
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

const choiceValues = Object.values(CHOICE_VALUES).flat();
const amountText = fc.oneof(
  fc.integer({ min: -1_000_000, max: 20_000_000_000 }).map(String),
  fc.integer({ min: 1, max: 50_000_000 }).map((n) => n.toLocaleString('nb-NO')),
  fc.string({ maxLength: 20 }),
);
const key = fc.oneof(
  fc.constantFrom(...QUESTION_IDS, 'lang', 'step', 'date', 'v', 'change'),
  fc.string({ maxLength: 12 }),
);
const value = fc.oneof(fc.constantFrom(...choiceValues), amountText, fc.string({ maxLength: 30 }));
const pairs = fc.array(fc.tuple(key, value), { maxLength: 14 });
const toQuery = (list: [string, string][]) => new URLSearchParams(list).toString();

/** Plausible answers: every question with a valid value, in any combination. */
const plausibleAnswers = fc.record(
  {
    ...Object.fromEntries(
      Object.entries(CHOICE_VALUES).map(([q, values]) => [q, fc.constantFrom(...values)]),
    ),
    contractValue: fc.integer({ min: 1, max: 20_000_000 }),
  },
  { requiredKeys: [] },
);

describe('engine properties', () => {
  it('parsing and evaluating any query string never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), pairs.map(toQuery)), (query) => {
        parseAnswers(query);
        evaluate(query, { today, rules });
      }),
      { numRuns: RUNS },
    );
  });

  it('replay is deterministic and does not depend on the order of the parameters', () => {
    fc.assert(
      fc.property(plausibleAnswers, fc.integer(), (answers, seed) => {
        const entries = Object.entries(answers).map(([k, v]) => [k, String(v)] as [string, string]);
        const shuffled = [...entries].sort((a, b) => ((a[0].length * seed) % 7) - ((b[0].length * seed) % 7));
        const first = evaluate(toQuery(entries), { today, rules });
        const again = evaluate(toQuery(entries), { today, rules });
        const reordered = evaluate(toQuery(shuffled), { today, rules });
        expect(again).toEqual(first);
        expect(reordered.position).toEqual(first.position);
        expect(reordered.answers).toEqual(first.answers);
      }),
      { numRuns: RUNS },
    );
  });

  it('pruned answers never change the outcome', () => {
    fc.assert(
      fc.property(plausibleAnswers, (answers) => {
        const query = toQuery(Object.entries(answers).map(([k, v]) => [k, String(v)]));
        const full = evaluate(query, { today, rules });
        const kept = evaluate(toQuery(Object.entries(full.answers).map(([k, v]) => [k, String(v)])), {
          today,
          rules,
        });
        expect(kept.position).toEqual(full.position);
        expect(kept.recommendation).toEqual(full.recommendation);
        expect(kept.pruned).toEqual([]);
        for (const q of full.pruned) expect(full.path).not.toContain(q);
      }),
      { numRuns: RUNS },
    );
  });

  it('a complete set of answers always reaches an outcome', () => {
    const complete = fc.record({
      ...Object.fromEntries(
        Object.entries(CHOICE_VALUES).map(([q, values]) => [q, fc.constantFrom(...values)]),
      ),
      contractValue: fc.integer({ min: 1, max: 20_000_000 }),
    });
    fc.assert(
      fc.property(complete, (answers) => {
        const query = toQuery(Object.entries(answers).map(([k, v]) => [k, String(v)]));
        expect(evaluate(query, { today, rules }).position.kind).toBe('outcome');
      }),
      { numRuns: RUNS },
    );
  });
});
