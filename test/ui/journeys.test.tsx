/**
 * Journeys through the interface, from the one table of journeys (test/journeys.ts): every row marked
 * `jsdom`, one to every outcome. A few are clicked through from the start page, answering each
 * question by its label (together they meet every question); the others open their result from the
 * link, as a shared link would. Chromium clicks through to every outcome (test/e2e/outcomes.test.ts),
 * and the machine test replays every row, so this suite does not click through all of them again.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OUTCOME_IDS, QUESTION_IDS } from '../../src/content/vocabulary';
import { type JourneyRow, journeysOn, journeyUrl } from '../journeys';
import { answer, expectTitle, findPage, openAt, resultHeading } from './helpers';

const journeys = journeysOn('jsdom');

/** The rows clicked through: the longest, one that asks a Nav office who signs, and one that asks for whom. */
const CLICKED = [
  'recommends an outcome contract when a grant that is really a purchase pays for results',
  'recommends an innovative procurement when developing above the national threshold, unsure who signs',
  'recommends annual support when giving a grant to an existing solution for individuals',
];
const clicked = journeys.filter((journey) => CLICKED.includes(journey.rule));
const linked = journeys.filter((journey) => !CLICKED.includes(journey.rule));
const cases = (rows: readonly JourneyRow[]) => rows.map((journey) => [journey.rule, journey] as const);

/** The result page explains itself and offers a way to change every answer. */
async function expectResult(journey: JourneyRow) {
  const heading = await findPage(resultHeading(journey.outcome));
  await expectTitle(`${resultHeading(journey.outcome)} – Samarbeidsveiviseren`);
  expect(screen.getByRole('heading', { level: 2, name: 'Hvorfor vi anbefaler dette' })).toBeInTheDocument();
  const answersSection = screen.getByRole('region', { name: 'Dine svar' });
  expect(within(answersSection).getAllByRole('link', { name: /^Endre / })).toHaveLength(
    journey.answers.length,
  );
  return heading;
}

describe('a journey through the interface reaches every outcome', () => {
  it('has a journey in the table for every outcome, and the clicked ones meet every question', () => {
    expect(new Set(journeys.map((journey) => journey.outcome))).toEqual(new Set(OUTCOME_IDS));
    expect(clicked).toHaveLength(CLICKED.length);
    expect(new Set(clicked.flatMap((journey) => journey.answers.map(([question]) => question)))).toEqual(
      new Set(QUESTION_IDS),
    );
  });

  it.each(cases(clicked))('clicked through: %s', async (_rule, journey) => {
    const { user } = openAt('/');
    await user.click(screen.getByRole('link', { name: /Start veiviseren/ }));
    for (const [id, value] of journey.answers) await answer(user, id, value);

    const heading = await expectResult(journey);
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it.each(cases(linked))('from its link: %s', async (_rule, journey) => {
    openAt(journeyUrl(journey));
    await expectResult(journey);
  });
});
