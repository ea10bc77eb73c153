import { useMessages } from '../../text/messages/messages-context';
import { FundingCard } from '../funding-card';
import type { ResultSectionProps } from './section-props';

/** "Tilskudd": the funding schemes that fit, with who may apply, or a line saying none does. */
export function FundingSection({ journey, recommendation }: ResultSectionProps) {
  const m = useMessages();
  const { evaluation, rules } = journey;
  return (
    <section aria-labelledby="funding-heading">
      <h2 className="ds-heading" data-size="md" id="funding-heading">
        {m.result.fundingHeading}
      </h2>
      {recommendation.funding.length === 0 ? (
        <p className="ds-paragraph">{m.result.fundingNone}</p>
      ) : (
        <>
          <p className="ds-paragraph no-print">{m.result.fundingIntro}</p>
          <div className="card-list">
            {recommendation.funding.map((scheme) => (
              <FundingCard
                scheme={scheme}
                rules={rules}
                assessmentDate={evaluation.assessmentDate}
                key={scheme.id}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
