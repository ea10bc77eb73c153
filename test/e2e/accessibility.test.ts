/**
 * axe (WCAG 2.0 and 2.1, levels A and AA) finds nothing on any screen: the start page, every
 * question, the error states, a tampered link, "Dine svar" and every result. The real browser judges
 * colour contrast, which jsdom cannot.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, withApp } from './browser';
import { SCREENS } from './screens';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('axe finds no WCAG 2.1 A/AA violations', () => {
  it.concurrent.for(SCREENS.map((s) => [s.name, s] as const))('on %s', async ([name, screen]) => {
    await withApp(browser, async ({ page }) => {
      await screen.open(page);
      await expectNoAxeViolations(page, name);
    });
  });
});
