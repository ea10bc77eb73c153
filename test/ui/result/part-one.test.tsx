/**
 * A result from the lower limit up states Part I as law (issue 11): each rule with its paragraph, its
 * own sources and no uncertainty mark; a pilot as an alternative with its conditions; the guide's 2017
 * words about Nav Nordstrand beside today's correction; and, for health and social services below their
 * EEA threshold, no duty to announce in the reasons.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findPage, openAt, resultHeading } from '../helpers';

const section = (name: string) => screen.getByRole('region', { name });
const HEALTH_SOCIAL = /^Helse- og sosialtjenester følger bare disse reglene/;
const DEVELOP_PART_ONE =
  '/?authority=municipality&goal=develop&payment=purchase&serviceArea=social&contractValue=500000&step=result';

describe('a result under Part I', () => {
  it('states competition, the protocol and the cross-border rule with their paragraphs and sources', async () => {
    openAt(DEVELOP_PART_ONE);
    await findPage(resultHeading('develop-part-one-purchase'));
    const rules = section('Anskaffelsesregler');
    const point = (text: RegExp) => within(rules).getByText(text).closest('li') as HTMLElement;
    const competition = point(/^Dere må sørge for konkurranse så langt det er mulig.*anskaffelsesloven § 4/);
    expect(within(competition).getByRole('link', { name: /NOU 2023: 26/ })).toHaveAttribute(
      'href',
      expect.stringContaining('regjeringen.no'),
    );
    expect(within(competition).queryByText('Usikker opplysning')).not.toBeInTheDocument();
    const protocol = point(/protokoll over anskaffelsen \(anskaffelsesforskriften § 7-1\)/);
    expect(within(protocol).getByRole('link', { name: 'Protokoller' })).toBeInTheDocument();
    expect(point(/klar grensekryssende interesse/)).toBeInTheDocument();
    // The proposal to change Part I is the one point marked uncertain.
    expect(
      within(point(/^Regjeringen foreslo i Prop\. 147 L .* å fjerne kravet/)).getByText('Usikker opplysning'),
    ).toBeInTheDocument();
    expect(
      within(rules).queryByText(/Slik vi forstår|Vi mener|Etter det vi forstår/),
    ).not.toBeInTheDocument();
  });

  it('recommends co-creation then a purchase with competition, with a pilot as an option and its conditions', async () => {
    openAt(DEVELOP_PART_ONE);
    await findPage(resultHeading('develop-part-one-purchase'));
    expect(
      within(section('Hvorfor vi anbefaler dette')).getByText(/må gjøres med konkurranse/),
    ).toBeInTheDocument();
    const others = section('Andre samarbeidsformer vi vurderte');
    expect(within(others).getByText(/§ 5-4/)).toHaveTextContent(/§ 12-2/);
  });

  it('shows the guide’s words about Nav Nordstrand as the guide’s, with today’s correction beside them', async () => {
    openAt(DEVELOP_PART_ONE);
    await findPage(resultHeading('develop-part-one-purchase'));
    const examples = section('Eksempler fra veilederen');
    const quote = within(examples).getByText(/innenfor terskelverdiene i regelverket/);
    expect(quote.tagName).toBe('Q');
    expect(quote.closest('p')).toHaveTextContent(/^Veilederen skrev i 2017:/);
    expect(
      within(examples)
        .getByText(/betyr ikke at dere kan kjøpe direkte/)
        .closest('p'),
    ).toHaveTextContent(/^Slik er regelen i dag:/);
  });

  it('does not tell an ordinary service about the health and social services’ threshold, and shows an ongoing purchase as an example', async () => {
    openAt(
      '/?authority=state&goal=implement&payment=purchase&serviceArea=other&contractValue=500000&step=result',
    );
    await findPage(resultHeading('implement-part-one-purchase'));
    expect(within(section('Anskaffelsesregler')).queryByText(HEALTH_SOCIAL)).not.toBeInTheDocument();
    const examples = within(section('Eksempler fra veilederen'))
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(examples).toHaveLength(2);
    expect(examples[0]).toMatch(/^Løpende driftsavtaler/);
  });

  it('tells a service that may be a health or social service that it follows Part I up to that threshold', async () => {
    openAt(DEVELOP_PART_ONE);
    await findPage(resultHeading('develop-part-one-purchase'));
    expect(within(section('Anskaffelsesregler')).getByText(HEALTH_SOCIAL)).toBeInTheDocument();
  });

  it('says there is no duty to announce for health and social services below their EEA threshold', async () => {
    openAt(
      '/?authority=municipality&goal=implement&payment=purchase&serviceArea=health&contractValue=3000000&serviceKind=healthSocial&resultsBased=no&step=result',
    );
    await findPage(resultHeading('implement-operating-agreement'));
    const why = section('Hvorfor vi anbefaler dette');
    expect(within(why).getByText(/ikke plikt til å kunngjøre/)).toBeInTheDocument();
    expect(within(why).queryByText(/lyser ut/)).not.toBeInTheDocument();
  });
});
