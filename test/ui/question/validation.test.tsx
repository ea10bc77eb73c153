/**
 * Errors: nothing chosen, or an amount that cannot be read, shows "Dette må rettes" at the top (which
 * takes focus and links to the field) and the message at the field. Nothing already answered is lost.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { text } from '../../../src/ui/text/messages/messages-context';
import { expectTitle, findPage, openAt, question, questionText, radio, searchParams } from '../helpers';

const AMOUNT_PAGE =
  '/?authority=municipality&goal=implement&payment=purchase&serviceArea=health&step=contractValue';
const amountField = () => {
  const q = question('contractValue');
  if (q.kind !== 'amount') throw new Error('contractValue is not an amount question');
  return screen.getByRole('textbox', { name: text(q.fieldLabel) });
};

describe('a question answered with nothing chosen', () => {
  it('shows an error summary that takes focus, links to the first option, and marks the group', async () => {
    const { user } = openAt('/?authority=state&step=goal');
    await findPage(questionText('goal'));
    await user.click(screen.getByRole('button', { name: 'Fortsett' }));

    const summaryHeading = await screen.findByRole('heading', { level: 2, name: 'Dette må rettes' });
    await waitFor(() => expect(summaryHeading.parentElement).toHaveFocus());
    const link = within(summaryHeading.parentElement as HTMLElement).getByRole('link', {
      name: 'Velg ett av alternativene',
    });
    expect(screen.getByRole('group', { name: questionText('goal') })).toHaveAccessibleDescription(
      /Velg ett av alternativene/,
    );
    for (const option of screen.getAllByRole('radio')) expect(option).toBeInvalid();
    await expectTitle(`Feil: ${questionText('goal')} – Samarbeidsveiviseren`);

    await user.click(link);
    await waitFor(() => expect(screen.getAllByRole('radio')[0]).toHaveFocus());
    // Nothing was lost: the earlier answer is still in the link.
    expect(searchParams().get('authority')).toBe('state');
  });

  it('lets the user fix the error and go on', async () => {
    const { user } = openAt('/?authority=state&step=goal');
    await findPage(questionText('goal'));
    await user.click(screen.getByRole('button', { name: 'Fortsett' }));
    await screen.findByRole('heading', { name: 'Dette må rettes' });
    const goal = question('goal');
    if (goal.kind !== 'choice') throw new Error('goal is a choice');
    const first = goal.options[0];
    if (!first) throw new Error('goal has no options');
    await user.click(radio(text(first.label)));
    await user.click(screen.getByRole('button', { name: 'Fortsett' }));
    await findPage(questionText('payment'));
    expect(screen.queryByRole('heading', { name: 'Dette må rettes' })).not.toBeInTheDocument();
  });
});

describe('an amount that cannot be read', () => {
  it.each([
    ['is empty', '', 'Skriv inn anslått verdi i kroner, for eksempel 1 300 000'],
    ['is not a number', 'mange penger', 'Skriv beløpet med tall, for eksempel 1 300 000'],
    [
      'is negative',
      '-5000',
      'Beløpet kan ikke være negativt. Skriv beløpet uten minustegn, for eksempel 1 300 000',
    ],
    ['is zero', '0', 'Beløpet må være større enn 0. Skriv et anslag i hele kroner, for eksempel 1 300 000'],
    [
      'is over ten billion',
      '99 000 000 000',
      'Beløpet er over 10 milliarder kroner. Sjekk at du ikke har skrevet for mange sifre',
    ],
  ])('shows a specific message when it %s, and keeps the typed text', async (_case, typed, message) => {
    const { user } = openAt(AMOUNT_PAGE);
    await findPage(questionText('contractValue'));
    if (typed) await user.type(amountField(), typed);
    await user.click(screen.getByRole('button', { name: 'Fortsett' }));

    const summaryHeading = await screen.findByRole('heading', { level: 2, name: 'Dette må rettes' });
    await waitFor(() => expect(summaryHeading.parentElement).toHaveFocus());
    expect(
      within(summaryHeading.parentElement as HTMLElement).getByRole('link', { name: message }),
    ).toHaveAttribute('href', '#contractValue');
    const field = amountField();
    expect(field).toBeInvalid();
    expect(field).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    expect(field).toHaveValue(typed);
    expect(searchParams().get('serviceArea')).toBe('health');
  });

  it('accepts an amount written the Norwegian way and shows it formatted when the user comes back', async () => {
    const { user } = openAt(AMOUNT_PAGE);
    await findPage(questionText('contractValue'));
    await user.type(amountField(), 'kr 450.000,-');
    await user.click(screen.getByRole('button', { name: 'Fortsett' }));
    await findPage(/Anbefalt samarbeidsform/);
    expect(searchParams().get('contractValue')).toBe('450000');

    await user.click(screen.getByRole('link', { name: 'Tilbake' }));
    await findPage(questionText('contractValue'));
    expect(amountField()).toHaveValue('450 000');
  });
});
