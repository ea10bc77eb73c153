/**
 * Nynorsk and English at parity with bokmål: whole journeys in each, amounts and dates written the way
 * each language writes them, the browser's preferred language on a first visit, and a language switch
 * that keeps the answers and the step.
 */
import { screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Locale, OutcomeId, QuestionId } from '../../../src/content/vocabulary';
import { CATALOGUES } from '../../../src/ui/text/messages/all-catalogues';
import { preferredLocale, text } from '../../../src/ui/text/messages/messages-context';
import { expectTitle, findPage, openAt, preferLanguages, question, rules, searchParams } from '../helpers';

type User = ReturnType<typeof userEvent.setup>;

const questionIn = (locale: Locale, id: QuestionId) => text(question(id).text, locale);

function optionIn(locale: Locale, id: QuestionId, value: string): string {
  const q = question(id);
  const option = q.kind === 'choice' ? q.options.find((o) => o.value === value) : undefined;
  if (!option) throw new Error(`no option ${value} for ${id}`);
  return text(option.label, locale);
}

function resultHeadingIn(locale: Locale, outcome: OutcomeId): string {
  const found = rules.outcomes.outcomes.find((o) => o.id === outcome);
  const form = rules.forms.forms.find((f) => f.id === found?.primaryFormId);
  if (!form) throw new Error(`no form for ${outcome}`);
  return CATALOGUES[locale].result.heading(text(form.name, locale));
}

/** Answers the question on screen in `locale` (waiting for it) and presses that language's "Continue". */
async function answerIn(locale: Locale, user: User, id: QuestionId, value: string) {
  await findPage(questionIn(locale, id));
  const q = question(id);
  if (q.kind === 'amount') {
    const field = screen.getByRole('textbox', { name: text(q.fieldLabel, locale) });
    await user.clear(field);
    await user.type(field, value);
  } else {
    const label = optionIn(locale, id, value);
    await user.click(
      screen.getByRole('radio', { name: (name) => name === label || name.startsWith(`${label} `) }),
    );
  }
  await user.click(screen.getByRole('button', { name: CATALOGUES[locale].question.continue }));
}

function amountLabel(locale: Locale): string {
  const q = question('contractValue');
  if (q.kind !== 'amount') throw new Error('contractValue is not an amount question');
  return text(q.fieldLabel, locale);
}

const languageNav = (locale: Locale) =>
  screen.getByRole('navigation', { name: CATALOGUES[locale].layout.languageNav });

/** The pilot journey, with the amount typed the way each language types it. */
const PILOT = (amount: string): [QuestionId, string][] => [
  ['authority', 'municipality'],
  ['goal', 'implement'],
  ['payment', 'purchase'],
  ['serviceArea', 'health'],
  ['contractValue', amount],
];

