/**
 * The composition. The URL is the only state: a bare URL shows the start page at once; any other is
 * evaluated by the journey view, which is loaded on demand (with the engine, and the rules in the
 * language on screen) and fetched in the background while the start page is read.
 */
import {
  Component,
  lazy,
  type ReactNode,
  Suspense,
  useEffect,
  useLayoutEffect,
  useReducer,
  useRef,
  useState,
} from 'react';
import { loadQuestionRules, loadResultRules } from '../content/locale-rules';
import { type QuestionRules, type ResultRules, withResultRules } from '../content/rule-parts';
import type { Rules } from '../content/schema';
import { LOCALES, type Locale } from '../content/vocabulary';
import type { IsoDate } from '../domain/dates';
import { isStartPage, PARAM } from '../domain/url-format';
import { RecoveryPage } from '../ui/errors/recovery-page';
import { RulesErrorPage } from '../ui/errors/rules-error-page';
import { firstStepHref, languageHref, linkBase, startHref } from '../ui/links/link-base';
import { type Navigate, NavigationProvider } from '../ui/links/navigation';
import { StartPage } from '../ui/question/start-page';
import { Layout } from '../ui/shell/layout';
import { loadOnce } from '../ui/shell/load-once';
import { Loading } from '../ui/shell/loading';
import { FocusOnArrivalProvider } from '../ui/shell/page-focus';
import { allowWebFontsAfterNextPaint } from '../ui/shell/web-fonts';
import { loadCatalogue, loadedCatalogue, loadResultCatalogue } from '../ui/text/messages/catalogues';
import {
  browserLanguages,
  MessagesProvider,
  resolveLocale,
  useLocale,
} from '../ui/text/messages/messages-context';
import { nb } from '../ui/text/messages/nb';
import { prefetchHinted } from './prefetch';
import { type AppLocation, useLocation } from './use-location';

type JourneyModule = typeof import('./journey-view');
type JourneyProps = import('./journey-view').JourneyViewProps;
/** The journey view with a question's rules in one language, once both have loaded. */
type LoadedJourney = {
  View: JourneyModule['default'];
  prepare: JourneyModule['prepareEvaluation'];
  needsResultRules: JourneyModule['needsResultRules'];
  rules: QuestionRules;
};

/**
 * The journey view and a question's rules in a language, each loaded once (a failed load may be tried
 * again); what a result adds (the rest of the rules, src/content/rule-parts.ts, and the result page's
 * own modules) loaded apart.
 */
const journeys = loadOnce<Locale, LoadedJourney>((locale) =>
  Promise.all([import('./journey-view'), loadQuestionRules(locale)]).then(([module, rules]) => ({
    View: module.default,
    prepare: module.prepareEvaluation,
    needsResultRules: module.needsResultRules,
    rules,
  })),
);
const loadJourney = journeys.load;

type ResultPageModule = typeof import('../ui/result/result-page');
/**
 * What a result adds to the journey in a language: the rest of the rules, the result page, and the
 * interface texts only a result and "Slik virker veiviseren" use (which `useMessages` then finds).
 */
type LoadedResult = { rules: ResultRules; ResultPage: ResultPageModule['ResultPage'] };
const results = loadOnce<Locale, LoadedResult>((locale) =>
  Promise.all([
    loadResultRules(locale),
    import('../ui/result/result-page'),
    loadResultCatalogue(locale),
  ]).then(([rules, module]) => ({ rules, ResultPage: module.ResultPage })),
);

/** The whole rules in a language once both parts have loaded, made once, so a page's rules keep their identity. */
const wholeRules = new Map<Locale, Rules>();

/** The rules for the journey's pages in a language: the whole once the rest has loaded, else a question's. */
function rulesFor(locale: Locale, loaded: LoadedJourney): QuestionRules {
  const rest = results.loaded(locale);
  if (!rest) return loaded.rules;
  let whole = wholeRules.get(locale);
  if (!whole) {
    whole = withResultRules(loaded.rules, rest.rules);
    wholeRules.set(locale, whole);
  }
  return whole;
}

/** Whether the page at `search` can be drawn: the journey is loaded, and what a result adds if it needs it. */
function journeyReadyFor(locale: Locale, search: string, today?: IsoDate): boolean {
  const loaded = journeys.loaded(locale);
  if (!loaded) return false;
  return results.loaded(locale) !== undefined || !loaded.needsResultRules(search, loaded.rules, today);
}

