/**
 * Every screen (the start page, every question, the error states, a tampered link, "Dine svar", every
 * result and the other pages), each opened once:
 * - axe (WCAG 2.0 and 2.1, levels A and AA) finds nothing; the real browser judges colour contrast,
 *   which jsdom cannot;
 * - WCAG 1.4.10 Reflow: at 320 CSS px wide nothing scrolls sideways;
 * - with `npm run screens`, it is photographed at 320 and 1280 px into test-results/screens/ for a person
 *   to look at.
 * One visit per screen for all three, so the suite opens each screen once rather than once per check.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, goto, launchBrowser, screenshots, withApp } from './browser';
import { SCREENS } from './screens';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the axe check itself', () => {
  it('fails on a page with faint text and a field without a label, naming both rules', async () => {
    await withApp(browser, async ({ page }) => {
      await goto(page, '/');
      await page.evaluate(() => {
        const faint = document.createElement('p');
        faint.textContent = 'Lys grå tekst på hvit bunn';
        faint.style.color = '#cccccc';
        faint.style.background = '#ffffff';
        const field = document.createElement('input');
        field.type = 'text';
        document.querySelector('main')?.append(faint, field);
      });
      const failure = await expectNoAxeViolations(page, 'start, spoiled').then(
        () => null,
        (error: Error) => error.message,
      );
      expect(failure).toMatch(/color-contrast/);
      expect(failure).toMatch(/\blabel\b/);
    });
  });
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
