import './how-page.css';
import { useRef } from 'react';
import { AssessmentDateForm } from '../links/assessment-date-form';
import { BackLink } from '../links/back-link';
import { type Journey, positionHref } from '../links/journey';
import { startHref } from '../links/link-base';
import { usePageTitleAndFocus } from '../shell/page-focus';
import { chosenDateText } from '../text/assessment-text';
import { formatDate } from '../text/format';
import { useMessages } from '../text/messages/messages-context';
import { DecisionTableSection } from './sections/decision-table';
import { FundingSchemesSection } from './sections/funding-schemes';
import { QuestionFlowSection } from './sections/question-flow';
import { ThresholdsSection } from './sections/thresholds';

type Props = { journey: Journey };

/**
 * "Slik virker veiviseren" (step=how): how the guide decides, all of it read from what it runs on. The
 * question flow walked from the machine itself, the decision table from the same enumeration as
 * docs/decision-table.md, and every threshold (all periods, in force and proposed) and funding scheme
 * with its sources, validity, confidence and when it was last checked, marked when due for checking
 * against the assessment date. Loaded on demand, so the result page does not carry it. This page only
 * composes: each section is a component of its own under sections/.
 */
export function HowPage({ journey }: Props) {
  const m = useMessages();
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitleAndFocus(m.how.title, heading);
  const { evaluation, rules } = journey;
  const hasAnswers = Object.keys(evaluation.retained).length > 0;
  const back = hasAnswers ? positionHref(journey) : startHref(journey.base);
  const chosenDate = chosenDateText(evaluation, journey.today, m);
  const sections = [
    { id: 'how-flow', title: m.how.flowHeading },
    { id: 'how-table', title: m.how.tableHeading },
    { id: 'how-thresholds', title: m.how.thresholdsHeading },
    { id: 'how-funding', title: m.how.fundingHeading },
    { id: 'assessment-date-heading', title: m.assessmentDate.heading },
  ];

  return (
    <div className="page page--how">
      <BackLink href={back} />
      <h1 className="ds-heading" data-size="lg" ref={heading} tabIndex={-1}>
        {m.how.title}
      </h1>
      <p className="ds-paragraph lead" data-size="lg">
        {m.how.lead}
      </p>
      <p className="ds-paragraph">
        {m.how.basis(rules.meta.rulesVersion, formatDate(evaluation.assessmentDate, m.locale))}
        {chosenDate && ` ${chosenDate}`} {m.how.dueExplanation}
      </p>
      <nav className="how-contents" aria-labelledby="how-contents-heading">
        <h2 className="ds-heading" data-size="2xs" id="how-contents-heading">
          {m.how.contentsHeading}
        </h2>
        <ul className="ds-list">
          {sections.map((section) => (
            <li key={section.id}>
              <a className="ds-link" href={`#${section.id}`}>
                {section.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <QuestionFlowSection journey={journey} />
      <DecisionTableSection journey={journey} />
      <ThresholdsSection journey={journey} />
      <FundingSchemesSection journey={journey} />
      <AssessmentDateForm journey={journey} step="how" headingLevel={2} />
    </div>
  );
}
