/**
 * Helpers for driving the guide as a user does: by role and label, with the words taken from rules/
 * through the interface's own `text()` (so a reworded question does not break a test of routing).
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import { App } from '../../src/app/app';
import { getRules } from '../../src/content/rules';
import type { OutcomeId, QuestionId } from '../../src/content/vocabulary';
import { text } from '../../src/ui/text/messages/messages-context';

export const rules = getRules();
/** Every test is assessed on one fixed date, so the thresholds in force do not move under it. */
export const TODAY = '2026-11-27';

export function question(id: QuestionId) {
  const found = rules.questions.questions.find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
}

export const questionText = (id: QuestionId) => text(question(id).text);
export const summaryLabel = (id: QuestionId) => text(question(id).summaryLabel);

export function optionLabel(id: QuestionId, value: string): string {
  const q = question(id);
  const option = q.kind === 'choice' ? q.options.find((o) => o.value === value) : undefined;
  if (!option) throw new Error(`no option ${value} for ${id}`);
  return text(option.label);
}

/** The h1 the result page shows for an outcome. */
export function resultHeading(outcome: OutcomeId): string {
  const found = rules.outcomes.outcomes.find((o) => o.id === outcome);
  const form = rules.forms.forms.find((f) => f.id === found?.primaryFormId);
  if (!form) throw new Error(`no form for ${outcome}`);
  return `Anbefalt samarbeidsform: ${text(form.name)}`;
}

/** The browser's preferred languages from now on in this test (navigator.languages), best first. */
export function preferLanguages(...languages: string[]) {
  Object.defineProperty(window.navigator, 'languages', { configurable: true, get: () => languages });
}

/** Opens the app at a URL, as a link or a reload would. */
export function openAt(url: string, props: Parameters<typeof App>[0] = {}) {
  window.history.replaceState(null, '', url);
  const user = userEvent.setup();
  const view = render(<App today={TODAY} {...props} />);
  return { user, ...view };
}

/** Waits for the page whose h1 is `name` and returns the heading. */
export async function findPage(name: string | RegExp) {
  const heading = await screen.findByRole('heading', { level: 1, name });
  // A part worked out just after the page is drawn (what-if on a result) is aria-busy until it is there.
  await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull());
  return heading;
}

/** A radio by its option label; a suggested option's label also carries the "Forslag" tag. */
export function radio(label: string) {
  return screen.getByRole('radio', { name: (name) => name === label || name.startsWith(`${label} `) });
}

/** Answers the question on screen (waiting for it) and presses "Fortsett". */
export async function answer(user: ReturnType<typeof userEvent.setup>, id: QuestionId, value: string) {
  await findPage(questionText(id));
  const q = question(id);
  if (q.kind === 'amount') {
    const field = screen.getByRole('textbox', { name: text(q.fieldLabel) });
    await user.clear(field);
    await user.type(field, value);
  } else {
    await user.click(radio(optionLabel(id, value)));
  }
  await user.click(screen.getByRole('button', { name: 'Fortsett' }));
}

/** The answers in the address bar, as the app reads them. */
export function searchParams() {
  return new URLSearchParams(window.location.search);
}

export async function expectPage(name: string | RegExp) {
  const heading = await findPage(name);
  expect(heading).toBeInTheDocument();
  return heading;
}

/**
 * The document title, once the page has set it. The title is set in an effect after the page commits,
 * so it is waited for rather than read at once (reading it at once fails on a slow machine).
 */
export async function expectTitle(expected: string | RegExp) {
  await waitFor(() => {
    if (typeof expected === 'string') expect(document.title).toBe(expected);
    else expect(document.title).toMatch(expected);
  });
}
