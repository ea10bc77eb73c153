import type { Rules } from '../../../content/schema';
import { QUESTION_IDS, type QuestionId, THRESHOLD_KINDS } from '../../../content/vocabulary';
import { pendingRevision } from '../../../domain/thresholds';
import { type DecisionCell, type DecisionTable, decisionTable } from '../../../machine/decision-table';
import type { Journey } from '../../links/journey';
import { questionById } from '../../text/answer-text';
import { formatAmount, formatDate, formatList } from '../../text/format';
import { useMessages, useText } from '../../text/messages/messages-context';
import { outcomeFormName } from '../outcome-form-name';

/**
 * "Beslutningstabellen": every path through the machine at the thresholds in force, merged into rows
 * of answers (a column per question) and the recommendation they give; the same enumeration as
 * docs/decision-table.md. Scrolls sideways in a region the keyboard can reach.
 */
export function DecisionTableSection({ journey }: { journey: Journey }) {
  const m = useMessages();
  const text = useText();
  const { rules } = journey;
  const table = cachedDecisionTable(journey);
  // The amounts in force on the date that an expected revision may have replaced (docs/adr/0003).
  const { assessmentDate, thresholds } = journey.evaluation;
  const outdated = Object.values(thresholds).filter((threshold) =>
    pendingRevision(rules.thresholds.expectedRevisions, threshold, assessmentDate),
  );
  const cellText = (question: QuestionId, cell: DecisionCell): string => {
    switch (cell.kind) {
      case 'any':
        return m.how.any;
      case 'notAsked':
        return m.how.notAsked;
      case 'choices': {
        const q = questionById(rules, question);
        const labels = cell.values.map((value) => {
          const option = q.kind === 'choice' ? q.options.find((o) => o.value === value) : undefined;
          return option ? text(option.label) : value;
        });
        return [...labels, ...(cell.alsoNotAsked ? [m.how.notAsked] : [])].join(', ');
      }
      case 'amounts':
        return [
          ...cell.ranges.map((range) =>
            range.to === null
              ? m.how.amountOrMore(formatAmount(range.from, m.locale))
              : m.how.amountRange(formatAmount(range.from, m.locale), formatAmount(range.to, m.locale)),
          ),
          ...(cell.alsoNotAsked ? [m.how.notAsked] : []),
        ].join(', ');
    }
  };
  return (
    <section id="how-table" className="how-wide" aria-labelledby="how-table-heading">
      <h2 className="ds-heading" data-size="md" id="how-table-heading">
        {m.how.tableHeading}
      </h2>
      <p className="ds-paragraph">
        {m.how.tableIntro(
          formatAmount(table.pathCount, m.locale),
          formatAmount(table.rows.length, m.locale),
          formatDate(journey.evaluation.assessmentDate, m.locale),
        )}
      </p>
      {outdated.length > 0 && (
        <p className="ds-paragraph">
          {m.how.tableMayBeOutdated(
            formatList(
              outdated.map(
                (threshold) =>
                  `${text(rules.thresholds.names[threshold.kind])} (${m.result.thresholdAmount(formatAmount(threshold.amount, m.locale))})`,
              ),
              m.locale,
            ),
          )}
        </p>
      )}
      <p className="ds-paragraph table-scroll-hint" data-size="sm">
        {m.how.tableScrollHint}
      </p>
      {/* Focusable so a keyboard can scroll it sideways; a region named by the caption. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
      <section className="table-scroll" aria-labelledby="how-table-caption" tabIndex={0}>
        <table className="ds-table decision-table" data-size="sm">
          <caption id="how-table-caption">{m.how.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.how.tableOutcome}</th>
              {QUESTION_IDS.map((question) => (
                <th scope="col" key={question}>
                  {text(questionById(rules, question).summaryLabel)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={JSON.stringify(row)}>
                <th scope="row">{outcomeFormName(rules, row.outcome, text)}</th>
                {QUESTION_IDS.map((question) => {
                  const cell = row.cells[question];
                  return (
                    <td key={question} data-kind={cell.kind}>
                      {cellText(question, cell)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}

/**
 * The decision table walks every path through the machine, so it is worked out once per set of
 * thresholds and kept while the app runs: moving about the page, or back to it, costs nothing.
 */
const decisionTables = new WeakMap<Rules, Map<string, DecisionTable>>();

function cachedDecisionTable({ evaluation, rules }: Journey): DecisionTable {
  const key = THRESHOLD_KINDS.map((kind) => evaluation.thresholds[kind].amount).join(',');
  const tables = decisionTables.get(rules) ?? new Map<string, DecisionTable>();
  decisionTables.set(rules, tables);
  let table = tables.get(key);
  if (!table) {
    table = decisionTable(
      evaluation.thresholds,
      rules.outcomes.outcomes.map((o) => o.id),
    );
    tables.set(key, table);
  }
  return table;
}
