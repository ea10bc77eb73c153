import { useMemo } from 'react';
import type { QuestionId } from '../../../content/vocabulary';
import { isThresholdRule, RULE_THRESHOLDS } from '../../../domain/decision-rules';
import type { ThresholdsInForce } from '../../../domain/thresholds';
import { type FlowRoute, type FlowTarget, flowOutline } from '../../../machine/flow-outline';
import type { GuardName } from '../../../machine/question-flow';
import type { Journey } from '../../links/journey';
import { questionById } from '../../text/answer-text';
import { formatAmount } from '../../text/format';
import { useMessages, useText } from '../../text/messages/messages-context';
import type { Messages } from '../../text/messages/nb';
import { outcomeFormName } from '../outcome-form-name';

const flowId = (question: QuestionId) => `flow-${question}`;

/**
 * "Spørsmålene og veien videre": every question in the machine's order, each with its routes in the
 * order they are tried, the guards put into words and the target linked (a question) or named (a
 * recommendation). Walked from the machine itself (src/machine/flow-outline.ts).
 */
export function QuestionFlowSection({ journey }: { journey: Journey }) {
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

/** Where a route leads: a link to the next question in the list, or the recommendation it gives. */
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
