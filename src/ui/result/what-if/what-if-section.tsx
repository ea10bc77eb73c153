import { Fragment, type ReactNode, startTransition, useEffect, useState } from 'react';
import type { Rules } from '../../../content/schema';
import type { OutcomeId, RegimeId } from '../../../content/vocabulary';
import { stepHref } from '../../links/hrefs';
import type { Journey } from '../../links/journey';
import { AppLink } from '../../links/navigation';
import { questionById } from '../../text/answer-text';
import { formatKroner, formatListParts } from '../../text/format';
import { useMessages, useText } from '../../text/messages/messages-context';
import type { Messages } from '../../text/messages/nb';
import { type PinReading, withPin } from '../compare/pin';
import { type WhatIfGroup, type WhatIfOption, whatIfGroupsSteps } from './what-if-options';

type Text = ReturnType<typeof useText>;

/** The most recommendations named in one line; with more, the line says how many. */
const MAX_NAMED = 3;

/** The answer tried, in words: the option's label, or the amounts the band covers ("1 300 000 kr eller mer"). */
function answerWords(option: WhatIfOption, rules: Rules, m: Messages, text: Text): string {
  if (option.answer.kind === 'amount') {
    const { from, to } = option.answer.band;
    const kroner = (amount: number) => formatKroner(amount, m.locale);
    if (to === null) return m.whatIf.amountAtLeast(kroner(from));
    if (from <= 1) return m.whatIf.amountBelow(kroner(to + 1));
    return m.whatIf.amountBetween(kroner(from), kroner(to + 1));
  }
  const question = questionById(rules, option.question);
  const value = option.answer.value;
  const label =
    question.kind === 'choice' ? question.options.find((o) => o.value === value)?.label : undefined;
  return label ? text(label) : value;
}

/** "A (som nå), B eller C" with each name in bold. */
function NameList({ names, current, m }: { names: string[]; current?: string | undefined; m: Messages }) {
  const nodes: ReactNode[] = [];
  let element = 0;
  for (const part of formatListParts(names, m.locale, 'disjunction')) {
    const key = nodes.length;
    if (part.type === 'literal') {
      nodes.push(<Fragment key={key}>{part.value}</Fragment>);
      continue;
    }
    const isCurrent = names[element++] === current;
    nodes.push(
      <Fragment key={key}>
        <strong>{part.value}</strong>
        {isCurrent && ` (${m.whatIf.asNow})`}
      </Fragment>,
    );
  }
  return <>{nodes}</>;
}

/** What the change leads to, after the condition: "anbefalingen blir Pilotavtale …". */
function changeWords(
  option: WhatIfOption,
  current: { outcome: OutcomeId; regime: RegimeId | undefined },
  rules: Rules,
  m: Messages,
  text: Text,
): ReactNode {
  const formName = (outcome: OutcomeId) => {
    const formId = rules.outcomes.outcomes.find((o) => o.id === outcome)?.primaryFormId;
    const form = rules.forms.forms.find((f) => f.id === formId);
    return form ? text(form.name) : outcome;
  };
  const regimeTitle = (regime: RegimeId) => {
    const found = rules.procurement.regimes.find((r) => r.id === regime);
    return found ? text(found.title) : regime;
  };
  const change = option.change;
  switch (change.kind) {
    case 'outcome':
      return (
        <>
          {m.whatIf.becomes} <strong>{formName(change.outcome)}</strong>
        </>
      );
    case 'regime':
      return (
        <>
          {m.whatIf.sameFormOtherRules} <strong>{regimeTitle(change.regime)}</strong>
        </>
      );
    case 'moreQuestions': {
      const next = text(questionById(rules, change.next).summaryLabel);
      const questions =
        change.upTo <= 1
          ? m.whatIf.oneMoreQuestion(next)
          : change.atLeast === change.upTo
            ? m.whatIf.moreQuestions(String(change.upTo), next)
            : m.whatIf.upToMoreQuestions(String(change.upTo), next);
      if (change.outcomes.length === 1 && change.outcomes[0] === current.outcome) {
        return (
          <>
            {questions}, {m.whatIf.sameFormRulesMayBe}{' '}
            <NameList
              names={change.regimes.map(regimeTitle)}
              current={current.regime && regimeTitle(current.regime)}
              m={m}
            />
          </>
        );
      }
      const names = change.outcomes.map(formName);
      // A long list would drown the line: say how many there are, "Prøv dette" shows the way.
      if (names.length > MAX_NAMED) return `${questions}, ${m.whatIf.andAnswersDecide(String(names.length))}`;
      return (
        <>
          {questions}, {names.length === 1 ? m.whatIf.andBecomes : m.whatIf.andMayBecome}{' '}
          <NameList names={names} current={formName(current.outcome)} m={m} />
        </>
      );
    }
  }
}

