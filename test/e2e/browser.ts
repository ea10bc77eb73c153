/**
 * Helpers for the real-browser suite: Debian's Chromium (its headless shell, scripts/lib/chromium.ts)
 * driven by playwright-core against the production build that scripts/e2e.ts serves at E2E_BASE_URL.
 *
 * Every page opened through `withApp` records console errors, uncaught page errors, failed responses
 * from the app's own origin and every request to another origin; the test fails if any were seen.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { CHROMIUM_FLAGS, HEADLESS_SHELL_PATH } from '../../scripts/lib/chromium';

export const CHROMIUM_ARGS = ['--headless', ...CHROMIUM_FLAGS];
export const NARROW = 320;
/**
 * How long any one wait for the page may take (a locator, a heading, focus, the deferred part of a
 * result), and how long a page may take to load. Sized for a two-core machine with both cores kept busy
 * by other work: there, 15 s was measured to be too short for a page load (12–15 s, the browser
 * starting the request late), and failed six tests in one run. Well under the test's own timeout
 * (vitest.e2e.config.ts), so a wait that fails reports what it waited for instead of a bare timeout.
 */
export const WAIT_MS = 30_000;
export const NAVIGATION_MS = 60_000;
export const WIDE = 1280;
export const RESULTS_DIR = resolve(import.meta.dirname, '../../test-results');
export const SCREENS_DIR = resolve(RESULTS_DIR, 'screens');

function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url)
    throw new Error('E2E_BASE_URL is not set: run the suite with `npm run test:e2e`, which serves the build');
  return url.replace(/\/$/, '');
}

export const BASE_URL = baseUrl();
export const APP_ORIGIN = new URL(BASE_URL).origin;

/** An absolute URL of the app: `appUrl('/?authority=state')`. */
export const appUrl = (pathAndQuery = '/'): string => new URL(pathAndQuery, `${BASE_URL}/`).href;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: HEADLESS_SHELL_PATH, args: CHROMIUM_ARGS, headless: true });
}

export type AppPage = {
  page: Page;
  context: BrowserContext;
  /** Everything that went wrong so far: console errors, page errors, failed or foreign requests. */
  problems: () => string[];
};

export type AppOptions = BrowserContextOptions & { width?: number; height?: number };

/** A fresh context (no shared storage, history or clipboard) with one page that records problems. */
export async function openApp(browser: Browser, options: AppOptions = {}): Promise<AppPage> {
  const { width = WIDE, height = 900, ...contextOptions } = options;
  const context = await browser.newContext({
    viewport: { width, height },
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    ...contextOptions,
  });
  context.setDefaultTimeout(WAIT_MS);
  context.setDefaultNavigationTimeout(NAVIGATION_MS);
  const seen: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!/^(https?|wss?):/.test(url)) return; // data:, blob: and about: never leave the browser
    if (new URL(url).origin !== APP_ORIGIN)
      seen.push(`request to another origin: ${request.method()} ${url}`);
  });
  context.on('response', (response) => {
    const url = response.url();
    if (/^https?:/.test(url) && new URL(url).origin === APP_ORIGIN && response.status() >= 400) {
      seen.push(`HTTP ${response.status()} for ${url}`);
    }
  });
  context.on('weberror', (error) => seen.push(`uncaught error: ${error.error().message}`));
  // The built page carries a strict Content Security Policy; any violation is a failure.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const where = message.location().url
        ? ` (${message.location().url}:${message.location().lineNumber})`
        : '';
      seen.push(`console error: ${message.text()}${where}`);
    }
  });
  page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
  return { page, context, problems: () => [...new Set(seen)] };
}

/** Runs `body` on a fresh page and closes it; fails when the page logged errors or left the origin. */
export async function withApp(
  browser: Browser,
  body: (app: AppPage) => Promise<void>,
  options: AppOptions = {},
): Promise<void> {
  const app = await openApp(browser, options);
  try {
    await body(app);
    const problems = app.problems();
    if (problems.length) throw new Error(`The page reported problems:\n  ${problems.join('\n  ')}`);
  } finally {
    await app.context.close();
  }
}

// --------------------------------------------------------------------------------------------
// Waiting for the app
// --------------------------------------------------------------------------------------------

/** Opens a URL of the app and waits until React has rendered the page's h1 and all that follows it. */
export async function goto(page: Page, pathAndQuery = '/'): Promise<void> {
  await page.goto(appUrl(pathAndQuery), { waitUntil: 'load' });
  await h1(page).waitFor({ state: 'visible' });
  if (await waitsForReader(page)) await page.keyboard.press('Shift');
  await appHasTakenOver(page);
  await settled(page);
}

