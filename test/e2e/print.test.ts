/**
 * The result as a decision record and as something to share: a PDF of every result (Chromium's
 * page.pdf renders with the print stylesheet) whose text holds the answers, the recommended form,
 * the sources, the rules version and the full link; the print button, "Kopier lenke" and
 * "Kopier som tekst" with a confirmation announced in a status region.
 *
 * PDFs and PNGs of their pages are written to test-results/pdf/ for a person to look at.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  expectFocusOnH1,
  focusedElement,
  goto,
  h1Text,
  launchBrowser,
  normalise,
  RESULTS_DIR,
  WAIT_MS,
  withApp,
} from './browser';
import {
  answerRows,
  answersQuery,
  evaluation,
  JOURNEYS,
  type Journey,
  journeyFor,
  recommendedFormName,
  resultPath,
  rules,
} from './journeys';
import { pdfPages, pdfText, poppler } from './pdf';

const PDF_DIR = resolve(RESULTS_DIR, 'pdf');
const PRINT_BUTTON = /Skriv ut.*PDF/i;
const COPY_LINK = 'Kopier lenke';
const COPY_TEXT = 'Kopier som tekst';

let browser: Browser;
beforeAll(async () => {
  mkdirSync(PDF_DIR, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** PNGs of each page (test-results/pdf/<name>-<page>.png) so a person can read the record. */
async function pdfToPngs(file: string, name: string): Promise<void> {
  for (const old of readdirSync(PDF_DIR).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))) {
    rmSync(resolve(PDF_DIR, old));
  }
  await poppler('pdftoppm', ['-png', '-r', '70', file, resolve(PDF_DIR, name)]);
}
/** Print needs a margin: the smallest distance (pt) from any word to a page edge, over all pages. */
const MIN_MARGIN_PT = 28; // 1 cm
async function smallestMargin(file: string): Promise<number> {
  const xml = await poppler('pdftotext', ['-bbox', file, '-']);
  let smallest = Number.POSITIVE_INFINITY;
  for (const page of xml.split('<page ').slice(1)) {
    const width = Number(/width="([\d.]+)"/.exec(page)?.[1]);
    const height = Number(/height="([\d.]+)"/.exec(page)?.[1]);
    for (const [, x0, y0, x1, y1] of page.matchAll(
      /xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/g,
    )) {
      smallest = Math.min(smallest, Number(x0), Number(y0), width - Number(x1), height - Number(y1));
    }
  }
  return smallest;
}
const withoutSpace = (text: string) => text.replace(/[\s\u00a0\u202f\u2009\u00ad]+/g, '');
/**
 * pdftotext joins a word broken after a hyphen at a line end and drops the hyphen ("DT-" / "0131" reads
 * "DT0131"), so a text is also looked for with its hyphens left out on both sides.
 */
const withoutHyphens = (text: string) => withoutSpace(text).replace(/-/g, '');

async function openResult(page: Page, journey: Journey): Promise<void> {
  await goto(page, resultPath(journey));
  expect(await h1Text(page)).toBe(normalise(`Anbefalt samarbeidsform: ${recommendedFormName(journey)}`));
}

/** What a decision record must hold for a journey, each with a name for the failure message. */
function expectedInRecord(journey: Journey): [what: string, text: string][] {
  const result = evaluation(journey);
  const recommendation = result.recommendation;
  if (!recommendation) throw new Error(`${journey.outcome}: no recommendation`);
  return [
    ['the recommended form', recommendation.primaryForm.name.nb],
    ['the rules version', rules.meta.rulesVersion],
    ...answerRows(journey).flatMap((row): [string, string][] => [
      [`the answer label «${row.label}»`, row.label],
      [`the answer «${row.answer}»`, row.answer],
    ]),
    ...recommendation.sources.map((source): [string, string] => [
      `the source «${source.title}»`,
      source.title,
    ]),
  ];
}

