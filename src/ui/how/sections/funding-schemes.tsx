import type { FundingScheme } from '../../../content/schema';
import { isUncertain } from '../../../domain/confidence';
import type { Journey } from '../../links/journey';
import { FundingTags } from '../../result/funding-card';
import { formatDate } from '../../text/format';
import { LastChecked } from '../../text/last-checked';
import { useMessages, useText } from '../../text/messages/messages-context';
import type { Messages } from '../../text/messages/nb';
import { SourceLine, sourcesById } from '../../text/sources';

/**
 * "Tilskuddsordninger": every funding scheme the guide knows, with its administrator, validity,
 * confidence (and why, when uncertain), sources and when it was last checked.
 */
export function FundingSchemesSection({ journey }: { journey: Journey }) {
  const m = useMessages();
  const text = useText();
  const { rules } = journey;
  const { assessmentDate } = journey.evaluation;
  return (
    <section id="how-funding" aria-labelledby="how-funding-heading">
      <h2 className="ds-heading" data-size="md" id="how-funding-heading">
        {m.how.fundingHeading}
      </h2>
      <p className="ds-paragraph">{m.how.fundingIntro}</p>
      <ul className="rule-list">
        {rules.funding.schemes.map((scheme) => (
          <li className="rule-list__item" key={scheme.id}>
            <h3 className="ds-heading" data-size="xs">
              {text(scheme.name)}
            </h3>
            <FundingTags scheme={scheme} />
            <dl className="fact-list">
              <dt>{m.result.administrator}</dt>
              <dd>{text(scheme.administrator)}</dd>
              <dt>{m.how.validity}</dt>
              <dd>{validity(scheme, m)}</dd>
              <dt>{m.how.confidence}</dt>
              <dd>{m.how.confidenceLevels[scheme.confidence]}</dd>
            </dl>
            {isUncertain(scheme.confidence) && (
              <p className="ds-paragraph" data-size="sm">
                {text(scheme.statusNote)}
              </p>
            )}
            <SourceLine sources={sourcesById(rules, scheme.sourceIds)} />
            <LastChecked date={scheme.lastChecked} assessmentDate={assessmentDate} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function validity(scheme: FundingScheme, m: Messages): string {
  const from = scheme.validFrom ? formatDate(scheme.validFrom, m.locale) : null;
  const to = scheme.validTo ? formatDate(scheme.validTo, m.locale) : null;
  if (from && to) return m.how.validityFromTo(from, to);
  if (from) return m.how.validityFrom(from);
  if (to) return m.how.validityTo(to);
  return m.how.validityOpen;
}