/**
 * The start page as prerendered runs its script only when the reader first moves (public/boot.js): a
 * test that opens it to use the app makes that move as a reader does, with a key that changes nothing.
 * test/e2e/prerender.test.ts holds what happens before, and a link followed without it.
 */
async function waitsForReader(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      document.querySelector('meta[name="main-module"]') !== null &&
      !document.documentElement.classList.contains('prerender-stale') &&
      document.querySelector('script[type="module"]') === null,
  );
}

/**
 * The prerendered start page shows its h1 before its script has run (public/boot.js runs the script on
 * the reader's first move), and React takes the page over (hydrates it) later. A test that changes the
 * page before then would have its change undone by the hydration, so it waits until the app owns the
 * h1: React marks each element it has drawn or hydrated with a property of its own. The static pages
 * (accessibility statement, privacy, changes) have no app and are not waited for.
 */
export async function appHasTakenOver(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () => {
        if (!document.querySelector('meta[name="main-module"]')) return true;
        const heading = document.querySelector('h1');
        return heading !== null && Object.keys(heading).some((key) => key.startsWith('__reactFiber$'));
      },
      undefined,
      { timeout: WAIT_MS },
    )
    .catch(() => {
      throw new Error(`The app did not take over the page at ${page.url()} within ${WAIT_MS} ms`);
    });
}

export const h1 = (page: Page) => page.locator('h1').first();

/** Waits until the page's h1 reads `text` (after back, forward, reload or a link), or says what it reads instead. */
export async function waitForHeading(page: Page, text: string): Promise<void> {
  await page
    .waitForFunction(
      (expected) => document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() === expected,
      text,
      { timeout: WAIT_MS },
    )
    .catch(async () => {
      throw new Error(`Expected the heading «${text}», but it is «${await h1Text(page)}» at ${page.url()}`);
    });
  await settled(page);
}

/**
 * A part worked out just after the page is drawn (what-if on a result) is aria-busy until it is there.
 * A result's lower part is drawn when the reader first scrolls, touches or presses a key, or it comes
 * near the screen (result-page.tsx): a press of Shift, which does nothing else, stands for the reader
 * here, so a test finds the whole page. test/e2e/result-later.test.ts tests that drawing itself.
 */
export async function settled(page: Page): Promise<void> {
  const busy = () =>
    page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, {
      timeout: WAIT_MS,
    });
  // A result's first screen comes in two frames: the lower part's placeholder is there after the second.
  await busy().catch(() => undefined);
  // Its lower part waits for the reader's first move (useFirstInteraction in result-page.tsx): a test
  // reading the whole page makes that move as a reader does, with a key that changes nothing.
  if (await page.locator('[data-later="waiting"]').count()) await page.keyboard.press('Shift');
  await page
    .waitForFunction(() => !document.querySelector('[aria-busy="true"], [data-later]'), undefined, {
      timeout: WAIT_MS,
    })
    .catch(() => {
      throw new Error(`A part of the page stayed aria-busy for ${WAIT_MS / 1000} s at ${page.url()}`);
    });
}

export async function h1Text(page: Page): Promise<string> {
  return normalise((await h1(page).textContent()) ?? '');
}

/**
 * Does `action` (a click or key press that navigates inside the app) and waits for the new page:
 * the URL changes (a history entry is pushed) and focus lands on the new h1.
 */
export async function navigate(
  page: Page,
  action: () => Promise<void>,
  what = 'the next page',
): Promise<void> {
  const before = page.url();
  await action();
  await page
    .waitForURL((url) => url.href !== before, { timeout: WAIT_MS })
    .catch(() => {
      throw new Error(`Expected ${what} after the action, but the URL stayed ${before}`);
    });
  await expectFocusOnH1(page, what);
  await settled(page);
}

/**
 * Waits until the document title is `expected` (or matches it), which the app sets just after the page
 * commits, and returns it; or says what the title is instead.
 */
export async function waitForTitle(page: Page, expected: string | RegExp): Promise<string> {
  const pattern = typeof expected === 'string' ? null : { source: expected.source, flags: expected.flags };
  await page
    .waitForFunction(
      ({ pattern, text }) =>
        pattern ? new RegExp(pattern.source, pattern.flags).test(document.title) : document.title === text,
      { pattern, text: typeof expected === 'string' ? expected : '' },
      { timeout: WAIT_MS },
    )
    .catch(async () => {
      throw new Error(`Expected the title «${String(expected)}», but it is «${await page.title()}»`);
    });
  return page.title();
}

