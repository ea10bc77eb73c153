/**
 * "Slik virker veiviseren", the assessment date and the currency marks in a real browser: axe finds
 * nothing on the how page and on a result assessed as of a chosen date; the how page reflows at 320 px
 * (the decision table scrolls inside its own box, the page never sideways); its code is loaded only
 * when it is opened; the date form sets the date as a new page; a result assessed as of a date a year
 * after the facts were checked prints the "Bør kontrolleres" marks on 1–3 A4 pages; the how page prints
 * its decision table whole.
 *
 * Screenshots go to test-results/screens/ (how-*, result-chosen-date-*), the PDF to test-results/pdf/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectFocusOnH1,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  goto,
  h1Text,
  launchBrowser,
  NARROW,
  navigate,
  normalise,
  RESULTS_DIR,
  screenshots,
  withApp,
} from './browser';
import { pdfPages, pdfText, poppler } from './pdf';

const HOW = '/?step=how';
/** An ordinary purchase of 1 200 000 kr assessed as of 1 January 2018, when the national threshold was 1 100 000. */
const CHOSEN_DATE_RESULT =
  '/?authority=municipality&goal=implement&payment=purchase&serviceArea=other&contractValue=1200000&serviceKind=ordinary&resultsBased=no&step=result&date=2018-01-01';
const TODAY_RESULT =
  '/?authority=municipality&goal=implement&payment=purchase&serviceArea=other&contractValue=1200000&step=result';
const PDF_DIR = resolve(RESULTS_DIR, 'pdf');

