/**
 * Links that carry the rules version (`v`) and the outcome they showed (`o`): the shared link carries
 * both; a link made under older rules opens with a note that lists what changed since and says whether
 * the result changed; an unknown or malformed version says so; the note belongs to the page the link
 * opened, not to the pages after it; only the changes that concern the assessment are listed. The
 * rules are given a fabricated newer version and changelog.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Rules } from '../../../src/content/schema';
import { answer, findPage, openAt, questionText, resultHeading, rules, searchParams } from '../helpers';

const PILOT =
  'authority=municipality&goal=implement&payment=purchase&serviceArea=health&contractValue=500000';
const PILOT_RESULT = `/?${PILOT}&step=result`;
const SUPPLEMENT_RESULT =
  '/?authority=municipality&goal=implement&payment=none&serviceArea=health&target=groups&step=result';

/** The committed rules as if a newer version had been published, with a changelog back to today's. */
const NEWER: Rules = {
  ...rules,
  meta: {
    ...rules.meta,
    rulesVersion: '2027.03.1',
    publishedOn: '2027-03-01',
    changelog: [
      {
        rulesVersion: '2027.03.1',
        publishedOn: '2027-03-01',
        changes: [
          {
            text: {
              nb: 'Nye EØS-terskelverdier fra 1. mars 2027.',
              nn: 'Nye EØS-terskelverdiar frå 1. mars 2027.',
              en: 'New EEA threshold values from 1 March 2027.',
            },
            affects: { questions: ['contractValue'] },
          },
          {
            text: {
              nb: 'Løpende driftsavtaler har fått nye neste steg.',
              nn: 'Løpande driftsavtalar har fått nye neste steg.',
              en: 'Ongoing operating agreements have new next steps.',
            },
            affects: { outcomes: ['implement-operating-agreement'] },
          },
        ],
      },
      {
        rulesVersion: '2027.01.1',
        publishedOn: '2027-01-15',
        changes: [
          {
            text: {
              nb: 'Nedre grense er rettet i kildene.',
              nn: 'Nedre grense er retta i kjeldene.',
              en: 'The sources for the lower limit were corrected.',
            },
            affects: { questions: ['contractValue'] },
          },
        ],
      },
      {
        rulesVersion: rules.meta.rulesVersion,
        publishedOn: rules.meta.publishedOn,
        changes: [
          {
            text: { nb: 'Første versjon.', nn: 'Første versjon.', en: 'First version.' },
            affects: { all: true },
          },
        ],
      },
    ],
  },
};
const loadNewer = () => NEWER;

const note = () =>
  screen.getByRole('region', {
    name: /Reglene er endret siden lenken ble laget|regelverk veiviseren ikke kjenner/,
  });

/** The note's changes: each version's line and its sentences. */
function changesIn(alert: HTMLElement): [string, string[]][] {
  const [list] = within(alert).getAllByRole('list');
  if (!list) return [];
  return [...list.children].map((item) => {
    const sentences = within(item as HTMLElement)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    return [item.firstChild?.textContent ?? '', sentences];
  });
}

function formName(outcome: string): string {
  const found = rules.outcomes.outcomes.find((o) => o.id === outcome);
  const form = rules.forms.forms.find((f) => f.id === found?.primaryFormId);
  return form?.name.nb ?? outcome;
}

describe('the shared link', () => {
  it('carries the rules version and the outcome it shows', async () => {
    openAt(PILOT_RESULT);
    await findPage(resultHeading('implement-part-one-purchase'));
    const printed = screen.getByText('Lenke til denne vurderingen', { exact: false });
    const href = within(printed).getByRole('link').getAttribute('href') ?? '';
    const params = new URL(href).searchParams;
    expect(params.get('v')).toBe(rules.meta.rulesVersion);
    expect(params.get('o')).toBe('implement-part-one-purchase');
  });

  it('opens without a note under the rules it was made under', async () => {
    openAt(`${PILOT_RESULT}&v=${rules.meta.rulesVersion}&o=implement-part-one-purchase`);
    await findPage(resultHeading('implement-part-one-purchase'));
    expect(screen.queryByText(/Reglene er endret/)).not.toBeInTheDocument();
  });
});

