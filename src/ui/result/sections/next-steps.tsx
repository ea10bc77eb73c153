import type { Recommendation } from '../../../domain/recommendation';
import { useMessages, useText } from '../../text/messages/messages-context';

/**
 * "Neste steg": what to do next with the recommended form, in order, as a checklist: each step has an
 * empty box to tick on the printout for the case file (drawn, not a form field, since nothing on the
 * page is stored).
 */
export function NextStepsSection({ recommendation }: { recommendation: Recommendation }) {
  const m = useMessages();
  const text = useText();
  return (
    <section className="next-steps" aria-labelledby="next-steps-heading">
      <h2 className="ds-heading" data-size="sm" id="next-steps-heading">
        {m.result.nextStepsHeading}
      </h2>
      <ol className="checklist">
        {recommendation.nextSteps.map((step) => (
          <li key={text(step)}>{text(step)}</li>
        ))}
      </ol>
      <p className="ds-paragraph" data-size="sm">
        {m.result.nextStepsIntro}
      </p>
    </section>
  );
}
