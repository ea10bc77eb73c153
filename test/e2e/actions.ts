/**
 * What a user does in the guide, by role and visible label only: start, answer, continue.
 */
import type { Page } from 'playwright-core';
import { h1Text, navigate, normalise, WAIT_MS } from './browser';
import { fieldLabel, isAmountQuestion, questionText, type Step } from './journeys';

export const START_LABEL = 'Start veiviseren';
export const CONTINUE_LABEL = 'Fortsett';

/** From the start page, follow "Start veiviseren" to the first question. */
export async function startGuide(page: Page): Promise<void> {
  await navigate(page, () => page.getByRole('link', { name: START_LABEL }).click(), 'the first question');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The radio button whose label is `label`. The label may carry a tag after it (the suggested kind of
 * service is labelled «… Forslag»), so the name must start with the label and end there or at a space.
 */
export const radio = (page: Page, label: string) =>
  page.getByRole('radio', { name: new RegExp(`^${escapeRegExp(label)}(\\s|$)`) });
export const amountField = (page: Page, label: string) => page.getByRole('textbox', { name: label });
export const continueButton = (page: Page) => page.getByRole('button', { name: CONTINUE_LABEL, exact: true });

/** Checks that the step's question is the page heading, answers it and continues to the next page. */
export async function answer(page: Page, step: Step): Promise<void> {
  const [id, labelOrAmount] = step;
  const heading = await h1Text(page);
  if (heading !== normalise(questionText(id))) {
    throw new Error(
      `Expected the question «${questionText(id)}» (${id}), but the page heading is «${heading}»`,
    );
  }
  if (isAmountQuestion(id)) {
    await amountField(page, fieldLabel(id)).fill(labelOrAmount);
  } else {
    await radio(page, labelOrAmount).check();
  }
  await navigate(page, () => continueButton(page).click(), `the page after «${questionText(id)}»`);
}

/**
 * The rows of "Dine svar" as shown: the list after the heading «Dine svar», white space normalised.
 * Waits (WAIT_MS) until the heading and its list are drawn: on a result they come in the deferred part.
 */
export async function shownAnswers(page: Page): Promise<{ label: string; answer: string }[]> {
  const handle = await page
    .waitForFunction(
      () => {
        const heading = [...document.querySelectorAll('h1, h2, h3')].find(
          (h) => h.textContent?.trim() === 'Dine svar',
        );
        if (!heading) return null;
        const dl = [...document.querySelectorAll('dl')].find(
          (d) => heading.compareDocumentPosition(d) & Node.DOCUMENT_POSITION_FOLLOWING,
        );
        if (!dl?.querySelector('dt')) return null;
        return [...dl.querySelectorAll('dt')].map((dt) => {
          let dd = dt.nextElementSibling;
          while (dd && dd.tagName !== 'DD') dd = dd.nextElementSibling;
          return { label: dt.textContent ?? '', answer: dd?.textContent ?? '' };
        });
      },
      undefined,
      { timeout: WAIT_MS },
    )
    .catch(() => {
      throw new Error(`The page has no heading «Dine svar» followed by a list of answers at ${page.url()}`);
    });
  const rows = (await handle.jsonValue()) as { label: string; answer: string }[];
  return rows.map((r) => ({ label: normalise(r.label), answer: normalise(r.answer) }));
}
