/**
 * The feedback flow behind "Kopier lenke" and "Kopier som tekst", without React: idle → copying →
 * copied → idle after the confirmation has been shown, or → failed, which stays (the field to copy by
 * hand must not vanish while someone is selecting in it) until dismissed or tried again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { CONFIRMATION_MS, copyFeedbackMachine } from '../../../../src/ui/result/share/copy-feedback-machine';

function start(write: (content: string) => Promise<void>) {
  const machine = copyFeedbackMachine.provide({
    actors: { writeToClipboard: fromPromise<void, { content: string }>(({ input }) => write(input.content)) },
  });
  return createActor(machine).start();
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the copy feedback', () => {
  it('confirms a copy and goes back to idle once the confirmation has been shown', async () => {
    const write = vi.fn().mockResolvedValue(undefined);
    const actor = start(write);
    actor.send({ type: 'copy', what: 'link', content: 'https://example.no/?a=1' });
    await waitFor(actor, (s) => s.matches('copied'));
    expect(write).toHaveBeenCalledWith('https://example.no/?a=1');
    expect(actor.getSnapshot().context).toEqual({ what: 'link', content: 'https://example.no/?a=1' });
    vi.advanceTimersByTime(CONFIRMATION_MS - 1);
    expect(actor.getSnapshot().matches('copied')).toBe(true);
    vi.advanceTimersByTime(1);
    expect(actor.getSnapshot().matches('idle')).toBe(true);
  });

  it('keeps a failure (and what was to be copied) until it is dismissed', async () => {
    const actor = start(() => Promise.reject(new Error('blocked')));
    actor.send({ type: 'copy', what: 'text', content: 'Anbefalt samarbeidsform: …' });
    await waitFor(actor, (s) => s.matches('failed'));
    vi.advanceTimersByTime(CONFIRMATION_MS * 10);
    expect(actor.getSnapshot().matches('failed')).toBe(true);
    expect(actor.getSnapshot().context.what).toBe('text');
    actor.send({ type: 'dismiss' });
    expect(actor.getSnapshot().matches('idle')).toBe(true);
  });

  it('starts the confirmation afresh when something else is copied while one is shown', async () => {
    const actor = start(() => Promise.resolve());
    actor.send({ type: 'copy', what: 'link', content: 'link' });
    await waitFor(actor, (s) => s.matches('copied'));
    vi.advanceTimersByTime(CONFIRMATION_MS - 100);
    actor.send({ type: 'copy', what: 'text', content: 'text' });
    await waitFor(actor, (s) => s.matches('copied'));
    expect(actor.getSnapshot().context.what).toBe('text');
    vi.advanceTimersByTime(CONFIRMATION_MS - 1);
    expect(actor.getSnapshot().matches('copied')).toBe(true);
    vi.advanceTimersByTime(1);
    expect(actor.getSnapshot().matches('idle')).toBe(true);
  });

  it('fails, without throwing, when the browser has no clipboard', async () => {
    const clipboard = Object.getOwnPropertyDescriptor(window.navigator, 'clipboard');
    Object.defineProperty(window.navigator, 'clipboard', { configurable: true, value: undefined });
    try {
      const actor = createActor(copyFeedbackMachine).start();
      actor.send({ type: 'copy', what: 'link', content: 'link' });
      await waitFor(actor, (s) => s.matches('failed'));
      expect(actor.getSnapshot().status).toBe('active');
    } finally {
      if (clipboard) Object.defineProperty(window.navigator, 'clipboard', clipboard);
    }
  });
});
