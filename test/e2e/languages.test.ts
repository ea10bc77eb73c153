/**
 * Nynorsk and English in the real browser: a journey in each from the start page to a result, with axe
 * on a question and on the result; a language switch mid-journey that keeps the answers and the step;
 * the browser's preferred language on a first visit. Labels come from rules/ in the language shown.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale, QuestionId } from '../../src/content/vocabulary';
import { CATALOGUES } from '../../src/ui/text/messages/all-catalogues';
import { text } from '../../src/ui/text/messages/messages-context';
import { radio } from './actions';
import {
  expectNoAxeViolations,
  goto,
  h1Text,
  launchBrowser,
  navigate,
  normalise,
  waitForTitle,
  withApp,
} from './browser';
import { answerValue, evaluation, type Journey, journeyFor, question } from './journeys';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const MONTHS: Record<Locale, string> = {
  nb: '(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)',
  nn: '(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)',
  en: '(January|February|March|April|May|June|July|August|September|October|November|December)',
};

/** The step's answer as the user sees it in `locale`: the option label, or the amount to type. */
function labelIn(locale: Locale, id: QuestionId, value: string): string {
  const q = question(id);
  if (q.kind === 'amount') return value;
  const option = q.options.find((o) => o.value === value);
  if (!option) throw new Error(`no option ${value} for ${id}`);
  return text(option.label, locale);
}

const questionIn = (locale: Locale, id: QuestionId) => normalise(text(question(id).text, locale));

/** Checks the page asks `id` in `locale`, answers it and continues with that language's button. */
async function answerIn(page: Page, locale: Locale, id: QuestionId, answer: string): Promise<void> {
  expect(await h1Text(page)).toBe(questionIn(locale, id));
  const q = question(id);
  if (q.kind === 'amount') {
    await page.getByRole('textbox', { name: text(q.fieldLabel, locale) }).fill(answer);
  } else {
    await radio(page, labelIn(locale, id, answer)).check();
  }
  const button = page.getByRole('button', { name: CATALOGUES[locale].question.continue, exact: true });
  await navigate(page, () => button.click(), `the page after «${id}» in ${locale}`);
}

/** The journey's answers as values; amounts typed the way each language types them. */
function steps(journey: Journey, amount: string): [QuestionId, string][] {
  return journey.steps.map((step) => [
    step[0],
    question(step[0]).kind === 'amount' ? amount : answerValue(step),
  ]);
}

