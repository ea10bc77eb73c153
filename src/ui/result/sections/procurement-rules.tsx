import { chosenDateText } from '../../text/assessment-text';
import { capitalise, formatAmount, formatDate } from '../../text/format';
import { LastChecked } from '../../text/last-checked';
import { useMessages, useText } from '../../text/messages/messages-context';
import { MayBeOutdatedTag, RevisionNote } from '../../text/revision-note';
import { SourceLine, sourcesById, UncertainTag } from '../../text/sources';
import { resultNotes } from '../result-notes';
import { ThresholdFigure } from '../threshold-figure';
import type { ResultSectionProps } from './section-props';

/**
 * "Regelverk for beløpet": the procurement rules that apply, a picture of where the amount falls, the
 * thresholds in force with their sources, notes on the reading used, what the form means for the
 * procurement. The duties themselves lead the page ("Dette må dere gjøre", ./must-do.tsx).
 */
export function ProcurementRulesSection({ journey, recommendation }: ResultSectionProps) {
  const m = useMessages();
  const text = useText();
  const { evaluation, rules } = journey;
  const { primaryForm, procurement } = recommendation;
  const comparisons = procurement.band?.comparisons ?? [];
  const notes = resultNotes(recommendation, evaluation.thresholds, rules, m, text);
  const chosenDate = chosenDateText(evaluation, journey.today, m);
  return (
    <section aria-labelledby="procurement-heading">
      <h2 className="ds-heading" data-size="md" id="procurement-heading">
        {m.result.procurementHeading}
      </h2>
      <div className="ds-card regime-card" data-color="neutral" data-variant="tinted">
        <h3 className="ds-heading" data-size="xs">
          {text(procurement.regime.title)} <UncertainTag confidence={procurement.regime.confidence} />
        </h3>
        <p className="ds-paragraph">{text(procurement.regime.summary)}</p>
        {/* In print the duties ("Dette må dere gjøre") and the thresholds below carry the rules. */}
        <ul className="ds-list no-print">
          {procurement.points.map((point) =>
            'text' in point ? (
              <li key={text(point.text)}>
                {text(point.text)} <UncertainTag confidence={point.confidence} />
                <div className="no-print">
                  <SourceLine sources={sourcesById(rules, point.sourceIds)} />
                </div>
              </li>
            ) : (
              <li key={text(point)}>{text(point)}</li>
            ),
          )}
        </ul>
        <SourceLine sources={sourcesById(rules, procurement.regime.sourceIds)} screenOnly />
      </div>

      {procurement.amount === null ? (
        <p className="ds-paragraph">{m.result.noAmount}</p>
      ) : (
        <>
          <h3 className="ds-heading no-print" data-size="xs">
            {m.result.figureHeading}
          </h3>
          <ThresholdFigure
            amount={procurement.amount}
            procurement={procurement}
            thresholds={evaluation.thresholds}
            rules={rules}
          />
        </>
      )}

      {comparisons.length > 0 && (
        <>
          <h3 className="ds-heading" data-size="xs">
            {m.result.thresholdsHeading}
          </h3>
          {chosenDate && (
            <p className="ds-paragraph">
              <strong>{chosenDate}</strong>
            </p>
          )}
          <ul className="threshold-list">
            {comparisons.map(({ threshold, position, revision }) => (
              <li key={threshold.kind}>
                <p className="ds-paragraph threshold-list__name">
                  <strong>{capitalise(text(rules.thresholds.names[threshold.kind]), m.locale)}</strong>:{' '}
                  {m.result.thresholdAmount(formatAmount(threshold.amount, m.locale))},{' '}
                  {m.result.validFrom(formatDate(threshold.validFrom, m.locale))}{' '}
                  <UncertainTag confidence={threshold.confidence} /> <MayBeOutdatedTag revision={revision} />
                </p>
                <RevisionNote revision={revision} rules={rules} />
                {/* In print the figure's caption says where the amount falls among all of them. */}
                <p className="ds-paragraph no-print">
                  {position === 'below' ? m.result.positionBelow : m.result.positionAtOrAbove}
                </p>
                {threshold.note && (
                  <p className="ds-paragraph no-print" data-size="sm">
                    {text(threshold.note)}
                  </p>
                )}
                <SourceLine sources={sourcesById(rules, threshold.sourceIds)} screenOnly />
                <LastChecked date={threshold.lastChecked} assessmentDate={evaluation.assessmentDate} />
              </li>
            ))}
          </ul>
        </>
      )}

      {notes.length > 0 && (
        <div className="ds-alert" data-color="info">
          <h3 className="ds-heading" data-size="2xs">
            {m.result.notesHeading}
          </h3>
          <ul className="ds-list">
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}

      {/* Screen only: in print the why and the duties say what the form means for the procurement. */}
      <h3 className="ds-heading no-print" data-size="2xs">
        {m.result.procurementNoteHeading}
      </h3>
      <p className="ds-paragraph no-print">{text(primaryForm.procurementNote)}</p>
    </section>
  );
}
