import './how-page.css';
import { Fragment, useMemo, useRef } from 'react';
import type { FundingScheme, LocalizedText, Rules, Threshold } from '../../content/schema';
import {
  type OutcomeId,
  QUESTION_IDS,
  type QuestionId,
  THRESHOLD_KINDS,
  type ThresholdKind,
} from '../../content/vocabulary';
import { isUncertain } from '../../domain/confidence';
import { isThresholdRule, RULE_THRESHOLDS } from '../../domain/decision-rules';
import type { ThresholdsInForce } from '../../domain/thresholds';
import { type DecisionCell, type DecisionTable, decisionTable } from '../../machine/decision-table';
import { type FlowRoute, type FlowTarget, flowOutline } from '../../machine/flow-outline';
import type { GuardName } from '../../machine/question-flow';
import { AssessmentDateForm } from '../links/assessment-date-form';
import { BackLink } from '../links/back-link';
import { type Journey, positionHref } from '../links/journey';
import { startHref } from '../links/link-base';
import { FundingTags } from '../result/funding-card';
import { usePageTitleAndFocus } from '../shell/page-focus';
import { questionById } from '../text/answer-text';
import { chosenDateText } from '../text/assessment-text';
import { capitalise, formatAmount, formatDate } from '../text/format';
import { LastChecked } from '../text/last-checked';
import { useMessages, useText } from '../text/messages/messages-context';
import type { Messages } from '../text/messages/nb';
import { SourceLine, sourcesById, UncertainTag } from '../text/sources';

type Props = { journey: Journey };

const flowId = (question: QuestionId) => `flow-${question}`;

/**
 * "Slik virker veiviseren" (step=how): how the guide decides, all of it read from what it runs on. The
 * question flow walked from the machine itself, the decision table from the same enumeration as
 * docs/decision-table.md, and every threshold (all periods, in force and proposed) and funding scheme
 * with its sources, validity, confidence and when it was last checked, marked when due for checking
 * against the assessment date. Loaded on demand, so the result page does not carry it.
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

      <FlowSection journey={journey} />
      <DecisionTableSection journey={journey} />
      <ThresholdsSection journey={journey} />
      <FundingSection journey={journey} />
      <AssessmentDateForm journey={journey} step="how" headingLevel={2} />
    </div>
  );
}

function FlowSection({ journey }: Props) {
  const m = useMessages();
  const text = useText();
  const { rules } = journey;
  const outline = useMemo(() => flowOutline(), []);
  const thresholds = journey.evaluation.thresholds;
  return (
    <section id="how-flow" aria-labelledby="how-flow-heading">
      <h2 className="ds-heading" data-size="md" id="how-flow-heading">
        {m.how.flowHeading}
      </h2>
      <p className="ds-paragraph">{m.how.flowIntro}</p>
      <ol className="flow-list">
        {outline.questions.map(({ question, routes }) => {
          const q = questionById(rules, question);
          return (
            <li key={question} id={flowId(question)} className="flow-list__item">
              <h3 className="ds-heading" data-size="xs">
                {text(q.summaryLabel)}
              </h3>
              <p className="ds-paragraph flow-list__question">{text(q.text)}</p>
              <ul className="flow-routes">
                {routes.map((route) => (
                  <li key={`${route.guards.join('+')}>${targetKey(route.target)}`}>
                    <span className="flow-routes__rule">{routeCondition(route, routes, m, thresholds)}</span>{' '}
                    <span aria-hidden="true">→</span> <RouteTarget target={route.target} journey={journey} />
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function RouteTarget({ target, journey }: { target: FlowTarget; journey: Journey }) {
  const m = useMessages();
  const text = useText();
  const { rules } = journey;
  if (target.kind === 'question') {
    return (
      <>
        <span className="ds-sr-only">{m.how.leadsToQuestion} </span>
        <a className="ds-link" href={`#${flowId(target.question)}`}>
          {text(questionById(rules, target.question).summaryLabel)}
        </a>
      </>
    );
  }
  return (
    <>
      <span className="ds-sr-only">{m.how.leadsToOutcome} </span>
      <span className="ds-tag flow-routes__tag" data-color="success" aria-hidden="true">
        {m.how.outcomeTag}
      </span>{' '}
      <strong>{outcomeFormName(rules, target.outcome, text)}</strong>
    </>
  );
}

/** The name of the form an outcome recommends. */
function outcomeFormName(
  rules: Rules,
  outcomeId: OutcomeId,
  text: (localized: LocalizedText) => string,
): string {
  const outcome = rules.outcomes.outcomes.find((o) => o.id === outcomeId);
  const form = rules.forms.forms.find((f) => f.id === outcome?.primaryFormId);
  return form ? text(form.name) : outcomeId;
}

