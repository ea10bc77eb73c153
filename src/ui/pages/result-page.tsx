import { useRef } from 'react';
import type { Recommendation } from '../../domain/recommendation';
import { answeredOnPath, answerText } from '../answer-text';
import { AnswersList } from '../components/answers-list';
import { BackLink } from '../components/back-link';
import { ExampleCard } from '../components/example-card';
import { FundingCard } from '../components/funding-card';
import { isUncertain, SourceLine, SourceReference, sourcesById, UncertainTag } from '../components/sources';
import { ThresholdFigure } from '../components/threshold-figure';
import { capitalise, formatAmount, formatDate } from '../format';
import { useMessages, useText } from '../messages/messages-context';
import { usePageTitleAndFocus } from '../page-focus';
import { type Journey, resultBackHref } from '../routing/journey';

/**
 * The recommendation and everything that explains it: why (the answers and the rule), the procurement
 * rules with the thresholds applied and a picture of where the amount falls, examples, funding, the
 * other forms considered, next steps, the answers with "Endre", sources, and the assessment date and
 * rules version. It prints as a record for the case file.
 */
export function ResultPage({
  journey,
  recommendation,
}: {
  journey: Journey;
  recommendation: Recommendation;
}) {
  const m = useMessages();
  const text = useText();
  const heading = useRef<HTMLHeadingElement>(null);
  const { evaluation, rules } = journey;
  const { primaryForm, procurement, outcome } = recommendation;
  const title = m.result.heading(text(primaryForm.name));
  usePageTitleAndFocus(title, heading);

  const answered = answeredOnPath(rules, evaluation.path, evaluation.answers);
  const comparisons = procurement.band?.comparisons ?? [];
  const notes = resultNotes(recommendation, journey, m, text);

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
          {m.result.assessed(formatDate(recommendation.assessmentDate), recommendation.rulesVersion)}
          {evaluation.dateChosen && ` ${m.result.assessedChosenDate}`}
        </p>
        <p className="ds-paragraph print-only" data-size="sm">
          {m.result.printLink(window.location.href)}
        </p>
        <button
          type="button"
          className="ds-button no-print"
          data-variant="secondary"
          onClick={() => window.print()}
        >
          {m.result.print}
        </button>
      </header>

      <section aria-labelledby="why-heading">
        <h2 className="ds-heading" data-size="md" id="why-heading">
          {m.result.whyHeading}
        </h2>
        <p className="ds-paragraph">{text(outcome.why)}</p>
        <h3 className="ds-heading" data-size="2xs">
          {m.result.answersLedHere}
        </h3>
        <ul className="ds-list">
          {answered.map(({ question, value }) => (
            <li key={question.id}>
              {text(question.summaryLabel)}: <strong>{answerText(question, value, text)}</strong>
            </li>
          ))}
        </ul>
      </section>

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
              <li key={point.nb}>{text(point)}</li>
            ))}
          </ul>
          <SourceLine sources={sourcesById(rules, procurement.regime.sourceIds)} />
        </div>

        {procurement.amount === null ? (
          <p className="ds-paragraph">{m.result.noAmount}</p>
        ) : (
          <>
            <h3 className="ds-heading" data-size="xs">
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
            <ul className="threshold-list">
              {comparisons.map(({ threshold, position }) => (
                <li key={threshold.kind}>
                  <p className="ds-paragraph threshold-list__name">
                    <strong>{capitalise(text(rules.thresholds.names[threshold.kind]))}</strong>:{' '}
                    {m.result.thresholdAmount(formatAmount(threshold.amount))},{' '}
                    {m.result.validFrom(formatDate(threshold.validFrom))}{' '}
                    <UncertainTag confidence={threshold.confidence} />
                  </p>
                  <p className="ds-paragraph">
                    {position === 'below' ? m.result.positionBelow : m.result.positionAtOrAbove}
                  </p>
                  {threshold.note && (
                    <p className="ds-paragraph" data-size="sm">
                      {text(threshold.note)}
                    </p>
                  )}
                  <SourceLine sources={sourcesById(rules, threshold.sourceIds)} />
                  <p className="ds-paragraph" data-size="sm">
                    {m.result.lastCheckedSentence(formatDate(threshold.lastChecked))}
                  </p>
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
      </section>

      <section aria-labelledby="examples-heading">
        <h2 className="ds-heading" data-size="md" id="examples-heading">
          {m.result.examplesHeading}
        </h2>
        <p className="ds-paragraph">{m.result.examplesIntro}</p>
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
            <p className="ds-paragraph">{m.result.fundingIntro}</p>
            <div className="card-list">
              {recommendation.funding.map((scheme) => (
                <FundingCard scheme={scheme} rules={rules} key={scheme.id} />
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
                <p className="ds-paragraph">{text(form.summary)}</p>
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
            <li key={step.nb}>{text(step)}</li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="answers-heading">
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
            </li>
          ))}
        </ul>
      </section>

      <section className="ds-alert" data-color="info" aria-labelledby="disclaimer-heading">
        <h2 className="ds-heading" data-size="xs" id="disclaimer-heading">
          {m.result.disclaimerHeading}
        </h2>
        <p className="ds-paragraph">{m.result.disclaimer}</p>
        <p className="ds-paragraph">
          {m.result.assessed(formatDate(recommendation.assessmentDate), recommendation.rulesVersion)}.
        </p>
      </section>
    </div>
  );
}

/** What the officer should keep in mind: stricter readings, a grant read as a purchase, proposals, uncertainty. */
function resultNotes(
  recommendation: Recommendation,
  journey: Journey,
  m: ReturnType<typeof useMessages>,
  text: ReturnType<typeof useText>,
): string[] {
  const { procurement } = recommendation;
  const notes: string[] = [];
  if (procurement.grantTreatedAsPurchase) notes.push(m.result.grantTreatedAsPurchase);
  if (procurement.stricterReadingUsed.includes('serviceKind')) notes.push(m.result.stricterServiceKind);
  if (procurement.stricterReadingUsed.includes('contractingParty'))
    notes.push(m.result.stricterContractingParty);
  const amount = procurement.amount;
  if (amount !== null) {
    // A proposed change is never applied (ADR 0003), but the officer should know of it.
    for (const proposal of procurement.proposed) {
      const current = journey.evaluation.thresholds[proposal.kind].amount;
      const note = m.result.proposedThreshold(
        text(journey.rules.thresholds.names[proposal.kind]),
        formatAmount(proposal.amount),
        proposal.proposedIn,
        formatAmount(current),
      );
      const between =
        amount >= Math.min(current, proposal.amount) && amount < Math.max(current, proposal.amount);
      notes.push(between ? `${note} ${m.result.proposedAffectsYou}` : note);
    }
  }
  const uncertain =
    isUncertain(procurement.regime.confidence) ||
    (procurement.band?.comparisons.some((c) => isUncertain(c.threshold.confidence)) ?? false) ||
    recommendation.funding.some((s) => isUncertain(s.confidence));
  if (uncertain) notes.push(`${m.result.uncertainTag}: ${m.result.uncertainExplanation}`);
  return notes;
}
