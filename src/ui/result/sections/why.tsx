import { answeredOnPath, answerText } from '../../text/answer-text';
import { useMessages, useText } from '../../text/messages/messages-context';
import type { ResultSectionProps } from './section-props';

/** "Hvorfor": the rule behind the recommendation, and the answers that led here. */
export function WhySection({ journey, recommendation }: ResultSectionProps) {
  const m = useMessages();
  const text = useText();
  const { evaluation, rules } = journey;
  const answered = answeredOnPath(rules, evaluation.path, evaluation.answers);
  return (
    <section aria-labelledby="why-heading">
      <h2 className="ds-heading" data-size="md" id="why-heading">
        {m.result.whyHeading}
      </h2>
      <p className="ds-paragraph">{text(recommendation.why)}</p>
      <h3 className="ds-heading" data-size="2xs">
        {m.result.answersLedHere}
      </h3>
      <ul className="ds-list answers-summary">
        {answered.map(({ question, value }) => (
          <li key={question.id}>
            {text(question.summaryLabel)}: <strong>{answerText(question, value, text, m.locale)}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
