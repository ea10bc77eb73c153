import type { Ref } from 'react';
import type { Recommendation } from '../../../domain/recommendation';
import type { Journey } from '../../links/journey';
import { chosenDateText } from '../../text/assessment-text';
import { BreakableUrl } from '../../text/breakable-url';
import { useMessages, useText } from '../../text/messages/messages-context';
import { comparisonWithPin } from '../compare/compare-section';
import type { PinReading } from '../compare/pin';
import { ShareActions } from '../share/share-actions';
import { shareText } from '../share/share-text';
import { AssessedUnder } from './assessed-under';

/**
 * The top of a result: the recommended form as the page heading, its summary, the assessment date and
 * rules version, the link that reopens it (printed only), and the buttons to print it and copy its link
 * or a plain-text summary (with the comparison, when a result is pinned).
 */
export function ResultHeader({
  journey,
  pin,
  recommendation,
  title,
  heading,
  link,
}: {
  journey: Journey;
  pin: PinReading;
  recommendation: Recommendation;
  title: string;
  heading: Ref<HTMLHeadingElement>;
  /** The full link that reopens this result. */
  link: string;
}) {
  const m = useMessages();
  const text = useText();
  const { evaluation, rules } = journey;
  const chosenDate = chosenDateText(evaluation, journey.today, m);
  return (
    <header className="result-header">
      <h1 className="ds-heading" data-size="lg" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p className="ds-paragraph lead" data-size="lg">
        {text(recommendation.primaryForm.summary)}
      </p>
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
      <ShareActions
        link={link}
        buildText={() =>
          shareText({
            evaluation,
            recommendation,
            rules,
            link,
            messages: m,
            text,
            today: journey.today,
            comparison: comparisonWithPin(journey, pin, recommendation, m, text),
          })
        }
      />
    </header>
  );
}
