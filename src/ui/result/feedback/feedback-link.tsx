import { PARAM } from '../../../domain/url-format';
import { useMessages } from '../../text/messages/messages-context';
import { feedbackTarget } from './feedback-config';
import { feedbackHref } from './feedback-href';

/**
 * "Gi tilbakemelding" next to print and copy on a result, when the build was given a place for feedback
 * (`VITE_FEEDBACK_URL`); nothing otherwise. The e-mail or form gets the rules version and the link that
 * reopens the result; the version is read from that link, which always carries it (recordHref). Not
 * printed.
 */
export function FeedbackLink({ link }: { link: string }) {
  const m = useMessages();
  const target = feedbackTarget();
  if (!target) return null;
  const rulesVersion = new URL(link, window.location.href).searchParams.get(PARAM.rulesVersion) ?? '';
  const href = feedbackHref(target, {
    rulesVersion,
    link,
    subject: m.feedback.subject(rulesVersion),
    body: m.feedback.body(rulesVersion, link),
  });
  return (
    <a className="ds-button no-print" data-variant="tertiary" href={href}>
      {m.feedback.link}
    </a>
  );
}
