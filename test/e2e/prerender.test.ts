/**
 * The start page is prerendered at build time: its content is in the HTML before any JavaScript runs,
 * it reads without JavaScript, and the app takes it over without a hydration error or a flash of the
 * wrong page when a link asks for another page or language.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/content/vocabulary';
import { INFO_PAGES, infoPagePath } from '../../src/domain/url-format';
import { INFO_TEXTS } from '../../src/ui/info/texts/all';
import { FONTS_AFTER_PAINT } from '../../src/ui/shell/web-fonts';
import { CATALOGUES } from '../../src/ui/text/messages/all-catalogues';
import {
  appHasTakenOver,
  appUrl,
  expectFocusOnH1,
  goto,
  h1Text,
  launchBrowser,
  openApp,
  WAIT_MS,
  waitForHeading,
  withApp,
} from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A script's name without its folder and hash: `/assets/journey-view-AbCd1234.js` → `journey-view`. */
const withoutHash = (url: string) =>
  new URL(url).pathname.replace(/^\/(assets\/)?/, '').replace(/-[\w-]{8}\.js$/, '');

/**
 * The modules the build names in the start page for boot.js (vite.config.ts, journeyModulesHint), by
 * name without hash: the journey's (journey-view and what only it and the result share) and the
 * result page's (result-page and what only it shares with "Slik virker veiviseren"), so the tests
 * below need not know how Rollup names the chunks two pages share.
 */
let hintedModules: Promise<{ journey: string[]; result: string[] }> | undefined;
function modulesNamed() {
  hintedModules ??= fetch(appUrl('/'))
    .then((response) => response.text())
    .then((html) => {
      const hinted = (name: string) =>
        (new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html)?.[1] ?? '')
          .split(' ')
          .filter(Boolean)
          .map((file) => withoutHash(appUrl(file)));
      const named = { journey: hinted('journey-modules'), result: hinted('result-modules') };
      expect(named.journey[0]).toBe('journey-view');
      expect(named.result[0]).toBe('result-page');
      return named;
    });
  return hintedModules;
}

/** A pattern for the URLs of these scripts. */
const scriptsNamed = (names: string[]) => new RegExp(`/assets/(${names.join('|')})-[\\w-]{8}\\.js$`);

describe('the prerendered start page', () => {
  it('has its content in the HTML before any JavaScript runs', async () => {
    const html = await (await fetch(appUrl('/'))).text();
    expect(html).toMatch(/<h1[^>]*>Samarbeidsveiviseren<\/h1>/);
    expect(html).toContain('Start veiviseren');
  });

  it('declares its character encoding where the browser reads it, in the first 1024 bytes', async () => {
    const bytes = Buffer.from(await (await fetch(appUrl('/'))).arrayBuffer());
    expect(bytes.subarray(0, 1024).toString('latin1')).toMatch(/<meta charset="UTF-8"/i);
  });

  it('reads without JavaScript, and says the questions need it', async () => {
    const app = await openApp(browser, { javaScriptEnabled: false });
    try {
      await app.page.goto(appUrl('/'));
      expect(await h1Text(app.page)).toBe('Samarbeidsveiviseren');
      expect(await app.page.getByText(/trenger JavaScript/).isVisible()).toBe(true);
      await app.page.screenshot({
        path: 'test-results/screens/start-without-javascript-1280.png',
        fullPage: true,
      });
    } finally {
      await app.context.close();
    }
  });

  it('is taken over by the app without a hydration error, and works', async () => {
    await withApp(browser, async ({ page }) => {
      await goto(page, '/');
      await page.getByRole('link', { name: /Start veiviseren/ }).click();
      await page.waitForFunction(
        () => new URLSearchParams(window.location.search).get('step') === 'authority',
      );
      expect(await h1Text(page)).toMatch(/Hvilken type offentlig virksomhet/);
    });
  });

  it('is never shown for a link to another page or in another language', async () => {
    for (const [path, heading] of [
      ['/?authority=state&step=goal', /Hva vil dere oppnå/],
      ['/?lang=en', /Samarbeidsveiviseren/],
    ] as const) {
      await withApp(browser, async ({ page }) => {
        const seen: string[] = [];
        await page.exposeFunction('__reportHeading', (text: string) => seen.push(text));
        await page.addInitScript(() => {
          new MutationObserver(() => {
            const root = document.getElementById('root');
            const h1 = document.querySelector('h1');
            const hidden = document.documentElement.classList.contains('prerender-stale');
            if (h1 && root && !hidden)
              (window as unknown as { __reportHeading: (t: string) => void }).__reportHeading(
                h1.textContent ?? '',
              );
          }).observe(document, { subtree: true, childList: true, attributes: true });
        });
        await goto(page, path);
        expect(await h1Text(page)).toMatch(heading);
        if (path.includes('lang=en'))
          expect(await page.getByRole('link', { name: /Start now/ }).count()).toBe(1);
        // Every heading a user could see was the right page's.
        for (const text of seen) expect(text).toMatch(heading);
      });
    }
  });
});

