import { useRef } from 'react';
import { usePageTitleAndFocus } from '../shell/page-focus';
import { useMessages } from '../text/messages/messages-context';

/**
 * The rules could not be used (a RulesError), or the code or rules could not be downloaded (`network`):
 * say which plainly, never show a guess. The retry link is the current address, loaded afresh, so the
 * answers in it are kept.
 */
export function RulesErrorPage({
  retryHref,
  cause = 'rules',
}: {
  retryHref: string;
  cause?: 'rules' | 'network';
}) {
  const m = useMessages();
  const heading = useRef<HTMLHeadingElement>(null);
  const words = cause === 'network' ? m.networkError : m.rulesError;
  usePageTitleAndFocus(words.title, heading);
  return (
    <div className="page page--error">
      <h1 className="ds-heading" data-size="lg" ref={heading} tabIndex={-1}>
        {words.heading}
      </h1>
      <p className="ds-paragraph">{words.body}</p>
      <p className="ds-paragraph">{words.later}</p>
      <a className="ds-button" data-variant="primary" href={retryHref}>
        {m.rulesError.retry}
      </a>
    </div>
  );
}
