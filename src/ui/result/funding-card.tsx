import type { FundingScheme, Rules } from '../../content/schema';
import type { IsoDate } from '../../domain/dates';
import { FirstSentenceInPrint } from '../text/first-sentence';
import { formatDate } from '../text/format';
import { LastChecked } from '../text/last-checked';
import { useMessages, useText } from '../text/messages/messages-context';
import { SourceLine, sourcesById, UncertainTag } from '../text/sources';

/**
 * A funding scheme: who runs it, what it funds, who may apply, timing, and how current this is. In
 * print: name, status, who may apply (its first sentence) and when it was last checked (marked when due for checking); the
 * scheme's own page, listed under "Kilder", has the deadlines.
 */
export function FundingCard({
  scheme,
  rules,
  assessmentDate,
}: {
  scheme: FundingScheme;
  rules: Rules;
  /** Marks the scheme as due for checking when it was last checked twelve months or more before this. */
  assessmentDate?: IsoDate;
}) {
  const m = useMessages();
  const text = useText();
  return (
    <article className="ds-card funding-card" data-color="neutral">
      <h3 className="ds-heading" data-size="xs">
        {text(scheme.name)}
      </h3>
      <FundingTags scheme={scheme} />
      <dl className="fact-list">
        <dt className="no-print">{m.result.administrator}</dt>
        <dd className="no-print">{text(scheme.administrator)}</dd>
        <dt className="no-print">{m.result.whatItFunds}</dt>
        <dd className="no-print">{text(scheme.whatItFunds)}</dd>
        <dt>{m.result.whoMayApply}</dt>
        <dd>
          <FirstSentenceInPrint text={text(scheme.whoMayApply)} />
        </dd>
        <dt className="no-print">{m.result.timing}</dt>
        <dd className="no-print">{text(scheme.timing)}</dd>
      </dl>
      <p className="ds-paragraph no-print">{text(scheme.statusNote)}</p>
      {scheme.nameInGuide && (
        <p className="ds-paragraph no-print" data-size="sm">
          {m.result.nameInGuide(scheme.nameInGuide)}
        </p>
      )}
      {assessmentDate ? (
        <LastChecked date={scheme.lastChecked} assessmentDate={assessmentDate} />
      ) : (
        <p className="ds-paragraph" data-size="sm">
          {m.result.lastCheckedSentence(formatDate(scheme.lastChecked, m.locale))}
        </p>
      )}
      <div className="no-print">
        <SourceLine sources={sourcesById(rules, scheme.sourceIds)} />
      </div>
    </article>
  );
}

/** A scheme's status (active, or not known to be) and, when the facts are uncertain, that tag too. */
export function FundingTags({ scheme }: { scheme: FundingScheme }) {
  const m = useMessages();
  return (
    <p className="tags">
      <span className="ds-tag" data-color={scheme.status === 'active' ? 'success' : 'warning'}>
        {m.result.fundingStatus[scheme.status]}
      </span>{' '}
      <UncertainTag confidence={scheme.confidence} />
    </p>
  );
}