describe('the scripts a page needs at once', () => {
  it('open with V8’s compile hint, so their functions compile while they download', async () => {
    const html = await (await fetch(appUrl('/'))).text();
    const named = (name: string) =>
      new RegExp(`<meta name="${name}" content="([^"]+)"`).exec(html)?.[1] ?? '';
    const main = named('main-module');
    const journey = named('journey-modules').split(' ')[0] ?? '';
    const result = named('result-modules').split(' ')[0] ?? '';
    expect(main).toMatch(/^\/assets\/index-[\w-]+\.js$/);
    expect(journey).toMatch(/^\/assets\/journey-view-[\w-]+\.js$/);
    expect(result).toMatch(/^\/assets\/result-page-[\w-]+\.js$/);
    for (const script of [main, journey, result])
      expect((await (await fetch(appUrl(script))).text()).startsWith('//# allFunctionsCalledOnLoad\n')).toBe(
        true,
      );
  });
});

describe('a link in bokmål paints the header from the HTML', () => {
  it('shows the service’s header before the app is loaded, and the page in place of the rest, without a shift', async () => {
    await withApp(browser, async ({ page }) => {
      // Hold the journey back, as a slow network would, to see what is painted before it arrives.
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route(/journey-view-[\w-]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.addInitScript((fontsHeld) => {
        const shifts: [number, number][] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            shifts.push([entry.startTime, (entry as unknown as { value: number }).value]);
        }).observe({ type: 'layout-shift', buffered: true });
        // When the app let Inter in (src/ui/shell/web-fonts.ts): the class boot.js set is gone, and the
        // page is drawn by then. Watched on the document, as this runs before <html> is parsed.
        const state = { shifts, fontsAllowedAt: Number.POSITIVE_INFINITY };
        let held = false;
        new MutationObserver(() => {
          const root = document.documentElement;
          if (!root || state.fontsAllowedAt !== Number.POSITIVE_INFINITY) return;
          if (root.classList.contains(fontsHeld)) held = true;
          else if (held) state.fontsAllowedAt = performance.now();
        }).observe(document, { attributes: true, attributeFilter: ['class'], subtree: true });
        (window as unknown as { __layout: typeof state }).__layout = state;
      }, FONTS_AFTER_PAINT);
      const path = '/?authority=state&goal=implement&step=payment';
      await page.goto(appUrl(path), { waitUntil: 'domcontentloaded' });
      const title = page.locator('.site-header__title');
      await title.waitFor({ state: 'visible' });
      expect(await title.textContent()).toBe('Samarbeidsveiviseren');
      // Nothing of the start page below the header, and none of its links to follow meanwhile.
      expect(await page.locator('h1').isVisible()).toBe(false);
      expect(await page.getByRole('link', { name: 'Start på nytt' }).isVisible()).toBe(false);
      expect(await page.getByRole('link', { name: 'Nynorsk' }).isVisible()).toBe(false);
      release();
      await waitForHeading(page, 'Skal dere betale den sosiale entreprenøren, og i så fall for hva?');
      // The page's own header, with links that keep the answers.
      const nynorsk = page.getByRole('link', { name: 'Nynorsk' });
      expect(await nynorsk.isVisible()).toBe(true);
      expect(await nynorsk.getAttribute('href')).toContain('authority=state');
      // Wait for Inter, swapped in after the page is drawn, to count what its swap moves too.
      await page.waitForFunction(() => document.fonts.check('1em Inter'), undefined, { timeout: WAIT_MS });
      await page.waitForFunction(() => document.fonts.status === 'loaded', undefined, { timeout: WAIT_MS });
      const { shifts, fontsAllowedAt } = await page.evaluate(
        () =>
          (window as unknown as { __layout: { shifts: [number, number][]; fontsAllowedAt: number } })
            .__layout,
      );
      expect(fontsAllowedAt).toBeLessThan(Number.POSITIVE_INFINITY);
      const sum = (list: [number, number][]) => list.reduce((total, [, value]) => total + value, 0);
      // The header from the HTML, then the page drawn in place: nothing moves.
      expect(sum(shifts.filter(([time]) => time < fontsAllowedAt))).toBe(0);
      // Inter in place of its fallback, drawn to Inter's metrics (src/app/fonts.css) but not glyph by
      // glyph: what moves is far below what a reader notices (a layout shift score of 0.1 is "good").
      expect(sum(shifts.filter(([time]) => time >= fontsAllowedAt))).toBeLessThan(0.001);
    });
  });
});

