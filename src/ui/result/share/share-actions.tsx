import { useMachine } from '@xstate/react';
import { useId } from 'react';
import { useMessages } from '../../text/messages/messages-context';
import { FeedbackLink } from '../feedback/feedback-link';
import { type CopyWhat, copyFeedbackMachine } from './copy-feedback-machine';

/**
 * "Skriv ut eller lagre som PDF", "Kopier lenke" and "Kopier som tekst" on the result. The outcome of a
 * copy is said in a status region that screen readers announce; when the browser will not let us copy,
 * the link or text is offered in a read-only field to copy by hand. None of it is printed.
 */
export function ShareActions({ link, buildText }: { link: string; buildText: () => string }) {
  const m = useMessages();
  const fieldId = useId();
  const [snapshot, send] = useMachine(copyFeedbackMachine);
  const { what, content } = snapshot.context;
  const copied = snapshot.matches('copied');
  const failed = snapshot.matches('failed');

  const status: Record<CopyWhat, { copied: string; failed: string }> = {
    link: { copied: m.share.linkCopied, failed: m.share.linkNotCopied },
    text: { copied: m.share.textCopied, failed: m.share.textNotCopied },
  };
  const message = what && (copied || failed) ? status[what][copied ? 'copied' : 'failed'] : '';

  return (
    <div className="share-actions no-print">
      <div className="share-actions__buttons">
        <button type="button" className="ds-button" data-variant="secondary" onClick={() => window.print()}>
          {m.result.print}
        </button>
        <button
          type="button"
          className="ds-button"
          data-variant="secondary"
          onClick={() => send({ type: 'copy', what: 'link', content: link })}
        >
          {m.share.copyLink}
        </button>
        <button
          type="button"
          className="ds-button"
          data-variant="secondary"
          onClick={() => send({ type: 'copy', what: 'text', content: buildText() })}
        >
          {m.share.copyText}
        </button>
        <FeedbackLink link={link} />
      </div>
      {/* Always in the page, so the announcement is heard when its text changes. */}
      <p
        role="status"
        className={message ? 'share-actions__status ds-validation-message' : 'share-actions__status'}
        data-color={failed ? 'warning' : 'success'}
      >
        {message}
      </p>
      {failed && what && (
        <div className="ds-field share-actions__manual">
          <label className="ds-label" htmlFor={fieldId}>
            {what === 'link' ? m.share.linkLabel : m.share.textLabel}
          </label>
          {what === 'link' ? (
            <input
              id={fieldId}
              className="ds-input"
              type="text"
              readOnly
              value={content}
              onFocus={(event) => event.currentTarget.select()}
            />
          ) : (
            <textarea
              id={fieldId}
              className="ds-input"
              readOnly
              rows={8}
              value={content}
              onFocus={(event) => event.currentTarget.select()}
            />
          )}
          <button
            type="button"
            className="ds-button"
            data-variant="tertiary"
            data-size="sm"
            onClick={() => send({ type: 'dismiss' })}
          >
            {m.share.hideField}
          </button>
        </div>
      )}
    </div>
  );
}
