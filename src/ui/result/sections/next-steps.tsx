import type { Recommendation } from '../../../domain/recommendation';
import { useMessages, useText } from '../../text/messages/messages-context';

/** "Neste steg": what to do next with the recommended form, in order. */
export function NextStepsSection({ recommendation }: { recommendation: Recommendation }) {
  const m = useMessages();
  const text = useText();
  return (
    <section aria-labelledby="next-steps-heading">
      <h2 className="ds-heading" data-size="md" id="next-steps-heading">
        {m.result.nextStepsHeading}
      </h2>
      <ol className="ds-list">
        {recommendation.nextSteps.map((step) => (
          <li key={text(step)}>{text(step)}</li>
        ))}
      </ol>
    </section>
  );
}
