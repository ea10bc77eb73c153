import { useMessages } from '../text/messages/messages-context';
import { AppLink } from './navigation';

/** "Tilbake" above the heading: a real link to the previous step. */
export function BackLink({ href }: { href: string }) {
  const m = useMessages();
  return (
    <AppLink href={href} className="ds-link back-link">
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M15.53 5.47a.75.75 0 0 1 0 1.06L10.06 12l5.47 5.47a.75.75 0 1 1-1.06 1.06l-6-6a.75.75 0 0 1 0-1.06l6-6a.75.75 0 0 1 1.06 0"
        />
      </svg>
      <span>{m.question.back}</span>
    </AppLink>
  );
}
