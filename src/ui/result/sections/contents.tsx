import { type MouseEvent, useState } from 'react';
import type { Recommendation } from '../../../domain/recommendation';
import { useMessages } from '../../text/messages/messages-context';
import { showWholeResult } from '../show-whole-result';

/** The sections of a result, in page order: the heading each link goes to and its words. */
export function contentsEntries(
  recommendation: Recommendation,
  m: ReturnType<typeof useMessages>,
): { id: string; label: string }[] {
  return [
    { id: 'why-heading', label: m.result.whyHeading },
    { id: 'must-do-heading', label: m.result.mustDo.heading },
    { id: 'next-steps-heading', label: m.result.nextStepsHeading },
    { id: 'examples-heading', label: m.result.examplesHeading },
    { id: 'funding-heading', label: m.result.fundingHeading },
    { id: 'procurement-heading', label: m.result.procurementHeading },
    ...(recommendation.alternatives.length > 0
      ? [{ id: 'alternatives-heading', label: m.result.alternativesHeading }]
      : []),
    { id: 'answers-heading', label: m.answers.heading },
    { id: 'explore-heading', label: m.result.exploreHeading },
    { id: 'sources-heading', label: m.result.sourcesHeading },
  ];
}

/**
 * A section below the first screen may not be drawn yet (result-page.tsx draws it when needed): the
 * whole page is drawn, synchronously, before the browser follows the link to its heading.
 */
function drawTarget(event: MouseEvent<HTMLAnchorElement>) {
  const id = event.currentTarget.hash.slice(1);
  if (!document.getElementById(id)) showWholeResult();
}

/** Wide enough that the list sits beside the heading (styles.css): open from the start there. */
const WIDE = '(min-width: 75em)';

/**
 * "Innhold på siden": a list of the result's sections, as GOV.UK and Nav give long guidance. Beside
 * the heading on a wide screen, open; on a narrow one a fold under it, so what to do stays near the
 * top. Screen only.
 */
export function ResultContents({ recommendation }: { recommendation: Recommendation }) {
  const m = useMessages();
  const [wide] = useState(() => typeof window !== 'undefined' && window.matchMedia?.(WIDE).matches === true);
  return (
    <nav className="result-contents no-print" aria-labelledby="contents-heading">
      <details className="ds-details" open={wide}>
        <summary>
          <span id="contents-heading">{m.result.contentsHeading}</span>
        </summary>
        <div>
          <ol className="result-contents__list">
            {contentsEntries(recommendation, m).map((entry) => (
              <li key={entry.id}>
                <a className="ds-link" href={`#${entry.id}`} onClick={drawTarget}>
                  {entry.label}
                </a>
              </li>
            ))}
          </ol>
        </div>
      </details>
    </nav>
  );
}
