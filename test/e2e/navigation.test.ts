/**
 * The URL is the only state: browser back and forward walk the steps, a reload loses nothing, and a
 * link opened in a fresh browser context (another person, no shared storage) shows the same result.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amountField, answer, radio, shownAnswers, startGuide } from './actions';
import {
  expectFocusOnH1,
  goto,
  h1,
  h1Text,
  launchBrowser,
  normalise,
  settled,
  waitForHeading,
  withApp,
} from './browser';
import {
  answerRows,
  fieldLabel,
  formatAmount,
  journeyFor,
  questionText,
  recommendedFormName,
  resultPath,
} from './journeys';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const journey = journeyFor('implement-part-one-purchase');
const resultHeading = () => normalise(`Anbefalt samarbeidsform: ${recommendedFormName(journey)}`);

async function clickThrough(page: Page): Promise<void> {
  await goto(page, '/');
  await startGuide(page);
  for (const step of journey.steps) await answer(page, step);
  await waitForHeading(page, resultHeading());
}

describe('browser history', () => {
  it('goes back step by step to the questions, and forward again to the same result with every answer', async () => {
    await withApp(browser, async ({ page }) => {
      await clickThrough(page);
      const resultUrl = page.url();
      const answers = await shownAnswers(page);

      // Each history entry is the question as the user left it: with the answer given there.
      await page.goBack();
      await waitForHeading(page, normalise(questionText('contractValue')));
      await expectFocusOnH1(page, 'the question after browser back');
      expect(new URL(page.url()).searchParams.get('contractValue')).toBe(
        new URL(resultUrl).searchParams.get('contractValue'),
      );
      expect(await page.locator('input[inputmode="numeric"]').inputValue()).not.toBe('');
      await page.goBack();
      await waitForHeading(page, normalise(questionText('serviceArea')));
      await expectFocusOnH1(page, 'the question after browser back');
      expect(await page.locator('input[type="radio"]:checked').count()).toBe(1);

      await page.goForward();
      await waitForHeading(page, normalise(questionText('contractValue')));
      await page.goForward();
      await waitForHeading(page, resultHeading());
      await expectFocusOnH1(page, 'the result after browser forward');
      expect(page.url()).toBe(resultUrl);
      expect(await shownAnswers(page)).toEqual(answers);
    });
  });

  it('goes back from the first question to the start page, and forward to the question again', async () => {
    await withApp(browser, async ({ page }) => {
      await goto(page, '/');
      const start = await h1Text(page);
      await startGuide(page);
      await page.goBack();
      await waitForHeading(page, start);
      await page.goForward();
      await waitForHeading(page, normalise(questionText('authority')));
    });
  });

  it('goes back with the «Tilbake» link to the previous question, which shows the answer given', async () => {
    await withApp(browser, async ({ page }) => {
      await clickThrough(page);
      await page.getByRole('link', { name: 'Tilbake', exact: true }).click();
      await waitForHeading(page, normalise(questionText('contractValue')));
      await expectFocusOnH1(page, 'the last question');
      expect(normalise(await amountField(page, fieldLabel('contractValue')).inputValue())).toBe(
        formatAmount(450_000),
      );
      await page.getByRole('link', { name: 'Tilbake', exact: true }).click();
      await waitForHeading(page, normalise(questionText('serviceArea')));
      await expectFocusOnH1(page, 'the previous question');
      expect(await radio(page, 'Barn og unge, skole og fritid').isChecked()).toBe(true);
      // Browser back returns to where the «Tilbake» link was followed.
      await page.goBack();
      await waitForHeading(page, normalise(questionText('contractValue')));
    });
  });
});

describe('reload', () => {
  it('keeps the result and every answer on reload', async () => {
    await withApp(browser, async ({ page }) => {
      await clickThrough(page);
      const before = await shownAnswers(page);
      await page.reload();
      await waitForHeading(page, resultHeading());
      expect(await shownAnswers(page)).toEqual(before);
    });
  });

  it('keeps a question and its chosen answer on reload', async () => {
    await withApp(browser, async ({ page }) => {
      await clickThrough(page);
      await page.getByRole('link', { name: 'Tilbake', exact: true }).click();
      await waitForHeading(page, normalise(questionText('contractValue')));
      await page.reload();
      await waitForHeading(page, normalise(questionText('contractValue')));
      expect(normalise(await amountField(page, fieldLabel('contractValue')).inputValue())).toBe(
        formatAmount(450_000),
      );
    });
  });
});

describe('a shared link', () => {
  it('opens the same result in a new browser context', async () => {
    let shared = '';
    let answers: { label: string; answer: string }[] = [];
    await withApp(browser, async ({ page }) => {
      await clickThrough(page);
      shared = page.url();
      answers = await shownAnswers(page);
    });
    await withApp(browser, async ({ page }) => {
      await page.goto(shared);
      await h1(page).waitFor();
      await settled(page);
      expect(await h1Text(page)).toBe(resultHeading());
      expect(await shownAnswers(page)).toEqual(answers);
      for (const row of answerRows(journey)) {
        expect(answers.map((a) => a.label)).toContain(normalise(row.label));
      }
    });
  });

  it('opens the result from a hand-written link with the answers in any order', async () => {
    await withApp(browser, async ({ page }) => {
      const params = [...new URLSearchParams(resultPath(journey).slice(2))].reverse();
      await goto(page, `/?${new URLSearchParams(params).toString()}`);
      expect(await h1Text(page)).toBe(resultHeading());
    });
  });
});

describe('start again', () => {
  it('«Start på nytt» on the result goes to the start page with no answers in the link', async () => {
    await withApp(browser, async ({ page }) => {
      await goto(page, resultPath(journey));
      await page.getByRole('link', { name: 'Start på nytt', exact: true }).click();
      await page.waitForURL((url) => url.search === '' || !url.search.includes('authority'));
      await waitForHeading(page, 'Samarbeidsveiviseren');
      expect(new URL(page.url()).searchParams.get('authority')).toBeNull();
    });
  });
});

describe('a tampered link', () => {
  it('says what could not be used and continues from the last valid answer', async () => {
    await withApp(browser, async ({ page }) => {
      await goto(page, '/?authority=municipality&goal=rocket');
      await waitForHeading(page, normalise(questionText('goal')));
      const alert = page.locator('.ds-alert');
      await alert.first().waitFor();
      const text = normalise((await alert.first().textContent()) ?? '');
      expect(text).toContain('«Mål»');
      expect(text).toContain('«rocket»');
    });
  });
});
