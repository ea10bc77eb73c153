import type { Recommendation } from '../../../domain/recommendation';
import type { Journey } from '../../links/journey';
import { useMessages, useText } from '../../text/messages/messages-context';
import { comparisonWithPin } from '../compare/compare-section';
import type { PinReading } from '../compare/pin';
import { ShareActions } from '../share/share-actions';
import { shareText } from '../share/share-text';

/**
 * The buttons to print the result and to copy its link or a plain-text summary (with the comparison,
 * when a result is pinned), right after what the officer must do.
 */
export function ShareBar({
  journey,
  pin,
  recommendation,
  link,
}: {
  journey: Journey;
  pin: PinReading;
  recommendation: Recommendation;
  link: string;
}) {
  const m = useMessages();
  const text = useText();
  const { evaluation, rules } = journey;
  return (
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
  );
}