/** The headings a printed result has, in the order it must have them. */
function printedOrder(journey: Journey): [what: string, heading: string][] {
  const recommendation = evaluation(journey).recommendation;
  if (!recommendation) throw new Error(`${journey.outcome}: no recommendation`);
  return [
    ['the recommendation', `Anbefalt samarbeidsform: ${recommendation.primaryForm.name.nb}`],
    ['why', 'Hvorfor vi anbefaler dette'],
    ['what you must do', 'Dette må dere gjøre'],
    ['next steps', 'Neste steg'],
    ['examples', 'Eksempler fra veilederen'],
    ['funding', 'Tilskudd og finansiering'],
    ['the rules in detail', 'Anskaffelsesregler'],
    ['sources', 'Kilder'],
  ];
}

describe('a PDF of every result is a decision record', () => {
  it.concurrent.for(JOURNEYS.map((j) => [j.outcome, j] as const))(
    '%s',
    async ([outcome, journey], { expect }) => {
      await withApp(browser, async ({ page }) => {
        await openResult(page, journey);
        const file = resolve(PDF_DIR, `${outcome}.pdf`);
        await page.pdf({ path: file, format: 'A4', tagged: true });
        const [text, pages, margin] = await Promise.all([
          pdfText(file),
          pdfPages(file),
          smallestMargin(file),
          pdfToPngs(file, outcome),
        ]);
        const flat = normalise(text);
        const compact = withoutSpace(text);
        const unhyphenated = withoutHyphens(text);
        // Every shortcoming of the record at once, so one run shows all that is left to do.
        const problems = expectedInRecord(journey)
          .filter(
            ([, expected]) =>
              !flat.includes(normalise(expected)) &&
              !compact.includes(withoutSpace(expected)) &&
              !unhyphenated.includes(withoutHyphens(expected)),
          )
          .map(([what]) => `missing: ${what}`);
        // The full link that reopens this result: every answer, in the order the app writes them.
        const link = `${APP_ORIGIN}/?${answersQuery(journey).toString()}`;
        if (!compact.includes(link)) problems.push(`missing: the full link ${link}`);
        // A record, not a screen: no navigation or buttons.
        for (const screenOnly of [
          'Start på nytt',
          'Hopp til hovedinnholdet',
          COPY_LINK,
          COPY_TEXT,
          'Skriv ut',
        ]) {
          if (flat.includes(screenOnly)) problems.push(`shows the screen-only text «${screenOnly}»`);
        }
        if (!(pages >= 1 && pages <= 2)) problems.push(`has ${pages} A4 pages (1–2 wanted)`);
        // The record in the order of the officer's work, as on the screen.
        const order = printedOrder(journey)
          .map(([what, heading]) => [what, flat.indexOf(normalise(heading))] as const)
          .filter(([what, at]) => {
            if (at === -1) problems.push(`missing: the heading «${what}»`);
            return at !== -1;
          });
        for (let i = 1; i < order.length; i++) {
          const [before, atBefore] = order[i - 1] as readonly [string, number];
          const [after, atAfter] = order[i] as readonly [string, number];
          if (atAfter < atBefore) problems.push(`prints «${after}» before «${before}»`);
        }
        if (margin < MIN_MARGIN_PT) {
          problems.push(
            `has text ${margin.toFixed(0)} pt from the page edge (at least 1 cm = 28 pt wanted: an @page margin)`,
          );
        }
        expect(
          problems,
          `the PDF of ${outcome} (test-results/pdf/${outcome}.pdf): ${problems.join('; ')}`,
        ).toEqual([]);
      });
    },
  );
});

describe('the print stylesheet', () => {
  it('hides buttons and navigation, keeps cards whole and headings with what follows', async () => {
    await withApp(browser, async ({ page }) => {
      await openResult(page, journeyFor('implement-operating-agreement'));
      await page.emulateMedia({ media: 'print' });
      const report = await page.evaluate(() => {
        const visible = (el: Element) => {
          const rect = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          return rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden';
        };
        const describe = (el: Element) =>
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
        return {
          shownControls: [
            ...document.querySelectorAll('button, nav, input, .ds-button, .ds-skip-link'),
            ...[...document.querySelectorAll('a')].filter((a) =>
              /^(Endre|Tilbake)\b/.test((a.textContent ?? '').trim()),
            ),
          ]
            .filter(visible)
            .map(describe),
          splittableCards: [...document.querySelectorAll('.ds-card, .ds-alert, figure')]
            .filter((el) => !['avoid', 'avoid-page'].includes(getComputedStyle(el).breakInside))
            .map(describe),
          strandableHeadings: [...document.querySelectorAll('main h2, main h3')]
            .filter(visible)
            .filter((el) => !['avoid', 'avoid-page'].includes(getComputedStyle(el).breakAfter))
            .map(describe),
        };
      });
      expect(report.shownControls, 'buttons, navigation and fields shown in print').toEqual([]);
      expect(
        report.splittableCards,
        'cards, alerts and figures without break-inside: avoid in print',
      ).toEqual([]);
      expect(report.strandableHeadings, 'headings without break-after: avoid in print').toEqual([]);
    });
  });
});

