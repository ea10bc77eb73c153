/**
 * A keyboard-only journey (Tab, Shift+Tab, Space, Enter, arrow keys; no mouse) from the start page to
 * a result. Every element that receives focus shows a visible focus indicator, and after each step
 * focus lands on the new page's h1.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTINUE_LABEL, START_LABEL } from './actions';
import {
  expectFocusOnH1,
  type FocusedElement,
  focusedElement,
  goto,
  h1Text,
  launchBrowser,
  navigate,
  normalise,
  WAIT_MS,
  waitForTitle,
  withApp,
} from './browser';
import {
  answerValue,
  isAmountQuestion,
  journeyFor,
  questionText,
  recommendedFormName,
  type Step,
} from './journeys';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const MAX_TABS = 60;

/** Elements that took focus without showing it, collected over the whole journey. */
let invisibleFocus: string[] = [];

async function tab(page: Page, shift = false): Promise<FocusedElement | null> {
  await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
  const focused = await focusedElement(page);
  if (focused && !focused.indicator) invisibleFocus.push(`${await h1Text(page)} → ${focused.description}`);
  return focused;
}

/** Presses Tab until `matches` holds for the focused element; fails after MAX_TABS. */
async function tabTo(page: Page, what: string, matches: () => Promise<boolean>): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < MAX_TABS; i++) {
    const focused = await tab(page);
    seen.push(focused?.description ?? '(body)');
    if (await matches()) return;
  }
  throw new Error(`Tab never reached ${what}. Focus went through:\n  ${seen.join('\n  ')}`);
}

const focusedIs = (page: Page, predicate: (el: Element) => boolean) =>
  page.evaluate(`(${predicate.toString()})(document.activeElement)`) as Promise<boolean>;

const focusedText = (page: Page) =>
  page.evaluate(
    () => (document.activeElement as HTMLElement | null)?.textContent?.trim().replace(/\s+/g, ' ') ?? '',
  );

/** Answers one question with the keyboard only: Tab into the group, arrows or Space to choose, Enter to continue. */
async function answerWithKeyboard(page: Page, step: Step): Promise<void> {
  const [id, labelOrAmount] = step;
  expect(await h1Text(page)).toBe(normalise(questionText(id)));
  if (isAmountQuestion(id)) {
    await tabTo(page, 'the amount field', () =>
      focusedIs(page, (el) => el instanceof HTMLInputElement && el.type !== 'radio' && el.type !== 'hidden'),
    );
    await page.keyboard.type(labelOrAmount);
    await navigate(page, () => page.keyboard.press('Enter'), `the page after «${id}» (Enter in the field)`);
    return;
  }
  const value = answerValue(step);
  await tabTo(page, 'the radio group', () =>
    focusedIs(page, (el) => el instanceof HTMLInputElement && el.type === 'radio'),
  );
  const focusedValue = () => page.evaluate(() => (document.activeElement as HTMLInputElement).value);
  if ((await focusedValue()) === value) {
    await page.keyboard.press('Space');
  } else {
    for (let i = 0; i < 10 && (await focusedValue()) !== value; i++) {
      await page.keyboard.press('ArrowDown');
      const focused = await focusedElement(page);
      if (focused && !focused.indicator) invisibleFocus.push(`${id} → ${focused.description}`);
    }
  }
  const checked = await page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement;
    return { value: el.value, checked: el.checked };
  });
  expect(checked, `the option «${labelOrAmount}» is chosen with the keyboard`).toEqual({
    value,
    checked: true,
  });
  await tabTo(
    page,
    `the «${CONTINUE_LABEL}» button`,
    async () => (await focusedText(page)) === CONTINUE_LABEL,
  );
  await navigate(page, () => page.keyboard.press('Enter'), `the page after «${id}»`);
}