/** Focus moved to the page's h1 after navigation (the brief: h1 with tabIndex -1 receives focus). */
export async function expectFocusOnH1(page: Page, where = 'the page'): Promise<void> {
  try {
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1', undefined, {
      timeout: WAIT_MS,
    });
  } catch {
    const focused = await describeFocused(page);
    throw new Error(`Focus should be on the h1 of ${where} (${await h1Text(page)}), but is on ${focused}`);
  }
}

// --------------------------------------------------------------------------------------------
// Focus
// --------------------------------------------------------------------------------------------

export type FocusedElement = {
  /** A short description such as `a.ds-link "Start på nytt"`. */
  description: string;
  tag: string;
  /** How the focus is drawn (outline and/or box-shadow), or null when nothing is visible. */
  indicator: string | null;
};

/** The focused element and whether it shows a focus indicator (outline or box-shadow, on it or its ds-field). */
export function focusedElement(page: Page): Promise<FocusedElement | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const describe = (node: Element) => {
      const name = (node.getAttribute('aria-label') ?? (node as HTMLElement).textContent ?? '')
        .trim()
        .replace(/\s+/g, ' ');
      const type = node.getAttribute('type') ? `[type=${node.getAttribute('type')}]` : '';
      const cls = node.classList.length ? `.${[...node.classList].join('.')}` : '';
      const value = node instanceof HTMLInputElement && node.type === 'radio' ? ` value=${node.value}` : '';
      return `${node.tagName.toLowerCase()}${type}${cls}${value}${name ? ` "${name.slice(0, 60)}"` : ''}`;
    };
    // How a node looks without focus: a clone next to it (ids and radio names stripped so the page is untouched).
    const unfocused = (node: Element) => {
      const clone = node.cloneNode(true) as Element;
      for (const n of [clone, ...clone.querySelectorAll('*')]) {
        n.removeAttribute('id');
        if (n instanceof HTMLInputElement) n.name = '';
      }
      clone.setAttribute('aria-hidden', 'true');
      node.after(clone);
      const s = getComputedStyle(clone);
      const rect = clone.getBoundingClientRect();
      const snapshot = {
        outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
        boxShadow: s.boxShadow,
        background: s.backgroundColor,
        size: `${Math.round(rect.width)}x${Math.round(rect.height)}`,
      };
      clone.remove();
      return snapshot;
    };
    const ringOf = (node: Element) => {
      const s = getComputedStyle(node);
      const parts: string[] = [];
      if (s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0) {
        parts.push(`outline ${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}`);
      }
      if (s.boxShadow && s.boxShadow !== 'none') parts.push(`box-shadow ${s.boxShadow}`);
      return parts.length ? parts.join('; ') : null;
    };
    const changedByFocus = (node: Element) => {
      const s = getComputedStyle(node);
      const rect = node.getBoundingClientRect();
      const before = unfocused(node);
      const now = {
        outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
        boxShadow: s.boxShadow,
        background: s.backgroundColor,
        size: `${Math.round(rect.width)}x${Math.round(rect.height)}`,
      };
      return (Object.keys(now) as (keyof typeof now)[]).filter((key) => now[key] !== before[key]);
    };
    /**
     * A focus indicator is an outline or box-shadow that focus adds, drawn on the element or (as
     * Designsystemet does for radios and checkboxes) on its .ds-field; or an element that only
     * becomes visible when focused (the skip link). A change of text colour alone does not count.
     */
    const indicatorOf = (node: Element) => {
      const ring = ringOf(node);
      const changes = changedByFocus(node);
      if (ring && (changes.includes('outline') || changes.includes('boxShadow'))) return ring;
      const field = node.parentElement?.closest('.ds-field');
      if (field) {
        const fieldRing = ringOf(field);
        const fieldChanges = changedByFocus(field);
        if (fieldRing && (fieldChanges.includes('outline') || fieldChanges.includes('boxShadow'))) {
          return `on its .ds-field: ${fieldRing}`;
        }
      }
      if (changes.includes('size') && changes.includes('background')) return 'shown only when focused';
      return null;
    };
    return { description: describe(el), tag: el.tagName, indicator: indicatorOf(el) };
  });
}

export async function describeFocused(page: Page): Promise<string> {
  const focused = await focusedElement(page);
  return focused ? focused.description : 'the document body (nothing focused)';
}

