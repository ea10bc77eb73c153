import { Fragment } from 'react';
import type { Rules } from '../../../content/schema';
import { QUESTION_IDS } from '../../../content/vocabulary';
import type { Answers } from '../../../domain/answers';
import type { Recommendation } from '../../../domain/recommendation';
import { stepHref } from '../../links/hrefs';
import type { Journey } from '../../links/journey';
import { AppLink } from '../../links/navigation';
import { answerText, questionById } from '../../text/answer-text';
import { capitalise, formatKroner } from '../../text/format';
import { useMessages, useText } from '../../text/messages/messages-context';
import type { Messages } from '../../text/messages/nb';
import type { ResultWithPinProps } from '../sections/section-props';
import { type PinReading, sameAnswers, withoutPin, withPin } from './pin';

type Text = ReturnType<typeof useText>;
type Side = { answers: Answers; recommendation: Recommendation };
export type CompareRow = {
  key: string;
  label: string;
  pinned: string[];
  current: string[];
  differs: boolean;
  /** The first line is the value and the rest details of it (the rules: the regime, then thresholds). */
  withDetails: boolean;
};

/** The rows of the comparison: the recommendation, the procurement rules, funding, then every answer. */
export function compareRows(
  pinned: Side,
  current: Side,
  rules: Rules,
  m: Messages,
  text: Text,
): CompareRow[] {
  const form = (side: Side) => [text(side.recommendation.primaryForm.name)];
  const procurementRules = ({ recommendation }: Side) => [
    text(recommendation.procurement.regime.title),
    ...(recommendation.procurement.band?.comparisons ?? []).map(({ threshold, position, revision }) => {
      const name = text(rules.thresholds.names[threshold.kind]);
      const kroner = formatKroner(threshold.amount, m.locale);
      const amount = revision
        ? `${kroner}, ${m.result.mayBeOutdatedTag.toLocaleLowerCase(m.locale)}`
        : kroner;
      return capitalise(
        position === 'below' ? m.compare.below(name, amount) : m.compare.atOrAbove(name, amount),
        m.locale,
      );
    }),
  ];
  const funding = ({ recommendation }: Side) =>
    recommendation.funding.length === 0
      ? [m.compare.noFunding]
      : recommendation.funding.map((scheme) => text(scheme.name));
  const answer = (side: Side, id: (typeof QUESTION_IDS)[number]) => {
    const value = side.answers[id];
    return [
      value === undefined ? m.compare.notAsked : answerText(questionById(rules, id), value, text, m.locale),
    ];
  };

  const row = (
    key: string,
    label: string,
    cell: (side: Side) => string[],
    withDetails = false,
  ): CompareRow => {
    const a = cell(pinned);
    const b = cell(current);
    return { key, label, pinned: a, current: b, differs: a.join('\n') !== b.join('\n'), withDetails };
  };
  return [
    row('form', m.compare.formRow, form),
    row('rules', m.compare.rulesRow, procurementRules, true),
    row('funding', m.compare.fundingRow, funding),
    ...QUESTION_IDS.filter((id) => pinned.answers[id] !== undefined || current.answers[id] !== undefined).map(
      (id) => row(id, text(questionById(rules, id).summaryLabel), (side) => answer(side, id)),
    ),
  ];
}

/**
 * The comparison with the pinned result the page's link carries: its rows, or null when there is no
 * usable pin or the pin is this very result. Shared by the page and the copied text. `reading` is the
 * page's reading of its pin (read once for each render, by the journey).
 */
export function comparisonWithPin(
  journey: Journey,
  reading: PinReading,
  recommendation: Recommendation,
  m: Messages,
  text: Text,
): CompareRow[] | null {
  const { evaluation, rules } = journey;
  if (reading.kind !== 'pinned' || sameAnswers(reading.evaluation.answers, evaluation.answers)) return null;
  return compareRows(
    { answers: reading.evaluation.answers, recommendation: reading.evaluation.recommendation },
    { answers: evaluation.answers, recommendation },
    rules,
    m,
    text,
  );
}

