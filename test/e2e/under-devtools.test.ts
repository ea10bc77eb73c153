/**
 * What a page opened from a link costs with DevTools attached, as Lighthouse measures it (it turns on
 * the Runtime domain for every run). With it on, making an Error records where in the source each
 * function on the stack is, and V8 parses again any function it compiled without that table: a
 * module's whole body when the Error is made as it is evaluated. So a script that makes Errors as it
 * loads pays for it under Lighthouse, and in DevTools, though not in a reader's browser
 * (docs/adr/0004, session 14). Two causes were found and removed; these tests keep them out:
 * - React DOM's sentinel errors, made as its module is evaluated (scripts/lib/react-sentinels.ts);
 * - the question flow's context, which threw when XState's pure transition functions made it without
 *   input, once for every answer replayed (src/machine/question-flow.ts).
 * They count events rather than time them: a count does not vary with the machine's load.
 */
import type { Browser, CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goto, launchBrowser, withApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const QUESTION = '/?authority=municipality&goal=implement&step=payment';
const RESULT =
  '/?authority=municipality&goal=implement&payment=purchase&serviceArea=health&contractValue=500000&step=result';
const PAGES = [
  ['a question', QUESTION],
  ['a result', RESULT],
  ['the start page', '/'],
] as const;

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number };

describe('a page opened from a link, under DevTools', () => {
  it.each(PAGES)('%s is drawn without any exception thrown, caught or not', async (_name, path) => {
    await withApp(browser, async ({ page, context }) => {
      const cdp: CDPSession = await context.newCDPSession(page);
      const thrown: string[] = [];
      cdp.on('Debugger.paused', (event) => {
        const where = event.callFrames
          .slice(0, 4)
          .map((frame) => `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}`)
          .join(' < ');
        thrown.push(`${JSON.stringify(event.data?.description ?? event.reason).slice(0, 200)} at ${where}`);
        void cdp.send('Debugger.resume').catch(() => undefined);
      });
      await cdp.send('Debugger.enable');
      await cdp.send('Debugger.setPauseOnExceptions', { state: 'all' });
      await goto(page, path);
      await cdp.send('Debugger.setPauseOnExceptions', { state: 'none' });
      expect(thrown).toEqual([]);
    });
  });

  it.each(PAGES.slice(0, 2))(
    '%s: evaluating its scripts parses no function again to record a stack',
    async (_name, path) => {
      await withApp(browser, async ({ page }) => {
        await browser.startTracing(page, {
          categories: ['disabled-by-default-v8.compile', 'v8', 'devtools.timeline'],
        });
        await goto(page, path);
        const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] })
          .traceEvents;
        const evaluations = events.filter((event) => event.name === 'v8.evaluateModule' && event.ph === 'X');
        // The main script, the journey and the page's rules at least.
        expect(evaluations.length).toBeGreaterThanOrEqual(3);
        const reparsed = events.filter(
          (event) =>
            event.name === 'V8.CollectSourcePositions' &&
            evaluations.some(
              (evaluation) =>
                evaluation.pid === event.pid &&
                evaluation.tid === event.tid &&
                evaluation.ts <= event.ts &&
                event.ts <= evaluation.ts + (evaluation.dur ?? 0),
            ),
        );
        expect(reparsed).toEqual([]);
      });
    },
  );
});
