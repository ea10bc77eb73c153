/**
 * "Slik virker veiviseren" (step=how): reachable from the footer of every page and from the result; the
 * question flow read from the machine (every question, every route, every outcome), the decision table
 * with as many rows as the generated one, and every threshold and funding scheme with its sources,
 * validity, confidence and when it was last checked. In every language.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OUTCOME_IDS, QUESTION_IDS } from '../../../src/content/vocabulary';
import { thresholdsInForce } from '../../../src/domain/thresholds';
import { decisionTable } from '../../../src/machine/decision-table';
import { flowOutline } from '../../../src/machine/flow-outline';
import { text } from '../../../src/ui/text/messages/messages-context';
import {
  expectTitle,
  findPage,
  openAt,
  questionText,
  resultHeading,
  rules,
  searchParams,
  summaryLabel,
  TODAY,
} from '../helpers';

const HOW = 'Slik virker veiviseren';
const PILOT_RESULT =
  '/?authority=municipality&goal=implement&payment=purchase&serviceArea=health&contractValue=500000&step=result';

const section = (name: string) => screen.getByRole('region', { name });

function formName(outcome: (typeof OUTCOME_IDS)[number]): string {
  const found = rules.outcomes.outcomes.find((o) => o.id === outcome);
  const form = rules.forms.forms.find((f) => f.id === found?.primaryFormId);
  if (!form) throw new Error(`no form for ${outcome}`);
  return text(form.name);
}

function thresholdsOn(date: string) {
  const t = thresholdsInForce(rules.thresholds.thresholds, date);
  if (!t) throw new Error(`no thresholds on ${date}`);
  return t;
}

describe('the way to «Slik virker veiviseren»', () => {
  it('is in the footer of the start page and opens the page with focus on its heading', async () => {
    const { user } = openAt('/');
    await findPage('Samarbeidsveiviseren');
    await user.click(screen.getByRole('link', { name: /^Slik virker veiviseren/ }));
    // The journey and then the page itself are loaded on demand.
    const heading = await screen.findByRole('heading', { level: 1, name: HOW });
    await waitFor(() => expect(heading).toHaveFocus());
    await expectTitle(`${HOW} – Samarbeidsveiviseren`);
    expect(searchParams().get('step')).toBe('how');
  });

  it('is in the footer of a question page and keeps the answers, so «Tilbake» returns to the question', async () => {
    const { user } = openAt('/?authority=state&goal=develop');
    await findPage(questionText('payment'));
    await user.click(screen.getByRole('link', { name: /^Slik virker veiviseren/ }));
    await findPage(HOW);
    expect(searchParams().get('authority')).toBe('state');
    await user.click(screen.getByRole('link', { name: 'Tilbake' }));
    await findPage(questionText('payment'));
  });

  it('is linked from the result, and «Tilbake» returns to the result', async () => {
    const { user } = openAt(PILOT_RESULT);
    await findPage(resultHeading('implement-part-one-purchase'));
    await user.click(screen.getByRole('link', { name: /^Slik virker veiviseren: alle spørsmål/ }));
    await findPage(HOW);
    await user.click(screen.getByRole('link', { name: 'Tilbake' }));
    await findPage(resultHeading('implement-part-one-purchase'));
  });
});

describe('the question flow, read from the machine', () => {
  it('shows every question the machine asks, in order, and every outcome it can reach', async () => {
    openAt('/?step=how');
    await findPage(HOW);
    const flow = section('Spørsmålene og veien videre');
    const headings = within(flow)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual(flowOutline().questions.map((q) => summaryLabel(q.question)));
    expect(headings).toHaveLength(QUESTION_IDS.length);
    for (const id of QUESTION_IDS) expect(within(flow).getByText(questionText(id))).toBeInTheDocument();
    for (const outcome of OUTCOME_IDS)
      expect(within(flow).getAllByText(formName(outcome)).length).toBeGreaterThan(0);
  });

  it('says each rule in words, joins combined rules with «og», and links to the next question', async () => {
    openAt('/?step=how');
    await findPage(HOW);
    const flow = section('Spørsmålene og veien videre');
    const route = within(flow)
      .getAllByRole('listitem')
      .find((li) =>
        li.textContent
          ?.replace(/\s+/g, ' ')
          .startsWith(
            'Hvis dere vil utvikle en ny løsning og verdien er under nasjonal terskelverdi (1 300 000 kroner)',
          ),
      );
    if (!route) throw new Error('no route for a development below the national threshold');
    expect(within(route).getByText('gir anbefalingen', { exact: false })).toHaveClass('ds-sr-only');
    expect(within(route).getByText(formName('develop-part-one-purchase'))).toBeInTheDocument();
    const authority = within(flow).getByRole('heading', { name: summaryLabel('authority') })
      .parentElement as HTMLElement;
    expect(within(authority).getByText('Uansett svar')).toBeInTheDocument();
    expect(within(authority).getByRole('link', { name: summaryLabel('goal') })).toHaveAttribute(
      'href',
      '#flow-goal',
    );
    expect(within(flow).getAllByText('Ellers').length).toBeGreaterThan(0);
  });
});

describe('the decision table', () => {
  it('has as many rows as the generated decision table, with an outcome heading each row', async () => {
    openAt('/?step=how');
    await findPage(HOW);
    const expected = decisionTable(thresholdsOn(TODAY)).rows.length;
    expect(expected).toBe(28);
    const table = screen.getByRole('table', { name: 'Svarene og anbefalingen de gir' });
    const [header, ...rows] = within(table).getAllByRole('row');
    expect(rows).toHaveLength(expected);
    expect(within(header as HTMLElement).getAllByRole('columnheader')).toHaveLength(QUESTION_IDS.length + 1);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(expected);
    expect(screen.getByText(/3 760 mulige veier, slått sammen til 28 rader/)).toBeInTheDocument();
  });

  it('shows labels, «alle», «ikke spurt» and amount bands in words', async () => {
    openAt('/?step=how');
    await findPage(HOW);
    const table = screen.getByRole('table', { name: 'Svarene og anbefalingen de gir' });
    const row = within(table)
      .getAllByRole('row')
      .find((r) => within(r).queryByRole('rowheader', { name: formName('implement-small-purchase') }));
    if (!row) throw new Error('no row for implement-small-purchase');
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent?.replace(/\s+/g, ' '));
    expect(cells).toContain('alle');
    expect(cells).toContain('ikke spurt');
    expect(cells).toContain('1–99 999 kr');
  });

  it('follows the assessment date: on 1 January 2018 the bands are those in force then', async () => {
    openAt('/?step=how&date=2018-01-01');
    await findPage(HOW);
    const table = screen.getByRole('table', { name: 'Svarene og anbefalingen de gir' });
    expect(within(table).getAllByRole('row')).toHaveLength(
      decisionTable(thresholdsOn('2018-01-01')).rows.length + 1,
    );
    expect(within(table).getAllByText('100 000–1 099 999 kr').length).toBeGreaterThan(0);
  });

  it('says which amounts it rests on may be out of date, from the date a revision was expected', async () => {
    openAt('/?step=how&date=2025-12-31');
    await findPage(HOW);
    expect(screen.queryByText(/kan være utdatert:/)).not.toBeInTheDocument();
    cleanup();
    openAt('/?step=how&date=2026-01-01');
    await findPage(HOW);
    const note = screen.getByText(/Noen av beløpene tabellen bygger på, kan være utdatert:/);
    expect(note).toHaveTextContent(/EØS-terskelverdi for statlige myndigheter \(1\s490\s000 kroner\)/);
    expect(note).not.toHaveTextContent(/nedre grense/);
  });
});

describe('thresholds and funding schemes with their sources', () => {
  it('lists every period of every threshold, in force and proposed, with source, validity and last check', async () => {
    openAt('/?step=how');
    await findPage(HOW);
    const list = section('Terskelverdier');
    const items = within(list).getAllByRole('listitem');
    // Every period, and each expected revision under every kind it concerns.
    const revisionItems = rules.thresholds.expectedRevisions.flatMap((r) => r.kinds.map(() => r));
    expect(items).toHaveLength(rules.thresholds.thresholds.length + revisionItems.length);
    expect(within(list).getAllByText('Ventet endring')).toHaveLength(revisionItems.length);
    // On the assessment date (27 November 2026) the three EEA amounts, the lower limit and the national
    // threshold may be outdated.
    expect(within(list).getAllByText('Kan være utdatert')).toHaveLength(5);
    expect(within(list).getAllByText(/^Gjaldt fra 1\. januar 2017 til og med 5\. april 2018$/).length).toBe(
      4,
    );
    expect(within(list).getAllByText(/^Gjelder fra 6\. april 2018, ingen sluttdato kjent$/)).toHaveLength(1);
    expect(within(list).getByText('Forslag')).toBeInTheDocument();
    expect(within(list).getByText(/^Foreslått 15\. mai 2025 i Prop\. 147 L/)).toBeInTheDocument();
    expect(within(list).getAllByText('Usikker opplysning').length).toBeGreaterThan(0);
    expect(within(list).getAllByText('Brukes på vurderingsdatoen')).toHaveLength(5);
    const checkedOn = (date: string) =>
      [...rules.thresholds.thresholds, ...revisionItems].filter((t) => t.lastChecked === date).length;
    expect(within(list).getAllByText('Sist kontrollert 1. februar 2026.')).toHaveLength(
      checkedOn('2026-02-01'),
    );
    expect(within(list).getAllByText('Sist kontrollert 1. desember 2026.')).toHaveLength(
      checkedOn('2026-12-01'),
    );
    expect(checkedOn('2026-02-01') + checkedOn('2026-12-01')).toBe(items.length);
    expect(
      within(list).getAllByRole('link', { name: 'Terskelverdier i offentlige anskaffelser' })[0],
    ).toHaveAttribute('href', expect.stringMatching(/^https:\/\/(www\.)?anskaffelser\.no/));
  });

  it('lists every funding scheme with validity, confidence, sources and last check', async () => {
    openAt('/?step=how');
    await findPage(HOW);
    const list = section('Tilskuddsordninger');
    for (const scheme of rules.funding.schemes)
      expect(within(list).getByRole('heading', { name: text(scheme.name) })).toBeInTheDocument();
    expect(within(list).getAllByText('Løpende, ingen periode oppgitt i kildene')).toHaveLength(
      rules.funding.schemes.length,
    );
    expect(within(list).getAllByText('Ikke funnet i kildene').length).toBe(
      rules.funding.schemes.filter((s) => s.confidence === 'open').length,
    );
    expect(within(list).getAllByText(/^Kilder?:/)).toHaveLength(rules.funding.schemes.length);
  });
});

describe('in nynorsk and English', () => {
  it.each([
    ['nn', 'Slik verkar vegvisaren', 'Avgjerdstabellen', 'Same kva de svarer'],
    ['en', 'How the tool decides', 'The decision table', 'Whatever the answer'],
  ])('%s', async (lang, title, tableHeading, always) => {
    openAt(`/?step=how&lang=${lang}`);
    await findPage(title);
    expect(screen.getByRole('heading', { level: 2, name: tableHeading })).toBeInTheDocument();
    expect(screen.getAllByText(always).length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: new RegExp(`^${title}`) })).toBeInTheDocument();
  });
});
