/**
 * A result's lower part (examples, funding, the rules in detail, the other forms, the answers, the
 * tools for exploring, the sources) is drawn when it is needed, not while the page loads (issue 13):
 *
 * - opened from a link on a phone, only the first part is drawn, and nothing says the page is busy;
 * - scrolling, a key (Tab) or a touch draws the rest, section by section in page order;
 * - a link in the contents list to a section not yet drawn goes to that section's heading;
 * - an address naming a section opens with that section in view;
 * - printing straight after opening prints the whole result.
 *
 * These tests open the page with `page.goto` and wait for the h1 themselves: the shared `goto` helper
 * stands in for a reader's first key press (test/e2e/browser.ts), which is what is tested here.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, h1, launchBrowser, RESULTS_DIR, WAIT_MS, withApp } from './browser';
import { RESULT_SECTIONS } from './journeys';
import { pdfText } from './pdf';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const RESULT =
  '/?authority=municipality&goal=implement&payment=purchase&serviceArea=health&contractValue=500000&step=result';
/*
 * The lower part is drawn once its placeholder is within a screen's height of view. These windows are
 * short enough that it stays well out of that reach at load (some 1 950 px down on the phone, 1 650 px
 * on the wide screen, against 1 400 and 1 200), whatever fonts have loaded, so the tests start undrawn.
 */
const PHONE = { width: 412, height: 700 };
const WIDE_SHORT = { width: 1280, height: 600 };
/** The lower part: every section after the next steps. */
const LOWER = RESULT_SECTIONS.slice(RESULT_SECTIONS.indexOf('examples-heading'));

async function open(page: Page, path = RESULT): Promise<void> {
  await page.goto(appUrl(path), { waitUntil: 'load' });
  await h1(page).waitFor({ state: 'visible' });
  // The rest of the first screen follows the h1 in the next frame (result-page.tsx).
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, {
    timeout: WAIT_MS,
  });
}

/** The ids of the lower part's headings on the page, in page order. */
const lowerHeadings = (page: Page) =>
  page.evaluate(
    (ids) =>
      [...document.querySelectorAll('h2[id]')].map((heading) => heading.id).filter((id) => ids.includes(id)),
    LOWER,
  );

async function wholePageDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-later], [aria-busy="true"]'), undefined, {
    timeout: WAIT_MS,
  });
  expect(await lowerHeadings(page)).toEqual(LOWER);
}

describe('the lower part of a result is drawn when it is needed', () => {
  it.concurrent('is not drawn while a phone opens the page, and nothing says the page is busy', async () => {
    await withApp(
      browser,
      async ({ page }) => {
        await open(page);
        // Give the page every chance to draw it by itself: two frames and a second.
        await page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        );
        await page.waitForTimeout(1_000);
        expect(await page.locator('[data-later="waiting"]').count()).toBe(1);
        expect(await lowerHeadings(page)).toEqual([]);
        expect(await page.locator('[aria-busy="true"]').count()).toBe(0);
        // The first part is all there: the duties and the next steps.
        expect(await page.locator('#must-do-heading').count()).toBe(1);
        expect(await page.locator('#next-steps-heading').count()).toBe(1);
      },
      PHONE,
    );
  });

  it.concurrent('is drawn, all of it and in order, when the reader scrolls', async () => {
    await withApp(
      browser,
      async ({ page }) => {
        await open(page);
        await page.mouse.wheel(0, 200);
        await wholePageDrawn(page);
      },
      PHONE,
    );
  });

  it.concurrent('is drawn when the reader presses Tab', async () => {
    await withApp(
      browser,
      async ({ page }) => {
        await open(page);
        await page.keyboard.press('Tab');
        await wholePageDrawn(page);
      },
      PHONE,
    );
  });

  it.concurrent('a contents link to a section not yet drawn goes to its heading', async () => {
    await withApp(
      browser,
      async ({ page }) => {
        await open(page);
        expect(await page.locator('[data-later="waiting"]').count()).toBe(1);
        // On a wide screen the contents list is open beside the heading.
        await page.locator('.result-contents a[href="#funding-heading"]').click();
        await page.waitForFunction(() => window.location.hash === '#funding-heading', undefined, {
          timeout: WAIT_MS,
        });
        const top = await page.evaluate(
          () => document.getElementById('funding-heading')?.getBoundingClientRect().top,
        );
        expect(top).toBeGreaterThanOrEqual(-1);
        expect(top).toBeLessThan(200);
        await wholePageDrawn(page);
      },
      WIDE_SHORT,
    );
  });

  it.concurrent('an address naming a section opens with that section in view', async () => {
    await withApp(
      browser,
      async ({ page }) => {
        await open(page, `${RESULT}#sources-heading`);
        await page.waitForFunction(
          () => {
            const top = document.getElementById('sources-heading')?.getBoundingClientRect().top;
            return top !== undefined && top >= -1 && top < 200;
          },
          undefined,
          { timeout: WAIT_MS },
        );
      },
      PHONE,
    );
  });

  it.concurrent('printed straight after opening, the whole result is on paper', async () => {
    await withApp(
      browser,
      async ({ page }) => {
        await open(page);
        expect(await page.locator('[data-later="waiting"]').count()).toBe(1);
        const file = resolve(RESULTS_DIR, 'pdf', 'printed-at-once.pdf');
        await page.pdf({ path: file, format: 'A4' });
        const text = (await pdfText(file)).replace(/\s+/g, ' ');
        for (const heading of [
          'Eksempler fra veilederen',
          'Tilskudd og finansiering',
          'Anskaffelsesregler',
          'Kilder',
        ])
          expect(text, heading).toContain(heading);
      },
      WIDE_SHORT,
    );
  });
});
