import type { Recommendation } from '../../../domain/recommendation';
import { useMessages, useText } from '../../text/messages/messages-context';

/**
 * The other collaboration forms considered and why not; nothing when there are none. In print the
 * names only: the record says which were considered, and the link reopens why not.
 */
export function OtherFormsSection({ recommendation }: { recommendation: Recommendation }) {
  const m = useMessages();
  const text = useText();
  if (recommendation.alternatives.length === 0) return null;
  return (
    <section aria-labelledby="alternatives-heading">
      <h2 className="ds-heading" data-size="md" id="alternatives-heading">
        {m.result.alternativesHeading}
      </h2>
      <ul className="alternative-list">
        {recommendation.alternatives.map(({ form, whyNot }) => (
          <li key={form.id}>
            <h3 className="ds-heading" data-size="xs">
              {text(form.name)}
            </h3>
            <p className="ds-paragraph no-print">{text(form.summary)}</p>
            <p className="ds-paragraph no-print">
              <strong>{m.result.whyNot}:</strong> {text(whyNot)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
