import { useDeferredValue, useRef } from 'react';
import type { Recommendation } from '../../domain/recommendation';
import { AssessmentDateForm } from '../links/assessment-date-form';
import { BackLink } from '../links/back-link';
import { howHref, type Journey, resultBackHref } from '../links/journey';
import { AppLink } from '../links/navigation';
import { AnswersList } from '../question/answers-list';
import { usePageTitleAndFocus } from '../shell/page-focus';
import { answeredOnPath, answerText } from '../text/answer-text';
import { chosenDateText } from '../text/assessment-text';
import { BreakableUrl } from '../text/breakable-url';
import { capitalise, formatAmount, formatDate } from '../text/format';
import { LastChecked } from '../text/last-checked';
import { useMessages, useText } from '../text/messages/messages-context';
import { SourceLine, SourceReference, sourcesById, UncertainTag } from '../text/sources';
import { CompareSection, comparisonWithPin } from './compare/compare-section';
import type { PinReading } from './compare/pin';
import { ExampleCard } from './example-card';
import { FundingCard } from './funding-card';
import { resultNotes } from './result-notes';
import { ShareActions } from './share/share-actions';
import { recordHref, shareText } from './share/share-text';
import { ThresholdFigure } from './threshold-figure';
import { WhatIfSection } from './what-if/what-if-section';

/**
 * The recommendation and everything that explains it: why (the answers and the rule), the procurement
 * rules with the thresholds applied and a picture of where the amount falls, examples, funding, the
 * other forms considered, next steps, the answers with "Endre", sources, and the assessment date and
 * rules version; buttons to print it and to copy its link or a plain-text summary.
 *
 * It prints as a decision record for the case file (the print part of styles.css): the full link that
 * reopens it is printed under the assessment date, and what only serves the screen (buttons, "Endre",
 * the picture, explanations that are not part of the record) is marked `no-print`.
 */
