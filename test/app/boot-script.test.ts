/** public/boot.js hides the prerendered start page exactly when the app will show another page or language. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  APP_PARAMS,
  CARRIED_PARAMS,
  fitsPrerenderedStartPage,
  isStartPage,
} from '../../src/domain/url-format';
import { FONTS_AFTER_PAINT } from '../../src/ui/shell/web-fonts';
import { preferredLocale, resolveLocale } from '../../src/ui/text/messages/messages-context';

const script = readFileSync(join(__dirname, '../../public/boot.js'), 'utf8');

/**
 * Runs public/boot.js for an address and browser languages. In bokmål it asks for the scripts only after
 * the first paint, which jsdom never reports: with `painted` (the default) the time its fallback waits
 * is let pass, so what it then asks for is in the document too.
 */
function runBoot(search: string, languages: string[], { painted = true } = {}): boolean {
  window.history.replaceState(null, '', `/${search}`);
  Object.defineProperty(window.navigator, 'languages', { configurable: true, get: () => languages });
  document.documentElement.classList.remove('prerender-stale', 'prerender-shell', FONTS_AFTER_PAINT);
  if (!painted) {
    new Function(script)();
    return document.documentElement.classList.contains('prerender-stale');
  }
  vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame', 'performance', 'Date'] });
  try {
    new Function(script)();
    vi.advanceTimersByTime(1000);
  } finally {
    vi.useRealTimers();
  }
  return document.documentElement.classList.contains('prerender-stale');
}

const showsShell = () => document.documentElement.classList.contains('prerender-shell');
const holdsFonts = () => document.documentElement.classList.contains(FONTS_AFTER_PAINT);

describe('the boot script', () => {
  it.each([
    ['', ['nb-NO']],
    ['', ['en-GB', 'nb']],
    ['', ['nn-NO']],
    ['', ['de-DE']],
    ['', ['de-DE', 'en-US']],
    ['?lang=nb', ['en-GB']],
    ['?lang=nn', ['nb-NO']],
    ['?lang=en', ['nb-NO']],
    ['?lang=xx', ['nn']],
    ['?authority=state', ['nb-NO']],
    ['?step=how&lang=nb', ['nb-NO']],
    ['?date=2026-01-01', ['nb-NO']],
    ['?v=2026.11.1&lang=nb', ['nb-NO']],
    ['?pin=authority%3Dstate', ['nb-NO']],
  ])('agrees with the app for %j with browser languages %j', (search, languages) => {
    const params = new URLSearchParams(search);
    const appShowsPrerendered =
      fitsPrerenderedStartPage(params) && resolveLocale(params.get('lang'), languages) === 'nb';
    expect(runBoot(search, languages)).toBe(!appShowsPrerendered);
    // The prerendered header (in bokmål) is kept for another page in bokmål, never for another language.
    const bokmal = resolveLocale(params.get('lang'), languages) === 'nb';
    expect(showsShell()).toBe(!appShowsPrerendered && bokmal);
    // Inter waits for every page the app draws, under the class name the app lifts; the start page as
    // prerendered keeps it from its first paint (src/app/fonts.css).
    expect(holdsFonts()).toBe(!appShowsPrerendered);
    expect(preferredLocale(languages)).toBeTruthy();
  });
});

describe('the boot script reads the URL format of src/domain/url-format.ts', () => {
  // Every parameter of the app's own, alone and beside the language, plus an answer: the boot script
  // must count as the start page exactly what the app does, and hide the prerender exactly when the
  // app draws something else. A parameter added to the format and not to boot.js fails here.
  const cases = [
    ...APP_PARAMS.flatMap((name) => [`?${name}=x`, `?lang=nb&${name}=x`]),
    '?date=2026-01-01',
    '?date=2026-01-01&v=2026.11.1',
    '?v=2026.11.1',
    '?authority=state&date=2026-01-01',
  ];

  it.each(cases)('hides the prerender for %j exactly when the app draws another page', (search) => {
    const params = new URLSearchParams(search);
    expect(runBoot(search, ['nb-NO'])).toBe(!fitsPrerenderedStartPage(params));
  });

  it.each(cases)('preloads the journey for %j exactly when the app leaves the start page', (search) => {
    document.head.innerHTML = '<meta name="journey-modules" content="/assets/journey-view-1.js">';
    runBoot(search, ['nb-NO']);
    const preloadsJourney = document.head.querySelector('link[rel="modulepreload"]') !== null;
    expect(preloadsJourney).toBe(!isStartPage(new URLSearchParams(search)));
  });

  it('counts as the start page a link with the parameters every link keeps, and nothing else', () => {
    for (const name of CARRIED_PARAMS) expect(isStartPage(new URLSearchParams(`${name}=x`))).toBe(true);
    expect(isStartPage(new URLSearchParams('step=how'))).toBe(false);
    expect(isStartPage(new URLSearchParams('authority=state'))).toBe(false);
  });
});

