/**
 * Robustness in the real browser: the Content Security Policy is delivered and enforced, and very long
 * or deeply encoded links neither hang nor break the page.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER_ONLY_DIRECTIVES, policyWithHashes } from '../../scripts/lib/csp';
import { appUrl, expectNoAxeViolations, goto, h1Text, launchBrowser, openApp, withApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Content Security Policy', () => {
  it('is in the served HTML, allowing exactly the page’s own inline script and style by their hashes', async () => {
    const html = await (await fetch(appUrl('/'))).text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    const policy = meta?.[1]?.replace(/&#39;/g, "'");
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] as string);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] as string);
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(policy).toBe(policyWithHashes({ scripts, styles }));
    expect(policy).not.toContain('unsafe-inline');
    // The header for nginx (dist/csp-header.conf) carries the same policy, plus frame-ancestors.
    const header = await (await fetch(appUrl('/csp-header.conf'))).text();
    expect(header).toBe(
      `add_header Content-Security-Policy "${policy}; ${HEADER_ONLY_DIRECTIVES}" always;\n`,
    );
  });

  it('is enforced: an injected inline script does not run, and the violation is reported', async () => {
    const app = await openApp(browser);
    try {
      await goto(app.page, '/');
      const outcome = await app.page.evaluate(async () => {
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true;';
        // The violation is reported in a task after the append: wait for it (at most 10 s, under the test's timeout).
        const reported = new Promise((r) => {
          document.addEventListener('securitypolicyviolation', r, { once: true });
          setTimeout(r, 10_000);
        });
        document.body.append(script);
        await reported;
        return { ran: (window as unknown as { __injected?: boolean }).__injected === true, violations };
      });
      expect(outcome.ran).toBe(false);
      expect(outcome.violations.join(' ')).toMatch(/script-src/);
    } finally {
      await app.context.close();
    }
  });

  it('the whole journey runs under it without a violation', async () => {
    await withApp(browser, async ({ page }) => {
      await goto(
        page,
        '/?authority=municipality&goal=implement&payment=purchase&serviceArea=health&contractValue=500000&step=result',
      );
      expect(await h1Text(page)).toMatch(/Kjøp med konkurranse etter del I/);
    });
  });
});

describe('hostile links', () => {
  it('a long mangled link (7 000 characters, about what servers accept) opens the right question with a warning', async () => {
    const junk = Array.from({ length: 70 }, (_, i) => `x${i}=${'y'.repeat(90)}`).join('&');
    await withApp(browser, async ({ page }) => {
      await goto(page, `/?authority=state&${junk}`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Hva vil dere oppnå/);
      expect(await page.getByText(/x0/).count()).toBeGreaterThan(0);
    });
  });

  it('an address of 300 000 characters (beyond what a server accepts) still renders at once', async () => {
    const junk = Array.from({ length: 3000 }, (_, i) => `x${i}=${'y'.repeat(90)}`).join('&');
    await withApp(browser, async ({ page }) => {
      await goto(page, '/?authority=state&step=goal');
      // The app reads the address it is given: move to the long one as browser history would.
      await page.evaluate((query) => {
        window.history.pushState(null, '', `/?authority=municipality&${query}&step=goal`);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, junk);
      await page.waitForFunction(() => window.location.search.length > 250_000);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Hva vil dere oppnå/);
      expect(await page.getByText(/x0/).count()).toBeGreaterThan(0);
    });
  });

  it('a deeply encoded value is reported, not crashed on', async () => {
    let value = 'municipality';
    for (let i = 0; i < 40; i++) value = encodeURIComponent(`%${value}`);
    await withApp(browser, async ({ page }) => {
      await goto(page, `/?authority=${value}&goal=develop`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(
        /Hvilken type offentlig virksomhet/,
      );
    });
  });
});

describe('a network that fails', () => {
  const RESULT =
    '/?authority=municipality&goal=implement&payment=purchase&serviceArea=health&contractValue=500000&step=result&lang=nb';

  it.each([
    ['a question’s rules in the page’s language', '**/assets/rules-question-nb-*.js'],
    ['the rest of the rules in the page’s language', '**/assets/rules-result-nb-*.js'],
    ['the journey', '**/assets/journey-view-*.js'],
  ])(
    'when %s cannot be fetched, says so, keeps the answers, and «Prøv igjen» recovers',
    async (_, blocked) => {
      const app = await openApp(browser);
      try {
        const { page } = app;
        await page.route(blocked, (route) => route.abort('internetdisconnected'));
        await goto(page, RESULT);
        expect(await h1Text(page)).toBe('Veiviseren fikk ikke lastet ned det den trenger');
        await expectNoAxeViolations(page, 'the page for a failed download');
        const retry = page.getByRole('link', { name: 'Prøv igjen' });
        expect(new URL((await retry.getAttribute('href')) ?? '', page.url()).search).toBe(
          new URL(page.url()).search,
        );
        expect(page.url()).toContain('contractValue=500000');
        // Every failure is one the page expected: a failed fetch, reported once, and nothing else.
        for (const problem of app.problems())
          expect(problem).toMatch(/Failed to fetch|dynamically imported module|net::ERR/i);

        await page.unroute(blocked);
        await retry.click();
        await page.waitForFunction(() => document.querySelector('h1')?.textContent?.startsWith('Anbefalt'));
        expect(await h1Text(page)).toMatch(/^Anbefalt samarbeidsform: /);
      } finally {
        await app.context.close();
      }
    },
  );
});