describe('print and share buttons', () => {
  const journey = journeyFor('implement-outcome-contract');
  const sharing = { permissions: ['clipboard-read', 'clipboard-write'] };

  /** The button, or a clear failure when the result page does not have it (yet). */
  async function resultButton(page: Page, name: string | RegExp) {
    const button = page.getByRole('button', { name });
    await button.waitFor({ timeout: WAIT_MS }).catch(() => {
      throw new Error(`The result page has no button «${String(name)}»`);
    });
    return button;
  }

  async function statusTexts(page: Page): Promise<string[]> {
    return (await page.getByRole('status').allInnerTexts()).map(normalise).filter(Boolean);
  }

  it('«Skriv ut / lagre som PDF» opens the print dialogue, from the keyboard too', async () => {
    await withApp(browser, async ({ page }) => {
      await page.addInitScript(() => {
        const w = window as unknown as { printCalls: number; print: () => void };
        w.printCalls = 0;
        w.print = () => {
          w.printCalls += 1;
        };
      });
      await openResult(page, journey);
      await expectFocusOnH1(page, 'the result');
      const button = await resultButton(page, PRINT_BUTTON);
      await button.focus();
      const focused = await focusedElement(page);
      expect(focused?.indicator, 'the print button shows focus').toBeTruthy();
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
    });
  });

  it('«Kopier lenke» copies a link that reopens the result, and the confirmation is announced', async () => {
    let copied = '';
    await withApp(
      browser,
      async ({ page }) => {
        await openResult(page, journey);
        const button = await resultButton(page, COPY_LINK);
        expect(
          await page.getByRole('status').count(),
          'a status region exists before anything is copied',
        ).toBeGreaterThan(0);
        await button.click();
        await page.waitForFunction(() =>
          [...document.querySelectorAll('[role="status"], output')].some(
            (el) => (el.textContent ?? '').trim() !== '',
          ),
        );
        expect((await statusTexts(page)).join(' ')).toMatch(/kopiert/i);
        copied = await page.evaluate(() => navigator.clipboard.readText());
      },
      sharing,
    );
    expect(copied.startsWith(`${APP_ORIGIN}/?`), `copied «${copied}»`).toBe(true);
    await withApp(browser, async ({ page }) => {
      await page.goto(copied);
      await page.locator('h1').first().waitFor();
      expect(await h1Text(page)).toBe(normalise(`Anbefalt samarbeidsform: ${recommendedFormName(journey)}`));
    });
  });

  it('«Kopier som tekst» copies a plain-text summary with answers, recommendation, reasons, sources and link', async () => {
    await withApp(
      browser,
      async ({ page }) => {
        await openResult(page, journey);
        await (await resultButton(page, COPY_TEXT)).click();
        await page.waitForFunction(() =>
          [...document.querySelectorAll('[role="status"], output')].some(
            (el) => (el.textContent ?? '').trim() !== '',
          ),
        );
        expect((await statusTexts(page)).join(' ')).toMatch(/kopiert/i);
        const text = await page.evaluate(() => navigator.clipboard.readText());
        expect(text, 'plain text, not HTML').not.toMatch(/<[a-z][^>]*>/i);
        const flat = normalise(text);
        const recommendation = evaluation(journey).recommendation;
        const missing = [
          ...expectedInRecord(journey),
          ['the reason (why)', recommendation?.why.nb ?? ''] as [string, string],
          ['the full link', `${APP_ORIGIN}/?${answersQuery(journey).toString()}`] as [string, string],
        ]
          .filter(([, expected]) => !flat.includes(normalise(expected)))
          .map(([what]) => what);
        expect(missing, 'missing from the copied text').toEqual([]);
      },
      sharing,
    );
  });
});
