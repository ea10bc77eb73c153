import { AssessmentDateForm } from '../../links/assessment-date-form';
import { useMessages } from '../../text/messages/messages-context';
import { CompareSection } from '../compare/compare-section';
import { WhatIfSection } from '../what-if/what-if-section';
import type { ResultWithPinProps } from './section-props';

/**
 * "Utforsk andre svar": the tools for exploring, after the record: the comparison with a pinned
 * result (printed, as part of the record, when there is one), what other answers would change, and
 * the assessment as of another date.
 */
export function ExploreSection({ journey, pin, recommendation }: ResultWithPinProps) {
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
