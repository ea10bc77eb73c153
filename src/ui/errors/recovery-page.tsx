import { useRef } from 'react';
import { usePageTitleAndFocus } from '../shell/page-focus';
import { useMessages } from '../text/messages/messages-context';

/**
 * A page failed to render. The answers live in the link, so nothing is lost: offer to try again (the
 * same address), to start again, and show the link so it can be kept.
 */
export function RecoveryPage({ retryHref, startHref }: { retryHref: string; startHref: string }) {
  const m = useMessages();
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitleAndFocus(m.recovery.title, heading);
  const absolute = typeof window === 'undefined' ? retryHref : new URL(retryHref, window.location.href).href;
  return (
    <div className="page page--error">
      <h1 className="ds-heading" data-size="lg" ref={heading} tabIndex={-1}>
        {m.recovery.heading}
      </h1>
      <p className="ds-paragraph">{m.recovery.body}</p>
      <div className="ds-field">
        <label className="ds-label" htmlFor="recovery-link">
          {m.recovery.linkLabel}
        </label>
        <input className="ds-input" id="recovery-link" readOnly value={absolute} />
      </div>
      <p className="button-row">
        <a className="ds-button" data-variant="primary" href={retryHref}>
          {m.recovery.retry}
        </a>{' '}
        <a className="ds-button" data-variant="secondary" href={startHref}>
          {m.recovery.startAgain}
        </a>
      </p>
    </div>
  );
}
