/**
 * Every screen of the guide, each opened the way a user gets there (a link, or a link plus one
 * action): the start page, every question, the error states, a tampered link, "Dine svar", every
 * result, a result opened from a link made under older rules (the note of what changed since), and the
 * accessibility statement, the privacy page and the changes to the rules in each language (static
 * documents, no script: every page in INFO_PAGES). Shared by the axe test and the reflow/screenshot test.
 */
import type { Page } from 'playwright-core';
import { LOCALES, QUESTION_IDS, type QuestionId } from '../../src/content/vocabulary';
import { INFO_PAGES, infoPagePath } from '../../src/domain/url-format';
import { amountField, continueButton } from './actions';
import { goto, WAIT_MS } from './browser';
import { answerValue, fieldLabel, JOURNEYS, resultPath } from './journeys';

export type Screen = { name: string; open: (page: Page) => Promise<void> };

/** The answers a user gives before reaching `id`, taken from the first journey that asks it. */
export function pathTo(id: QuestionId): string {
  for (const journey of JOURNEYS) {
    const index = journey.steps.findIndex(([q]) => q === id);
    if (index === -1) continue;
    const params = new URLSearchParams(
      journey.steps.slice(0, index).map((step) => [step[0], answerValue(step)]),
    );
    params.set('step', id);
    return `/?${params.toString()}`;
  }
  throw new Error(`No journey reaches the question "${id}": add one to test/e2e/journeys.ts`);
}

/** Submits the question without a valid answer and waits for the error summary to take focus. */
async function submitAndWaitForErrors(page: Page): Promise<void> {
  await continueButton(page).click();
  await page.waitForFunction(
    () => document.activeElement?.closest('.ds-error-summary, [data-error-summary]') !== null,
    undefined,
    { timeout: WAIT_MS },
  );
}

const longest = [...JOURNEYS].sort((a, b) => b.steps.length - a.steps.length)[0];
if (!longest) throw new Error('No journeys');

export const SCREENS: Screen[] = [
  { name: 'start', open: (page) => goto(page, '/') },
  ...QUESTION_IDS.map((id) => ({ name: `question-${id}`, open: (page: Page) => goto(page, pathTo(id)) })),
  {
    name: 'error-nothing-chosen',
    open: async (page) => {
      await goto(page, pathTo('authority'));
      await submitAndWaitForErrors(page);
    },
  },
  {
    name: 'error-amount-not-a-number',
    open: async (page) => {
      await goto(page, pathTo('contractValue'));
      await amountField(page, fieldLabel('contractValue')).fill('ca. en million');
      await submitAndWaitForErrors(page);
    },
  },
  {
    name: 'tampered-link',
    open: (page) => goto(page, '/?authority=municipality&goal=rocket&contractValue=abc&utm_source=mail'),
  },
  {
    name: 'answers',
    open: (page) => goto(page, resultPath(longest).replace('step=result', 'step=answers')),
  },
  ...JOURNEYS.map((journey) => ({
    name: `result-${journey.outcome}`,
    open: async (page: Page) => {
      await goto(page, resultPath(journey));
      await page.locator('h1', { hasText: 'Anbefalt samarbeidsform' }).waitFor();
    },
  })),
  {
    // Made under 2026.12.1 when it showed another result: the changes since that concern it, per version.
    name: 'result-older-link',
    open: async (page: Page) => {
      const journey = JOURNEYS.find((j) => j.outcome === 'implement-part-one-purchase') ?? longest;
      await goto(page, `${resultPath(journey)}&v=2026.12.1&o=implement-small-purchase`);
      await page.locator('#version-note-heading').waitFor();
    },
  },
  ...INFO_PAGES.flatMap((info) =>
    LOCALES.map((locale) => ({
      name: `${info}-${locale}`,
      open: (page: Page) => goto(page, infoPagePath(info, locale)),
    })),
  ),
];
