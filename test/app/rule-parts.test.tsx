/**
 * The rules come in two parts (src/content/rule-parts.ts): a question is drawn from a question's rules
 * alone, a result waits for the rest, and a result whose rest cannot be downloaded says so in network
 * terms and keeps the answers. The rest is held back here until the test lets it through.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ResultRules } from '../../src/content/rule-parts';
import type { Locale } from '../../src/content/vocabulary';
import { en } from '../../src/ui/text/messages/en';
import { answer, expectTitle, findPage, openAt, questionText, resultHeading, rules } from '../ui/helpers';

type Pending = { resolve: (rules: ResultRules) => void; reject: (error: Error) => void };
const pending: Pending[] = [];

vi.mock('../../src/content/locale-rules', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/content/locale-rules')>();
  return {
    ...actual,
    loadResultRules: vi.fn(
      () => new Promise<ResultRules>((resolve, reject) => pending.push({ resolve, reject })),
    ),
  };
});

const { loadResultRules: realLoadResultRules } = await vi.importActual<
  typeof import('../../src/content/locale-rules')
>('../../src/content/locale-rules');

/** Lets every load of the rest of the rules under way through, with the real rest in `locale`. */
async function letResultRulesThrough(locale: Locale) {
  const rest = await realLoadResultRules(locale);
  for (const load of pending.splice(0)) load.resolve(rest);
}

const ANSWERS = 'authority=municipality&goal=implement&payment=purchase&serviceArea=health';
const QUESTION = `/?${ANSWERS}&step=contractValue`;
const RESULT = `/?${ANSWERS}&contractValue=500000&step=result`;
const OUTCOME = 'implement-part-one-purchase';

/** The name of the form a result recommends, in `locale`. */
function formName(locale: 'nn' | 'en'): string {
  const outcome = rules.outcomes.outcomes.find((o) => o.id === OUTCOME);
  const form = rules.forms.forms.find((f) => f.id === outcome?.primaryFormId);
  if (!form) throw new Error(`no form for ${OUTCOME}`);
  return form.name[locale];
}

// Each test in a language of its own: what has loaded stays loaded for the rest of the file.
describe('the rules in two parts', () => {
  it('draw a question from a link without the rest, and keep it on screen until its result can be drawn', async () => {
    const { user } = openAt(QUESTION);
    // Nothing of the rest has been let through: the question did not wait for it.
    expect(await findPage(questionText('contractValue'))).toBeInTheDocument();
    await answer(user, 'contractValue', '500000');
    await vi.waitFor(() => expect(pending.length).toBeGreaterThan(0));
    expect(
      screen.getByRole('heading', { level: 1, name: questionText('contractValue') }),
    ).toBeInTheDocument();
    await letResultRulesThrough('nb');
    expect(await findPage(resultHeading(OUTCOME))).toBeInTheDocument();
    expect(window.location.search).toContain('step=result');
  });

  it('draw a result opened from a link only once the rest has loaded', async () => {
    openAt(`${RESULT}&lang=nn`);
    await vi.waitFor(() => expect(pending.length).toBeGreaterThan(0));
    // The question's part and the journey have loaded (the rest is asked for only after them).
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    await letResultRulesThrough('nn');
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent(formName('nn'));
  });

  it('say so in network terms, keeping the answers, when the rest cannot be downloaded', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const link = `${RESULT}&lang=en`;
    openAt(link);
    await vi.waitFor(() => expect(pending.length).toBeGreaterThan(0));
    for (const load of pending.splice(0))
      load.reject(new TypeError('Failed to fetch dynamically imported module: /assets/rules-result-en-x.js'));
    await findPage(en.networkError.heading);
    await expectTitle(new RegExp(`^${en.networkError.title}`));
    expect(screen.getByRole('link', { name: en.rulesError.retry })).toHaveAttribute('href', link);
    expect(window.location.search).toContain('contractValue=500000');
  });
});
