import { Fragment } from 'react';
import type { Threshold } from '../../../content/schema';
import { THRESHOLD_KINDS, type ThresholdKind } from '../../../content/vocabulary';
import { pendingRevision, type ThresholdsInForce } from '../../../domain/thresholds';
import type { Journey } from '../../links/journey';
import { capitalise, formatAmount, formatDate } from '../../text/format';
import { LastChecked } from '../../text/last-checked';
import { useMessages, useText } from '../../text/messages/messages-context';
import { MayBeOutdatedTag } from '../../text/revision-note';
import { SourceLine, sourcesById, UncertainTag } from '../../text/sources';

/**
 * "Terskelverdier": every threshold the guide knows, by kind, every period (ended, in force, proposed)
 * with its amount, validity, confidence, sources and when it was last checked; the one applied on the
 * assessment date is tagged. A revision expected but not found is listed under each kind it concerns.
 */
export function ThresholdsSection({ journey }: { journey: Journey }) {
  const m = useMessages();
  const text = useText();
  const { rules } = journey;
  const { assessmentDate, thresholds: inForce } = journey.evaluation;
  return (
    <section id="how-thresholds" aria-labelledby="how-thresholds-heading">
      <h2 className="ds-heading" data-size="md" id="how-thresholds-heading">
        {m.how.thresholdsHeading}
      </h2>
      <p className="ds-paragraph">{m.how.thresholdsIntro}</p>
      {THRESHOLD_KINDS.map((kind) => (
        <Fragment key={kind}>
          <h3 className="ds-heading" data-size="xs">
            {capitalise(text(rules.thresholds.names[kind]), m.locale)}
          </h3>
          <ul className="rule-list">
            {periodsOf(rules.thresholds.thresholds, kind).map((threshold) => (
              <li
                className="rule-list__item"
                key={`${threshold.status}-${threshold.status === 'inForce' ? threshold.validFrom : threshold.proposedOn}`}
              >
                <p className="ds-paragraph rule-list__title">
                  <strong>{m.result.thresholdAmount(formatAmount(threshold.amount, m.locale))}</strong>{' '}
                  {isApplied(threshold, inForce) && (
                    <span className="ds-tag" data-color="success">
                      {m.how.appliedTag}
                    </span>
                  )}{' '}
                  {threshold.status === 'proposed' && (
                    <span className="ds-tag" data-color="info">
                      {m.how.proposedTag}
                    </span>
                  )}{' '}
                  <MayBeOutdatedTag
                    revision={
                      threshold.status === 'inForce'
                        ? pendingRevision(rules.thresholds.expectedRevisions, threshold, assessmentDate)
                        : undefined
                    }
                  />{' '}
                  <UncertainTag confidence={threshold.confidence} />
                </p>
                <p className="ds-paragraph">
                  {threshold.status === 'proposed'
                    ? m.how.proposed(formatDate(threshold.proposedOn, m.locale), threshold.proposedIn)
                    : threshold.validTo === null
                      ? m.how.periodFrom(formatDate(threshold.validFrom, m.locale))
                      : m.how.periodFromTo(
                          formatDate(threshold.validFrom, m.locale),
                          formatDate(threshold.validTo, m.locale),
                        )}
                </p>
                {threshold.note && (
                  <p className="ds-paragraph" data-size="sm">
                    {text(threshold.note)}
                  </p>
                )}
                <p className="ds-paragraph" data-size="sm">
                  {m.how.confidence}: {m.how.confidenceLevels[threshold.confidence]}
                </p>
                <SourceLine sources={sourcesById(rules, threshold.sourceIds)} />
                <LastChecked date={threshold.lastChecked} assessmentDate={assessmentDate} />
              </li>
            ))}
            {rules.thresholds.expectedRevisions
              .filter((revision) => revision.kinds.includes(kind))
              .map((revision) => (
                <li className="rule-list__item" key={`revision-${revision.id}`}>
                  <p className="ds-paragraph rule-list__title">
                    <span className="ds-tag" data-color="warning">
                      {m.how.expectedRevisionTag}
                    </span>{' '}
                    <UncertainTag confidence={revision.confidence} />
                  </p>
                  <p className="ds-paragraph">
                    {m.how.expectedRevision(formatDate(revision.expectedFrom, m.locale))}
                  </p>
                  <p className="ds-paragraph" data-size="sm">
                    {text(revision.note)}
                  </p>
                  <p className="ds-paragraph" data-size="sm">
                    {m.how.confidence}: {m.how.confidenceLevels[revision.confidence]}
                  </p>
                  <SourceLine sources={sourcesById(rules, revision.sourceIds)} />
                  <LastChecked date={revision.lastChecked} assessmentDate={assessmentDate} />
                </li>
              ))}
          </ul>
        </Fragment>
      ))}
    </section>
  );
}

/** Every period of one kind of threshold: in force by date, then proposals. */
function periodsOf(thresholds: readonly Threshold[], kind: ThresholdKind): Threshold[] {
  const sortKey = (t: Threshold) => (t.status === 'inForce' ? `0${t.validFrom}` : `1${t.proposedOn}`);
  return thresholds.filter((t) => t.kind === kind).sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
}

const isApplied = (threshold: Threshold, inForce: ThresholdsInForce) => inForce[threshold.kind] === threshold;
