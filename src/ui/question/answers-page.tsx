import { useRef } from 'react';
import { BackLink } from '../links/back-link';
import { positionHref, type QuestionJourney } from '../links/journey';
import { AppLink } from '../links/navigation';
import { usePageTitleAndFocus } from '../shell/page-focus';
import { useMessages } from '../text/messages/messages-context';
import { AnswersList } from './answers-list';

/** "Dine svar" on its own page (step=answers): every answer with "Endre", and the way on. */
export function AnswersPage({ journey }: { journey: QuestionJourney }) {
  const m = useMessages();
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitleAndFocus(m.answers.heading, heading);
  const atOutcome = journey.evaluation.position.kind === 'outcome';
  const hasAnswers = Object.keys(journey.evaluation.answers).length > 0;
  const onward = positionHref(journey);
  return (
    <div className="page page--answers">
      <BackLink href={onward} />
      <h1 className="ds-heading" data-size="lg" ref={heading} tabIndex={-1}>
        {m.answers.heading}
      </h1>
      <AnswersList journey={journey} />
      <AppLink href={onward} className="ds-button" data-variant="primary">
        {atOutcome ? m.answers.toResult : hasAnswers ? m.answers.toQuestions : m.answers.startLink}
      </AppLink>
    </div>
  );
}
