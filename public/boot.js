/*
 * Runs before the page paints (a classic script in <head>, allowed by the Content Security Policy as
 * our own file). index.html holds the start page in bokmål, prerendered at build time. When the app
 * will show something else (a link with answers, or another language), that prerendered page is hidden
 * until the app has drawn the right one, so it neither flashes nor shifts; in bokmål its header, the
 * same on every page, stays (its links, which lead from the start page, invisible until then).
 * A link with answers opens on a question or a result, drawn by the lazily loaded journey modules:
 * they and the rules the page needs in its language are preloaded together with the main script (named
 * by the build in <meta name="journey-modules">, <meta name="question-rules-…"> and, for a result, <meta
 * name="result-modules"> and <meta name="result-rules-…">, which also names the interface texts only a
 * result uses: a question is not sent the result page, every example and scheme, or the result's
 * texts), and so is the message
 * catalogue of a page in nynorsk or English (<meta name="messages-…">), so they download alongside the
 * main script instead of after it: in bokmål once the HTML's own first paint has happened (below),
 * in another language at once.
 * The start page as prerendered is a document that reads and works without any script: every control on
 * it is a link. Its scripts are fetched after its first paint but run only when the reader first moves
 * (a key, the pointer, a touch, focus), so the page costs the phone nothing while it is read, and the app
 * is ready by the time a link is followed. A link followed before then is simply followed (the page it
 * leads to loads the app), as it is without JavaScript.
 * The language choice mirrors preferredLocale in src/ui/text/messages/messages-context.tsx; a test keeps
 * them in step (test/app/boot-script.test.ts).
 */
(() => {
  const params = new URLSearchParams(window.location.search);
  const keys = [...params.keys()];
  // The parameters every link keeps: CARRIED_PARAMS in src/domain/url-format.ts, the URL format's one
  // home. A link with nothing else is the start page and needs no journey; one with nothing but the
  // language is the start page as prerendered (fitsPrerenderedStartPage there). The test holds both.
  const carried = ['lang', 'date', 'v', 'pin'];
  const startPage = keys.every((key) => carried.includes(key));
  const fitsPrerender = keys.every((key) => key === 'lang');
  const requested = params.get('lang');
  const fromBrowser = () => {
    const preferred = navigator.languages?.length ? navigator.languages : [navigator.language || ''];
    for (const tag of preferred) {
      const primary = String(tag).toLowerCase().split(/[-_]/)[0];
      if (primary === 'nn' || primary === 'nno') return 'nn';
      if (primary === 'nb' || primary === 'no' || primary === 'nob') return 'nb';
      if (primary === 'en') return 'en';
    }
    return 'nb';
  };
  const lang = requested === 'nb' || requested === 'nn' || requested === 'en' ? requested : fromBrowser();
  if (!fitsPrerender || lang !== 'nb') {
    document.documentElement.classList.add('prerender-stale');
    // In bokmål the prerendered header is the page's own: it is shown at once, the rest of the page
    // hidden until the app draws it, so a link opened paints from the HTML alone (issue 13).
    if (lang === 'nb') document.documentElement.classList.add('prerender-shell');
  }
  const hinted = (name) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '';
  const catalogue = lang === 'nb' ? '' : hinted(`messages-${lang}`);
  // The journey and a question's rules in the page's language: what a question needs. A result (or a
  // pinned result, or "Slik virker veiviseren") needs the result page and the rest of the rules too:
  // needsResultRules in src/app/journey-view.tsx, which the app also follows for a link whose answers
  // reach a result it does not name.
  const journeyFor = `${hinted('journey-modules')} ${hinted(`question-rules-${lang}`)}`;
  const step = params.get('step');
  const needsResultRules = step === 'result' || step === 'how' || params.has('pin');
  const resultFor = `${hinted('result-modules')} ${hinted(`result-rules-${lang}`)}`;
  const journey = startPage ? '' : `${journeyFor}${needsResultRules ? ` ${resultFor}` : ''}`;
  const asPrerendered = fitsPrerender && lang === 'nb';
  // A page the app draws waits for Inter until it has been drawn (src/app/fonts.css): in the fallback
  // made to Inter's metrics, its first paint and its drawing ask for no font, and the scripts it needs
  // have the connection to themselves. The app lifts this once the page is painted (FONTS_AFTER_PAINT,
  // src/ui/shell/web-fonts.ts). The start page as prerendered keeps Inter from its first paint: its
  // largest paint is its first, and a font swapped in later makes Chromium send a pointer move (to
  // update hover after the layout changes), which would start its script (below) with no reader there.
  if (!asPrerendered) document.documentElement.classList.add('fonts-after-paint');
  const addLink = (rel, href) => {
    const link = document.createElement('link');
    link.rel = rel;
    link.href = href;
    document.head.appendChild(link);
  };
  const preload = (href) => addLink('modulepreload', href);
  // The main script, which the build names here instead of in a <script> (scripts/prerender.ts). In
  // bokmål the HTML paints a page of its own: the start page as prerendered, or for a link its header.
  // That first paint needs nothing but the HTML, so the scripts are asked for only once it has
  // happened: nothing it does not need competes with it. The start page's scripts (the main script,
  // and the journey and rules its first question needs) are then fetched, not run: that waits for the
  // reader's first move (below). A link's scripts (the main script, the journey and its rules) are
  // fetched together and the main script run when the document is parsed. In nynorsk or English
  // nothing paints before the app has drawn the page, so everything is asked for at once.
  const main = hinted('main-module');
  let started = false;
  const run = () => {
    if (started || !main) return;
    started = true;
    const script = document.createElement('script');
    script.type = 'module';
    script.src = main;
    document.head.appendChild(script);
  };
  const whenParsed = (then) => {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', then);
    else then();
  };
  let fetched = false;
  const fetchAll = () => {
    if (fetched) return;
    fetched = true;
    if (asPrerendered) {
      for (const href of `${main} ${journeyFor}`.split(' ').filter(Boolean)) addLink('prefetch', href);
      return;
    }
    if (main) preload(main);
    for (const href of `${catalogue} ${journey}`.split(' ').filter(Boolean)) preload(href);
    whenParsed(run);
  };
  if (asPrerendered) {
    // The reader's first move starts the app: by the time a link is followed it is usually running, and
    // the next page is drawn in place. Listened for on the window, before anything on the page sees it.
    const moves = ['keydown', 'pointerdown', 'pointermove', 'touchstart', 'focusin'];
    const onMove = () => {
      for (const type of moves) window.removeEventListener(type, onMove, true);
      whenParsed(run);
    };
    for (const type of moves) window.addEventListener(type, onMove, { capture: true, passive: true });
  }
  if (lang === 'nb') {
    // After the browser reports the first contentful paint (where it cannot, two frames on); a page
    // opened in a background tab paints nothing until it is shown, so after a second in any case.
    if (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      new PerformanceObserver((list, observer) => {
        if (!list.getEntriesByName('first-contentful-paint').length) return;
        observer.disconnect();
        setTimeout(fetchAll, 0);
      }).observe({ type: 'paint', buffered: true });
    } else {
      whenParsed(() => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(fetchAll, 0))));
    }
    setTimeout(fetchAll, 1000);
  } else {
    fetchAll();
  }
})();
