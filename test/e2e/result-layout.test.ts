/**
 * A result reads in the order of the officer's work, and what to do is near the top (issue 12):
 *
 * - the sections come in this order: the recommendation, why, "Dette må dere gjøre", the next steps,
 *   examples, funding, the rules in detail, the other forms considered, the answers, the tools for
 *   exploring, and the sources;
 * - in a 1280×800 window the recommendation (h1), the duties (where to announce, how to compete, the
 *   procurement record) and the first next step are in the first screen, with no scrolling;
 * - at 320 px wide they are within two screens of a 320×640 window (folded texts closed, as a phone
 *   opens the page).
 *
 * Every outcome, read from the laid-out page (bounding boxes), with a photograph of the first screen at
 * both widths in test-results/screens/ for a person to look at.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goto, launchBrowser, NARROW, PHOTOGRAPHS, SCREENS_DIR, WAIT_MS, WIDE, withApp } from './browser';
import { JOURNEYS, resultPath, RESULT_SECTIONS as SECTION_ORDER } from './journeys';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Box = { what: string; bottom: number } | { what: string; missing: true };

/** The bottom edge (page coordinates) of each thing that must be near the top, or that it is missing. */
async function keyBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const box = (what: string, element: Element | null) =>
      element
        ? { what, bottom: Math.round(element.getBoundingClientRect().bottom + window.scrollY) }
        : { what, missing: true as const };
    const mustDo = document.querySelector('.must-do');
    const duties = mustDo?.querySelectorAll(
      '[data-duty=announce], [data-duty=compete], [data-duty=protocol]',
    );
    return [
      box('the recommendation (h1)', document.querySelector('h1')),
      box('the heading «Dette må dere gjøre»', document.querySelector('#must-do-heading')),
      // Where nothing is bought there are no duties: the block's words say so instead.
      ...(duties && duties.length > 0
        ? [...duties].map((row) => box(`the duty «${row.querySelector('dt')?.textContent}»`, row))
        : [box('what the rules ask (no duties)', mustDo?.querySelector('p') ?? null)]),
      box('the first next step', document.querySelector('.checklist > li')),
    ];
  });
}

/** Opens the result in a window of `width`×`height` and waits until every section is drawn. */
async function openLaidOut(page: Page, path: string): Promise<void> {
  await goto(page, path);
  await page.locator('#sources-heading').waitFor({ timeout: WAIT_MS });
  await page.evaluate(() => window.scrollTo(0, 0));
}

describe('a result in the order of the officer’s work', () => {
  it.concurrent.for(JOURNEYS.map((j) => [j.outcome, j] as const))(
    '%s: what to do is in the first screen at 1280×800 and within two at 320 px',
    async ([outcome, journey], { expect }) => {
      for (const [width, height, screens] of [
        [WIDE, 800, 1],
        [NARROW, 640, 2],
      ] as const) {
        await withApp(
          browser,
          async ({ page }) => {
            await openLaidOut(page, resultPath(journey));
            const ids = await page.evaluate(() =>
              [...document.querySelectorAll('main h2[id]')].map((h) => h.id),
            );
            const wanted = ids.filter((id) => SECTION_ORDER.includes(id));
            expect(wanted, `${outcome}: the order of the sections`).toEqual(
              SECTION_ORDER.filter((id) => wanted.includes(id)),
            );
            expect(wanted, `${outcome}: the sections every result has`).toEqual(
              expect.arrayContaining(SECTION_ORDER.filter((id) => id !== 'alternatives-heading')),
            );
            const limit = height * screens;
            const late = (await keyBoxes(page)).flatMap((box) =>
              'missing' in box
                ? [`${box.what} is missing`]
                : box.bottom > limit
                  ? [`${box.what} ends at ${box.bottom} px`]
                  : [],
            );
            if (PHOTOGRAPHS)
              await page.screenshot({
                path: resolve(SCREENS_DIR, `result-top-${outcome}-${width}.png`),
                clip: { x: 0, y: 0, width, height: limit },
                fullPage: true,
              });
            expect(late, `${outcome} at ${width}×${height}: beyond ${limit} px: ${late.join('; ')}`).toEqual(
              [],
            );
          },
          { width, height },
        );
      }
    },
  );
});

describe('the parts folded on a phone', () => {
  it('stay in the page, open from the keyboard, and print open', async () => {
    const journey = JOURNEYS.find((j) => j.outcome === 'develop-part-one-purchase');
    if (!journey) throw new Error('No journey to develop-part-one-purchase');
    await withApp(
      browser,
      async ({ page }) => {
        await openLaidOut(page, resultPath(journey));
        const why = page.locator('.why p');
        const standstill = page.locator('[data-duty=standstill]');
        const lead = page.locator('.result-header .lead');
        // Folded: in the page (find in page reaches them), not shown.
        for (const [what, part] of [
          ['the reasoning', why],
          ['the standstill period', standstill],
          ['the description of the form', lead],
        ] as const) {
          expect(await part.count(), `${what} is in the page`).toBe(1);
          expect(await part.isVisible(), `${what} is folded`).toBe(false);
        }
        // A fold opens from the keyboard.
        await page.getByText('Les begrunnelsen', { exact: true }).focus();
        await page.keyboard.press('Enter');
        await why.waitFor({ state: 'visible', timeout: WAIT_MS });
        // In print every fold is open: the reasoning, the later duties and the description are on paper.
        await page.emulateMedia({ media: 'print' });
        for (const part of [why, standstill, lead])
          await part.waitFor({ state: 'visible', timeout: WAIT_MS });
        expect(await page.locator('[data-duty=fine]').isVisible()).toBe(true);
      },
      { width: NARROW, height: 640 },
    );
  });
});
