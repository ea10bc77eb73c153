import type { Recommendation } from '../../../domain/recommendation';
import { AssessmentDateForm } from '../../links/assessment-date-form';
import type { Journey } from '../../links/journey';
import { useMessages } from '../../text/messages/messages-context';
import { CompareSection } from '../compare/compare-section';
import type { PinReading } from '../compare/pin';
import { WhatIfSection } from '../what-if/what-if-section';

/**
 * "Utforsk andre svar": the tools for exploring, after the record: the comparison with a pinned
 * result (printed, as part of the record, when there is one), what other answers would change, and
 * the assessment as of another date.
 */
export function ExploreSection({
  journey,
  pin,
  recommendation,
}: {
  journey: Journey;
  pin: PinReading;
  recommendation: Recommendation;
}) {
  const m = useMessages();
  return (
    <section className="explore" aria-labelledby="explore-heading">
      <h2 className="ds-heading no-print" data-size="md" id="explore-heading">
        {m.result.exploreHeading}
      </h2>
      <p className="ds-paragraph no-print">{m.result.exploreIntro}</p>
      <CompareSection journey={journey} pin={pin} recommendation={recommendation} />
      <WhatIfSection journey={journey} pin={pin} />
      <AssessmentDateForm journey={journey} step="result" headingLevel={3} />
    </section>
  );
}
