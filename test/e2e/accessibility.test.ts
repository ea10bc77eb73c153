/**
 * Every screen (the start page, every question, the error states, a tampered link, "Dine svar", every
 * result and the other pages), each opened once:
 * - axe (WCAG 2.0 and 2.1, levels A and AA) finds nothing; the real browser judges colour contrast,
 *   which jsdom cannot;
 * - WCAG 1.4.10 Reflow: at 320 CSS px wide nothing scrolls sideways;
 * - it is photographed at 320 and 1280 px into test-results/screens/ for a person to look at.
 * One visit per screen for all three, so the suite opens each screen once rather than once per check.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, screenshots, withApp } from './browser';
import { SCREENS } from './screens';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('every screen: no axe violation (WCAG 2.1 A/AA), reflows at 320 CSS px, photographed', () => {
  it.concurrent.for(SCREENS.map((s) => [s.name, s] as const))('%s', async ([name, screen]) => {
    await withApp(browser, async ({ page }) => {
      await screen.open(page);
      await expectNoAxeViolations(page, name);
      await screenshots(page, name);
    });
  });
});