describe('a link made under older rules', () => {
  it('says the rules have changed, lists what changed since, and that the result is the same', async () => {
    openAt(`${PILOT_RESULT}&v=${rules.meta.rulesVersion}&o=implement-part-one-purchase`, {
      loadRules: loadNewer,
    });
    await findPage(resultHeading('implement-part-one-purchase'));
    const alert = note();
    expect(
      within(alert).getByText(
        `Lenken ble laget etter regelverk ${rules.meta.rulesVersion}. Veiviseren bruker nå regelverk 2027.03.1.`,
      ),
    ).toBeInTheDocument();
    expect(
      within(alert).getByRole('heading', { name: 'Endringer som gjelder denne vurderingen' }),
    ).toBeVisible();
    expect(changesIn(alert)).toEqual([
      ['Regelverk 2027.03.1 (1. mars 2027):', ['Nye EØS-terskelverdier fra 1. mars 2027.']],
      ['Regelverk 2027.01.1 (15. januar 2027):', ['Nedre grense er rettet i kildene.']],
    ]);
    expect(within(alert).getByRole('link', { name: 'Alle endringer i regelverket' })).toHaveAttribute(
      'href',
      '/endringer/',
    );
    expect(
      within(alert).getByText(`Resultatet er det samme: ${formName('implement-part-one-purchase')}.`),
    ).toBeInTheDocument();
  });

  it('says what the result was and what it is now when it changed', async () => {
    openAt(`${PILOT_RESULT}&v=2027.01.1&o=implement-small-purchase`, { loadRules: loadNewer });
    await findPage(resultHeading('implement-part-one-purchase'));
    const alert = note();
    expect(
      within(alert).getByText(
        `Resultatet var «${formName('implement-small-purchase')}», nå «${formName('implement-part-one-purchase')}».`,
      ),
    ).toBeInTheDocument();
    expect(changesIn(alert)).toEqual([
      ['Regelverk 2027.03.1 (1. mars 2027):', ['Nye EØS-terskelverdier fra 1. mars 2027.']],
    ]);
  });

  it('says it cannot tell whether the result changed when the link did not say what it showed', async () => {
    openAt(`${PILOT_RESULT}&v=2027.01.1`, { loadRules: loadNewer });
    await findPage(resultHeading('implement-part-one-purchase'));
    expect(
      within(note()).getByText(
        'Lenken sier ikke hvilket resultat den viste, så vi kan ikke si om resultatet er endret.',
      ),
    ).toBeInTheDocument();
  });

  it('shows the changes to the outcome the link showed, even when the result is another now', async () => {
    openAt(`${PILOT_RESULT}&v=2027.01.1&o=implement-operating-agreement`, { loadRules: loadNewer });
    await findPage(resultHeading('implement-part-one-purchase'));
    expect(changesIn(note())).toEqual([
      [
        'Regelverk 2027.03.1 (1. mars 2027):',
        ['Nye EØS-terskelverdier fra 1. mars 2027.', 'Løpende driftsavtaler har fått nye neste steg.'],
      ],
    ]);
  });

  it('says so when none of the changes since concern this assessment', async () => {
    openAt(`${SUPPLEMENT_RESULT}&v=2027.01.1&o=implement-supplement`, { loadRules: loadNewer });
    await findPage(resultHeading('implement-supplement'));
    const alert = note();
    expect(within(alert).queryByRole('list')).not.toBeInTheDocument();
    expect(
      within(alert).getByText('Ingen av endringene siden da gjelder denne vurderingen.'),
    ).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: 'Alle endringer i regelverket' })).toHaveAttribute(
      'href',
      '/endringer/',
    );
    expect(
      within(alert).getByText(`Resultatet er det samme: ${formName('implement-supplement')}.`),
    ).toBeInTheDocument();
  });

  it.each([
    [
      'nn',
      'Reglane er endra sidan lenkja vart laga',
      'Nye EØS-terskelverdiar frå 1. mars 2027.',
      'Resultatet er det same',
      'Alle endringar i regelverket',
    ],
    [
      'en',
      'The rules have changed since this link was made',
      'New EEA threshold values from 1 March 2027.',
      'The result is the same',
      'All changes to the rules',
    ],
  ])('in %s, with the changelog in that language', async (lang, heading, change, same, allChanges) => {
    openAt(`${PILOT_RESULT}&lang=${lang}&v=${rules.meta.rulesVersion}&o=implement-part-one-purchase`, {
      loadRules: loadNewer,
    });
    const alert = await screen.findByRole('region', { name: heading });
    expect(within(alert).getByText(change, { exact: false })).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: allChanges })).toHaveAttribute(
      'href',
      `/endringer/${lang}/`,
    );
    expect(within(alert).getByText(same, { exact: false })).toBeInTheDocument();
  });

  it('is not shown again once the user moves on: the links carry the current version', async () => {
    const { user } = openAt(`${PILOT_RESULT}&v=${rules.meta.rulesVersion}&o=implement-part-one-purchase`, {
      loadRules: loadNewer,
    });
    await findPage(resultHeading('implement-part-one-purchase'));
    expect(note()).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Tilbake' }));
    await findPage(questionText('contractValue'));
    expect(searchParams().get('v')).toBe('2027.03.1');
    expect(screen.queryByText(/Reglene er endret/)).not.toBeInTheDocument();
    await answer(user, 'contractValue', '500000');
    await findPage(resultHeading('implement-part-one-purchase'));
    expect(screen.queryByText(/Reglene er endret/)).not.toBeInTheDocument();
  });
});

describe('a link with a rules version the guide does not know', () => {
  it.each([
    ['banana', 'nope'],
    ['2030.01.1', 'implement-part-one-purchase'],
    ['2026.13.', ''],
  ])('v=%s says the version is unknown and still shows the result', async (version, outcome) => {
    openAt(`${PILOT_RESULT}&v=${encodeURIComponent(version)}&o=${outcome}`, { loadRules: loadNewer });
    await findPage(resultHeading('implement-part-one-purchase'));
    const alert = screen.getByRole('region', {
      name: 'Lenken viser til et regelverk veiviseren ikke kjenner',
    });
    expect(
      within(alert).getByText(
        `Lenken oppgir regelverk «${version}», som veiviseren ikke kjenner, så vi kan ikke si hva som er endret. Vurderingen under er gjort etter regelverk 2027.03.1.`,
      ),
    ).toBeInTheDocument();
    expect(within(alert).queryByRole('list')).not.toBeInTheDocument();
  });

  it('with the real rules says so too, and the guide goes on', async () => {
    openAt(`${PILOT_RESULT}&v=1999.01.1`);
    await findPage(resultHeading('implement-part-one-purchase'));
    expect(
      screen.getByRole('region', { name: 'Lenken viser til et regelverk veiviseren ikke kjenner' }),
    ).toBeInTheDocument();
  });
});
