/**
 * What if and compare in the real browser: «Prøv dette» on the result opens the alternative as a new
 * history entry and browser back returns; a pinned result is shown side by side with another, axe finds
 * nothing on either screen, neither scrolls sideways at 320 px (both photographed at 320 and 1280 px),
 * the table keeps its semantics where its rows stack, and the comparison prints while what-if does not,
 * every result still on 1–3 A4 pages with a pinned result beside it.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectFocusOnH1,
  expectNoAxeViolations,
  goto,
  launchBrowser,
  NARROW,
  navigate,
  normalise,
  RESULTS_DIR,
  screenshots,
  waitForHeading,
  withApp,
} from './browser';
import { answersQuery, JOURNEYS, journeyFor, recommendedFormName, resultPath } from './journeys';
import { pdfPages, pdfText } from './pdf';

const PDF_DIR = resolve(RESULTS_DIR, 'pdf');
const WHAT_IF = 'Hva om dere svarte annerledes?';
const COMPARISON = /^Det festede resultatet og dette resultatet side om side/;

let browser: Browser;
beforeAll(async () => {
  mkdirSync(PDF_DIR, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const pilot = journeyFor('implement-part-one-purchase');
const heading = (outcome: Parameters<typeof journeyFor>[0]) =>
  normalise(`Anbefalt samarbeidsform: ${recommendedFormName(journeyFor(outcome))}`);

/** «Prøv dette» for one alternative: its accessible name says which answer it tries. */
const tryLink = (page: Page, question: string, answer: string) =>
  page
    .getByRole('region', { name: WHAT_IF })
    .getByRole('link', { name: `Prøv dette ${question}: ${answer}`, exact: true });

/** A result with the pilot's answers pinned beside it. */
const withPilotPinned = (path: string) => `${path}&pin=${encodeURIComponent(answersQuery(pilot).toString())}`;

describe('what if you answered differently', () => {
  it('is on the result, and «Prøv dette» opens the alternative as a new history entry, and browser back returns', async () => {
    await withApp(browser, async ({ page }) => {
      await goto(page, resultPath(pilot));
      await waitForHeading(page, heading('implement-part-one-purchase'));
      await expectNoAxeViolations(page, 'the result with what-if');
      await screenshots(page, 'result-with-what-if');

      await navigate(
        page,
        () => tryLink(page, 'Mål', 'Utvikle en ny løsning sammen').click(),
        'the result with another goal',
      );
      await waitForHeading(page, heading('develop-part-one-purchase'));
      expect(new URL(page.url()).searchParams.get('goal')).toBe('develop');

      await page.goBack();
      await waitForHeading(page, heading('implement-part-one-purchase'));
      await expectFocusOnH1(page, 'the result after browser back');
    });
  });
});

describe('a pinned result compared with another', () => {
  it('pins, tries another answer, shows both side by side with the differences marked, and unpins', async () => {
    await withApp(browser, async ({ page }) => {
      await goto(page, resultPath(pilot));
      await navigate(
        page,
        () => page.getByRole('link', { name: 'Fest dette resultatet' }).click(),
        'the pinned result',
      );
      await page.getByRole('heading', { name: 'Dette resultatet er festet' }).waitFor();

      await navigate(
        page,
        () => tryLink(page, 'Mål', 'Utvikle en ny løsning sammen').click(),
        'the result with another goal',
      );
      await waitForHeading(page, heading('develop-part-one-purchase'));
      const table = page.getByRole('table', { name: COMPARISON });
      await table.waitFor();
      expect(normalise((await table.getByRole('rowheader').first().textContent()) ?? '')).toBe(
        'Anbefalt samarbeidsform Ulik',
      );
      const differing = await table.getByRole('rowheader').filter({ hasText: 'Ulik' }).allTextContents();
      expect(differing.map(normalise)).toEqual(
        expect.arrayContaining(['Anbefalt samarbeidsform Ulik', 'Mål Ulik']),
      );
      expect(differing.map(normalise)).not.toContain('Virksomhet Ulik');
      await expectNoAxeViolations(page, 'the result compared with a pinned one');
      await screenshots(page, 'result-compared-with-pinned');

      // Where the rows stack at 320 px, it is still a table with row headers for screen readers.
      await page.setViewportSize({ width: NARROW, height: 640 });
      expect(await page.getByRole('table', { name: COMPARISON }).getByRole('rowheader').count()).toBe(
        await table.locator('tbody tr').count(),
      );

      await navigate(
        page,
        () => page.getByRole('link', { name: 'Fjern det festede resultatet' }).click(),
        'the result without the pin',
      );
      expect(new URL(page.url()).searchParams.has('pin')).toBe(false);
      expect(await page.getByRole('table').count()).toBe(0);
    });
  });
});

describe('the comparison prints, what-if does not, and every result stays on 1–3 A4 pages', () => {
  // Each result with the pilot pinned beside it (the pilot itself with the outcome contract, the longest).
  it.concurrent.for(JOURNEYS.map((j) => [j.outcome, j] as const))(
    '%s',
    async ([outcome, journey], { expect }) => {
      await withApp(browser, async ({ page }) => {
        const other =
          outcome === 'implement-part-one-purchase' ? journeyFor('implement-outcome-contract') : pilot;
        await goto(page, `${resultPath(journey)}&pin=${encodeURIComponent(answersQuery(other).toString())}`);
        await page.getByRole('table', { name: COMPARISON }).waitFor();
        const file = resolve(PDF_DIR, `compare-${outcome}.pdf`);
        await page.pdf({ path: file, format: 'A4', tagged: true });
        const [raw, pages] = await Promise.all([pdfText(file), pdfPages(file)]);
        const text = normalise(raw);
        const problems: string[] = [];
        for (const expected of [
          'Sammenlignet med det festede resultatet',
          'Festet resultat',
          'Dette resultatet',
          'Ulik',
          normalise(recommendedFormName(journey)),
          normalise(recommendedFormName(other)),
        ]) {
          if (!text.includes(expected)) problems.push(`missing: «${expected}»`);
        }
        for (const screenOnly of [
          WHAT_IF,
          'Prøv dette',
          'Fest dette resultatet',
          'Fjern det festede resultatet',
        ]) {
          if (text.includes(screenOnly)) problems.push(`shows the screen-only «${screenOnly}»`);
        }
        if (!(pages >= 1 && pages <= 3)) problems.push(`has ${pages} A4 pages (1–3 wanted)`);
        expect(problems, `test-results/pdf/compare-${outcome}.pdf`).toEqual([]);
      });
    },
  );

  it('keeps the pin in the printed link, so the record reopens with the comparison', async () => {
    await withApp(browser, async ({ page }) => {
      await goto(page, withPilotPinned(resultPath(journeyFor('implement-outcome-contract'))));
      await page.getByRole('table', { name: COMPARISON }).waitFor();
      await page.emulateMedia({ media: 'print' });
      const printedLink = await page.locator('.record-link a').getAttribute('href');
      expect(new URL(printedLink ?? '').searchParams.get('pin')).toBe(answersQuery(pilot).toString());
    });
  });
});
