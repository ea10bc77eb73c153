import type { FundingScheme, Rules } from '../../content/schema';
import { formatDate } from '../format';
import { useMessages, useText } from '../messages/messages-context';
import { SourceLine, sourcesById, UncertainTag } from './sources';

/** A funding scheme: who runs it, what it funds, who may apply, timing, and how current this is. */
export function FundingCard({ scheme, rules }: { scheme: FundingScheme; rules: Rules }) {
  const m = useMessages();
  const text = useText();
  return (
    <article className="ds-card funding-card" data-color="neutral">
      <h3 className="ds-heading" data-size="xs">
        {text(scheme.name)}
      </h3>
      <p className="tags">
        <span className="ds-tag" data-color={scheme.status === 'active' ? 'success' : 'warning'}>
          {m.result.fundingStatus[scheme.status]}
        </span>
        <UncertainTag confidence={scheme.confidence} />
      </p>
      <dl className="fact-list">
        <dt>{m.result.administrator}</dt>
        <dd>{text(scheme.administrator)}</dd>
        <dt>{m.result.whatItFunds}</dt>
        <dd>{text(scheme.whatItFunds)}</dd>
        <dt>{m.result.whoMayApply}</dt>
        <dd>{text(scheme.whoMayApply)}</dd>
        <dt>{m.result.timing}</dt>
        <dd>{text(scheme.timing)}</dd>
      </dl>
      <p className="ds-paragraph">{text(scheme.statusNote)}</p>
      {scheme.nameInGuide && (
        <p className="ds-paragraph" data-size="sm">
          {m.result.nameInGuide(scheme.nameInGuide)}
        </p>
      )}
      <p className="ds-paragraph" data-size="sm">
        {m.result.lastCheckedSentence(formatDate(scheme.lastChecked))}
      </p>
      <SourceLine sources={sourcesById(rules, scheme.sourceIds)} />
    </article>
  );
}
