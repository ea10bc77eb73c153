import { startTransition, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Recommendation } from '../../domain/recommendation';
import { BackLink } from '../links/back-link';
import { type Journey, resultBackHref } from '../links/journey';
import { usePageTitleAndFocus } from '../shell/page-focus';
import { useMessages, useText } from '../text/messages/messages-context';
import type { PinReading } from './compare/pin';
import { ResultContents } from './sections/contents';
import { DisclaimerSection } from './sections/disclaimer';
import { ExamplesSection } from './sections/examples';
import { ExploreSection } from './sections/explore';
import { FundingSection } from './sections/funding';
import { MustDoSection } from './sections/must-do';
import { NextStepsSection } from './sections/next-steps';
import { OtherFormsSection } from './sections/other-forms';
import { ProcurementRulesSection } from './sections/procurement-rules';
import { ResultHeader } from './sections/result-header';
import type { ResultWithPinProps } from './sections/section-props';
import { ShareBar } from './sections/share-bar';
import { SourcesSection } from './sections/sources';
import { AnswersLedHere, WhySection } from './sections/why';
import { YourAnswersSection } from './sections/your-answers';
import { recordHref } from './share/share-text';

/**
 * The recommendation in the order of the officer's work: the recommended form and why, what the
 * procurement rules ask for this value ("Dette må dere gjøre"), the next steps as a checklist, and the
 * buttons to print it and to copy its link or a plain-text summary; then examples and funding, the
 * rules in detail with the thresholds and their sources, the other forms considered, and the answers
 * with "Endre"; then the tools for exploring (comparison, what-if, another assessment date) as one
 * section; sources and the disclaimer last. A contents list sits beside the heading on a wide screen
 * and folds under it on a narrow one. Each part is a section component (./sections/, ./compare/,
 * ./what-if/); this page only puts them in order.
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
        recommendation={recommendation}
        title={title}
        heading={heading}
        link={link}
      />
      <ResultContents recommendation={recommendation} />
      <div className="result-essentials">
        <WhySection recommendation={recommendation} />
        <MustDoSection journey={journey} recommendation={recommendation} />
        <NextStepsSection recommendation={recommendation} />
      </div>
      <AnswersLedHere journey={journey} />
      <ShareBar journey={journey} pin={pin} recommendation={recommendation} link={link} />

      {/* Below the first screen: drawn a stage at a time just after the top. */}
      <LaterSections journey={journey} pin={pin} recommendation={recommendation} />
    </div>
  );
}

/**
 * The page below the first screen, a section at a time (useStagesShown). Its own component, so drawing
 * a section draws nothing above it again.
 */
function LaterSections({ journey, pin, recommendation }: ResultWithPinProps) {
  const { rules } = journey;
  const sections = [
    <ExamplesSection key="examples" recommendation={recommendation} rules={rules} />,
    <FundingSection key="funding" journey={journey} recommendation={recommendation} />,
    <ProcurementRulesSection key="rules" journey={journey} recommendation={recommendation} />,
    <OtherFormsSection key="other-forms" recommendation={recommendation} />,
    <YourAnswersSection key="answers" journey={journey} />,
    <ExploreSection key="explore" journey={journey} pin={pin} recommendation={recommendation} />,
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
