/**
 * WCAG 1.4.10 Reflow: at 320 CSS px wide nothing scrolls sideways, on every screen. On the way, each
 * screen is photographed at 320 and 1280 px into test-results/screens/ for a person to look at.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser, NARROW, screenshots, withApp } from './browser';
import { SCREENS } from './screens';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('every screen reflows at 320 CSS px (and is photographed at 320 and 1280 px)', () => {
  it.concurrent.for(SCREENS.map((s) => [s.name, s] as const))('%s', async ([name, screen]) => {
    await withApp(
      browser,
      async ({ page }) => {
        await screen.open(page);
        await screenshots(page, name);
      },
      { width: NARROW, height: 640 },
    );
  });
});
