import { useRef } from 'react';
import { AppLink } from '../links/navigation';
import { usePageTitleAndFocus } from '../shell/page-focus';
import { useMessages } from '../text/messages/messages-context';

/** What the guide decides, for whom, what to have at hand, how long it takes, and one start button. */
export function StartPage({ startHref }: { startHref: string }) {
  const m = useMessages();
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitleAndFocus(m.start.heading, heading);
  return (
    <div className="page page--start">
      <h1 className="ds-heading" data-size="xl" ref={heading} tabIndex={-1}>
        {m.start.heading}
      </h1>
      <p className="ds-paragraph lead" data-size="lg">
        {m.start.lead}
      </p>
      <p className="ds-paragraph">{m.start.forWhom}</p>

      <h2 className="ds-heading" data-size="sm">
        {m.start.youGetHeading}
      </h2>
      <ul className="ds-list">
        {m.start.youGet.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <h2 className="ds-heading" data-size="sm">
        {m.start.needHeading}
      </h2>
      <ul className="ds-list">
        {m.start.need.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <p className="ds-paragraph">{m.start.duration}</p>

      <AppLink href={startHref} className="ds-button start-button" data-variant="primary" data-size="lg">
        {m.start.startButton}
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M13.47 5.47a.75.75 0 0 1 1.06 0l6 6a.75.75 0 0 1 0 1.06l-6 6a.75.75 0 1 1-1.06-1.06l4.72-4.72H4a.75.75 0 0 1 0-1.5h14.19l-4.72-4.72a.75.75 0 0 1 0-1.06"
          />
        </svg>
      </AppLink>

      <div className="start-notes">
        <p className="ds-paragraph" data-size="sm">
          {m.start.sourceNote}
        </p>
        <p className="ds-paragraph" data-size="sm">
          {m.start.privacyNote}
        </p>
      </div>
    </div>
  );
}