describe('the boot script’s preloading', () => {
  function preloadsFor(search: string, languages: string[]): string[] {
    document.head.innerHTML = `
      <meta name="journey-modules" content="/assets/journey-view-1.js /assets/shared-2.js">
      <meta name="result-modules" content="/assets/result-page-11.js">
      <meta name="question-rules-nb" content="/assets/rules-question-nb-3.js">
      <meta name="question-rules-nn" content="/assets/rules-question-nn-4.js">
      <meta name="question-rules-en" content="/assets/rules-question-en-5.js">
      <meta name="result-rules-nb" content="/assets/rules-result-nb-8.js">
      <meta name="result-rules-nn" content="/assets/rules-result-nn-9.js">
      <meta name="result-rules-en" content="/assets/rules-result-en-10.js">
      <meta name="messages-nn" content="/assets/nn-6.js">
      <meta name="messages-en" content="/assets/en-7.js">`;
    runBoot(search, languages);
    const links = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')];
    return links.map((link) => new URL(link.href).pathname);
  }

  it('preloads the journey and a question’s rules in the page’s language for a link to a question', () => {
    expect(preloadsFor('?authority=state&lang=nn', ['nb-NO'])).toEqual([
      '/assets/nn-6.js',
      '/assets/journey-view-1.js',
      '/assets/shared-2.js',
      '/assets/rules-question-nn-4.js',
    ]);
    expect(preloadsFor('?authority=state', ['en-GB'])).toEqual([
      '/assets/en-7.js',
      '/assets/journey-view-1.js',
      '/assets/shared-2.js',
      '/assets/rules-question-en-5.js',
    ]);
    expect(preloadsFor('?authority=state&step=goal', ['nb-NO'])).toEqual([
      '/assets/journey-view-1.js',
      '/assets/shared-2.js',
      '/assets/rules-question-nb-3.js',
    ]);
  });

  it('adds the result page and the rest of the rules for a link to a result, a pinned result or how the guide works', () => {
    for (const search of ['?authority=state&step=result', '?step=how', '?authority=state&pin=x'])
      expect(preloadsFor(search, ['nb-NO']), search).toEqual([
        '/assets/journey-view-1.js',
        '/assets/shared-2.js',
        '/assets/rules-question-nb-3.js',
        '/assets/result-page-11.js',
        '/assets/rules-result-nb-8.js',
      ]);
    expect(preloadsFor('?authority=state&step=result&lang=en', ['nb-NO'])).toEqual([
      '/assets/en-7.js',
      '/assets/journey-view-1.js',
      '/assets/shared-2.js',
      '/assets/rules-question-en-5.js',
      '/assets/result-page-11.js',
      '/assets/rules-result-en-10.js',
    ]);
  });

  it('preloads only the catalogue for the start page in nynorsk or English, and nothing in bokmål', () => {
    expect(preloadsFor('', ['nb-NO'])).toEqual([]);
    expect(preloadsFor('?lang=en', ['nb-NO'])).toEqual(['/assets/en-7.js']);
    expect(preloadsFor('', ['nn-NO'])).toEqual(['/assets/nn-6.js']);
  });

  it('does nothing when the page names no modules (the development server)', () => {
    document.head.innerHTML = '';
    runBoot('?authority=state', ['nb-NO']);
    expect(document.head.querySelectorAll('link')).toHaveLength(0);
  });
});