describe('what a page downloads', () => {
  let preloaded: string[] = [];
  let JOURNEY: string[] = [];
  let RESULT_PAGE: string[] = [];
  beforeAll(async () => {
    ({ journey: JOURNEY, result: RESULT_PAGE } = await modulesNamed());
  });
  const sorted = (names: string[]) => [...names].sort();

  /**
   * Without what a result adds (the result page and the rest of the rules), which a question prefetches
   * (downloads, not runs) once it is drawn, whenever the browser is idle, so the last answer need not
   * wait for the network: the test below.
   */
  const beforeTheRest = (scripts: string[]) =>
    scripts.filter((name) => !name.startsWith('rules-result-') && !RESULT_PAGE.includes(name));

  /** The scripts a page opened at `path` fetches, and those it preloads, by file name without hash. */
  async function scriptsFor(path: string, locale = 'nb-NO'): Promise<string[]> {
    const scripts: string[] = [];
    preloaded = [];
    await withApp(
      browser,
      async ({ page }) => {
        page.on('request', (request) => {
          if (request.resourceType() === 'script') scripts.push(withoutHash(request.url()));
        });
        await goto(page, path);
        await page.waitForLoadState('networkidle');
        const links = await page.$$eval('link[rel="modulepreload"]', (all) =>
          all.map((link) => (link as HTMLLinkElement).href),
        );
        preloaded = links.map(withoutHash).sort();
      },
      { locale },
    );
    return scripts.sort();
  }

  it('a result opened from a link: the journey, both parts of the rules and of the texts in its language only, preloaded at once', async () => {
    const all = sorted([
      'index',
      ...JOURNEY,
      'messages-nn',
      'rules-question-nn',
      ...RESULT_PAGE,
      'rules-result-nn',
      'messages-result-nn',
    ]);
    expect(
      await scriptsFor(
        '/?authority=municipality&goal=implement&payment=purchase&serviceArea=health&contractValue=500000&step=result&lang=nn',
      ),
    ).toEqual(all);
    // The main script too: the page draws nothing without it (public/boot.js).
    expect(preloaded).toEqual(all);
  });

  it('a question opened from a link: a question’s rules preloaded; the rest prefetched only once it is drawn', async () => {
    const question = sorted(['index', ...JOURNEY, 'messages-en', 'rules-question-en']);
    expect(beforeTheRest(await scriptsFor('/?authority=state&step=goal', 'en-GB'))).toEqual(question);
    expect(preloaded).toEqual(question);
    await withApp(browser, async ({ page }) => {
      // When the app shows the page it drew (it lifts prerender-stale then: src/app/app.tsx).
      // Observed from the document (its <html> may not exist yet when this runs).
      await page.addInitScript(() => {
        let stale = false;
        new MutationObserver(() => {
          const w = window as unknown as { drawnAt?: number };
          const hidden = document.documentElement?.classList.contains('prerender-stale') ?? false;
          if (hidden) stale = true;
          else if (stale && w.drawnAt === undefined) w.drawnAt = performance.now();
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ['class'] });
      });
      await goto(page, '/?authority=municipality&goal=implement&step=payment');
      await page.waitForFunction(
        () =>
          performance
            .getEntriesByType('resource')
            .some((entry) => /\/assets\/rules-result-nb-[\w-]+\.js$/.test(entry.name)),
        undefined,
        { timeout: WAIT_MS },
      );
      const { drawnAt, restAskedAt } = await page.evaluate(() => ({
        drawnAt: (window as unknown as { drawnAt?: number }).drawnAt ?? null,
        restAskedAt:
          performance
            .getEntriesByType('resource')
            .find((entry) => /\/assets\/rules-result-nb-[\w-]+\.js$/.test(entry.name))?.startTime ?? null,
      }));
      expect(drawnAt).not.toBeNull();
      expect(restAskedAt).toBeGreaterThan(drawnAt as number);
      // Downloaded, not run: a prefetch, which the result's import then finds.
      expect(
        await page.$$eval('link[href*="/rules-result-nb-"]', (links) =>
          links.map((link) => (link as HTMLLinkElement).rel),
        ),
      ).toEqual(['prefetch']);
    });
  });

  it('a link in bokmål paints its header from the HTML, then asks for its scripts together', async () => {
    const path = '/?authority=municipality&goal=implement&step=payment';
    const question = sorted(['index', ...JOURNEY, 'rules-question-nb']);
    expect(beforeTheRest(await scriptsFor(path))).toEqual(question);
    expect(preloaded).toEqual(question);
    await withApp(browser, async ({ page }) => {
      await goto(page, path);
      // What the question needs (what a result adds follows once it is drawn: the test above).
      const [paint, requested] = await page.evaluate(
        (source) => [
          performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
          performance
            .getEntriesByType('resource')
            .filter((entry) => new RegExp(source).test(entry.name))
            .map((entry) => entry.startTime),
        ],
        scriptsNamed(question).source,
      );
      expect(paint).not.toBeNull();
      expect(requested).toHaveLength(question.length);
      for (const start of requested as number[]) expect(start).toBeGreaterThan(paint as number);
    });
  });

  it('the start page runs no script while it is read: its scripts are fetched after its paint, and run on the first key', async () => {
    await withApp(browser, async ({ page }) => {
      await page.goto(appUrl('/'), { waitUntil: 'load' });
      const names = ['index', ...JOURNEY, 'rules-question-nb'];
      const scripts = scriptsNamed(names);
      await page.waitForFunction(
        ([source, count]) =>
          performance
            .getEntriesByType('resource')
            .filter(
              (entry) =>
                new RegExp(source as string).test(entry.name) &&
                (entry as PerformanceResourceTiming).responseEnd > 0,
            ).length === count,
        [scripts.source, names.length] as const,
        { timeout: WAIT_MS },
      );
      await page.waitForLoadState('networkidle');
      const before = await page.evaluate((source) => {
        const heading = document.querySelector('h1');
        return {
          paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
          fetched: performance
            .getEntriesByType('resource')
            .filter((entry) => new RegExp(source).test(entry.name))
            .map((entry) => entry.startTime),
          run: document.querySelectorAll('script[type="module"]').length,
          drawnByReact:
            heading !== null && Object.keys(heading).some((key) => key.startsWith('__reactFiber$')),
        };
      }, scripts.source);
      expect(before.paint).not.toBeNull();
      for (const start of before.fetched) expect(start).toBeGreaterThan(before.paint as number);
      expect(before.run).toBe(0);
      expect(before.drawnByReact).toBe(false);
      // The reader's first key starts the app, which takes the page over; a link then moves within it.
      await page.keyboard.press('Tab');
      await appHasTakenOver(page);
      await page.evaluate(() => {
        (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
      });
      await page.getByRole('link', { name: /Start veiviseren/ }).click();
      await waitForHeading(page, 'Hvilken type offentlig virksomhet jobber du i?');
      expect(
        await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
      ).toBe(true);
    });
  });

  it('the start page: a link followed before the app runs is followed as a link, to the same page', async () => {
    await withApp(browser, async ({ page }) => {
      // The main script held back, as a slow network would: the click comes before the app can run.
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
        await held;
        await route.continue().catch(() => undefined);
      });
      await page.goto(appUrl('/'), { waitUntil: 'domcontentloaded' });
      await page.getByRole('link', { name: /Start veiviseren/ }).click();
      // Committed, not loaded: the page's load waits for the script held back.
      await page.waitForURL((url) => url.searchParams.get('step') === 'authority', {
        timeout: WAIT_MS,
        waitUntil: 'commit',
      });
      release();
      await waitForHeading(page, 'Hvilken type offentlig virksomhet jobber du i?');
      await expectFocusOnH1(page, 'the first question, loaded as a page of its own');
      // A document of its own: the browser followed the link.
      expect(
        await page.evaluate(() => new URL(performance.getEntriesByType('navigation')[0]?.name ?? '').search),
      ).toContain('step=authority');
    });
  });

  it('the start page: the journey and its rules follow in the background, in its language', async () => {
    // boot.js is written into the page (scripts/prerender.ts), so no script is fetched before index.
    // (Fetched ahead in bokmål, and run once the reader moves: the test above.)
    expect(await scriptsFor('/')).toEqual(sorted(['index', ...JOURNEY, 'rules-question-nb']));
    // Not preloaded as modules: nothing is run before the reader moves.
    expect(preloaded).toEqual([]);
    // In English, its catalogue is preloaded; the other language's is never fetched.
    expect(await scriptsFor('/', 'en-GB')).toEqual(
      sorted(['index', ...JOURNEY, 'messages-en', 'rules-question-en']),
    );
    // boot.js preloads the main script and the catalogue (the journey, imported by the app while the page
    // is read, may be preloaded with what it imports by Vite's own dynamic import).
    expect(preloaded.filter((name) => !JOURNEY.includes(name))).toEqual(['index', 'messages-en']);
  });
});

