import type { Ref } from 'react';
import type { Recommendation } from '../../../domain/recommendation';
import type { Journey } from '../../links/journey';
import { NarrowFold } from '../../shell/narrow-fold';
import { chosenDateText } from '../../text/assessment-text';
import { BreakableUrl } from '../../text/breakable-url';
import { FirstSentenceInPrint } from '../../text/first-sentence';
import { useMessages, useText } from '../../text/messages/messages-context';
import { AssessedUnder } from './assessed-under';

/**
 * The top of a result: the recommended form as the page heading, its summary, the assessment date and
 * rules version, and the link that reopens it (printed only). The buttons to print and share follow
 * the essentials (./share-bar.tsx).
 */
export function ResultHeader({
  journey,
  recommendation,
  title,
  heading,
  link,
}: {
  journey: Journey;
  recommendation: Recommendation;
  title: string;
  heading: Ref<HTMLHeadingElement>;
  /** The full link that reopens this result. */
  link: string;
}) {
  const m = useMessages();
  const text = useText();
  const { evaluation } = journey;
  const chosenDate = chosenDateText(evaluation, journey.today, m);
  return (
    <header className="result-header">
      <h1 className="ds-heading" data-size="md" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <NarrowFold summary={m.result.aboutTheForm}>
        <p className="ds-paragraph lead" data-size="md">
          <FirstSentenceInPrint text={text(recommendation.primaryForm.summary)} />
        </p>
      </NarrowFold>
      <p className="ds-paragraph assessed" data-size="sm">
        <AssessedUnder recommendation={recommendation} />
        {chosenDate && `. ${chosenDate}`}
      </p>
      <p className="ds-paragraph print-only record-link" data-size="sm">
        {m.share.linkLabel}:{' '}
        <a href={link}>
          <BreakableUrl url={link} />
        </a>
      </p>
    </header>
  );
}
