import './designsystemet.css';
import './fonts.css';
import '../ui/shell/styles.css';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { isStartPage, PARAM } from '../domain/url-format';
import { loadCatalogue } from '../ui/text/messages/catalogues';
import { browserLanguages, resolveLocale } from '../ui/text/messages/messages-context';
import { App, preloadJourneyView, prepareFirstPage } from './app';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

// The build prerenders the bokmål start page into index.html (scripts/prerender.ts). When that is the
// page to show, React takes it over (hydrates); otherwise (public/boot.js marked it stale) the app draws
// the right page in its place, with its catalogue and journey loaded first so it is drawn once, complete.
const prerendered = container.firstElementChild !== null;
const stale = document.documentElement.classList.contains('prerender-stale');
if (prerendered && !stale) {
  // In a transition, as for a first render below: hydrated in slices of a few milliseconds.
  startTransition(() => {
    hydrateRoot(container, app);
  });
} else {
  const params = new URLSearchParams(window.location.search);
  const locale = resolveLocale(params.get(PARAM.lang), browserLanguages());
  // The page's catalogue (and, for a link with answers, the journey and its rules) before the first
  // render, so the page is drawn once, complete. A failed load is the app's to report.
  const ready = Promise.all([
    loadCatalogue(locale),
    isStartPage(params) ? null : preloadJourneyView(locale, window.location.search),
  ]).catch(() => undefined);
  void ready.then(() =>
    // In a task of its own: the address is evaluated first (the engine's first run is its slowest), so
    // it neither lengthens the task that loaded the last module nor one of React's slices below.
    setTimeout(() => {
      if (!isStartPage(params)) prepareFirstPage(locale, window.location.search);
      // React empties the container in the commit that draws the page (the prerendered header, shown
      // meanwhile in bokmål, gives way to the page's own in the same frame).
      const root = createRoot(container);
      // As a transition, so React draws the page in slices of a few milliseconds with the browser free
      // in between, instead of in one long task (docs/adr/0004).
      startTransition(() => root.render(app));
    }, 0),
  );
}
