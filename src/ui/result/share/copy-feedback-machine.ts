/**
 * The feedback of "Kopier lenke" and "Kopier som tekst": idle → copying → copied (the confirmation is
 * shown, then cleared after a few seconds) or failed (the clipboard is missing or the browser refused;
 * the content is offered in a field to copy by hand, until the user hides it or copies again).
 */
import { assign, fromPromise, setup } from 'xstate';

export type CopyWhat = 'link' | 'text';

/** How long "Lenken er kopiert" stays before the status region is emptied again. */
export const CONFIRMATION_MS = 5_000;

/** Writes to the system clipboard; rejects when the API is missing (old browser, http) or blocked. */
export const writeToClipboard = fromPromise<void, { content: string }>(async ({ input }) => {
  if (typeof navigator === 'undefined' || typeof navigator.clipboard?.writeText !== 'function') {
    throw new Error('The clipboard API is not available');
  }
  await navigator.clipboard.writeText(input.content);
});

export const copyFeedbackMachine = setup({
  types: {
    context: {} as { what: CopyWhat | null; content: string },
    events: {} as { type: 'copy'; what: CopyWhat; content: string } | { type: 'dismiss' },
  },
  actors: { writeToClipboard },
  delays: { confirmationShown: CONFIRMATION_MS },
}).createMachine({
  id: 'copyFeedback',
  context: { what: null, content: '' },
  initial: 'idle',
  on: {
    copy: {
      target: '.copying',
      actions: assign(({ event }) => ({ what: event.what, content: event.content })),
    },
  },
  states: {
    idle: {},
    copying: {
      invoke: {
        src: 'writeToClipboard',
        input: ({ context }) => ({ content: context.content }),
        onDone: 'copied',
        onError: 'failed',
      },
    },
    copied: {
      after: { confirmationShown: 'idle' },
    },
    failed: {
      on: { dismiss: 'idle' },
    },
  },
});