export function ResultPage({
  journey,
  pin,
  recommendation,
}: {
  journey: Journey;
  /** The pinned result the link carries, read once by the journey. */
  pin: PinReading;
  recommendation: Recommendation;
}) {
  const m = useMessages();
  const text = useText();
  const heading = useRef<HTMLHeadingElement>(null);
  const { evaluation, rules } = journey;
  const { primaryForm, procurement, outcome } = recommendation;
  const title = m.result.heading(text(primaryForm.name));
  usePageTitleAndFocus(title, heading);
  // The recommendation, why and the share buttons are drawn first; the rest of the page (some 400
  // elements) in a deferred render React does straight after, in slices, so the first screen is not
  // held up on a slow phone. Until then a placeholder keeps the footer out of view (no layout shift).
  const full = useDeferredValue(true, false);

  const answered = answeredOnPath(rules, evaluation.path, evaluation.answers);
  const comparisons = procurement.band?.comparisons ?? [];
  const notes = resultNotes(recommendation, evaluation.thresholds, rules, m, text);
  const link = `${window.location.origin}${recordHref(journey.base, evaluation, recommendation.rulesVersion)}`;
  const chosenDate = chosenDateText(evaluation, journey.today, m);

  return (
    <div className="page page--result">
      <div className="no-print">
        <BackLink href={resultBackHref(journey)} />
      </div>
      <header className="result-header">
        <h1 className="ds-heading" data-size="lg" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        <p className="ds-paragraph lead" data-size="lg">
          {text(primaryForm.summary)}
        </p>
        <p className="ds-paragraph assessed" data-size="sm">
          {m.result.assessed(
            formatDate(recommendation.assessmentDate, m.locale),
            recommendation.rulesVersion,
          )}
          {chosenDate && `. ${chosenDate}`}
        </p>
        <p className="ds-paragraph print-only record-link" data-size="sm">
          {m.share.linkLabel}:{' '}
          <a href={link}>
            <BreakableUrl url={link} />
          </a>
        </p>
        <ShareActions
          link={link}
          buildText={() =>
            shareText({
              evaluation,
              recommendation,
              rules,
              link,
              messages: m,
              text,
              today: journey.today,
              comparison: comparisonWithPin(journey, pin, recommendation, m, text),
            })
          }
        />
      </header>

      <CompareSection journey={journey} pin={pin} recommendation={recommendation} />

      <section aria-labelledby="why-heading">
        <h2 className="ds-heading" data-size="md" id="why-heading">
          {m.result.whyHeading}
        </h2>
        <p className="ds-paragraph">{text(outcome.why)}</p>
        <h3 className="ds-heading" data-size="2xs">
          {m.result.answersLedHere}
        </h3>
        <ul className="ds-list answers-summary">
          {answered.map(({ question, value }) => (
            <li key={question.id}>
              {text(question.summaryLabel)}: <strong>{answerText(question, value, text, m.locale)}</strong>
            </li>
          ))}
        </ul>
      </section>

      <WhatIfSection journey={journey} pin={pin} />

      {/* Below the first screen: drawn in a deferred render just after the top (see `full`). */}
      {full ? (
        <>
          <section aria-labelledby="procurement-heading">
            <h2 className="ds-heading" data-size="md" id="procurement-heading">
              {m.result.procurementHeading}
            </h2>
            <div className="ds-card regime-card" data-color="neutral" data-variant="tinted">
              <h3 className="ds-heading" data-size="xs">
                {text(procurement.regime.title)} <UncertainTag confidence={procurement.regime.confidence} />
              </h3>
              <p className="ds-paragraph">{text(procurement.regime.summary)}</p>
              <ul className="ds-list">
                {procurement.regime.points.map((point) => (
                  <li key={text(point)}>{text(point)}</li>
                ))}
              </ul>
              <SourceLine sources={sourcesById(rules, procurement.regime.sourceIds)} />
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
                  {comparisons.map(({ threshold, position }) => (
                    <li key={threshold.kind}>
                      <p className="ds-paragraph threshold-list__name">
                        <strong>{capitalise(text(rules.thresholds.names[threshold.kind]), m.locale)}</strong>:{' '}
                        {m.result.thresholdAmount(formatAmount(threshold.amount, m.locale))},{' '}
                        {m.result.validFrom(formatDate(threshold.validFrom, m.locale))}{' '}
                        <UncertainTag confidence={threshold.confidence} />
                      </p>
                      {/* In print the figure's caption says where the amount falls among all of them. */}
                      <p className="ds-paragraph no-print">
                        {position === 'below' ? m.result.positionBelow : m.result.positionAtOrAbove}
                      </p>
                      {threshold.note && (
                        <p className="ds-paragraph no-print" data-size="sm">
                          {text(threshold.note)}
                        </p>
                      )}
                      <SourceLine sources={sourcesById(rules, threshold.sourceIds)} />
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

            <h3 className="ds-heading" data-size="2xs">
              {m.result.procurementNoteHeading}
            </h3>
            <p className="ds-paragraph">{text(primaryForm.procurementNote)}</p>
            <AssessmentDateForm journey={journey} step="result" headingLevel={3} />
          </section>

          <section aria-labelledby="examples-heading">
            <h2 className="ds-heading" data-size="md" id="examples-heading">
              {m.result.examplesHeading}
            </h2>
            <p className="ds-paragraph no-print">{m.result.examplesIntro}</p>
            <div className="card-list">
              {recommendation.examples.map((example) => (
                <ExampleCard example={example} rules={rules} key={example.id} />
              ))}
            </div>
          </section>

          <section aria-labelledby="funding-heading">
            <h2 className="ds-heading" data-size="md" id="funding-heading">
              {m.result.fundingHeading}
            </h2>
            {recommendation.funding.length === 0 ? (
              <p className="ds-paragraph">{m.result.fundingNone}</p>
            ) : (
              <>
                <p className="ds-paragraph no-print">{m.result.fundingIntro}</p>
                <div className="card-list">
                  {recommendation.funding.map((scheme) => (
                    <FundingCard
                      scheme={scheme}
                      rules={rules}
                      assessmentDate={evaluation.assessmentDate}
                      key={scheme.id}
                    />
                  ))}
                </div>
              </>
            )}
          </section>

          {recommendation.alternatives.length > 0 && (
            <section aria-labelledby="alternatives-heading">
              <h2 className="ds-heading" data-size="md" id="alternatives-heading">
                {m.result.alternativesHeading}
              </h2>
              <ul className="alternative-list">
                {recommendation.alternatives.map(({ form, whyNot }) => (
                  <li key={form.id}>
                    <h3 className="ds-heading" data-size="xs">
                      {text(form.name)}
                    </h3>
                    <p className="ds-paragraph no-print">{text(form.summary)}</p>
                    <p className="ds-paragraph">
                      <strong>{m.result.whyNot}:</strong> {text(whyNot)}
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section aria-labelledby="next-steps-heading">
            <h2 className="ds-heading" data-size="md" id="next-steps-heading">
              {m.result.nextStepsHeading}
            </h2>
            <ol className="ds-list">
              {recommendation.nextSteps.map((step) => (
                <li key={text(step)}>{text(step)}</li>
              ))}
            </ol>
          </section>

          {/* In print the answers are listed once, under "Svarene som ledet hit". */}
          <section className="no-print" aria-labelledby="answers-heading">
            <h2 className="ds-heading" data-size="md" id="answers-heading">
              {m.answers.heading}
            </h2>
            <AnswersList journey={journey} />
          </section>

          <section aria-labelledby="sources-heading">
            <h2 className="ds-heading" data-size="md" id="sources-heading">
              {m.result.sourcesHeading}
            </h2>
            <ul className="ds-list source-list">
              {recommendation.sources.map((source) => (
                <li key={source.id}>
                  <SourceReference source={source} />
                  {source.url && (
                    <span className="print-only source-url">
                      {' '}
                      <BreakableUrl url={source.url} atSlashes />
                    </span>
                  )}
                </li>
              ))}
            </ul>
            <p className="ds-paragraph no-print">
              <AppLink className="ds-link" href={howHref(journey)}>
                {m.how.resultLink}
              </AppLink>
            </p>
          </section>

          <section className="ds-alert" data-color="info" aria-labelledby="disclaimer-heading">
            <h2 className="ds-heading" data-size="xs" id="disclaimer-heading">
              {m.result.disclaimerHeading}
            </h2>
            <p className="ds-paragraph">{m.result.disclaimer}</p>
            {/* The printout says it at the top already. */}
            <p className="ds-paragraph no-print">
              {m.result.assessed(
                formatDate(recommendation.assessmentDate, m.locale),
                recommendation.rulesVersion,
              )}
              .
            </p>
          </section>
        </>
      ) : (
        <div className="result-pending" aria-busy="true" />
      )}
    </div>
  );
}
