import { startTransition, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
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
  const { evaluation } = journey;
  const title = m.result.heading(text(recommendation.primaryForm.name));
  usePageTitleAndFocus(title, heading);
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

      {/* Below the first screen: drawn a stage at a time just after the top. */}
      <LaterSections journey={journey} recommendation={recommendation} />
    </div>
  );
}

/**
 * The page below the first screen, a section at a time (useStagesShown). Its own component, so drawing
 * a section draws nothing above it again.
 */
function LaterSections({ journey, recommendation }: { journey: Journey; recommendation: Recommendation }) {
  const { rules } = journey;
  const sections = [
    <ProcurementRulesSection key="rules" journey={journey} recommendation={recommendation} />,
    <ExamplesSection key="examples" recommendation={recommendation} rules={rules} />,
    <FundingSection key="funding" journey={journey} recommendation={recommendation} />,
    <OtherFormsSection key="other-forms" recommendation={recommendation} />,
    <NextStepsSection key="next-steps" recommendation={recommendation} />,
    <YourAnswersSection key="answers" journey={journey} />,
    <SourcesSection key="sources" journey={journey} recommendation={recommendation} />,
    <DisclaimerSection key="disclaimer" recommendation={recommendation} />,
  ];
  const shown = useStagesShown(sections.length);
  return (
    <>
      {sections.slice(0, shown)}
      {shown < sections.length && <div className="result-pending" aria-busy="true" />}
    </>
  );
}

/**
 * The recommendation, why and the share buttons are drawn first; the rest of the page (some 400
 * elements) follows a section at a time, each a transition of its own, started only after the browser
 * has painted the one before. Drawn at once, the browser styled and laid out all of it in one task of
 * 50-90 ms (four times that on a slow phone), long enough to hold up a tap; started without waiting for
 * a paint, the sections were still styled together in one such task (docs/adr/0004).
 * Until the last section a placeholder keeps the footer out of view (no layout shift) and says the page
 * is still coming (aria-busy). Before printing, every section is drawn at once.
 */
function useStagesShown(stages: number): number {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown >= stages) return;
    // The next frame has painted this stage; the timer then starts the next one after that paint.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown((value) => value + 1)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown, stages]);
  useEffect(() => {
    // Synchronously, so the printout has the whole page even when printed at once.
    const all = () => flushSync(() => setShown(stages));
    window.addEventListener('beforeprint', all);
    return () => window.removeEventListener('beforeprint', all);
  }, [stages]);
  return shown;
}
