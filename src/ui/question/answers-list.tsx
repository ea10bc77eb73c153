import { changeHref, type QuestionJourney } from '../links/journey';
import { AppLink } from '../links/navigation';
import { answeredOnPath, answerText } from '../text/answer-text';
import { useMessages, useText } from '../text/messages/messages-context';

/**
 * "Dine svar": every answer on the path with an "Endre" link. The link's accessible name carries the
 * question ("Endre Virksomhet"), the visible text is just "Endre".
 */
export function AnswersList({ journey }: { journey: QuestionJourney }) {
  const m = useMessages();
  const text = useText();
  const { path, answers } = journey.evaluation;
  const answered = answeredOnPath(journey.rules, path, answers);
  if (answered.length === 0) return <p className="ds-paragraph">{m.answers.none}</p>;
  return (
    <dl className="answers-list">
      {answered.map(({ question, value }) => {
        const label = text(question.summaryLabel);
        return (
          <div className="answers-list__row" key={question.id}>
            <dt>{label}</dt>
            <dd className="answers-list__answer">{answerText(question, value, text, m.locale)}</dd>
            <dd className="answers-list__change">
              <AppLink href={changeHref(journey, question.id)} className="ds-link">
                {m.answers.change} <span className="ds-sr-only">{m.answers.changeHidden(label)}</span>
              </AppLink>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