describe('a journey in nynorsk', () => {
  it('goes from the start page to the result in nynorsk, with amounts and dates the Norwegian way', async () => {
    const { user } = openAt('/?lang=nn');
    await findPage('Samarbeidsveiviseren');
    expect(document.documentElement.lang).toBe('nn');
    await user.click(screen.getByRole('link', { name: 'Start vegvisaren' }));
    for (const [id, value] of PILOT('500 000')) await answerIn('nn', user, id, value);

    const heading = await findPage(resultHeadingIn('nn', 'implement-part-one-purchase'));
    expect(heading).toHaveTextContent(/^Tilrådd samarbeidsform: /);
    await waitFor(() => expect(heading).toHaveFocus());
    await expectTitle(`${resultHeadingIn('nn', 'implement-part-one-purchase')} – Samarbeidsveiviseren`);
    expect(searchParams().get('lang')).toBe('nn');
    expect(screen.getByRole('heading', { level: 2, name: 'Kvifor vi tilrår dette' })).toBeInTheDocument();
    expect(screen.getAllByText(/Vurdert 27\. november 2026 etter/)[0]).toBeInTheDocument();
    // The rules version leads to what changed in the rules, in nynorsk (in the header and the disclaimer).
    for (const link of screen.getAllByRole('link', { name: /^regelverk \d{4}\.\d{2}\.\d+$/ }))
      expect(link).toHaveAttribute('href', '/endringer/nn/');
    const rulesSection = screen.getByRole('region', { name: 'Anskaffingsreglar' });
    expect(
      within(rulesSection).getByText(/1\s300\s000 kroner, gjeld frå 6\. april 2018/),
    ).toBeInTheDocument();
    expect(
      within(rulesSection).getByText(
        /Beløpet dykkar, 500\s000 kroner, er mellom nedre grense for anskaffingsregelverket \(100\s000 kroner\)/,
      ),
    ).toBeInTheDocument();
    const answers = screen.getByRole('region', { name: 'Svara dine' });
    expect(within(answers).getByText(/^500\s000\skr$/)).toBeInTheDocument();
    expect(within(answers).getAllByRole('link', { name: /^Endre / })).toHaveLength(5);
  });

  it('asks for the amount in nynorsk, with the example written the Norwegian way', async () => {
    const { user } = openAt(
      '/?authority=municipality&goal=implement&payment=purchase&serviceArea=health&step=contractValue&lang=nn',
    );
    await findPage(questionIn('nn', 'contractValue'));
    expect(screen.getByText(/til dømes 1 300 000/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hald fram' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Dette må rettast' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Skriv inn den berekna verdien i kroner, til dømes 1 300 000' }),
    ).toBeInTheDocument();
    await expectTitle(/^Feil: /);
  });
});

describe('a journey in English', () => {
  it('goes from the start page to the result in English, with amounts and dates the British way', async () => {
    const { user } = openAt('/?lang=en');
    await findPage('Samarbeidsveiviseren');
    expect(document.documentElement.lang).toBe('en');
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    for (const [id, value] of PILOT('500,000')) await answerIn('en', user, id, value);

    const heading = await findPage(resultHeadingIn('en', 'implement-part-one-purchase'));
    expect(heading).toHaveTextContent(/^Recommended form of collaboration: /);
    await waitFor(() => expect(heading).toHaveFocus());
    await expectTitle(`${resultHeadingIn('en', 'implement-part-one-purchase')} – Samarbeidsveiviseren`);
    expect(searchParams().get('contractValue')).toBe('500000');
    expect(screen.getAllByText(/Assessed on 27 November 2026 under/)[0]).toBeInTheDocument();
    const versionLinks = screen.getAllByRole('link', { name: /^rules version \d{4}\.\d{2}\.\d+$/ });
    expect(versionLinks).toHaveLength(2);
    for (const link of versionLinks) expect(link).toHaveAttribute('href', '/endringer/en/');
    const rulesSection = screen.getByRole('region', { name: 'Procurement rules' });
    expect(within(rulesSection).getByText(/NOK\s1,300,000, applies from 6 April 2018/)).toBeInTheDocument();
    expect(
      within(rulesSection).getByText(
        /Your amount, NOK\s500,000, is between the lower limit for the procurement rules \(NOK\s100,000\) and the national threshold value \(NOK\s1,300,000\)\./,
      ),
    ).toBeInTheDocument();
    const answers = screen.getByRole('region', { name: 'Your answers' });
    expect(within(answers).getByText(/^NOK\s500,000$/)).toBeInTheDocument();
    expect(within(answers).getAllByRole('link', { name: /^Change / })).toHaveLength(5);
  });

  it('reads amounts typed the English way and shows them back the English way', async () => {
    const { user } = openAt(
      '/?authority=municipality&goal=implement&payment=purchase&serviceArea=health&step=contractValue&lang=en',
    );
    await findPage(questionIn('en', 'contractValue'));
    expect(screen.getByText(/for example 1,300,000/)).toBeInTheDocument();
    const field = screen.getByRole('textbox', { name: amountLabel('en') });
    await user.type(field, 'NOK 1,300,000.00');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findPage(questionIn('en', 'serviceKind'));
    expect(searchParams().get('contractValue')).toBe('1300000');

    await user.click(screen.getByRole('link', { name: 'Back' }));
    await findPage(questionIn('en', 'contractValue'));
    expect(screen.getByRole('textbox', { name: amountLabel('en') })).toHaveValue('1,300,000');
  });

  it('explains a wrong amount in English, with the example written the English way', async () => {
    const { user } = openAt(
      '/?authority=municipality&goal=implement&payment=purchase&serviceArea=health&step=contractValue&lang=en',
    );
    await findPage(questionIn('en', 'contractValue'));
    await user.type(screen.getByRole('textbox', { name: amountLabel('en') }), 'a lot');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('heading', { level: 2, name: 'There is a problem' });
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    expect(
      screen.getByRole('link', { name: 'Enter the amount in figures, for example 1,300,000' }),
    ).toHaveAttribute('href', '#contractValue');
    await expectTitle(/^Error: /);
  });
});

describe('the language choice', () => {
  it('is on every page: three links named in their own language, the current one marked', async () => {
    openAt('/?authority=county&step=goal&lang=nn');
    await findPage(questionIn('nn', 'goal'));
    const nav = languageNav('nn');
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('lang')])).toEqual([
      ['Bokmål', 'nb'],
      ['Nynorsk', 'nn'],
      ['English', 'en'],
    ]);
    expect(within(nav).getByRole('link', { name: 'Nynorsk' })).toHaveAttribute('aria-current', 'true');
    expect(within(nav).getByRole('link', { name: 'Bokmål' })).not.toHaveAttribute('aria-current');
    expect(within(nav).getByRole('link', { name: 'English' })).toHaveAttribute(
      'href',
      '/?authority=county&step=goal&lang=en',
    );
  });

  it('switches mid-journey and keeps the answers and the step, then the journey goes on in the new language', async () => {
    const { user } = openAt('/');
    await user.click(screen.getByRole('link', { name: 'Start veiviseren' }));
    await answerIn('nb', user, 'authority', 'municipality');
    await answerIn('nb', user, 'goal', 'implement');
    await findPage(questionIn('nb', 'payment'));
    const before = searchParams();

    await user.click(within(languageNav('nb')).getByRole('link', { name: 'English' }));
    const heading = await findPage(questionIn('en', 'payment'));
    await waitFor(() => expect(heading).toHaveFocus());
    expect(document.documentElement.lang).toBe('en');
    await expectTitle(`${questionIn('en', 'payment')} – Samarbeidsveiviseren`);
    const after = searchParams();
    expect(after.get('lang')).toBe('en');
    after.delete('lang');
    before.delete('lang');
    expect(after.toString()).toBe(before.toString());
    expect(within(languageNav('en')).getByRole('link', { name: 'English' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(screen.getByRole('link', { name: 'Start again' })).toHaveAttribute('href', '/?lang=en');

    // Back goes to the previous question, in English, with its answer still chosen.
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await findPage(questionIn('en', 'goal'));
    expect(screen.getByRole('radio', { name: optionIn('en', 'goal', 'implement') })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    for (const [id, value] of PILOT('450,000').slice(2)) await answerIn('en', user, id, value);
    await findPage(resultHeadingIn('en', 'implement-part-one-purchase'));
    expect(searchParams().get('lang')).toBe('en');

    // And back to nynorsk on the result: the same result, in nynorsk.
    await user.click(within(languageNav('en')).getByRole('link', { name: 'Nynorsk' }));
    await findPage(resultHeadingIn('nn', 'implement-part-one-purchase'));
    expect(document.documentElement.lang).toBe('nn');
    expect(
      within(screen.getByRole('region', { name: 'Svara dine' })).getByText(/^450\s000\skr$/),
    ).toBeInTheDocument();
  });

  it('is a history entry: browser back returns to the page in the language it was in', async () => {
    const { user } = openAt('/?authority=county&step=goal&lang=nb');
    await findPage(questionIn('nb', 'goal'));
    await user.click(within(languageNav('nb')).getByRole('link', { name: 'Nynorsk' }));
    await findPage(questionIn('nn', 'goal'));
    window.history.back();
    await findPage(questionIn('nb', 'goal'));
    expect(document.documentElement.lang).toBe('nb');
  });
});

describe('a first visit without a language in the link', () => {
  it.each([
    [['nn-NO', 'nb-NO'], 'nn'],
    [['nb-NO', 'en-GB'], 'nb'],
    [['no'], 'nb'],
    [['en-US', 'en'], 'en'],
    [['de-DE', 'en-GB'], 'en'],
    [['sv-SE', 'de'], 'nb'],
  ] as const)(
    'with browser languages %j shows the guide in %s and keeps it in the links',
    async (languages, expected) => {
      preferLanguages(...languages);
      openAt('/');
      await findPage('Samarbeidsveiviseren');
      expect(document.documentElement.lang).toBe(expected);
      const start = screen.getByRole('link', { name: CATALOGUES[expected].start.startButton });
      expect(start).toHaveAttribute('href', `/?step=authority&lang=${expected}`);
      expect(within(languageNav(expected)).getByRole('link', { current: true })).toHaveAttribute(
        'lang',
        expected,
      );
    },
  );

  it('keeps the language of the link over the browser preference', async () => {
    preferLanguages('en-GB');
    openAt('/?authority=county&step=goal&lang=nn');
    await findPage(questionIn('nn', 'goal'));
    expect(document.documentElement.lang).toBe('nn');
  });

  it('opens an old link with answers but no language in the preferred language, and links carry it on', async () => {
    preferLanguages('nn');
    openAt('/?authority=county&step=goal');
    await findPage(questionIn('nn', 'goal'));
    expect(screen.getByRole('link', { name: 'Tilbake' })).toHaveAttribute(
      'href',
      '/?authority=county&step=authority&lang=nn',
    );
  });

  it('treats a language it does not have like no language', async () => {
    preferLanguages('en-GB');
    openAt('/?lang=de');
    await findPage('Samarbeidsveiviseren');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('link', { name: 'Start now' })).toHaveAttribute(
      'href',
      '/?step=authority&lang=en',
    );
  });

  it('maps the tags the way the brief says', () => {
    expect(preferredLocale(['nno'])).toBe('nn');
    expect(preferredLocale(['nob'])).toBe('nb');
    expect(preferredLocale(['NN_no'])).toBe('nn');
    expect(preferredLocale(['en-IN'])).toBe('en');
    expect(preferredLocale([])).toBe('nb');
  });
});
