import type { Journey } from '../../links/journey';
import { AnswersList } from '../../question/answers-list';
import { useMessages } from '../../text/messages/messages-context';

/**
 * "Dine svar" with "Endre" for each, on screen only: in print the answers are listed once, under
 * "Svarene som ledet hit".
 */
export function YourAnswersSection({ journey }: { journey: Journey }) {
  const m = useMessages();
  return (
    <section className="no-print" aria-labelledby="answers-heading">
      <h2 className="ds-heading" data-size="md" id="answers-heading">
        {m.answers.heading}
      </h2>
      <AnswersList journey={journey} />
    </section>
  );
}
