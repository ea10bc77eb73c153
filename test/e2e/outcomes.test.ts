/**
 * Every outcome of the guide, reached the way a user reaches it: from the start page, clicking the
 * options by their visible labels and typing the amount, one question per page. Each page after a
 * click takes focus on its h1 (`navigate`). The journeys are the `chromium` rows of test/journeys.ts.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTCOME_IDS } from '../../src/content/vocabulary';
import { answer, shownAnswers, startGuide } from './actions';
import { goto, h1Text, launchBrowser, normalise, waitForTitle, withApp } from './browser';
import { answerRows, evaluation, JOURNEYS, recommendedFormName } from './journeys';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the journey table', () => {
  it('has one journey to every outcome, and the engine agrees with each', () => {
    expect(JOURNEYS.map((j) => j.outcome).sort()).toEqual([...OUTCOME_IDS].sort());
    for (const journey of JOURNEYS) {
      const result = evaluation(journey);
      expect(result.position, journey.outcome).toEqual({ kind: 'outcome', outcome: journey.outcome });
      expect(result.path, `${journey.outcome}: the questions asked`).toEqual(journey.steps.map(([q]) => q));
    }
  });
});

describe('every outcome is reached by clicking through from the start page', () => {
  // A few at a time (maxConcurrency in vitest.e2e.config.ts), each in its own browser context.
  it.concurrent.for(JOURNEYS.map((j) => [j.outcome, j] as const))(
    'reaches %s',
    async ([, journey], { expect }) => {
      await withApp(browser, async ({ page }) => {
        await goto(page, '/');
        await startGuide(page);
        for (const step of journey.steps) await answer(page, step);

        expect(new URL(page.url()).searchParams.get('step')).toBe('result');
        const heading = `Anbefalt samarbeidsform: ${recommendedFormName(journey)}`;
        expect(await h1Text(page)).toBe(normalise(heading));
        const title = `${heading} – Samarbeidsveiviseren`;
        expect(await waitForTitle(page, title)).toBe(title);
        // The result explains itself and offers a way to change every answer.
        await page
          .getByRole('heading', { level: 2, name: 'Hvorfor vi anbefaler dette', exact: true })
          .waitFor();
        const change = page.getByRole('region', { name: 'Dine svar' }).getByRole('link', { name: /^Endre / });
        await change.first().waitFor();
        expect(await change.count()).toBe(journey.steps.length);
        // The answers that led here are listed with the labels the user clicked.
        const rows = await shownAnswers(page);
        for (const expected of answerRows(journey)) {
          expect(rows, `the answer «${expected.label}»`).toContainEqual(
            expect.objectContaining({
              label: normalise(expected.label),
              answer: expect.stringContaining(normalise(expected.answer)),
            }),
          );
        }
      });
    },
  );
});