/** Loads the journey, and what a result adds when the page at `search` needs it. */
function loadJourneyFor(locale: Locale, search: string, today?: IsoDate): Promise<unknown> {
  return loadJourney(locale).then((loaded) =>
    loaded.needsResultRules(search, loaded.rules, today) ? results.load(locale) : null,
  );
}

/** Runs `then` when the browser is idle (within two seconds), or after a second where it cannot say. */
function whenIdle(then: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(then, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(then, 1000);
  return () => window.clearTimeout(id);
}

/**
 * For each language, JourneyView once `load` has loaded it, for a Suspense boundary to wait on; JourneyView
 * then draws the page from what has loaded. One lazy component per language, made once.
 */
const lazyJourneyViews = (load: (locale: Locale) => Promise<unknown>) =>
  Object.fromEntries(
    LOCALES.map((locale) => [locale, lazy(() => load(locale).then(() => ({ default: JourneyView })))]),
  ) as Record<Locale, ReturnType<typeof lazy<typeof JourneyView>>>;
const LazyJourney = lazyJourneyViews(loadJourney);
// The same for what a result adds, for a page that needs it.
const LazyResult = lazyJourneyViews(results.load);

const isJourneyLoaded = (locale: Locale) => journeys.loaded(locale) !== undefined;

/**
 * Loads the journey before the first render when the address needs it (a link with answers), and the
 * rest of the rules when its page needs them, so the page is drawn once, complete, instead of a loading
 * message that then shifts (main.tsx).
 */
export const preloadJourneyView = (locale: Locale, search: string): Promise<unknown> =>
  loadJourneyFor(locale, search);

/**
 * Evaluates the address of the page about to be drawn, once the journey is loaded, so the drawing
 * finds it worked out (journey-view.tsx, `prepareEvaluation`). Does nothing before the journey loads.
 */
export function prepareFirstPage(locale: Locale, search: string): void {
  const loaded = journeys.loaded(locale);
  loaded?.prepare(search, rulesFor(locale, loaded));
}

type AppProps = {
  /** The rules loader; tests pass one that fails to see the error page. */
  loadRules?: () => Rules;
  /** The assessment date when the link names none; today in Norway by default. */
  today?: IsoDate;
};

/** Samarbeidsveiviseren. */
export function App({ loadRules, today }: AppProps) {
  const [location, navigate] = useLocation();
  const params = new URLSearchParams(location.search);
  // The link's language, else the browser's preference; every link from here on carries it.
  const locale = resolveLocale(params.get(PARAM.lang), browserLanguages());
  const bare = isStartPage(params);
  const [, loadedMore] = useReducer((count: number) => count + 1, 0);
  const [failedHref, setFailedHref] = useState<string | null>(null);

  // A language is drawn once its catalogue has loaded; on a change of language (or the first page
  // opened from a link) its rules and the journey too, so the page switches language in one go. Until
  // then the page shown stays (public/boot.js and main.tsx have these loading before the first render).
  const shown = useRef<{ location: AppLocation; locale: Locale } | null>(null);
  const newLanguage = shown.current?.locale !== locale;
  // A page that needs the rest of the rules (a result) waits for them too, once the journey is there.
  const journeyReady = isJourneyLoaded(locale)
    ? journeyReadyFor(locale, location.search, today)
    : !newLanguage;
  const ready = loadedCatalogue(locale) !== undefined && (bare || journeyReady);
  if (ready) shown.current = { location, locale };
  useEffect(() => {
    if (ready) return;
    let current = true;
    Promise.all([loadCatalogue(locale), bare ? null : loadJourneyFor(locale, location.search, today)]).then(
      () => current && loadedMore(),
      () => current && setFailedHref(location.href),
    );
    return () => {
      current = false;
    };
  }, [ready, locale, bare, location.href, location.search, today]);

  const page = shown.current;
  const pageLocale = page?.locale;
  useEffect(() => {
    if (pageLocale) document.documentElement.lang = pageLocale;
  }, [pageLocale]);
  const failed = !ready && failedHref === location.href;
  const drawn = page !== null || failed;
  useLayoutEffect(() => {
    // The page the app drew is the right one: show it (public/boot.js hid a prerendered start page
    // that did not match the address). A layout effect, so it is visible before any page moves focus.
    if (!drawn) return;
    document.documentElement.classList.remove('prerender-stale', 'prerender-shell');
    allowWebFontsAfterNextPaint();
  }, [drawn]);
  useEffect(() => {
    // While a question is read, what a result adds downloads when the browser is idle, so the last
    // answer draws its result without waiting for the network. Fetched, not run: running it (the rules
    // are a large JSON.parse) in the question's idle time is work Lighthouse counts on a slow CPU
    // (docs/adr/0004); it runs when a page needs it. A question opened from a link is drawn without it.
    if (bare || !ready || results.loaded(locale)) return;
    return whenIdle(() => {
      prefetchHinted('result-modules');
      prefetchHinted(`result-rules-${locale}`);
    });
  }, [bare, ready, locale]);
  useEffect(() => {
    // Fetch the rest while the start page is read, so "Start veiviseren" answers at once.
    if (bare) loadJourney(locale).catch(() => undefined);
  }, [bare, locale]);

  if (failed) {
    // The catalogue, the rules or the journey could not be downloaded: say so in the language shown,
    // else in the link's language if its catalogue came, else in bokmål.
    const fallback = page?.locale ?? (loadedCatalogue(locale) ? locale : 'nb');
    return (
      <Frame location={location} locale={fallback} navigate={navigate}>
        <RulesErrorPage retryHref={location.href} cause="network" />
      </Frame>
    );
  }
  if (!page) return null;
  const pageParams = new URLSearchParams(page.location.search);
  const base = linkBase(page.location.pathname, pageParams, true, page.locale);
  return (
    <Frame location={page.location} locale={page.locale} navigate={navigate}>
      <PageErrorBoundary key={page.location.href} retryHref={page.location.href} startHref={startHref(base)}>
        {isStartPage(pageParams) ? (
          <FocusOnArrivalProvider value={page.location.arrived}>
            <StartPage key={page.location.href} startHref={firstStepHref(base)} />
          </FocusOnArrivalProvider>
        ) : (
          <JourneyView location={page.location} loadRules={loadRules} today={today} />
        )}
      </PageErrorBoundary>
    </Frame>
  );
}

/** The catalogue, navigation and the frame of every page (header, language choice, footer). */
function Frame({
  location,
  locale,
  navigate,
  children,
}: {
  location: AppLocation;
  locale: Locale;
  navigate: Navigate;
  children: ReactNode;
}) {
  const params = new URLSearchParams(location.search);
  const base = linkBase(location.pathname, params, true, locale);
  return (
    <MessagesProvider locale={locale} messages={loadedCatalogue(locale) ?? nb}>
      <NavigationProvider value={navigate}>
        <Layout
          startHref={startHref(base)}
          languageHref={(lang) => languageHref(location.pathname, location.search, lang)}
        >
          {children}
        </Layout>
      </NavigationProvider>
    </MessagesProvider>
  );
}

/**
 * The journey in the language on screen, drawn at once when it and its rules are loaded, otherwise
 * with a loading message while they load.
 */
function JourneyView(props: JourneyProps) {
  const locale = useLocale();
  const loaded = journeys.loaded(locale);
  if (loaded && journeyReadyFor(locale, props.location.search, props.today))
    return (
      <loaded.View
        {...props}
        loadRules={props.loadRules ?? (() => rulesFor(locale, loaded))}
        ResultPage={results.loaded(locale)?.ResultPage}
      />
    );
  const Lazy = (loaded ? LazyResult : LazyJourney)[locale];
  return (
    <Suspense fallback={<Loading />}>
      <Lazy {...props} />
    </Suspense>
  );
}

/**
 * Nothing a page does may take the answers with it. Broken rules show the rules error page; a chunk
 * that cannot be loaded (offline, or a new version replaced the files) shows it worded for the network;
 * any other render error shows the recovery page. Both keep the link with the answers. Keyed by the address, so moving on resets it.
 */
class PageErrorBoundary extends Component<
  { retryHref: string; startHref: string; children: ReactNode },
  { error: Error | null }
> {
  override state: { error: Error | null } = { error: null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override componentDidCatch(error: Error) {
    console.error(error);
  }
  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (error.name === 'RulesError') return <RulesErrorPage retryHref={this.props.retryHref} />;
    // Chromium, Firefox and Safari word a module that could not be fetched differently.
    if (
      /dynamically imported module|Importing a module script|error loading dynamically/i.test(error.message)
    )
      return <RulesErrorPage retryHref={this.props.retryHref} cause="network" />;
    return <RecoveryPage retryHref={this.props.retryHref} startHref={this.props.startHref} />;
  }
}
