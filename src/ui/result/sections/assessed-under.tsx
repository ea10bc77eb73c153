import type { Recommendation } from '../../../domain/recommendation';
import { infoPagePath } from '../../../domain/url-format';
import { formatDate } from '../../text/format';
import { useMessages } from '../../text/messages/messages-context';

/**
 * "Vurdert 1. desember 2026 etter regelverk 2026.12.4", the rules version a link to what changed in
 * the rules (the changes page in the user's language, a static document: a plain link). In print it
 * reads as text, with no address (styles.css: `.assessed a`).
 */
export function AssessedUnder({ recommendation }: { recommendation: Recommendation }) {
  const m = useMessages();
  return (
    <>
      {m.result.assessedBefore(formatDate(recommendation.assessmentDate, m.locale))}{' '}
      <a className="ds-link" href={infoPagePath('changes', m.locale)}>
        {m.result.rulesVersionLink(recommendation.rulesVersion)}
      </a>
    </>
  );
}
