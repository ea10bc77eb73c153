/**
 * The decision table (src/machine/decision-table.ts), used by docs/decision-table.md and by "Slik virker
 * veiviseren": every complete path is what the engine's replay gives, and every path falls in exactly
 * one row, the row of its outcome. Also the flow outline read from the machine.
 */
import { describe, expect, it } from 'vitest';
import { getRules } from '../../src/content/rules';
import { OUTCOME_IDS, QUESTION_IDS, type QuestionId } from '../../src/content/vocabulary';
import type { AnswerValue } from '../../src/domain/answers';
import { DECISION_RULES } from '../../src/domain/decision-rules';
import { thresholdsInForce } from '../../src/domain/thresholds';
import { type DecisionCell, decisionTable } from '../../src/machine/decision-table';
import { replay } from '../../src/machine/engine';
import { flowOutline } from '../../src/machine/flow-outline';
import { GUARD_NAMES } from '../../src/machine/question-flow';
import { enumeratePaths } from '../../src/machine/walk';
import { CATALOGUES } from '../../src/ui/text/messages/all-catalogues';

const rules = getRules();
const DATES = ['2017-06-01', '2018-04-06', '2020-02-12', '2022-03-23', '2026-11-27'];

function thresholdsOn(date: string) {
  const t = thresholdsInForce(rules.thresholds.thresholds, date);
  if (!t) throw new Error(`no thresholds on ${date}`);
  return t;
}

function matches(cell: DecisionCell, value: AnswerValue | undefined): boolean {
  switch (cell.kind) {
    case 'any':
      return value !== undefined;
    case 'notAsked':
      return value === undefined;
    case 'choices':
      return value === undefined ? cell.alsoNotAsked : cell.values.includes(String(value));
    case 'amounts':
      return value === undefined
        ? cell.alsoNotAsked
        : typeof value === 'number' &&
            cell.ranges.some((r) => value >= r.from && (r.to === null || value <= r.to));
  }
}

describe.each(DATES)('the decision table on %s', (date) => {
  const t = thresholdsOn(date);
  const paths = enumeratePaths(t);
  const table = decisionTable(
    t,
    rules.outcomes.outcomes.map((o) => o.id),
  );

  it('enumerates paths that are exactly what replaying their answers gives', () => {
    for (const p of paths) {
      const replayed = replay(p.answers, t);
      expect(replayed.position).toEqual({ kind: 'outcome', outcome: p.outcome });
      expect(replayed.path).toEqual(p.path);
      expect(replayed.answers).toEqual(p.answers);
    }
    expect(table.pathCount).toBe(paths.length);
  });

  it('puts every path in exactly one row, the row of its outcome', () => {
    for (const p of paths) {
      const rows = table.rows.filter((row) =>
        QUESTION_IDS.every((q: QuestionId) => matches(row.cells[q], p.answers[q])),
      );
      expect(rows.map((row) => row.outcome)).toEqual([p.outcome]);
    }
  });

  it('reaches every outcome, in the order of rules/outcomes.json', () => {
    const order = rules.outcomes.outcomes.map((o) => o.id);
    const seen = table.rows.map((row) => row.outcome);
    expect(new Set(seen)).toEqual(new Set(OUTCOME_IDS));
    expect(seen).toEqual([...seen].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });
});

describe('the flow outline', () => {
  it('has every question and every outcome of the machine, starting where replay starts', () => {
    const outline = flowOutline();
    expect(outline.questions.map((q) => q.question).sort()).toEqual([...QUESTION_IDS].sort());
    expect(outline.outcomes).toEqual([...OUTCOME_IDS]);
    expect(replay({}, thresholdsOn('2026-11-27')).position).toEqual({
      kind: 'question',
      question: outline.first,
    });
  });

  it('ends every question with a route that always applies, and every guard has words in every language', () => {
    const outline = flowOutline();
    for (const { routes } of outline.questions) expect(routes.at(-1)?.guards).toEqual([]);
    const guards = new Set(outline.questions.flatMap((q) => q.routes.flatMap((r) => r.guards)));
    expect(guards.size).toBeGreaterThan(0);
    for (const catalogue of Object.values(CATALOGUES))
      for (const guard of guards) expect(Object.keys(catalogue.how.guards)).toContain(guard);
  });

  it('turns on every rule of the domain and on nothing else, each a guard of the same name', () => {
    const outline = flowOutline();
    const used = new Set(outline.questions.flatMap((q) => q.routes.flatMap((r) => r.guards)));
    expect([...used].sort()).toEqual([...GUARD_NAMES].sort());
    expect([...GUARD_NAMES].sort()).toEqual(Object.keys(DECISION_RULES).sort());
  });
});
