import { NarrowFold } from '../../shell/narrow-fold';
import { answeredOnPath, answerText } from '../../text/answer-text';
import { useMessages, useText } from '../../text/messages/messages-context';
import type { ResultSectionProps } from './section-props';

/** "Hvorfor": the rule behind the recommendation, worded from the regime that applies. */
export function WhySection({ recommendation }: Pick<ResultSectionProps, 'recommendation'>) {
  const m = useMessages();
  const text = useText();
  return (
    <section className="why" aria-labelledby="why-heading">
      <h2 className="ds-heading" data-size="sm" id="why-heading">
        {m.result.whyHeading}
      </h2>
      <NarrowFold summary={m.result.readTheReasoning}>
        <p className="ds-paragraph">{text(recommendation.why)}</p>
      </NarrowFold>
    </section>
  );
}

/**
 * The answers that led here, folded after the next steps (open in print, where they are the record's
 * list of answers; find in page opens the fold). "Dine svar" further down has them with "Endre".
 */
export function AnswersLedHere({ journey }: { journey: ResultSectionProps['journey'] }) {
  const m = useMessages();
  const text = useText();
  const { evaluation, rules } = journey;
  const answered = answeredOnPath(rules, evaluation.path, evaluation.answers);
  return (
    <details className="ds-details fold answers-fold">
      <summary>{m.result.answersLedHere}</summary>
      <div>
        <ul className="ds-list answers-summary">
          {answered.map(({ question, value }) => (
            <li key={question.id}>
              {text(question.summaryLabel)}: <strong>{answerText(question, value, text, m.locale)}</strong>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
