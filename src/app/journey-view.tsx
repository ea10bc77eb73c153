/**
 * Every page but the bare start page: the query string is evaluated by the engine (answers pruned and
 * replayed through the machine) on every render, and the page is chosen from the result. Loaded on
 * demand, so the start page carries none of the engine, the rules or their validation.
 */
import { lazy, Suspense, useEffect } from 'react';
import type { Rules } from '../content/schema';
import { type IsoDate, todayInNorway } from '../domain/dates';
import { appParam, CHANGE_FLAG, PARAM, withQuery } from '../domain/url-format';
import { type Evaluation, evaluate } from '../machine/engine';
import { LinkProblems } from '../ui/errors/link-problems';
import { RulesErrorPage } from '../ui/errors/rules-error-page';
import { type Journey, positionHref } from '../ui/links/journey';
import { linkBase, withRulesVersion } from '../ui/links/link-base';
import { VersionNoteAlert } from '../ui/links/version-note';
import { AnswersPage } from '../ui/question/answers-page';
import { QuestionPage } from '../ui/question/question-page';
import { StartPage } from '../ui/question/start-page';
import { keepUsablePin, type PinReading, readPin } from '../ui/result/compare/pin';
import { PinProblems } from '../ui/result/compare/pin-problems';
import { ResultPage } from '../ui/result/result-page';
import { Loading } from '../ui/shell/loading';
import { FocusOnArrivalProvider } from '../ui/shell/page-focus';
import { questionById } from '../ui/text/answer-text';
import { useLocale } from '../ui/text/messages/messages-context';
import { type PageRef, resolvePage, stepNotShown, stepOf } from './resolve-page';
import type { AppLocation } from './use-location';

/** "Slik virker veiviseren" (the flow, the decision table, every threshold and scheme) is loaded on demand. */
const HowPage = lazy(() => import('../ui/how/how-page').then((module) => ({ default: module.HowPage })));

export type JourneyViewProps = {
  location: AppLocation;
  /** The rules in the language on screen (src/content/locale-rules.ts); tests pass one that fails. */
  loadRules?: () => Rules;
  /** The assessment date when the link names none; today in Norway by default. */
  today?: IsoDate;
};

/**
 * The evaluation of the address last drawn. Drawing the same address again costs nothing, and the first
 * page opened from a link is evaluated before React draws it (`prepareEvaluation`, from main.tsx), in a
 * task of its own: the first evaluation is the slowest (the engine's code runs for the first time), and
 * inside React's drawing it made one of the longest tasks of a page opened from a link (docs/adr/0004).
 */
let lastEvaluation: { rules: Rules; search: string; today: IsoDate; evaluation: Evaluation } | null = null;

function evaluateOnce(search: string, today: IsoDate, rules: Rules): Evaluation {
  const last = lastEvaluation;
  if (last && last.rules === rules && last.search === search && last.today === today) return last.evaluation;
  const evaluation = evaluate(search, { today, rules });
  lastEvaluation = { rules, search, today, evaluation };
  return evaluation;
}

/** Evaluates an address ahead of its drawing; a problem is left for the drawing to report. */
export function prepareEvaluation(search: string, rules: Rules, today: IsoDate = todayInNorway()): void {
  try {
    evaluateOnce(search, today, rules);
  } catch {
    // JourneyView evaluates again and shows the rules error page.
  }
}

export default function JourneyView({ location, loadRules, today }: JourneyViewProps) {
  const params = new URLSearchParams(location.search);
  const locale = useLocale();
  const assessedOn = today ?? todayInNorway();
  let journey: Journey | null = null;
  // The pinned result, read once for this render and passed to what shows it or reports it.
  let pin: PinReading = { kind: 'none' };
  try {
    if (!loadRules) throw new Error('JourneyView was drawn without its rules');
    const rules = loadRules();
    const evaluation = evaluateOnce(location.search, assessedOn, rules);
    pin = readPin(params.get(PARAM.pin), rules, evaluation.assessmentDate);
    const base = keepUsablePin(
      linkBase(location.pathname, params, evaluation.dateProblem === null, locale),
      pin,
    );
    journey = {
      evaluation,
      rules,
      base: withRulesVersion(base, rules.meta.rulesVersion),
      changing: params.get(PARAM.change) === CHANGE_FLAG,
      today: assessedOn,
    };
  } catch (error) {
    // Broken rules (a RulesError) or rules that cover no thresholds for the date: never guess.
    console.error(error);
    return <RulesErrorPage key={location.href} retryHref={location.href} />;
  }
  const page = resolvePage(params.get(PARAM.step), journey.evaluation);
  const notShown = stepNotShown(appParam(params, PARAM.step), page);
  return (
    <FocusOnArrivalProvider value={location.arrived || page.kind !== 'start'}>
      {notShown !== null && <AddressNamesPageShown location={location} page={page} />}
      <LinkProblems evaluation={journey.evaluation} rules={journey.rules} stepNotShown={notShown} />
      {page.kind !== 'how' && (
        <VersionNoteAlert params={params} evaluation={journey.evaluation} rules={journey.rules} />
      )}
      <PinProblems reading={pin} rules={journey.rules} />
      <Page key={location.href} journey={journey} pin={pin} page={page} retryHref={location.href} />
    </FocusOnArrivalProvider>
  );
}

/**
 * A link that named a page the answers do not reach (the result of a link cut short, say) shows where
 * they lead instead, with a note saying why (LinkProblems). The address is corrected in place to the
 * page shown, everything else in it kept, so a reload, a bookmark or a copied link shows that page.
 */
function AddressNamesPageShown({ location, page }: { location: AppLocation; page: PageRef }) {
  const step = stepOf(page);
  useEffect(() => {
    if (step === null || window.location.search !== location.search) return;
    const params = new URLSearchParams(location.search);
    params.set(PARAM.step, step);
    window.history.replaceState(window.history.state, '', withQuery(location.pathname, params));
  }, [location, step]);
  return null;
}

function Page({
  journey,
  pin,
  page,
  retryHref,
}: {
  journey: Journey;
  pin: PinReading;
  page: PageRef;
  retryHref: string;
}) {
  switch (page.kind) {
    case 'start':
      return <StartPage startHref={positionHref(journey)} />;
    case 'question':
      return <QuestionPage journey={journey} question={questionById(journey.rules, page.question)} />;
    case 'answers':
      return <AnswersPage journey={journey} />;
    case 'how':
      return (
        <Suspense fallback={<Loading />}>
          <HowPage journey={journey} />
        </Suspense>
      );
    case 'result':
      return journey.evaluation.recommendation ? (
        <ResultPage journey={journey} pin={pin} recommendation={journey.evaluation.recommendation} />
      ) : (
        <RulesErrorPage retryHref={retryHref} />
      );
  }
}
