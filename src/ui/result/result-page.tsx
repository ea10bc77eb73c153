import { useDeferredValue, useRef } from 'react';
import type { Recommendation } from '../../domain/recommendation';
import { BackLink } from '../links/back-link';
import { type Journey, resultBackHref } from '../links/journey';
import { usePageTitleAndFocus } from '../shell/page-focus';
import { useMessages, useText } from '../text/messages/messages-context';
import { CompareSection } from './compare/compare-section';
import type { PinReading } from './compare/pin';
import { DisclaimerSection } from './sections/disclaimer';
import { ExamplesSection } from './sections/examples';
import { FundingSection } from './sections/funding';
import { NextStepsSection } from './sections/next-steps';
import { OtherFormsSection } from './sections/other-forms';
import { ProcurementRulesSection } from './sections/procurement-rules';
import { ResultHeader } from './sections/result-header';
import { SourcesSection } from './sections/sources';
import { WhySection } from './sections/why';
import { YourAnswersSection } from './sections/your-answers';
import { recordHref } from './share/share-text';
import { WhatIfSection } from './what-if/what-if-section';

/**
 * The recommendation and everything that explains it: why (the answers and the rule), the procurement
 * rules with the thresholds applied and a picture of where the amount falls, examples, funding, the
 * other forms considered, next steps, the answers with "Endre", sources, and the assessment date and
 * rules version; buttons to print it and to copy its link or a plain-text summary. Each part is a
 * section component (./sections/, ./compare/, ./what-if/); this page only puts them in order.
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
  const title = m.result.heading(text(recommendation.primaryForm.name));
  usePageTitleAndFocus(title, heading);
  // The recommendation, why and the share buttons are drawn first; the rest of the page (some 400
  // elements) in a deferred render React does straight after, in slices, so the first screen is not
  // held up on a slow phone. Until then a placeholder keeps the footer out of view (no layout shift).
  const full = useDeferredValue(true, false);
  const link = `${window.location.origin}${recordHref(journey.base, evaluation, recommendation.rulesVersion)}`;

  return (
    <div className="page page--result">
      <div className="no-print">
        <BackLink href={resultBackHref(journey)} />
      </div>
      <ResultHeader
        journey={journey}
        pin={pin}
        recommendation={recommendation}
        title={title}
        heading={heading}
        link={link}
      />
      <CompareSection journey={journey} pin={pin} recommendation={recommendation} />
      <WhySection journey={journey} recommendation={recommendation} />
      <WhatIfSection journey={journey} pin={pin} />

      {/* Below the first screen: drawn in a deferred render just after the top (see `full`). */}
      {full ? (
        <>
          <ProcurementRulesSection journey={journey} recommendation={recommendation} />
          <ExamplesSection recommendation={recommendation} rules={rules} />
          <FundingSection journey={journey} recommendation={recommendation} />
          <OtherFormsSection recommendation={recommendation} />
          <NextStepsSection recommendation={recommendation} />
          <YourAnswersSection journey={journey} />
          <SourcesSection journey={journey} recommendation={recommendation} />
          <DisclaimerSection recommendation={recommendation} />
        </>
      ) : (
        <div className="result-pending" aria-busy="true" />
      )}
    </div>
  );
}
