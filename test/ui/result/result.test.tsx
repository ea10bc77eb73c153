/**
 * The result explains itself: why, the procurement rules with the thresholds applied (amount, date,
 * source) and a picture in words, the notes for stricter readings, a grant read as a purchase and the
 * proposed lower limit, examples, funding, the other forms considered, next steps, and the disclaimer.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findPage, openAt, resultHeading } from '../helpers';

const section = (name: string) => screen.getByRole('region', { name });

describe('the result page', () => {
  it('shows the thresholds applied with amount, date in force and source, and where the amount falls', async () => {
    openAt(
      '/?authority=municipality&goal=implement&payment=purchase&serviceArea=health&contractValue=500000&step=result',
    );
    await findPage(resultHeading('implement-part-one-purchase'));
    const rulesSection = section('Anskaffelsesregler');
    expect(
      within(rulesSection).getByText(/1\s300\s000 kroner, gjelder fra 6\. april 2018/),
    ).toBeInTheDocument();
    expect(
      within(rulesSection).getByText(/100\s000 kroner, gjelder fra 1\. januar 2017/),
    ).toBeInTheDocument();
    expect(
      within(rulesSection).getAllByRole('link', { name: 'Terskelverdier i offentlige anskaffelser' })[0],
    ).toHaveAttribute('href', expect.stringMatching(/^https:\/\/(www\.)?anskaffelser\.no/));
    expect(
      within(rulesSection).getByText(
        /Beløpet deres, 500\s000 kroner, er mellom nedre grense for anskaffelsesregelverket \(100\s000 kroner\) og nasjonal terskelverdi \(1\s300\s000 kroner\)\./,
      ),
    ).toBeInTheDocument();
  });

  it('mentions the proposed 300 000 lower limit as unconfirmed, and says when it could matter for the amount', async () => {
    openAt(
      '/?authority=municipality&goal=implement&payment=purchase&serviceArea=health&contractValue=200000&step=result',
    );
    await findPage(resultHeading('implement-part-one-purchase'));
    expect(
      screen.getByText(/Det er foreslått å endre nedre grense .* til 300\s000 kroner/),
    ).toHaveTextContent('kan ha betydning for dere');
  });

  it('does not mention the proposal when the result is assessed as of a date before it was made', async () => {
    openAt(
      '/?authority=municipality&goal=implement&payment=purchase&serviceArea=health&contractValue=200000&date=2018-06-01&step=result',
    );
    await findPage(resultHeading('implement-part-one-purchase'));
    expect(screen.queryByText(/Det er foreslått å endre nedre grense/)).not.toBeInTheDocument();
  });

  it('says when a grant is in reality a purchase and when the stricter service kind was used', async () => {
    openAt(
      '/?authority=municipality&goal=implement&payment=grant&grantReceivesService=yes&serviceArea=social&contractValue=5000000&serviceKind=unsure&resultsBased=yes&step=result',
    );
    await findPage(resultHeading('implement-outcome-contract'));
    expect(
      screen.getByText(/Da er det i realiteten et kjøp, og anskaffelsesreglene gjelder/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Dere var usikre på hva slags tjeneste det er rettslig sett/),
    ).toBeInTheDocument();
  });

  it('says when the stricter state threshold was used because the contracting party was unknown', async () => {
    openAt(
      '/?authority=navOffice&goal=develop&payment=purchase&serviceArea=other&contractValue=2000000&serviceKind=ordinary&contractingParty=unsure&step=result',
    );
    await findPage(resultHeading('develop-innovative-procurement'));
    expect(screen.getByText(/Veiviseren har brukt den statlige EØS-terskelverdien/)).toBeInTheDocument();
  });

  it('gives a health trust the EEA threshold of other authorities (2 300 000), not the state one', async () => {
    openAt(
      '/?authority=publicLawBody&goal=implement&payment=purchase&serviceArea=other&contractValue=2000000&serviceKind=ordinary&resultsBased=no&step=result',
    );
    await findPage(resultHeading('implement-operating-agreement'));
    const rulesSection = section('Anskaffelsesregler');
    expect(
      within(rulesSection).getAllByText(/EØS-terskelverdi for kommuner, fylkeskommuner, helseforetak/)[0],
    ).toBeInTheDocument();
    expect(
      within(rulesSection).getByText(/2\s300\s000 kroner, gjelder fra 14\. mars 2024/),
    ).toBeInTheDocument();
    expect(within(rulesSection).queryByText(/1\s490\s000 kroner/)).not.toBeInTheDocument();
  });

  it('shows the examples as cards with every later name, its year, and the place in the guide', async () => {
    openAt('/?authority=municipality&goal=develop&payment=none&serviceArea=childrenYouth&target=groups');
    await findPage(resultHeading('develop-partnership'));
    const examples = section('Eksempler fra veilederen');
    expect(within(examples).getAllByRole('article')).toHaveLength(2);
    expect(
      within(examples).getByText(/Oppegård kommune → Nordre Follo kommune \(2020\)/),
    ).toBeInTheDocument();
    expect(
      within(examples).getByText(
        /Fylkesmannen i Sør-Trøndelag → Fylkesmannen i Trøndelag \(2018, ikke bekreftet\) → Statsforvalteren i Trøndelag \(2021\)/,
      ),
    ).toBeInTheDocument();
    expect(within(examples).getAllByText(/^Kilde: Veier til samarbeid, kap\. 3, «.+»$/)).toHaveLength(2);
  });

  it('shows funding schemes with who may apply, timing and when they were last checked', async () => {
    openAt('/?authority=municipality&goal=develop&payment=none&serviceArea=social&target=individuals');
    await findPage(resultHeading('develop-cocreation'));
    const funding = section('Tilskudd og finansiering');
    const cards = within(funding).getAllByRole('article');
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(within(card).getByText('Hvem kan søke')).toBeInTheDocument();
      expect(within(card).getByText('Når')).toBeInTheDocument();
      expect(within(card).getByText(/^Sist kontrollert \d+\. \p{L}+ \d{4}\.$/u)).toBeInTheDocument();
    }
  });

  it('lists the other forms considered with why not, the next steps, and the disclaimer', async () => {
    openAt('/?authority=municipality&goal=explore&serviceArea=community');
    await findPage(resultHeading('explore'));
    const alternatives = section('Andre samarbeidsformer vi vurderte');
    expect(within(alternatives).getAllByRole('heading', { level: 3 }).length).toBeGreaterThan(0);
    expect(within(alternatives).getAllByText('Hvorfor ikke:').length).toBeGreaterThan(0);
    expect(within(section('Neste steg')).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(
      screen.getByRole('heading', { name: 'Dette er veiledning, ikke en juridisk vurdering' }),
    ).toBeInTheDocument();
    expect(
      within(section('Anskaffelsesregler')).getByText(
        'Dere skal ikke kjøpe noe, så det er ingen kontraktsverdi å sammenligne med terskelverdiene.',
      ),
    ).toBeInTheDocument();
  });
});

describe('an amount that newer values may have replaced says so next to it, from the expected date', () => {
  const STATE =
    '/?authority=state&goal=implement&payment=purchase&serviceArea=other&contractValue=2000000&serviceKind=ordinary&resultsBased=no&step=result';
  const stateEeaItem = () =>
    within(section('Anskaffelsesregler'))
      .getByText(/EØS-terskelverdi for statlige myndigheter/, { selector: 'strong' })
      .closest('li') as HTMLElement;

  it('says nothing when the result is assessed as of 31 December 2025', async () => {
    openAt(`${STATE}&date=2025-12-31`);
    await findPage(resultHeading('implement-operating-agreement'));
    expect(screen.queryByText('Kan være utdatert')).not.toBeInTheDocument();
    expect(screen.queryByText(/Nyere beløp kan gjelde/)).not.toBeInTheDocument();
  });

  it('from 1 January 2026 tags the EEA amount and says from when, why and on what source', async () => {
    openAt(`${STATE}&date=2026-01-01`);
    await findPage(resultHeading('implement-operating-agreement'));
    const item = stateEeaItem();
    expect(within(item).getByText('Kan være utdatert')).toBeInTheDocument();
    expect(within(item).getByText('Nyere beløp kan gjelde fra 1. januar 2026.')).toBeInTheDocument();
    expect(within(item).getByRole('link', { name: /2025\/2152/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/eur-lex\.europa\.eu\//),
    );
  });

  it('marks the 100 000 lower limit as possibly replaced only from 1 July 2026, and still applies it', async () => {
    const partOne =
      '/?authority=municipality&goal=implement&payment=purchase&serviceArea=health&contractValue=200000&step=result';
    openAt(`${partOne}&date=2026-06-30`);
    await findPage(resultHeading('implement-part-one-purchase'));
    expect(screen.queryByText('Kan være utdatert')).not.toBeInTheDocument();
  });

  it('on 1 July 2026 the lower limit says newer amounts may apply, with its secondary sources', async () => {
    openAt(
      '/?authority=municipality&goal=implement&payment=purchase&serviceArea=health&contractValue=200000&date=2026-07-01&step=result',
    );
    await findPage(resultHeading('implement-part-one-purchase'));
    const item = within(section('Anskaffelsesregler'))
      .getByText(/Nedre grense for anskaffelsesregelverket/, { selector: 'strong' })
      .closest('li') as HTMLElement;
    expect(within(item).getByText(/100\s000 kroner, gjelder fra 1\. januar 2017/)).toBeInTheDocument();
    expect(within(item).getByText('Kan være utdatert')).toBeInTheDocument();
    expect(within(item).getByText('Nyere beløp kan gjelde fra 1. juli 2026.')).toBeInTheDocument();
    expect(within(item).getByText(/500\s000 kroner fra 1\. juli 2026/)).toBeInTheDocument();
  });

  it.each([
    ['nn', 'Kan vere utdatert', 'Nyare beløp kan gjelde frå 1. januar 2026.'],
    ['en', 'May be out of date', 'Newer amounts may apply from 1 January 2026.'],
  ])('says so in %s too', async (lang, tag, sentence) => {
    openAt(`${STATE}&date=2026-01-01&lang=${lang}`);
    expect(await screen.findByText(sentence)).toBeInTheDocument();
    expect(screen.getAllByText(tag).length).toBeGreaterThan(0);
  });
});