/** A value; at narrow widths, where the two results stack, it says which result it belongs to. */
function Cell({ lines, column, withDetails }: { lines: string[]; column: string; withDetails: boolean }) {
  return (
    <td>
      <span className="compare__column">{column}</span>{' '}
      {lines.map((line, i) => (
        <Fragment key={line}>
          {i > 0 && ' '}
          <span className={withDetails && i > 0 ? 'compare__line compare__line--detail' : 'compare__line'}>
            {line}
          </span>
        </Fragment>
      ))}
    </td>
  );
}

/**
 * The pinned result beside the current one. With no pin, nothing. When the pin is this very result, a
 * short note that it is pinned (screen only). Otherwise a table, the pinned result and this one side by
 * side, rows that differ marked in words ("Ulik") and by colour, with links to pin this result instead,
 * to open the pinned one and to unpin. The table prints; the links do not.
 *
 * The pin is evaluated once for each render, by the journey, with the same engine on the same assessment
 * date as the page (`pin`). A pin that cannot be used never reaches here: the journey drops it from the
 * links and PinProblems reports it.
 */
export function CompareSection({ journey, pin, recommendation }: ResultWithPinProps) {
  const m = useMessages();
  const text = useText();
  const { evaluation, base } = journey;
  if (pin.kind !== 'pinned') return null;
  const pinned = pin.evaluation;
  const unpinHref = stepHref(withoutPin(base), evaluation.answers, 'result');

  if (sameAnswers(pinned.answers, evaluation.answers)) {
    return (
      <section className="ds-alert no-print compare-note" data-color="info" aria-labelledby="pinned-heading">
        <h3 className="ds-heading" data-size="xs" id="pinned-heading">
          {m.compare.pinnedHeading}
        </h3>
        <p className="ds-paragraph">{m.compare.pinnedBody}</p>
        <p className="ds-paragraph">
          <AppLink className="ds-link" href={unpinHref}>
            {m.compare.unpin}
          </AppLink>
        </p>
      </section>
    );
  }

  const rows = comparisonWithPin(journey, pin, recommendation, m, text);
  if (!rows) return null;
  const differing = rows.filter((r) => r.differs).length;
  return (
    <section className="compare" aria-labelledby="compare-heading">
      <h3 className="ds-heading" data-size="sm" id="compare-heading">
        {m.compare.heading}
      </h3>
      <table className="ds-table compare__table" data-border>
        <caption className="ds-paragraph" data-size="sm">
          {m.compare.caption(String(differing), String(rows.length))}
        </caption>
        <thead>
          <tr>
            <td className="compare__corner" />
            <th scope="col">{m.compare.pinnedColumn}</th>
            <th scope="col">{m.compare.currentColumn}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-differs={row.differs || undefined}>
              <th scope="row">
                {row.label}
                {row.differs && (
                  <>
                    {' '}
                    <span className="ds-tag compare__tag" data-color="warning">
                      {m.compare.differs}
                    </span>
                  </>
                )}
              </th>
              <Cell lines={row.pinned} column={m.compare.pinnedColumn} withDetails={row.withDetails} />
              <Cell lines={row.current} column={m.compare.currentColumn} withDetails={row.withDetails} />
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="compare__actions no-print">
        <li>
          <AppLink
            className="ds-link"
            href={stepHref(withPin(base, evaluation.answers), evaluation.answers, 'result')}
          >
            {m.compare.pinInstead}
          </AppLink>
        </li>
        <li>
          <AppLink className="ds-link" href={stepHref(base, pinned.answers, 'result')}>
            {m.compare.showPinned}
          </AppLink>
        </li>
        <li>
          <AppLink className="ds-link" href={unpinHref}>
            {m.compare.unpin}
          </AppLink>
        </li>
      </ul>
    </section>
  );
}