describe('the boot script loads the main script', () => {
  const MAIN = '/assets/index-9.js';
  function boot(search: string, languages: string[], moreHead = '') {
    document.head.innerHTML = `<meta name="main-module" content="${MAIN}">${moreHead}`;
    runBoot(search, languages, { painted: false });
    const preloaded = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')];
    const scripts = () =>
      [...document.head.querySelectorAll<HTMLScriptElement>('script[type="module"]')].map(
        (script) => new URL(script.src).pathname,
      );
    return { preloaded: preloaded.map((link) => new URL(link.href).pathname), scripts };
  }

  it('in nynorsk or English, where nothing paints before the app: preloaded and run at once', () => {
    for (const [search, languages] of [
      ['?authority=state', ['nn-NO']],
      ['?lang=en', ['nb-NO']],
      ['', ['nn-NO']],
    ] as const) {
      const { preloaded, scripts } = boot(search, [...languages]);
      expect(preloaded).toEqual([MAIN]);
      expect(scripts()).toEqual([MAIN]);
    }
  });

  /** Lets the two frames of the first-paint fallback pass (jsdom reports no paints; Chromium's: e2e). */
  function paint() {
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
  }
  const linked = (rel: string) =>
    [...document.head.querySelectorAll<HTMLLinkElement>(`link[rel="${rel}"]`)].map(
      (link) => new URL(link.href).pathname,
    );
  function withFakeTimers(body: () => void) {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame', 'performance', 'Date'] });
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'complete' });
    try {
      body();
    } finally {
      vi.useRealTimers();
      Reflect.deleteProperty(document, 'readyState');
    }
  }

  it('for a link in bokmål, whose header paints from the HTML: only after the first paint, and once', () => {
    withFakeTimers(() => {
      const { scripts } = boot('?authority=state', ['nb-NO']);
      expect(linked('modulepreload')).toEqual([]);
      expect(scripts()).toEqual([]);
      vi.advanceTimersToNextFrame();
      vi.advanceTimersByTime(1);
      expect(scripts()).toEqual([]);
      vi.advanceTimersToNextFrame();
      vi.advanceTimersByTime(1);
      expect(scripts()).toEqual([MAIN]);
      expect(linked('modulepreload')).toEqual([MAIN]);
      // Once only, though the fallback for a background tab fires later.
      vi.advanceTimersByTime(1000);
      expect(scripts()).toEqual([MAIN]);
      expect(linked('modulepreload')).toEqual([MAIN]);
    });
  });

  it.each([
    ['a key', () => new KeyboardEvent('keydown', { key: 'Tab' })],
    ['a press of the pointer', () => new Event('pointerdown')],
    ['the pointer moved', () => new Event('pointermove')],
    ['a touch', () => new Event('touchstart')],
    ['focus', () => new FocusEvent('focusin')],
  ])(
    'for the prerendered start page: fetched after the first paint, run on the reader’s first move (%s), once',
    (_move, event) => {
      withFakeTimers(() => {
        const { scripts } = boot(
          '',
          ['nb-NO'],
          `<meta name="journey-modules" content="/assets/journey-view-1.js">
          <meta name="question-rules-nb" content="/assets/rules-question-nb-3.js">
          <meta name="question-rules-en" content="/assets/rules-question-en-5.js">
          <meta name="result-rules-nb" content="/assets/rules-result-nb-8.js">`,
        );
        expect(linked('prefetch')).toEqual([]);
        paint();
        // Fetched, not run: the main script and what the first question needs, in bokmål.
        expect(linked('prefetch')).toEqual([
          MAIN,
          '/assets/journey-view-1.js',
          '/assets/rules-question-nb-3.js',
        ]);
        expect(linked('modulepreload')).toEqual([]);
        vi.advanceTimersByTime(5000);
        expect(scripts()).toEqual([]);
        window.dispatchEvent(event());
        expect(scripts()).toEqual([MAIN]);
        // Once only, whatever the reader does next.
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
        window.dispatchEvent(new Event('pointerdown'));
        expect(scripts()).toEqual([MAIN]);
      });
    },
  );
});
