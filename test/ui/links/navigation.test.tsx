/**
 * Back, browser back and forward, changing an answer from "Dine svar" (with pruning), and "Start på
 * nytt". The URL is the only state, so every check reads the page or the address bar.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  answer,
  findPage,
  openAt,
  optionLabel,
  questionText,
  radio,
  resultHeading,
  searchParams,
  summaryLabel,
} from '../helpers';

const PILOT =
  '/?authority=municipality&goal=implement&payment=purchase&serviceArea=health&contractValue=500000&step=result';

describe('the back link', () => {
  it('walks back through the questions, keeping every answer, and from the first question to the start page', async () => {
    const { user } = openAt('/?authority=county&goal=develop&step=payment');
    await findPage(questionText('payment'));

    await user.click(screen.getByRole('link', { name: 'Tilbake' }));
    const goalHeading = await findPage(questionText('goal'));
    await waitFor(() => expect(goalHeading).toHaveFocus());
    expect(radio(optionLabel('goal', 'develop'))).toBeChecked();

    await user.click(screen.getByRole('link', { name: 'Tilbake' }));
    await findPage(questionText('authority'));
    expect(radio(optionLabel('authority', 'county'))).toBeChecked();
    expect(searchParams().get('goal')).toBe('develop');

    await user.click(screen.getByRole('link', { name: 'Tilbake' }));
    await findPage('Samarbeidsveiviseren');
  });

  it('goes from the result back to the last question', async () => {
    const { user } = openAt(PILOT);
    await findPage(resultHeading('implement-part-one-purchase'));
    await user.click(screen.getByRole('link', { name: 'Tilbake' }));
    await findPage(questionText('contractValue'));
  });

  it('is a real link to the full URL, so it can be opened in a new tab', async () => {
    openAt('/?authority=county&goal=develop&step=payment');
    await findPage(questionText('payment'));
    expect(screen.getByRole('link', { name: 'Tilbake' })).toHaveAttribute(
      'href',
      '/?authority=county&goal=develop&step=goal&lang=nb',
    );
  });
});

describe('browser back and forward', () => {
  it('walk the steps, each answer being a history entry', async () => {
    const { user } = openAt('/');
    await user.click(screen.getByRole('link', { name: /Start veiviseren/ }));
    await answer(user, 'authority', 'state');
    await findPage(questionText('goal'));

    window.history.back();
    const authorityHeading = await findPage(questionText('authority'));
    await waitFor(() => expect(authorityHeading).toHaveFocus());
    // Back returns to the question as the user left it: with the answer given there.
    expect(radio(optionLabel('authority', 'state'))).toBeChecked();

    window.history.forward();
    await findPage(questionText('goal'));
    expect(searchParams().get('authority')).toBe('state');
  });
});

describe('changing an answer from "Dine svar"', () => {
  it('returns to the result at once when the change opens no new question, and drops answers that no longer apply', async () => {
    const { user } = openAt(
      '/?authority=state&goal=implement&payment=purchase&serviceArea=other&contractValue=2000000&serviceKind=ordinary&resultsBased=no&step=result',
    );
    await findPage(resultHeading('implement-operating-agreement'));
    const answers = screen.getByRole('region', { name: 'Dine svar' });
    expect(
      within(answers).getByRole('link', { name: `Endre ${summaryLabel('resultsBased')}` }),
    ).toBeInTheDocument();

    await user.click(within(answers).getByRole('link', { name: `Endre ${summaryLabel('goal')}` }));
    await findPage(questionText('goal'));
    expect(radio(optionLabel('goal', 'implement'))).toBeChecked();
    await user.click(radio(optionLabel('goal', 'develop')));
    await user.click(screen.getByRole('button', { name: 'Fortsett' }));

    await findPage(resultHeading('develop-innovative-procurement'));
    const after = screen.getByRole('region', { name: 'Dine svar' });
    expect(
      within(after).queryByRole('link', { name: `Endre ${summaryLabel('resultsBased')}` }),
    ).not.toBeInTheDocument();
    expect(searchParams().has('resultsBased')).toBe(false);
    expect(searchParams().has('change')).toBe(false);
  });

  it('asks the questions a change opens, then returns to the result', async () => {
    const { user } = openAt(PILOT);
    await findPage(resultHeading('implement-part-one-purchase'));
    await user.click(screen.getByRole('link', { name: `Endre ${summaryLabel('payment')}` }));

    await answer(user, 'payment', 'grant');
    await answer(user, 'grantReceivesService', 'no');
    // The area still applies and is not asked again; the change opened only the target question.
    await answer(user, 'target', 'individuals');

    await findPage(resultHeading('implement-annual-support'));
    const answers = screen.getByRole('region', { name: 'Dine svar' });
    expect(
      within(answers).queryByRole('link', { name: `Endre ${summaryLabel('contractValue')}` }),
    ).not.toBeInTheDocument();
    expect(
      within(answers).getByRole('link', { name: `Endre ${summaryLabel('target')}` }),
    ).toBeInTheDocument();
  });

  it('shows every answer with a change link on its own page', async () => {
    openAt('/?authority=county&goal=develop&step=answers');
    await findPage('Dine svar');
    expect(screen.getByRole('link', { name: `Endre ${summaryLabel('authority')}` })).toHaveAttribute(
      'href',
      '/?authority=county&goal=develop&step=authority&change=1&lang=nb',
    );
    expect(screen.getByRole('link', { name: 'Fortsett med spørsmålene' })).toHaveAttribute(
      'href',
      '/?authority=county&goal=develop&step=payment&lang=nb',
    );
  });
});

describe('"Start på nytt"', () => {
  it('clears every answer in one click and shows the start page', async () => {
    const { user } = openAt(`${PILOT}&lang=nb`);
    await findPage(resultHeading('implement-part-one-purchase'));
    await user.click(screen.getByRole('link', { name: 'Start på nytt' }));
    const heading = await findPage('Samarbeidsveiviseren');
    await waitFor(() => expect(heading).toHaveFocus());
    expect(window.location.search).toBe('?lang=nb');
  });

  it('is on every page', async () => {
    openAt('/?authority=county&step=goal');
    await findPage(questionText('goal'));
    expect(screen.getByRole('link', { name: 'Start på nytt' })).toHaveAttribute('href', '/?lang=nb');
  });
});