let browser: Browser;
beforeAll(async () => {
  mkdirSync(PDF_DIR, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('«Slik virker veiviseren» and a result with a chosen date', () => {
  it.concurrent('the how page: no axe violations, no sideways scroll at 320 px', async () => {
    await withApp(browser, async ({ page }) => {
      await goto(page, HOW);
      expect(await h1Text(page)).toBe('Slik virker veiviseren');
      await page.getByRole('table').waitFor();
      await expectNoAxeViolations(page, 'how');
      await screenshots(page, 'how');
      await page.setViewportSize({ width: NARROW, height: 640 });
      await expectNoHorizontalScroll(page, 'how at 320 px');
    });
  });

  it.concurrent('the how page in English: no axe violations', async () => {
    await withApp(browser, async ({ page }) => {
      await goto(page, `${HOW}&lang=en`);
      expect(await h1Text(page)).toBe('How the tool decides');
      await expectNoAxeViolations(page, 'how-en');
    });
  });

  it.concurrent('a result with a chosen date: no axe violations, says which thresholds were used', async () => {
    await withApp(browser, async ({ page }) => {
      await goto(page, CHOSEN_DATE_RESULT);
      expect(await h1Text(page)).toBe('Anbefalt samarbeidsform: Løpende driftsavtale');
      const body = normalise((await page.locator('main').textContent()) ?? '');
      expect(body).toContain('Terskelverdiene som gjaldt 1. januar 2018, er brukt.');
      expect(body).toContain('1 100 000 kroner, gjelder fra 1. januar 2017');
      await expectNoAxeViolations(page, 'result-chosen-date');
      await screenshots(page, 'result-chosen-date');
    });
  });

  it.concurrent('an old-rules link: no axe violations on its note', async () => {
    await withApp(browser, async ({ page }) => {
      await goto(page, `${TODAY_RESULT}&v=2020.01.1&o=implement-part-one-purchase`);
      await page
        .getByRole('heading', { name: 'Lenken viser til et regelverk veiviseren ikke kjenner' })
        .waitFor();
      await expectNoAxeViolations(page, 'result-old-rules-link');
    });
  });
});

describe('the how page is loaded only when it is opened', () => {
  it.concurrent('the result does not fetch its code; the footer link does, and focus lands on its heading', async () => {
    await withApp(browser, async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      await goto(page, TODAY_RESULT);
      expect(await h1Text(page)).toBe('Anbefalt samarbeidsform: Kjøp med konkurranse etter del I');
      const before = [...scripts];
      await navigate(
        page,
        () => page.getByRole('link', { name: /^Slik virker veiviseren: spørsmål/ }).click(),
        'the how page',
      );
      expect(await h1Text(page)).toBe('Slik virker veiviseren');
      const loadedLater = scripts.filter((path) => !before.includes(path));
      expect(
        loadedLater.length,
        `scripts fetched for the how page: ${loadedLater.join(', ')}`,
      ).toBeGreaterThan(0);
      expect(before.some((path) => /how-page/.test(path))).toBe(false);
    });
  });
});

describe('the assessment date form', () => {
  it.concurrent('sets the date as a new page with focus on its heading, and browser back returns', async () => {
    await withApp(browser, async ({ page }) => {
      await goto(page, TODAY_RESULT);
      await page.getByLabel('Vurderingsdato').fill('2018-01-01');
      await navigate(
        page,
        () => page.getByRole('button', { name: 'Vurder etter denne datoen' }).click(),
        'the page assessed as of 1 January 2018',
      );
      expect(new URL(page.url()).searchParams.get('date')).toBe('2018-01-01');
      // On 1 January 2018 1 200 000 kr was above the national threshold: the guide asks the kind of service.
      expect(await h1Text(page)).toBe('Hva slags tjeneste er det rettslig sett?');
      await page.goBack();
      await expectFocusOnH1(page, 'the result again');
      expect(await h1Text(page)).toBe('Anbefalt samarbeidsform: Kjøp med konkurranse etter del I');
    });
  });
});

describe('the printout of a result assessed a year after the facts were checked', () => {
  it.concurrent('marks the thresholds and schemes as due for checking, on 1–3 A4 pages', async () => {
    await withApp(browser, async ({ page }) => {
      await goto(
        page,
        '/?authority=state&goal=implement&payment=purchase&serviceArea=health&contractValue=3000000&serviceKind=unsure&resultsBased=yes&step=result&date=2027-03-01',
      );
      const file = resolve(PDF_DIR, 'due-for-checking.pdf');
      await page.pdf({ path: file, format: 'A4', tagged: true });
      const [raw, pages] = await Promise.all([
        pdfText(file),
        pdfPages(file),
        poppler('pdftoppm', ['-png', '-r', '70', file, resolve(PDF_DIR, 'due-for-checking')]),
      ]);
      const text = normalise(raw);
      expect(text).toContain('Bør kontrolleres: sist kontrollert 1. februar 2026');
      expect(text).toMatch(/Terskelverdiene som (gjelder|gjaldt) 1\. mars 2027,/);
      expect(text).not.toContain('Vurder etter en annen dato');
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(3);
    });
  });
});

describe('the printout of «Slik virker veiviseren»', () => {
  it.concurrent('holds the whole decision table, every column, and none of the screen aids', async () => {
    await withApp(browser, async ({ page }) => {
      await goto(page, HOW);
      const file = resolve(PDF_DIR, 'how.pdf');
      await page.pdf({ path: file, format: 'A4', tagged: true });
      const [raw] = await Promise.all([
        pdfText(file),
        poppler('pdftoppm', ['-png', '-r', '60', file, resolve(PDF_DIR, 'how')]),
      ]);
      const text = normalise(raw);
      // Every word of every column heading and of the last row: a table cut off at the page edge loses
      // its last columns. (Words, since the PDF's text runs cell lines across columns.)
      const words = (texts: string[]) => texts.flatMap((t) => normalise(t).split(' ')).filter(Boolean);
      const headers = await page.locator('.decision-table thead th').allTextContents();
      expect(headers.length).toBeGreaterThan(8);
      const lastRow = await page
        .locator('.decision-table tbody tr')
        .last()
        .locator('th, td')
        .allTextContents();
      const printed = new Set(text.split(' '));
      for (const word of words([...headers, ...lastRow])) expect(printed, word).toContain(word);
      expect(text).not.toContain('Rull sidelengs');
      // On paper the table is as wide as the page: nothing in it scrolls.
      await page.emulateMedia({ media: 'print' });
      const box = await page.locator('.table-scroll').evaluate((el) => ({
        scroll: el.scrollWidth,
        client: el.clientWidth,
      }));
      expect(box.scroll).toBeLessThanOrEqual(box.client);
    });
  });
});
