import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

// Pages load on demand; on a busy two-core machine that can take longer than the default second.
// A wait (findBy*, waitFor) gives up well before the test does (testTimeout 30 s in vitest.config.ts),
// so it fails with its own message, naming what it waited for.
configure({ asyncUtilTimeout: 15_000 });

/**
 * The browser's preferred languages (navigator.languages), which pick the language on a first visit.
 * jsdom says en-US; the suite's browser prefers bokmål unless a test says otherwise (preferLanguages).
 */
beforeEach(() => {
  window.history.replaceState(null, '', '/');
  Object.defineProperty(window.navigator, 'languages', { configurable: true, get: () => ['nb-NO', 'nb'] });
});

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  document.title = '';
  document.documentElement.lang = 'nb';
});
