import { useRef } from 'react';
import { useMessages } from '../messages/messages-context';
import { usePageTitleAndFocus } from '../page-focus';

/**
 * The rules could not be loaded (a RulesError): say so plainly, never show a guess. The retry link is
 * the current address, so the answers in it are kept.
 */
export function RulesErrorPage({ retryHref }: { retryHref: string }) {
  const m = useMessages();
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitleAndFocus(m.rulesError.title, heading);
  return (
    <div className="page page--error">
      <h1 className="ds-heading" data-size="lg" ref={heading} tabIndex={-1}>
        {m.rulesError.heading}
      </h1>
      <p className="ds-paragraph">{m.rulesError.body}</p>
      <p className="ds-paragraph">{m.rulesError.later}</p>
      <a className="ds-button" data-variant="primary" href={retryHref}>
        {m.rulesError.retry}
      </a>
    </div>
  );
}