// --------------------------------------------------------------------------------------------
// Accessibility, reflow, screenshots
// --------------------------------------------------------------------------------------------

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe (WCAG 2.0/2.1 A and AA) and fails listing every violation with its id, help and targets.
 * Also label-content-name-mismatch (WCAG 2.5.3 Label in Name, level A), which axe tags experimental
 * and so leaves out of the tags above; Lighthouse checks it too.
 */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  await settled(page);
  // Only violations are reported; skipping the details of passes and incomplete checks saves time.
  // Legacy mode runs axe.run in the page itself. The default runs axe.runPartial in every frame and then
  // axe.finishRun in a new blank page, injecting axe twice: for the guide's pages, which have no frames,
  // it finds the same and took 2–3 times as long (1.2–3.4 s against 0.5–1.3 s a screen, measured).
  const results = await new AxeBuilder({ page })
    .setLegacyMode()
    .withTags(AXE_TAGS)
    .options({ resultTypes: ['violations'], rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  if (results.violations.length === 0) return;
  const lines = results.violations.map((v) => {
    const targets = v.nodes.map(
      (n) => `      ${n.target.join(' ')}${n.failureSummary ? ` — ${oneLine(n.failureSummary)}` : ''}`,
    );
    return `  ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${targets.join('\n')}`;
  });
  throw new Error(`axe found ${results.violations.length} violation(s) on ${screen}:\n${lines.join('\n')}`);
}

/** WCAG 1.4.10 Reflow: at 320 CSS px nothing scrolls sideways. Names the elements that stick out. */
export async function expectNoHorizontalScroll(page: Page, screen: string): Promise<void> {
  const { scrollWidth, width, culprits } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => {
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 || rect.right <= width + 0.5) return false;
        // Only the innermost offenders: skip an element whose child sticks out just as far.
        return ![...el.children].some((child) => child.getBoundingClientRect().right >= rect.right - 0.5);
      })
      .slice(0, 8)
      .map((el) => {
        const cls = el.classList.length ? `.${[...el.classList].join('.')}` : '';
        const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        return `${el.tagName.toLowerCase()}${cls} right=${Math.round(el.getBoundingClientRect().right)} "${text}"`;
      });
    return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
  });
  if (scrollWidth > width) {
    throw new Error(
      `${screen} scrolls sideways at ${width} CSS px: scrollWidth ${scrollWidth}.\n  ${culprits.join('\n  ')}`,
    );
  }
}

const safeName = (name: string) => name.replace(/[^a-z0-9æøå_-]+/gi, '-').replace(/^-|-$/g, '');

export const screenPath = (name: string, width: number) =>
  resolve(SCREENS_DIR, `${safeName(name)}-${width}.png`);

/**
 * Whether this run photographs the screens (`npm run screens`, which sets E2E_SCREENSHOTS=1). The
 * pictures are for a person to look at and assert nothing; taking them (full-page captures of results
 * some 12 000 px tall, encoded as PNG) was a third of the browser's work in `npm test`, so it does not.
 */
export const PHOTOGRAPHS = process.env.E2E_SCREENSHOTS === '1';

/**
 * Checks at 320 CSS px that the page does not scroll sideways, and when PHOTOGRAPHS, takes full-page
 * screenshots at 320 and 1280 CSS px to test-results/screens/<name>-<width>.png on the way. The viewport
 * is restored afterwards.
 */
export async function screenshots(page: Page, name: string, { checkReflow = true } = {}): Promise<void> {
  await settled(page);
  const original = page.viewportSize();
  if (PHOTOGRAPHS) mkdirSync(SCREENS_DIR, { recursive: true });
  try {
    for (const width of PHOTOGRAPHS ? [NARROW, WIDE] : [NARROW]) {
      await page.setViewportSize({ width, height: width === NARROW ? 640 : 900 });
      // Two frames for the new width to be laid out and painted, or a second at most: a page the
      // browser does not paint at that moment (seen under load) runs no frames, and the checks below
      // force layout themselves.
      await page.evaluate(
        () =>
          new Promise((r) => {
            requestAnimationFrame(() => requestAnimationFrame(r));
            setTimeout(r, 1_000);
          }),
      );
      if (PHOTOGRAPHS) {
        const path = screenPath(name, width);
        mkdirSync(dirname(path), { recursive: true });
        await page.screenshot({ path, fullPage: true, animations: 'disabled', caret: 'initial' });
      }
      if (width === NARROW && checkReflow) await expectNoHorizontalScroll(page, name);
    }
  } finally {
    if (original) await page.setViewportSize(original);
  }
}

// --------------------------------------------------------------------------------------------
// Text
// --------------------------------------------------------------------------------------------

/** Collapses every kind of white space (including the no-break spaces of nb-NO numbers) to one space. */
export const normalise = (text: string) => text.replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
