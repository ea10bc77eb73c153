import type { Recommendation } from '../../../domain/recommendation';
import { useMessages } from '../../text/messages/messages-context';
import { AssessedUnder } from './assessed-under';

/** Guidance, not a legal assessment: the disclaimer, and on screen the assessment date and rules version. */
export function DisclaimerSection({ recommendation }: { recommendation: Recommendation }) {
  const m = useMessages();
  return (
    <section className="ds-alert disclaimer" data-color="info" aria-labelledby="disclaimer-heading">
      <h2 className="ds-heading" data-size="xs" id="disclaimer-heading">
        {m.result.disclaimerHeading}
      </h2>
      <p className="ds-paragraph">{m.result.disclaimer}</p>
      {/* The printout says it at the top already. */}
      <p className="ds-paragraph no-print">
        <AssessedUnder recommendation={recommendation} />.
      </p>
    </section>
  );
}