describe('the web font', () => {
  /** When each Inter file was asked for, and whether the page now draws its text in Inter. */
  async function fontsOf(page: import('playwright-core').Page) {
    // Inter is swapped in once fetched: wait for the document to use it, then for its files.
    await page.waitForFunction(
      () => getComputedStyle(document.body).fontFamily.startsWith('Inter'),
      undefined,
      {
        timeout: WAIT_MS,
      },
    );
    await page.waitForFunction(() => document.fonts.check('1em Inter'), undefined, { timeout: WAIT_MS });
    return page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      fonts: performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.woff2'))
        .map((entry) => entry.startTime),
      scriptsLoaded: performance
        .getEntriesByType('resource')
        .filter((entry) => /\/assets\/[\w-]+\.js$/.test(entry.name))
        .map((entry) => (entry as PerformanceResourceTiming).responseEnd),
    }));
  }

  it('a link is drawn before Inter is asked for, so the font never competes with its scripts, then shows in Inter', async () => {
    await withApp(browser, async ({ page }) => {
      await goto(
        page,
        '/?authority=municipality&goal=implement&payment=purchase&serviceArea=health&contractValue=500000&step=result',
      );
      const { fonts, scriptsLoaded } = await fontsOf(page);
      // The main script, the journey, the result page, both parts of the rules and what a result adds
      // to the texts.
      const { journey, result } = await modulesNamed();
      expect(scriptsLoaded).toHaveLength(1 + journey.length + result.length + 3);
      expect(fonts.length).toBeGreaterThan(0);
      const lastScript = Math.max(...scriptsLoaded);
      for (const start of fonts) expect(start).toBeGreaterThan(lastScript);
    });
  });

  it('the start page as prerendered uses Inter from its first paint, and a font swap starts no script', async () => {
    await withApp(browser, async ({ page }) => {
      await page.goto(appUrl('/'), { waitUntil: 'load' });
      expect(await page.evaluate(() => document.documentElement.className)).toBe('');
      await fontsOf(page);
      await page.waitForLoadState('networkidle');
      // Still as prerendered: nothing has run the app (public/boot.js waits for the reader's first move).
      expect(await page.$$('script[type="module"]')).toHaveLength(0);
    });
  });

  it('pages without the boot script (accessibility statement, privacy, changes) use Inter at once', async () => {
    await withApp(browser, async ({ page }) => {
      for (const info of INFO_PAGES) {
        await page.goto(appUrl(infoPagePath(info, 'nb')), { waitUntil: 'load' });
        expect(await page.evaluate(() => document.documentElement.className), info).toBe('');
        await fontsOf(page);
      }
    });
  });
});

