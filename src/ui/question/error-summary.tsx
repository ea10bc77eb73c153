import type { Ref } from 'react';
import { useMessages } from '../text/messages/messages-context';

export type FieldError = { fieldId: string; message: string };

/**
 * "Dette må rettes" at the top of the form: it takes focus when shown (the caller focuses the ref) and
 * each message links to its field. A click focuses the field itself rather than changing the URL.
 */
export function ErrorSummary({ errors, ref }: { errors: readonly FieldError[]; ref?: Ref<HTMLDivElement> }) {
  const m = useMessages();
  return (
    <div className="ds-error-summary" ref={ref} tabIndex={-1}>
      <h2 className="ds-heading" data-size="xs">
        {m.errorSummary.heading}
      </h2>
      <ul className="ds-list">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              className="ds-link"
              href={`#${error.fieldId}`}
              onClick={(event) => {
                const field = document.getElementById(error.fieldId);
                if (!field) return;
                event.preventDefault();
                field.focus();
                field.closest('fieldset')?.scrollIntoView?.({ block: 'start' });
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