function resultHeadingIn(locale: Locale, journey: Journey): string {
  const recommendation = evaluation(journey).recommendation;
  if (!recommendation) throw new Error(`no outcome for ${journey.outcome}`);
  return normalise(CATALOGUES[locale].result.heading(text(recommendation.primaryForm.name, locale)));
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

const languageLink = (page: Page, from: Locale, name: string) =>
  page.getByRole('navigation', { name: CATALOGUES[from].layout.languageNav }).getByRole('link', { name });

/** "Dine svar" on the result in `locale`: the text of its answers list. */
const answersText = async (page: Page, locale: Locale) =>
  normalise(
    (await page
      .getByRole('region', { name: CATALOGUES[locale].answers.heading })
      .locator('dl')
      .first()
      .textContent()) ?? '',
  );

describe.each([
  {
    locale: 'nn' as const,
    outcome: 'implement-part-one-purchase' as const,
    amount: '450 000',
    shown: '450 000 kr',
  },
  {
    locale: 'en' as const,
    outcome: 'develop-innovative-procurement' as const,
    amount: '5,000,000',
    shown: 'NOK 5,000,000',
  },
])('a journey in $locale', ({ locale, outcome, amount, shown }) => {
  const journey = journeyFor(outcome);
  const m = CATALOGUES[locale];

  it('goes from the start page to the result, every page in the language, with axe on a question and the result', async () => {
    await withApp(browser, async ({ page }) => {
      await goto(page, `/?lang=${locale}`);
      expect(await htmlLang(page)).toBe(locale);
      await navigate(
        page,
        () => page.getByRole('link', { name: m.start.startButton }).click(),
        'the first question',
      );
      for (const [id, answer] of steps(journey, amount)) {
        if (id === 'contractValue') {
          // A question in this language, hint and explanations included, passes axe.
          await expectNoAxeViolations(page, `question-contractValue (${locale})`);
          const example = locale === 'en' ? 'for example 1,300,000' : 'til dømes 1 300 000';
          expect(await page.getByText(example).first().isVisible()).toBe(true);
        }
        await answerIn(page, locale, id, answer);
      }

      expect(await h1Text(page)).toBe(resultHeadingIn(locale, journey));
      const title = `${resultHeadingIn(locale, journey)} – Samarbeidsveiviseren`;
      expect(await waitForTitle(page, title)).toBe(title);
      expect(await htmlLang(page)).toBe(locale);
      const url = new URL(page.url());
      expect(url.searchParams.get('lang')).toBe(locale);
      expect(url.searchParams.get('step')).toBe('result');
      const assessed = new RegExp(
        locale === 'en'
          ? `Assessed on \\d{1,2} ${MONTHS.en} \\d{4} under rules version`
          : `Vurdert \\d{1,2}\\. ${MONTHS.nn} \\d{4} etter regelverk`,
      );
      expect(normalise((await page.locator('main').textContent()) ?? '')).toMatch(assessed);
      expect(await answersText(page, locale)).toContain(shown);
      await expectNoAxeViolations(page, `result-${outcome} (${locale})`);
    });
  });
});

describe('the language choice', () => {
  it('switches mid-journey, keeping the answers and the step, and the journey goes on in the new language', async () => {
    const journey = journeyFor('implement-part-one-purchase');
    const [first, second, ...rest] = steps(journey, '450,000');
    if (!first || !second) throw new Error('journey too short');
    await withApp(browser, async ({ page }) => {
      await goto(page, '/');
      await navigate(
        page,
        () => page.getByRole('link', { name: 'Start veiviseren' }).click(),
        'the first question',
      );
      await answerIn(page, 'nb', ...first);
      await answerIn(page, 'nb', ...second);
      const before = new URL(page.url()).searchParams;

      await navigate(page, () => languageLink(page, 'nb', 'English').click(), 'the same question in English');
      const after = new URL(page.url()).searchParams;
      expect(after.get('lang')).toBe('en');
      before.delete('lang');
      after.delete('lang');
      expect(after.toString()).toBe(before.toString());
      expect(await htmlLang(page)).toBe('en');
      const title = `${questionIn('en', rest[0]?.[0] ?? 'payment')} – Samarbeidsveiviseren`;
      expect(await waitForTitle(page, title)).toBe(title);
      await expect(languageLink(page, 'en', 'English').getAttribute('aria-current')).resolves.toBe('true');
      await expectNoAxeViolations(page, 'a question after switching to English');

      for (const step of rest) await answerIn(page, 'en', ...step);
      expect(await h1Text(page)).toBe(resultHeadingIn('en', journey));

      // On the result: to nynorsk, the same result; browser back returns to English.
      await navigate(page, () => languageLink(page, 'en', 'Nynorsk').click(), 'the result in nynorsk');
      expect(await h1Text(page)).toBe(resultHeadingIn('nn', journey));
      expect(await htmlLang(page)).toBe('nn');
      expect(await answersText(page, 'nn')).toContain('450 000 kr');
      await page.goBack();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      expect(await h1Text(page)).toBe(resultHeadingIn('en', journey));
    });
  });

  it.each([
    ['nn-NO', 'nn'],
    ['en-GB', 'en'],
    ['nb-NO', 'nb'],
  ] as const)(
    'on a first visit from a browser set to %s shows the guide in %s and keeps it in links',
    async (browserLocale, locale) => {
      await withApp(
        browser,
        async ({ page }) => {
          await goto(page, '/');
          expect(await htmlLang(page)).toBe(locale);
          const start = page.getByRole('link', { name: CATALOGUES[locale].start.startButton });
          expect(await start.getAttribute('href')).toBe(`/?step=authority&lang=${locale}`);
        },
        { locale: browserLocale },
      );
    },
  );
});
