/**
 * The decision table: every combination of answers the questionnaire accepts (amounts as bands between
 * the thresholds in force), merged into as few rows as say the same thing. Pure data: the generated
 * docs/decision-table.md (scripts/docs/decision-table.ts) and the "Slik virker veiviseren" page each
 * put it into words of their own.
 */
import {
  CHOICE_VALUES,
  OUTCOME_IDS,
  type OutcomeId,
  QUESTION_IDS,
  type QuestionId,
} from '../content/vocabulary';
import { isChoiceQuestion } from '../domain/answers';
import type { ThresholdsInForce } from '../domain/thresholds';
import { type AmountBand, amountBands, enumeratePaths } from './walk';

/** A range of amounts in kroner; `to` is null for "or more". */
export type AmountRange = { from: number; to: number | null };

/**
 * What one question says in one row. `any`: every option leads to the same outcome. `notAsked`: the
 * question is not asked on this path. Otherwise the values (choice values in the order the question
 * offers them, or amount ranges with adjacent bands joined), with `alsoNotAsked` when the same row also
 * covers paths where the question is not asked.
 */
export type DecisionCell =
  | { kind: 'any' }
  | { kind: 'notAsked' }
  | { kind: 'choices'; values: string[]; alsoNotAsked: boolean }
  | { kind: 'amounts'; ranges: AmountRange[]; alsoNotAsked: boolean };

/**
 * A cell in words: `any`, `notAsked`, or the values separated by ", " (choices in the order the
 * question offers them, amounts as `range` writes them), with `notAsked` last when the row also covers
 * paths where the question is not asked. The docs table and the open data's CSV each pass their own
 * words.
 */
export function cellText(
  cell: DecisionCell,
  words: { notAsked: string; range: (range: AmountRange) => string },
): string {
  const notAsked = 'alsoNotAsked' in cell && cell.alsoNotAsked ? [words.notAsked] : [];
  switch (cell.kind) {
    case 'any':
      return 'any';
    case 'notAsked':
      return words.notAsked;
    case 'choices':
      return [...cell.values, ...notAsked].join(', ');
    case 'amounts':
      return [...cell.ranges.map(words.range), ...notAsked].join(', ');
  }
}

export type DecisionRow = { cells: Record<QuestionId, DecisionCell>; outcome: OutcomeId };

export type DecisionTable = {
  /** The amount bands between the thresholds in force (the columns of the procurement table). */
  bands: AmountBand[];
  /** How many complete paths there are before merging. */
  pathCount: number;
  rows: DecisionRow[];
};

const NOT_ASKED = '–';
type RawRow = { cells: Record<QuestionId, string[]>; outcome: OutcomeId };

/** Adjacent bands read as one range: "1 300 000 or more" rather than four bands. */
function joinAdjacent(selected: readonly AmountBand[]): AmountRange[] {
  const ranges: AmountRange[] = [];
  for (const band of selected) {
    const last = ranges.at(-1);
    if (last && last.to !== null && last.to + 1 === band.from) last.to = band.to;
    else ranges.push({ from: band.from, to: band.to });
  }
  return ranges;
}

/**
 * The table for the thresholds in force, rows ordered by outcome as `outcomeOrder` lists them (the order
 * of rules/outcomes.json), and within an outcome as the paths were found.
 */
export function decisionTable(
  thresholds: ThresholdsInForce,
  outcomeOrder: readonly OutcomeId[] = OUTCOME_IDS,
): DecisionTable {
  const bands = amountBands(thresholds);
  const bandKey = (amount: number) => String(bands.findIndex((b) => b.representative === amount));
  const paths = enumeratePaths(thresholds);

  let rows: RawRow[] = paths.map((p) => ({
    outcome: p.outcome,
    cells: Object.fromEntries(
      QUESTION_IDS.map((q) => {
        const value = p.answers[q];
        if (value === undefined) return [q, [NOT_ASKED]];
        return [q, [typeof value === 'number' ? bandKey(value) : value]];
      }),
    ) as Record<QuestionId, string[]>,
  }));

  // Merge rows that differ in one column only, until nothing merges: the table then shows "any" where an
  // answer does not change the outcome.
  let merged = true;
  while (merged) {
    merged = false;
    for (const q of QUESTION_IDS) {
      const groups = new Map<string, RawRow>();
      for (const row of rows) {
        // Values are ids, band numbers or the not-asked mark, so these separators cannot occur in them.
        let key: string = row.outcome;
        for (const o of QUESTION_IDS) if (o !== q) key += `|${row.cells[o].join(',')}`;
        const existing = groups.get(key);
        if (existing) {
          existing.cells[q] = [...new Set([...existing.cells[q], ...row.cells[q]])];
          merged = true;
        } else groups.set(key, { outcome: row.outcome, cells: { ...row.cells } });
      }
      rows = [...groups.values()];
    }
  }

  const allKeys = (q: QuestionId): string[] =>
    isChoiceQuestion(q) ? [...CHOICE_VALUES[q]] : bands.map((_, i) => String(i));
  const cell = (q: QuestionId, values: string[]): DecisionCell => {
    const all = allKeys(q);
    const alsoNotAsked = values.includes(NOT_ASKED);
    if (values.length === 1 && alsoNotAsked) return { kind: 'notAsked' };
    if (values.length > 1 && !alsoNotAsked && all.every((v) => values.includes(v))) return { kind: 'any' };
    const present = all.filter((v) => values.includes(v));
    if (!isChoiceQuestion(q)) {
      const selected = bands.filter((_, i) => present.includes(String(i)));
      return { kind: 'amounts', ranges: joinAdjacent(selected), alsoNotAsked };
    }
    return { kind: 'choices', values: present, alsoNotAsked };
  };

  const order = new Map(outcomeOrder.map((id, i) => [id, i]));
  const sorted = [...rows].sort((a, b) => (order.get(a.outcome) ?? 0) - (order.get(b.outcome) ?? 0));
  return {
    bands,
    pathCount: paths.length,
    rows: sorted.map((row) => ({
      outcome: row.outcome,
      cells: Object.fromEntries(QUESTION_IDS.map((q) => [q, cell(q, row.cells[q])])) as Record<
        QuestionId,
        DecisionCell
      >,
    })),
  };
}