describe('the accessibility statement, the privacy page and the changes to the rules', () => {
  it('are static documents in each language that read without JavaScript', async () => {
    const app = await openApp(browser, { javaScriptEnabled: false });
    try {
      for (const page of INFO_PAGES)
        for (const locale of LOCALES) {
          const path = infoPagePath(page, locale);
          const html = await (await fetch(appUrl(path))).text();
          expect(html, path).toContain(`<html lang="${locale}">`);
          expect(html, path).not.toContain('<script');
          await app.page.goto(appUrl(path));
          expect(await h1Text(app.page)).toBe(INFO_TEXTS[locale][page].title);
        }
    } finally {
      await app.context.close();
    }
  });

  it('are reached from the footer of the app, and lead back to it', async () => {
    await withApp(browser, async ({ page }) => {
      await goto(page, '/?lang=nn&authority=state&step=goal');
      const m = CATALOGUES.nn;
      await page.getByRole('contentinfo').getByRole('link', { name: m.layout.accessibilityLink }).click();
      await page.waitForURL(appUrl(infoPagePath('accessibility', 'nn')));
      expect(await h1Text(page)).toBe(INFO_TEXTS.nn.accessibility.title);
      await page.getByRole('contentinfo').getByRole('link', { name: m.layout.privacyLink }).click();
      await page.waitForURL(appUrl(infoPagePath('privacy', 'nn')));
      expect(await h1Text(page)).toBe(INFO_TEXTS.nn.privacy.title);
      await page.getByRole('contentinfo').getByRole('link', { name: m.layout.changesLink }).click();
      await page.waitForURL(appUrl(infoPagePath('changes', 'nn')));
      expect(await h1Text(page)).toBe(INFO_TEXTS.nn.changes.title);
      await page.getByRole('link', { name: m.layout.startAgain }).click();
      await page.waitForURL(appUrl('/?lang=nn'));
      expect(await h1Text(page)).toBe(m.start.heading);
    });
  });

  it('the changes page is where the rules version on a result leads, and back returns to the result', async () => {
    await withApp(browser, async ({ page }) => {
      const result =
        '/?lang=en&authority=municipality&goal=implement&payment=purchase&serviceArea=health&contractValue=500000&step=result';
      await goto(page, result);
      const version = page.locator('.result-header').getByRole('link', { name: /^rules version / });
      await version.waitFor();
      const heading = await h1Text(page);
      await version.click();
      await page.waitForURL(appUrl(infoPagePath('changes', 'en')));
      expect(await h1Text(page)).toBe(INFO_TEXTS.en.changes.title);
      expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toMatch(/^Rules version /);
      await page.goBack();
      await page.waitForURL(appUrl(result));
      await waitForHeading(page, heading);
    });
  });
});
