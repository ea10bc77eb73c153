/**
 * "Vurder etter en annen dato": the thresholds in force on the chosen date are used, the result says
 * which, the date is a new history entry, "Bruk dagens dato" removes it, and a date the rules do not
 * cover is refused in the form and reported from a link, in every language.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/machine/engine';
import { shareText } from '../../../src/ui/result/share/share-text';
import { CATALOGUES } from '../../../src/ui/text/messages/all-catalogues';
import { text } from '../../../src/ui/text/messages/messages-context';
import {
  answer,
  findPage,
  openAt,
  questionText,
  resultHeading,
  rules,
  searchParams,
  TODAY,
} from '../helpers';

/** The bokmål catalogue whole: a question's texts and a result's. */
const nb = CATALOGUES.nb;

/** An ordinary purchase of 1 200 000 kr by a municipality: below the national threshold only from 6 April 2018. */
const PURCHASE =
  'authority=municipality&goal=implement&payment=purchase&serviceArea=other&contractValue=1200000';
const FORM = 'Vurder etter en annen dato';

const dateField = () => screen.getByLabelText('Vurderingsdato');

async function chooseDate(user: ReturnType<typeof openAt>['user'], date: string) {
  await user.clear(dateField());
  await user.type(dateField(), date);
  await user.click(screen.getByRole('button', { name: 'Vurder etter denne datoen' }));
}

describe('assessing as of another date', () => {
  it('uses the thresholds of the chosen date: 1 200 000 kr is a pilot today but above the national threshold on 1 January 2018', async () => {
    const { user } = openAt(`/?${PURCHASE}&step=result`);
    await findPage(resultHeading('implement-part-one-purchase'));
    expect(screen.queryByText(/Terskelverdiene som gjaldt/)).not.toBeInTheDocument();
    const form = screen.getByRole('region', { name: FORM });
    expect(within(form).getByText(/planlegger å kunngjøre konkurransen/)).toBeInTheDocument();

    await chooseDate(user, '01.01.2018');
    // On 1 January 2018 the national threshold was 1 100 000 kr: the guide needs to know the kind of service.
    await findPage(questionText('serviceKind'));
    expect(searchParams().get('date')).toBe('2018-01-01');
    await answer(user, 'serviceKind', 'ordinary');
    await answer(user, 'resultsBased', 'no');
    await findPage(resultHeading('implement-operating-agreement'));
    expect(
      screen.getAllByText(/Terskelverdiene som gjaldt 1\. januar 2018, er brukt\./)[0],
    ).toBeInTheDocument();
    expect(screen.getAllByText(/Vurdert 1\. januar 2018 etter/)[0]).toBeInTheDocument();
    const rules = screen.getByRole('region', { name: 'Anskaffelsesregler' });
    expect(within(rules).getByText(/1 100 000 kroner, gjelder fra 1\. januar 2017/)).toBeInTheDocument();
    expect(dateField()).toHaveValue('01.01.2018');
  });

  it('is a new history entry, so browser back returns to the assessment as of today', async () => {
    const { user } = openAt(`/?${PURCHASE}&step=result`);
    await findPage(resultHeading('implement-part-one-purchase'));
    await chooseDate(user, '2018-01-01');
    await findPage(questionText('serviceKind'));
    act(() => window.history.back());
    await findPage(resultHeading('implement-part-one-purchase'));
    expect(searchParams().has('date')).toBe(false);
  });

  it('«Bruk dagens dato» removes the date and assesses as of today again', async () => {
    const { user } = openAt(`/?${PURCHASE}&serviceKind=ordinary&resultsBased=no&step=result&date=2018-01-01`);
    await findPage(resultHeading('implement-operating-agreement'));
    await user.click(screen.getByRole('link', { name: 'Bruk dagens dato' }));
    await findPage(resultHeading('implement-part-one-purchase'));
    expect(searchParams().has('date')).toBe(false);
    expect(screen.queryByRole('link', { name: 'Bruk dagens dato' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Terskelverdiene som gjaldt/)).not.toBeInTheDocument();
  });

  it('says «som gjelder» for a date ahead, such as a planned announcement', async () => {
    const { user } = openAt(`/?${PURCHASE}&step=result`);
    await findPage(resultHeading('implement-part-one-purchase'));
    await chooseDate(user, '3.5.2027');
    await findPage(resultHeading('implement-part-one-purchase'));
    expect(
      screen.getAllByText(
        /Terskelverdiene som gjelder 3\. mai 2027, slik vi kjenner dem i dag, er brukt\./,
      )[0],
    ).toBeInTheDocument();
  });

  it('refuses an empty date, a date that does not exist, text that is no date and a date before the rules begin, at the field, without leaving the page', async () => {
    const { user } = openAt(`/?${PURCHASE}&step=result`);
    await findPage(resultHeading('implement-part-one-purchase'));
    await user.click(screen.getByRole('button', { name: 'Vurder etter denne datoen' }));
    expect(screen.getByText('Skriv inn en dato, for eksempel 01.03.2027')).toBeInTheDocument();
    expect(dateField()).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(dateField()).toHaveFocus());
    await chooseDate(user, '31.02.2027');
    expect(
      screen.getByText('Skriv en dato som finnes, som dd.mm.åååå, for eksempel 01.03.2027'),
    ).toBeInTheDocument();
    await chooseDate(user, 'neste mandag');
    expect(
      screen.getByText('Skriv en dato som finnes, som dd.mm.åååå, for eksempel 01.03.2027'),
    ).toBeInTheDocument();
    await chooseDate(user, '31.12.2016');
    expect(
      screen.getByText(
        'Veiviseren har ikke terskelverdier før 1. januar 2017. Skriv inn en dato fra og med 1. januar 2017',
      ),
    ).toBeInTheDocument();
    expect(searchParams().has('date')).toBe(false);
  });

  it('is offered on «Slik virker veiviseren» too, and changes what that page shows', async () => {
    const { user } = openAt('/?step=how');
    // The page is loaded on demand: the first time may take a moment.
    await screen.findByRole('heading', { level: 1, name: 'Slik virker veiviseren' });
    await chooseDate(user, '2018-01-01');
    await findPage('Slik virker veiviseren');
    expect(searchParams().get('date')).toBe('2018-01-01');
    expect(screen.getByText(/gjelder vurderingsdatoen 1\. januar 2018/)).toBeInTheDocument();
    expect(screen.getByText(/Terskelverdiene som gjaldt 1\. januar 2018, er brukt\./)).toBeInTheDocument();
  });
});