function DecisionTableSection({ journey }: Props) {
  const m = useMessages();
  const text = useText();
  const { rules } = journey;
  const table = cachedDecisionTable(journey);
  const cellText = (question: QuestionId, cell: DecisionCell): string => {
    switch (cell.kind) {
      case 'any':
        return m.how.any;
      case 'notAsked':
        return m.how.notAsked;
      case 'choices': {
        const q = questionById(rules, question);
        const labels = cell.values.map((value) => {
          const option = q.kind === 'choice' ? q.options.find((o) => o.value === value) : undefined;
          return option ? text(option.label) : value;
        });
        return [...labels, ...(cell.alsoNotAsked ? [m.how.notAsked] : [])].join(', ');
      }
      case 'amounts':
        return [
          ...cell.ranges.map((range) =>
            range.to === null
              ? m.how.amountOrMore(formatAmount(range.from, m.locale))
              : m.how.amountRange(formatAmount(range.from, m.locale), formatAmount(range.to, m.locale)),
          ),
          ...(cell.alsoNotAsked ? [m.how.notAsked] : []),
        ].join(', ');
    }
  };
  return (
    <section id="how-table" className="how-wide" aria-labelledby="how-table-heading">
      <h2 className="ds-heading" data-size="md" id="how-table-heading">
        {m.how.tableHeading}
      </h2>
      <p className="ds-paragraph">
        {m.how.tableIntro(
          formatAmount(table.pathCount, m.locale),
          formatAmount(table.rows.length, m.locale),
          formatDate(journey.evaluation.assessmentDate, m.locale),
        )}
      </p>
      <p className="ds-paragraph table-scroll-hint" data-size="sm">
        {m.how.tableScrollHint}
      </p>
      {/* Focusable so a keyboard can scroll it sideways; a region named by the caption. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
      <section className="table-scroll" aria-labelledby="how-table-caption" tabIndex={0}>
        <table className="ds-table decision-table" data-size="sm">
          <caption id="how-table-caption">{m.how.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.how.tableOutcome}</th>
              {QUESTION_IDS.map((question) => (
                <th scope="col" key={question}>
                  {text(questionById(rules, question).summaryLabel)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={JSON.stringify(row)}>
                <th scope="row">{outcomeFormName(rules, row.outcome, text)}</th>
                {QUESTION_IDS.map((question) => {
                  const cell = row.cells[question];
                  return (
                    <td key={question} data-kind={cell.kind}>
                      {cellText(question, cell)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}

function ThresholdsSection({ journey }: Props) {
  const m = useMessages();
  const text = useText();
  const { rules } = journey;
  const { assessmentDate, thresholds: inForce } = journey.evaluation;
  return (
    <section id="how-thresholds" aria-labelledby="how-thresholds-heading">
      <h2 className="ds-heading" data-size="md" id="how-thresholds-heading">
        {m.how.thresholdsHeading}
      </h2>
      <p className="ds-paragraph">{m.how.thresholdsIntro}</p>
      {THRESHOLD_KINDS.map((kind) => (
        <Fragment key={kind}>
          <h3 className="ds-heading" data-size="xs">
            {capitalise(text(rules.thresholds.names[kind]), m.locale)}
          </h3>
          <ul className="rule-list">
            {periodsOf(rules.thresholds.thresholds, kind).map((threshold) => (
              <li
                className="rule-list__item"
                key={`${threshold.status}-${threshold.status === 'inForce' ? threshold.validFrom : threshold.proposedOn}`}
              >
                <p className="ds-paragraph rule-list__title">
                  <strong>{m.result.thresholdAmount(formatAmount(threshold.amount, m.locale))}</strong>{' '}
                  {isApplied(threshold, inForce) && (
                    <span className="ds-tag" data-color="success">
                      {m.how.appliedTag}
                    </span>
                  )}{' '}
                  {threshold.status === 'proposed' && (
                    <span className="ds-tag" data-color="info">
                      {m.how.proposedTag}
                    </span>
                  )}{' '}
                  <UncertainTag confidence={threshold.confidence} />
                </p>
                <p className="ds-paragraph">
                  {threshold.status === 'proposed'
                    ? m.how.proposed(formatDate(threshold.proposedOn, m.locale), threshold.proposedIn)
                    : threshold.validTo === null
                      ? m.how.periodFrom(formatDate(threshold.validFrom, m.locale))
                      : m.how.periodFromTo(
                          formatDate(threshold.validFrom, m.locale),
                          formatDate(threshold.validTo, m.locale),
                        )}
                </p>
                {threshold.note && (
                  <p className="ds-paragraph" data-size="sm">
                    {text(threshold.note)}
                  </p>
                )}
                <p className="ds-paragraph" data-size="sm">
                  {m.how.confidence}: {m.how.confidenceLevels[threshold.confidence]}
                </p>
                <SourceLine sources={sourcesById(rules, threshold.sourceIds)} />
                <LastChecked date={threshold.lastChecked} assessmentDate={assessmentDate} />
              </li>
            ))}
          </ul>
        </Fragment>
      ))}
    </section>
  );
}

function FundingSection({ journey }: Props) {
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

/**
 * The decision table walks every path through the machine, so it is worked out once per set of
 * thresholds and kept while the app runs: moving about the page, or back to it, costs nothing.
 */
const decisionTables = new WeakMap<Rules, Map<string, DecisionTable>>();

function cachedDecisionTable({ evaluation, rules }: Journey): DecisionTable {
  const key = THRESHOLD_KINDS.map((kind) => evaluation.thresholds[kind].amount).join(',');
  const tables = decisionTables.get(rules) ?? new Map<string, DecisionTable>();
  decisionTables.set(rules, tables);
  let table = tables.get(key);
  if (!table) {
    table = decisionTable(
      evaluation.thresholds,
      rules.outcomes.outcomes.map((o) => o.id),
    );
    tables.set(key, table);
  }
  return table;
}

const targetKey = (target: FlowTarget) => (target.kind === 'question' ? target.question : target.outcome);

/** "Hvis dere vil utvikle en ny løsning og verdien er under …", "Ellers", or "Uansett svar". */
function routeCondition(
  route: FlowRoute,
  routes: readonly FlowRoute[],
  m: Messages,
  thresholds: ThresholdsInForce,
): string {
  if (route.guards.length === 0) return routes.length === 1 ? m.how.routeAlways : m.how.routeOtherwise;
  return m.how.routeIf(route.guards.map((guard) => guardText(guard, m, thresholds)).join(m.how.routeAnd));
}

/** The rule a guard checks, in words; a rule that compares the value with a threshold names its amount. */
function guardText(guard: GuardName, m: Messages, thresholds: ThresholdsInForce): string {
  if (!isThresholdRule(guard)) return m.how.guards[guard];
  const amount = thresholds[RULE_THRESHOLDS[guard]].amount;
  return m.how.guards[guard](formatAmount(amount, m.locale));
}

/** Every period of one kind of threshold: in force by date, then proposals. */
function periodsOf(thresholds: readonly Threshold[], kind: ThresholdKind): Threshold[] {
  const sortKey = (t: Threshold) => (t.status === 'inForce' ? `0${t.validFrom}` : `1${t.proposedOn}`);
  return thresholds.filter((t) => t.kind === kind).sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
}

const isApplied = (threshold: Threshold, inForce: ThresholdsInForce) => inForce[threshold.kind] === threshold;

function validity(scheme: FundingScheme, m: Messages): string {
  const from = scheme.validFrom ? formatDate(scheme.validFrom, m.locale) : null;
  const to = scheme.validTo ? formatDate(scheme.validTo, m.locale) : null;
  if (from && to) return m.how.validityFromTo(from, to);
  if (from) return m.how.validityFrom(from);
  if (to) return m.how.validityTo(to);
  return m.how.validityOpen;
}
