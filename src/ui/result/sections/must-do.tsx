import type { ReactNode } from 'react';
import type { RegimeDuties } from '../../../content/schema';
import type { Recommendation } from '../../../domain/recommendation';
import type { Journey } from '../../links/journey';
import { useNarrow } from '../../shell/narrow-fold';
import { useMessages, useText } from '../../text/messages/messages-context';
import { SourceLine, sourcesById, UncertainTag } from '../../text/sources';

type DutyName = keyof RegimeDuties;
/** What to do first: where to announce, how to compete, the record. */
const FIRST_DUTIES = ['announce', 'compete', 'protocol'] as const satisfies readonly DutyName[];
/** Then before signing, and the risk: the standstill period and the infringement fine. */
const LATER_DUTIES = ['standstill', 'fine'] as const satisfies readonly DutyName[];
/** The duties in the order an officer meets them. */
export const DUTY_ORDER: readonly DutyName[] = [...FIRST_DUTIES, ...LATER_DUTIES];

/** A citation with each paragraph reference ("§ 25-5", "§§ 13-1 og 13-2") kept from breaking at its hyphen. */
function unbroken(citation: string) {
  const parts: ReactNode[] = [];
  let from = 0;
  for (const match of citation.matchAll(/§+ \d+-\d+(?: \(\d+\))?|\d+-\d+|(?:kapittel|chapter) \d+/g)) {
    parts.push(
      citation.slice(from, match.index),
      <span className="nowrap" key={match.index}>
        {match[0]}
      </span>,
    );
    from = match.index + match[0].length;
  }
  parts.push(citation.slice(from));
  return parts;
}

/** Duties with their labels: the value, the paragraph it rests on, and a tag when it is uncertain. */
function DutyList({ names, duties }: { names: readonly DutyName[]; duties: RegimeDuties }) {
  const m = useMessages();
  const text = useText();
  return (
    <dl className="duty-list">
      {names.map((name) => {
        const duty = duties[name];
        const values = m.result.mustDo.values[name] as Record<string, string>;
        return (
          <div key={name} className="duty-list__row" data-duty={name}>
            <dt>{m.result.mustDo.labels[name]}</dt>
            <dd>
              {values[duty.value]} <span className="duty-list__law">({unbroken(text(duty.law))})</span>{' '}
              <UncertainTag confidence={duty.confidence} />
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/**
 * "Dette må dere gjøre": what the procurement rules ask for this value and service, drawn from the
 * regime's duties (rules/procurement.json): where to announce, how to compete, the procurement record,
 * the standstill period and whether an infringement fine is possible. Each duty names its paragraph
 * and carries its confidence; the name of the rules and the sources that say each duty are in a fold
 * under the list (and, in print, under "Kilder"). On a narrow screen the standstill period and the
 * fine are in that fold too, so the first next step stays near the top. Where nothing is bought, it
 * says that the procurement rules ask nothing, in the regime's own words.
 */
export function MustDoSection({
  journey,
  recommendation,
}: {
  journey: Journey;
  recommendation: Recommendation;
}) {
  const m = useMessages();
  const text = useText();
  const narrow = useNarrow();
  const { regime } = recommendation.procurement;
  const { duties } = regime;
  return (
    <section className="must-do" aria-labelledby="must-do-heading">
      <h2 className="ds-heading" data-size="sm" id="must-do-heading">
        {m.result.mustDo.heading}
      </h2>
      {duties ? (
        <>
          <DutyList names={FIRST_DUTIES} duties={duties} />
          {!narrow && <DutyList names={LATER_DUTIES} duties={duties} />}
          {/* On a narrow screen one fold holds the later duties (printed) and the sources (screen only). */}
          <details className={`ds-details fold${narrow ? '' : ' no-print'}`}>
            <summary>{narrow ? m.result.mustDo.moreDuties : m.result.mustDo.sourcesFold}</summary>
            <div>
              {narrow && <DutyList names={LATER_DUTIES} duties={duties} />}
              <div className="no-print duty-sources">
                <p className="ds-paragraph" data-size="sm">
                  {m.result.mustDo.regime(text(regime.title))} <UncertainTag confidence={regime.confidence} />
                </p>
                <ul className="ds-list">
                  {DUTY_ORDER.map((name) => (
                    <li key={name}>
                      <strong>{m.result.mustDo.labels[name]}</strong>, {text(duties[name].law)}
                      <SourceLine sources={sourcesById(journey.rules, duties[name].sourceIds)} />
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          </details>
        </>
      ) : (
        <>
          <p className="ds-paragraph" data-size="sm">
            {text(regime.title)} <UncertainTag confidence={regime.confidence} />
          </p>
          <p className="ds-paragraph">{m.result.mustDo.notProcurement}</p>
          <p className="ds-paragraph">{text(regime.summary)}</p>
        </>
      )}
    </section>
  );
}
