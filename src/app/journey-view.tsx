/**
 * Every page but the bare start page: the query string is evaluated by the engine (answers pruned and
 * replayed through the machine) on every render, and the page is chosen from the result. Loaded on
 * demand, so the start page carries none of the engine, the rules or their validation.
 */
import { lazy, Suspense, useEffect } from 'react';
import { hasResultRules, type QuestionRules } from '../content/rule-parts';
import { type IsoDate, todayInNorway } from '../domain/dates';
import { appParam, CHANGE_FLAG, PARAM, withQuery } from '../domain/url-format';
import { type Evaluation, evaluate } from '../machine/engine';
import { LinkProblems } from '../ui/errors/link-problems';
import { RulesErrorPage } from '../ui/errors/rules-error-page';
import { type Journey, positionHref, type QuestionJourney } from '../ui/links/journey';
import { linkBase, withRulesVersion } from '../ui/links/link-base';
import { VersionNoteAlert } from '../ui/links/version-note';
import { AnswersPage } from '../ui/question/answers-page';
import { QuestionPage } from '../ui/question/question-page';
import { StartPage } from '../ui/question/start-page';
import { keepUsablePin, type PinReading, readPin } from '../ui/result/compare/pin';
import { PinProblems } from '../ui/result/compare/pin-problems';
import type { ResultPage as ResultPageView } from '../ui/result/result-page';
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
  /**
   * The rules in the language on screen (src/content/locale-rules.ts): a question's part, and the rest
   * too where the page needs it (`needsResultRules`). Tests pass one that fails.
   */
  loadRules?: () => QuestionRules;
  /** The assessment date when the link names none; today in Norway by default. */
  today?: IsoDate;
  /**
   * The result page, a chunk of its own that the app loads with the rest of the rules for a page that
   * needs them (src/app/app.tsx), so a question opened from a link is not sent it.
   */
  ResultPage?: typeof ResultPageView;
};

/**
 * The evaluation of the address last drawn. Drawing the same address again costs nothing, and the first
 * page opened from a link is evaluated before React draws it (`prepareEvaluation`, from main.tsx), in a
 * task of its own: the first evaluation is the slowest (the engine's code runs for the first time), and
 * inside React's drawing it made one of the longest tasks of a page opened from a link (docs/adr/0004).
 */
let lastEvaluation: { rules: QuestionRules; search: string; today: IsoDate; evaluation: Evaluation } | null =
  null;

function evaluateOnce(search: string, today: IsoDate, rules: QuestionRules): Evaluation {
  const last = lastEvaluation;
  if (last && last.rules === rules && last.search === search && last.today === today) return last.evaluation;
  const evaluation = evaluate(search, { today, rules });
  lastEvaluation = { rules, search, today, evaluation };
  return evaluation;
}

/** Evaluates an address ahead of its drawing; a problem is left for the drawing to report. */
export function prepareEvaluation(
  search: string,
  rules: QuestionRules,
  today: IsoDate = todayInNorway(),
): void {
  try {
    evaluateOnce(search, today, rules);
  } catch {
    // JourneyView evaluates again and shows the rules error page.
  }
}

/**
 * What a page needs beyond a question's rules (src/content/rule-parts.ts): a result (and a question
 * asked again once the answers reach one, as its version note names the result), a pinned result to
 * compare with, and "Slik virker veiviseren". A question, the answers page and the start page do not.
 */
function pageNeedsResultRules(params: URLSearchParams, evaluation: Evaluation, page: PageRef): boolean {
  return params.has(PARAM.pin) || evaluation.position.kind === 'outcome' || page.kind === 'how';
}

/**
 * Whether the page at this address needs the rest of the rules, worked out from a question's rules
 * (the app loads the rest before drawing it). Broken rules need nothing more: the drawing reports them.
 */
export function needsResultRules(
  search: string,
  rules: QuestionRules,
  today: IsoDate = todayInNorway(),
): boolean {
  const params = new URLSearchParams(search);
  try {
    const evaluation = evaluateOnce(search, today, rules);
    return pageNeedsResultRules(params, evaluation, resolvePage(params.get(PARAM.step), evaluation));
  } catch {
    return false;
  }
}

export default function JourneyView({ location, loadRules, today, ResultPage }: JourneyViewProps) {
  const params = new URLSearchParams(location.search);
  const locale = useLocale();
  const assessedOn = today ?? todayInNorway();
  let journey: QuestionJourney | null = null;
  let page: PageRef = { kind: 'start' };
  // The pinned result, read once for this render and passed to what shows it or reports it.
  let pin: PinReading = { kind: 'none' };
  try {
    if (!loadRules) throw new Error('JourneyView was drawn without its rules');
    const rules = loadRules();
    const evaluation = evaluateOnce(location.search, assessedOn, rules);
    page = resolvePage(params.get(PARAM.step), evaluation);
    // The app loads the rest of the rules before drawing a page that needs it (needsResultRules).
    const needsMore = pageNeedsResultRules(params, evaluation, page);
    if (needsMore && !hasResultRules(rules))
      throw new Error(`JourneyView was drawn without the rules a ${page.kind} page needs`);
    if (page.kind === 'result' && !ResultPage)
      throw new Error('JourneyView was drawn without the result page');
    if (hasResultRules(rules)) pin = readPin(params.get(PARAM.pin), rules, evaluation.assessmentDate);
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
  const notShown = stepNotShown(appParam(params, PARAM.step), page);
  return (
    <FocusOnArrivalProvider value={location.arrived || page.kind !== 'start'}>
      {notShown !== null && <AddressNamesPageShown location={location} page={page} />}
      <LinkProblems evaluation={journey.evaluation} rules={journey.rules} stepNotShown={notShown} />
      {page.kind !== 'how' && (
        <VersionNoteAlert params={params} evaluation={journey.evaluation} rules={journey.rules} />
      )}
      <PinProblems reading={pin} rules={journey.rules} />
      <Page
        key={location.href}
        journey={journey}
        pin={pin}
        page={page}
        retryHref={location.href}
        ResultPage={ResultPage}
      />
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

/** The journey with every rule, for the pages that need them (`pageNeedsResultRules`); else null. */
function withEveryRule(journey: QuestionJourney): Journey | null {
  const { rules } = journey;
  return hasResultRules(rules) ? { ...journey, rules } : null;
}

function Page({
  journey,
  pin,
  page,
  retryHref,
  ResultPage,
}: {
  journey: QuestionJourney;
  pin: PinReading;
  page: PageRef;
  retryHref: string;
  ResultPage: JourneyViewProps['ResultPage'];
}) {
  switch (page.kind) {
    case 'start':
      return <StartPage startHref={positionHref(journey)} />;
    case 'question':
      return <QuestionPage journey={journey} question={questionById(journey.rules, page.question)} />;
    case 'answers':
      return <AnswersPage journey={journey} />;
    case 'how': {
      const full = withEveryRule(journey);
      return full ? (
        <Suspense fallback={<Loading />}>
          <HowPage journey={full} />
        </Suspense>
      ) : (
        <RulesErrorPage retryHref={retryHref} />
      );
    }
    case 'result': {
      const full = withEveryRule(journey);
      const recommendation = journey.evaluation.recommendation;
      return full && recommendation && ResultPage ? (
        <ResultPage journey={full} pin={pin} recommendation={recommendation} />
      ) : (
        <RulesErrorPage retryHref={retryHref} />
      );
    }
  }
}