/** Work done in one slice at most, so the browser stays free (a long task is one over 50 ms). */
const SLICE_MS = 4;

/**
 * The alternatives take a replay of the machine for every other answer, the most work on the page.
 * They are worked out after the result is drawn, in slices of a few milliseconds with the browser free
 * in between, so the recommendation is on screen at once and the page answers all the while (even a
 * slow phone's main thread is never held for long). Null until they are all there.
 */
function useWorkedOut(journey: Journey): WhatIfGroup[] | null {
  const [state, setState] = useState<{ journey: Journey; groups: WhatIfGroup[] } | null>(null);
  useEffect(() => {
    const steps = whatIfGroupsSteps(journey);
    let timer: ReturnType<typeof setTimeout>;
    const slice = () => {
      const until = performance.now() + SLICE_MS;
      let step = steps.next();
      while (!step.done && performance.now() < until) step = steps.next();
      if (step.done) {
        const groups = step.value;
        startTransition(() => setState({ journey, groups }));
      } else timer = setTimeout(slice, 0);
    };
    timer = setTimeout(slice, 0);
    return () => clearTimeout(timer);
  }, [journey]);
  return state?.journey === journey ? state.groups : null;
}

/**
 * "Hva om dere svarte annerledes?": per answer on the path, the other answers that would change the
 * recommendation or the procurement rules, and to what, each with "Prøv dette" (a new history entry,
 * so browser back returns here). With no pinned result it offers "Fest dette resultatet" first, so the
 * result can be compared with what the user tries. Screen only: the printout is the record of one result.
 */
export function WhatIfSection({ journey, pin }: { journey: Journey; pin: PinReading }) {
  const m = useMessages();
  const text = useText();
  const groups = useWorkedOut(journey);
  const { evaluation, rules, base } = journey;
  if (evaluation.position.kind !== 'outcome') return null;
  if (!groups)
    return (
      <section className="what-if no-print" aria-labelledby="what-if-heading" aria-busy="true">
        <h3 className="ds-heading" data-size="sm" id="what-if-heading">
          {m.whatIf.heading}
        </h3>
      </section>
    );
  const current = {
    outcome: evaluation.position.outcome,
    regime: evaluation.recommendation?.procurement.regime.id,
  };
  const pinned = pin.kind === 'pinned';

  return (
    <section className="what-if no-print" aria-labelledby="what-if-heading">
      <h3 className="ds-heading" data-size="sm" id="what-if-heading">
        {m.whatIf.heading}
      </h3>
      <p className="ds-paragraph">{groups.length > 0 ? m.whatIf.intro : m.whatIf.none}</p>
      {!pinned && (
        <div className="what-if__pin">
          <p className="ds-paragraph">{m.compare.pinHint}</p>
          <AppLink
            className="ds-button"
            data-variant="secondary"
            href={stepHref(withPin(base, evaluation.answers), evaluation.answers, 'result')}
          >
            {m.compare.pin}
          </AppLink>
        </div>
      )}
      {groups.map((group) => {
        const label = text(questionById(rules, group.question).summaryLabel);
        return (
          <div className="what-if__group" key={group.question}>
            <h4 className="ds-heading" data-size="2xs">
              {label}
            </h4>
            <ul className="what-if__list">
              {group.options.map((option) => {
                const answer = answerWords(option, rules, m, text);
                const condition =
                  option.answer.kind === 'amount' ? m.whatIf.ifAmount(answer) : m.whatIf.ifChoice(answer);
                return (
                  <li className="what-if__option" key={option.href}>
                    <p className="ds-paragraph">
                      {condition}: {changeWords(option, current, rules, m, text)}.
                    </p>
                    <AppLink className="ds-link what-if__try" href={option.href}>
                      {m.whatIf.tryIt}{' '}
                      <span className="ds-sr-only">{m.whatIf.tryItHidden(label, answer)}</span>
                    </AppLink>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