describe('the copied text of a result assessed as of a chosen date', () => {
  it('says which date’s thresholds were used', () => {
    const params = new URLSearchParams(`${PURCHASE}&serviceKind=ordinary&resultsBased=no&date=2018-01-01`);
    const evaluation = evaluate(params, { today: TODAY, rules });
    const recommendation = evaluation.recommendation;
    if (!recommendation) throw new Error('no recommendation');
    const copied = shareText({
      evaluation,
      recommendation,
      rules,
      link: 'https://veiviser.example.no/',
      messages: nb,
      text: (localized) => text(localized, 'nb'),
      today: TODAY,
    });
    expect(copied.split('\n')[1]).toBe(
      `Samarbeidsveiviseren: Vurdert 1. januar 2018 etter regelverk ${rules.meta.rulesVersion}. Terskelverdiene som gjaldt 1. januar 2018, er brukt.`,
    );
  });
});

describe('a date in a link the guide cannot use is reported', () => {
  it.each([
    [
      'nb',
      'date=2018-02-30',
      'Datoen i lenken («2018-02-30») er ikke en gyldig dato. Vi bruker dagens dato.',
    ],
    [
      'nn',
      'date=2018-02-30',
      'Datoen i lenkja («2018-02-30») er ikkje ein gyldig dato. Vi brukar dagens dato.',
    ],
    [
      'en',
      'date=2018-02-30',
      'The date in the link (‘2018-02-30’) is not a valid date. We are using today’s date.',
    ],
    [
      'nb',
      'date=2010-01-01',
      'Veiviseren har ikke regler for datoen i lenken («2010-01-01»). Den første datoen vi har regler for, er 1. januar 2017. Vi bruker dagens dato.',
    ],
    [
      'nn',
      'date=2010-01-01',
      'Vegvisaren har ikkje reglar for datoen i lenkja («2010-01-01»). Den første datoen vi har reglar for, er 1. januar 2017. Vi brukar dagens dato.',
    ],
    [
      'en',
      'date=2010-01-01',
      'The tool has no rules for the date in the link (‘2010-01-01’). The first date we have rules for is 1 January 2017. We are using today’s date.',
    ],
  ])('%s: %s', async (lang, date, message) => {
    openAt(`/?${PURCHASE}&step=result&lang=${lang}&${date}`);
    await screen.findByText(message);
    expect(screen.queryByRole('link', { name: /dagens dato|today’s date/ })).not.toBeInTheDocument();
  });
});
