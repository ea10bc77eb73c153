/**
 * A radio button sits at the start of its label's first line, as Designsystemet draws it, at the widest
 * and the narrowest width. The build rewrites Designsystemet's field selectors (scripts/lib/
 * whole-page-restyle.ts); one rewrite once made its rule outrank the one that places the input, and
 * every radio button then stood on a row of its own above its label, with no test failing.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goto, launchBrowser, NARROW, WIDE, withApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const QUESTIONS = [
  ['the first question', '/?step=authority'],
  ['a question with descriptions', '/?authority=municipality&goal=implement&step=payment'],
] as const;

type Placement = { label: string; inputRight: number; labelLeft: number; sameRow: boolean };

describe.each([WIDE, NARROW])('at %i px', (width) => {
  it.each(QUESTIONS)('%s: each radio button is on its label’s first line, before it', async (_name, path) => {
    await withApp(
      browser,
      async ({ page }) => {
        await goto(page, path);
        const placements: Placement[] = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLInputElement>('.ds-field > input[type=radio]')].map((input) => {
            const label = document.querySelector<HTMLLabelElement>(`label[for="${input.id}"]`);
            const box = input.getBoundingClientRect();
            const text = label?.getBoundingClientRect();
            // The label's first line: its top and one line height down.
            const lineHeight = label ? Number.parseFloat(getComputedStyle(label).lineHeight) : 0;
            return {
              label: label?.textContent?.trim() ?? `(no label for ${input.id})`,
              inputRight: box.right,
              labelLeft: text?.left ?? Number.NaN,
              // Its middle within that line.
              sameRow:
                text !== undefined &&
                text.top <= (box.top + box.bottom) / 2 &&
                (box.top + box.bottom) / 2 <= text.top + lineHeight,
            };
          }),
        );
        expect(placements.length).toBeGreaterThanOrEqual(2);
        for (const placed of placements) {
          expect(placed.sameRow, `${placed.label}: on its label's first line`).toBe(true);
          expect(placed.inputRight, `${placed.label}: before its label`).toBeLessThanOrEqual(
            placed.labelLeft,
          );
        }
      },
      { width },
    );
  });
});
