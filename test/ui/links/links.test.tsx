/**
 * A link reproduces the page it was copied from; a tampered or outdated link says what could not be
 * used and goes on from the last valid answer; broken rules show an error page that keeps the link.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RulesError } from '../../../src/content/validate';
import { thresholdsInForce } from '../../../src/domain/thresholds';
import { replay } from '../../../src/machine/engine';
import { FIRST_STEP } from '../../../src/ui/links/link-base';
import {
  answer,
  findPage,
  openAt,
  optionLabel,
  questionText,
  radio,
  resultHeading,
  rules,
  searchParams,
  summaryLabel,
  TODAY,
} from '../helpers';

describe('a link with answers', () => {
  it('opens the result it was copied from', async () => {
    openAt(
      '/?authority=municipality&goal=implement&payment=purchase&serviceArea=health&contractValue=500000&step=result',
    );
    const heading = await findPage(resultHeading('implement-part-one-purchase'));
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getAllByText(/Vurdert 27\. november 2026 etter/)[0]).toBeInTheDocument();
    // The rules version on the result leads to the changes page, a document of its own: a plain link.
    const versionLinks = screen.getAllByRole('link', { name: /^regelverk \d{4}\.\d{2}\.\d+$/ });
    expect(versionLinks).toHaveLength(2);
    for (const link of versionLinks) expect(link).toHaveAttribute('href', '/endringer/');
  });

  it('opens the next unanswered question when it names no step', async () => {
    openAt('/?authority=state&goal=develop');
    await findPage(questionText('payment'));
  });

  it('opens an answered question with its answer chosen', async () => {
    openAt('/?authority=state&goal=develop&step=authority');
    await findPage(questionText('authority'));
    expect(radio(optionLabel('authority', 'state'))).toBeChecked();
    expect(screen.queryByRole('heading', { name: 'Noe i lenken kunne ikke brukes' })).not.toBeInTheDocument();
  });

  it('shows where the answers lead when the step is not on their path, says why, and corrects the address', async () => {
    openAt('/?authority=state&goal=explore&step=contractValue&lang=nb');
    await findPage(questionText('serviceArea'));
    expect(
      screen.getByText(
        `Lenken viste til spørsmålet «${summaryLabel('contractValue')}», men svarene i lenken leder ikke dit.`,
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(searchParams().get('step')).toBe('serviceArea'));
    expect(window.location.search).toBe('?authority=state&goal=explore&step=serviceArea&lang=nb');
  });

  it('shows the current question when it asks for the result before the questions are answered', async () => {
    const { user } = openAt('/?authority=state&step=result');
    await findPage(questionText('goal'));
    const alert = screen.getByRole('heading', { name: 'Noe i lenken kunne ikke brukes' })
      .parentElement as HTMLElement;
    expect(
      within(alert).getByText(
        `Lenken viste til anbefalingen, men mangler svaret på «${summaryLabel('goal')}». Svar på spørsmålet for å se anbefalingen.`,
      ),
    ).toBeInTheDocument();
    // The address names the page shown, with every answer kept: a reload shows this question.
    await waitFor(() => expect(searchParams().get('step')).toBe('goal'));
    expect(searchParams().get('authority')).toBe('state');
    await answer(user, 'goal', 'explore');
    await findPage(questionText('serviceArea'));
    expect(screen.queryByRole('heading', { name: 'Noe i lenken kunne ikke brukes' })).not.toBeInTheDocument();
  });

  it('says so when the link names a page the guide does not know', async () => {
    openAt('/?authority=state&step=teleport');
    await findPage(questionText('goal'));
    expect(
      screen.getByText('Lenken viste til en side veiviseren ikke kjenner («teleport»).'),
    ).toBeInTheDocument();
    await waitFor(() => expect(searchParams().get('step')).toBe('goal'));
  });

  it('suggests a kind of service from the service area without choosing it', async () => {
    openAt(
      '/?authority=municipality&goal=implement&payment=purchase&serviceArea=health&contractValue=3000000',
    );
    await findPage(questionText('serviceKind'));
    expect(screen.getByText(/foreslår veiviseren «Helse- og sosialtjeneste»/)).toBeInTheDocument();
    for (const option of screen.getAllByRole('radio')) expect(option).not.toBeChecked();
  });

  it('starts from the first question the machine asks', () => {
    const thresholds = thresholdsInForce(rules.thresholds.thresholds, TODAY);
    if (!thresholds) throw new Error('no thresholds');
    expect(replay({}, thresholds).position).toEqual({ kind: 'question', question: FIRST_STEP });
  });
});

describe('a tampered link', () => {
  it('says which answer could not be used and continues from the last valid answer', async () => {
    const { user } = openAt('/?authority=municipality&goal=teleport&payment=purchase');
    await findPage(questionText('goal'));
    const alert = screen.getByRole('heading', { name: 'Noe i lenken kunne ikke brukes' })
      .parentElement as HTMLElement;
    expect(
      within(alert).getByText(`Svaret på «${summaryLabel('goal')}» i lenken («teleport») kunne ikke brukes.`),
    ).toBeInTheDocument();
    expect(
      within(alert).getByText('Veiviseren fortsetter fra det siste gyldige svaret.'),
    ).toBeInTheDocument();

    await answer(user, 'goal', 'implement');
    await findPage(questionText('payment'));
    expect(screen.queryByRole('heading', { name: 'Noe i lenken kunne ikke brukes' })).not.toBeInTheDocument();
    expect(searchParams().get('goal')).toBe('implement');
  });

  it('explains a nonsense amount with the amount message and asks for the amount again', async () => {
    openAt(
      '/?authority=municipality&goal=implement&payment=purchase&serviceArea=health&contractValue=lots&step=result',
    );
    await findPage(questionText('contractValue'));
    expect(
      screen.getByText(
        `Svaret på «${summaryLabel('contractValue')}» i lenken («lots») kunne ikke brukes. Skriv beløpet med tall, for eksempel 1 300 000.`,
      ),
    ).toBeInTheDocument();
    // The unusable answer explains why the result is not shown: no second line says it again.
    expect(screen.queryByText(/Lenken viste til anbefalingen/)).not.toBeInTheDocument();
    await waitFor(() => expect(searchParams().get('step')).toBe('contractValue'));
  });

  it('names parameters it does not know and leaves them out of the next link', async () => {
    const { user } = openAt('/?authority=county&utm_source=nyhetsbrev');
    await findPage(questionText('goal'));
    expect(screen.getByText(/Lenken inneholdt «utm_source»/)).toBeInTheDocument();
    await answer(user, 'goal', 'explore');
    await findPage(questionText('serviceArea'));
    expect(searchParams().has('utm_source')).toBe(false);
  });

  it('says when the assessment date in the link cannot be used', async () => {
    openAt('/?authority=county&date=2010-01-01');
    await findPage(questionText('goal'));
    expect(
      screen.getByText(/Veiviseren har ikke regler for datoen i lenken \(«2010-01-01»\)/),
    ).toBeInTheDocument();
  });
});

describe('rules that cannot be loaded', () => {
  it('show an error page whose retry link keeps the answers', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    openAt('/?authority=county&goal=develop', {
      loadRules: () => {
        throw new RulesError([{ file: 'rules/questions.json', path: 'questions.0', message: 'broken' }]);
      },
    });
    await findPage('Veiviseren kunne ikke laste reglene sine');
    expect(screen.getByRole('link', { name: 'Prøv igjen' })).toHaveAttribute(
      'href',
      '/?authority=county&goal=develop',
    );
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });
});
