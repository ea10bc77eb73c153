import {
  type Dispatch,
  type RefObject,
  type SetStateAction,
  startTransition,
  useEffect,
  useRef,
  useState,
} from 'react';
import { flushSync } from 'react-dom';
import type { Recommendation } from '../../domain/recommendation';
import { BackLink } from '../links/back-link';
import { type Journey, resultBackHref } from '../links/journey';
import { namedPlace, usePageTitleAndFocus } from '../shell/page-focus';
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
import { whenWholeResultWanted } from './show-whole-result';

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
  const second = useSecondFrame();
  // Whether the lower part is wanted: held here, so a scroll or key before it is mounted counts too.
  const [lowerWanted, setLowerWanted] = useState(wantedAtOnce);
  useFirstInteraction(lowerWanted, setLowerWanted);
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
      {second.drawn ? (
        <>
          <div className="result-essentials">
            <WhySection recommendation={recommendation} />
            <MustDoSection journey={journey} recommendation={recommendation} />
            <NextStepsSection recommendation={recommendation} />
          </div>
          <AnswersLedHere journey={journey} />
          <ShareBar journey={journey} pin={pin} recommendation={recommendation} link={link} />

          {/* Below the first screen: drawn when needed, a stage at a time. */}
          <LaterSections
            journey={journey}
            pin={pin}
            recommendation={recommendation}
            allAtOnce={second.allAtOnce}
            wanted={lowerWanted}
            setWanted={setLowerWanted}
          />
        </>
      ) : (
        <div className="result-pending" aria-busy="true" />
      )}
    </div>
  );
}

/**
 * The recommendation (the h1, its description, the contents list) is drawn and painted first, and the
 * rest of the first screen (why, "Dette må dere gjøre", the next steps, the share buttons) in the frame
 * after: drawn together, the browser styled and laid out all of it in one task of some 60 ms after the
 * drawing, the longest of a page opened from a link (four times that on a slow phone; docs/adr/0004).
 * A placeholder, marked busy, keeps the footer out of view meanwhile. Before printing, or when the
 * contents list follows a link, all of it is drawn at once, synchronously, and `allAtOnce` tells the
 * lower part to draw itself whole as it mounts (its own listeners are not there yet).
 */
function useSecondFrame(): { drawn: boolean; allAtOnce: boolean } {
  // An address naming a place on the page: all of it in the first drawing, so that place can be shown.
  const [second, setSecond] = useState(() => {
    const atPlace = placeNamed() !== null;
    return { drawn: atPlace, allAtOnce: atPlace };
  });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(
        () =>
          startTransition(() => setSecond((now) => (now.drawn ? now : { drawn: true, allAtOnce: false }))),
        0,
      );
    });
    const stop = whenWholeResultWanted(() =>
      flushSync(() => setSecond((now) => (now.drawn ? now : { drawn: true, allAtOnce: true }))),
    );
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      stop();
    };
  }, []);
  return second;
}

/**
 * The page below the first screen, a section at a time (useStagesShown), once it is needed
 * (useFirstInteraction in ResultPage, useNearView here). Its own component, so drawing a section draws nothing above it again.
 */
function LaterSections({
  journey,
  pin,
  recommendation,
  allAtOnce,
  wanted,
  setWanted,
}: ResultWithPinProps & {
  allAtOnce: boolean;
  wanted: boolean;
  setWanted: (wanted: boolean) => void;
}) {
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
  const placeholder = useRef<HTMLDivElement>(null);
  // Printing, the contents list, or an address naming a place on the page: the whole page at once
  // (usePageTitleAndFocus shows the place).
  const [shown, setShown] = useState(() => (allAtOnce || placeNamed() ? sections.length : 0));
  useNearView(placeholder, wanted, setWanted);
  useStagesShown(sections.length, wanted, shown, setShown);
  const drawing = wanted && shown < sections.length;
  return (
    <>
      {sections.slice(0, shown)}
      {shown < sections.length && (
        <div
          ref={placeholder}
          className="result-pending"
          data-later={wanted ? 'drawing' : 'waiting'}
          aria-busy={drawing ? true : undefined}
        />
      )}
    </>
  );
}

/**
 * Without IntersectionObserver (an old browser, or the jsdom of the interface tests) there is no
 * telling when the lower part comes near, so it is drawn at once; likewise when the address names a
 * place on the page (a reload after following the contents list).
 */
function wantedAtOnce(): boolean {
  return typeof IntersectionObserver === 'undefined' || placeNamed() !== null;
}

/** The id the address's fragment names, if any. */
function placeNamed(): string | null {
  return namedPlace(window.location.hash);
}

/**
 * What a phone would spend drawing the page below the first screen is not spent until it is needed
 * (issue 13): the sections, what-if worked out for every answer, and their style and layout are some
 * 500 elements and most of the page's main-thread work. They are drawn as soon as the placeholder
 * comes within a screen's height of view, or the reader does anything at all: scrolls, touches,
 * clicks or presses a key (so Tab, find in page and a screen reader's moves all find them drawn), and
 * at once before printing or when the contents list follows a link into them.
 */
function useFirstInteraction(wanted: boolean, setWanted: (wanted: boolean) => void): void {
  useEffect(() => {
    if (wanted) return;
    const events = ['scroll', 'wheel', 'keydown', 'pointerdown', 'touchstart'] as const;
    const stop = () => {
      for (const type of events) window.removeEventListener(type, want, true);
    };
    function want() {
      stop();
      startTransition(() => setWanted(true));
    }
    for (const type of events) window.addEventListener(type, want, { capture: true, passive: true });
    return stop;
  }, [wanted, setWanted]);
}

/** The other way in: the placeholder comes within a screen's height of view. */
function useNearView(
  placeholder: RefObject<HTMLDivElement | null>,
  wanted: boolean,
  setWanted: (wanted: boolean) => void,
): void {
  useEffect(() => {
    const target = placeholder.current;
    if (wanted || !target) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        startTransition(() => setWanted(true));
      },
      { rootMargin: '0px 0px 100% 0px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [wanted, placeholder, setWanted]);
}

/**
 * Once wanted, the sections are drawn one at a time, each a transition of its own, started only after
 * the browser has painted the one before. Drawn at once, the browser styled and laid out all of it in
 * one task of 50-90 ms (four times that on a slow phone), long enough to hold up a tap; started without
 * waiting for a paint, the sections were still styled together in one such task (docs/adr/0004).
 * Until the last section a placeholder keeps the footer out of view (no layout shift) and, while the
 * sections are being drawn, says the page is still coming (aria-busy). Before printing, and when the
 * contents list asks (whenWholeResultWanted), every section is drawn at once.
 */
function useStagesShown(
  stages: number,
  wanted: boolean,
  shown: number,
  setShown: Dispatch<SetStateAction<number>>,
): void {
  useEffect(() => {
    if (!wanted || shown >= stages) return;
    // The next frame has painted this stage; the timer then starts the next one after that paint.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown((value) => value + 1)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [wanted, shown, stages, setShown]);
  // Synchronously, so the printout has the whole page even when printed at once, and a link into the
  // lower part finds its heading.
  useEffect(() => whenWholeResultWanted(() => flushSync(() => setShown(stages))), [stages, setShown]);
}