describe('a keyboard-only journey', () => {
  it('goes from the start page to a printed result with visible focus at every stop and focus on each new h1', async () => {
    invisibleFocus = [];
    const journey = journeyFor('implement-operating-agreement');
    await withApp(browser, async ({ page }) => {
      // The print dialogue cannot be driven; count the calls instead.
      await page.addInitScript(() => {
        const w = window as unknown as { printCalls: number; print: () => void };
        w.printCalls = 0;
        w.print = () => {
          w.printCalls += 1;
        };
      });
      await goto(page, '/');
      // The first Tab lands on the skip link, which becomes visible.
      const first = await tab(page);
      expect(first?.tag, 'the first Tab stop is the skip link').toBe('A');
      expect(
        await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href')),
      ).toMatch(/^#/);
      expect(
        await page.evaluate(() => document.activeElement?.getBoundingClientRect().width ?? 0),
      ).toBeGreaterThan(0);

      await tabTo(page, `the «${START_LABEL}» link`, async () => (await focusedText(page)) === START_LABEL);
      await navigate(page, () => page.keyboard.press('Enter'), 'the first question');
      for (const step of journey.steps) await answerWithKeyboard(page, step);

      expect(await h1Text(page)).toBe(normalise(`Anbefalt samarbeidsform: ${recommendedFormName(journey)}`));
      await expectFocusOnH1(page, 'the result');

      // Print from the keyboard: Tab to «Skriv ut … PDF» and press Enter.
      await tabTo(page, 'the print button', async () => /Skriv ut.*PDF/i.test(await focusedText(page)));
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);

      // Walk every Tab stop of the result page, forwards until focus leaves the page or comes round again.
      const stops = new Set<string>();
      for (let i = 0; i < 200; i++) {
        const focused = await tab(page);
        if (!focused) break;
        const key = await page.evaluate(() => {
          const el = document.activeElement as Element;
          return `${[...document.querySelectorAll('*')].indexOf(el)}`;
        });
        if (stops.has(key)) break;
        stops.add(key);
      }
      expect(stops.size, 'the result page has links to Tab through').toBeGreaterThan(3);
      // And Shift+Tab goes back.
      await tab(page, true);
    });
    expect(invisibleFocus, 'elements that took keyboard focus without a visible indicator').toEqual([]);
  });

  it('moves focus to the skip link target when the skip link is followed', async () => {
    await withApp(browser, async ({ page }) => {
      await goto(page, '/');
      await page.keyboard.press('Tab');
      const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).hash);
      await page.keyboard.press('Enter');
      const landed = await page.evaluate((hash) => {
        const main = document.querySelector(hash);
        return !!main && (main === document.activeElement || main.contains(document.activeElement));
      }, target);
      expect(landed, `focus is inside ${target} after the skip link`).toBe(true);
    });
  });

  it('shows the error summary with focus when Enter is pressed with nothing chosen, and its link leads to the field', async () => {
    invisibleFocus = [];
    await withApp(browser, async ({ page }) => {
      await goto(page, '/?step=authority');
      await tabTo(
        page,
        `the «${CONTINUE_LABEL}» button`,
        async () => (await focusedText(page)) === CONTINUE_LABEL,
      );
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => document.activeElement?.closest('.ds-error-summary') !== null,
        undefined,
        {
          timeout: WAIT_MS,
        },
      );
      expect(await waitForTitle(page, /^Feil: /)).toMatch(/^Feil: /);
      await tabTo(page, 'the link in the error summary', () =>
        focusedIs(page, (el) => el.tagName === 'A' && el.closest('.ds-error-summary') !== null),
      );
      await page.keyboard.press('Enter');
      const onField = await page
        .waitForFunction(
          () => {
            const el = document.activeElement;
            return el instanceof HTMLInputElement || el?.tagName === 'FIELDSET' ? true : null;
          },
          undefined,
          { timeout: WAIT_MS },
        )
        .then(
          () => true,
          () => false,
        );
      expect(onField, 'the error summary link moves focus to the answer options').toBe(true);
    });
    expect(invisibleFocus, 'elements that took keyboard focus without a visible indicator').toEqual([]);
  });
});
