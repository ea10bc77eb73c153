/**
 * One journey to every outcome, through the interface: from the start page, answering each question by
 * its label, to the result page's heading. The table lists the answers to click and the outcome; the
 * words come from rules/.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OUTCOME_IDS, type OutcomeId, type QuestionId } from '../../src/content/vocabulary';
import { answer, expectTitle, findPage, openAt, resultHeading } from './helpers';

type Journey = [rule: string, answers: [QuestionId, string][], outcome: OutcomeId];

const journeys: Journey[] = [
  [
    'recommends a joint review when the officer wants to explore first',
    [
      ['authority', 'municipality'],
      ['goal', 'explore'],
      ['serviceArea', 'community'],
    ],
    'explore',
  ],
  [
    'recommends samskaping when developing for individuals without money',
    [
      ['authority', 'municipality'],
      ['goal', 'develop'],
      ['payment', 'none'],
      ['serviceArea', 'social'],
      ['target', 'individuals'],
    ],
    'develop-cocreation',
  ],
  [
    'recommends a partnership agreement when developing for groups without money',
    [
      ['authority', 'municipality'],
      ['goal', 'develop'],
      ['payment', 'none'],
      ['serviceArea', 'childrenYouth'],
      ['target', 'groups'],
    ],
    'develop-partnership',
  ],
  [
    'recommends a cross-sector arena with project funding when developing with a real grant',
    [
      ['authority', 'county'],
      ['goal', 'develop'],
      ['payment', 'grant'],
      ['grantReceivesService', 'no'],
      ['serviceArea', 'social'],
    ],
    'develop-funded-arena',
  ],
  [
    'recommends samskaping and a direct purchase when developing below the national threshold',
    [
      ['authority', 'navOffice'],
      ['goal', 'develop'],
      ['payment', 'purchase'],
      ['serviceArea', 'social'],
      ['contractValue', '800 000'],
    ],
    'develop-buy-below-threshold',
  ],
  [
    'recommends an innovative procurement when developing at or above the national threshold',
    [
      ['authority', 'navOffice'],
      ['goal', 'develop'],
      ['payment', 'purchase'],
      ['serviceArea', 'social'],
      ['contractValue', '3 000 000'],
      ['serviceKind', 'healthSocial'],
      ['contractingParty', 'unsure'],
    ],
    'develop-innovative-procurement',
  ],
  [
    'recommends a subscription or direct purchase below the lower limit',
    [
      ['authority', 'municipality'],
      ['goal', 'implement'],
      ['payment', 'purchase'],
      ['serviceArea', 'childrenYouth'],
      ['contractValue', '20000'],
    ],
    'implement-small-purchase',
  ],
  [
    'recommends a pilot agreement between the lower limit and the national threshold',
    [
      ['authority', 'municipality'],
      ['goal', 'implement'],
      ['payment', 'purchase'],
      ['serviceArea', 'health'],
      ['contractValue', '500 000'],
    ],
    'implement-pilot',
  ],
  [
    'recommends an operating agreement at or above the national threshold without results-based payment',
    [
      ['authority', 'state'],
      ['goal', 'implement'],
      ['payment', 'purchase'],
      ['serviceArea', 'other'],
      ['contractValue', '2 000 000'],
      ['serviceKind', 'ordinary'],
      ['resultsBased', 'no'],
    ],
    'implement-operating-agreement',
  ],
  [
    'recommends an outcome contract when a grant that is really a purchase pays for results',
    [
      ['authority', 'municipality'],
      ['goal', 'implement'],
      ['payment', 'grant'],
      ['grantReceivesService', 'yes'],
      ['serviceArea', 'social'],
      ['contractValue', '5 000 000'],
      ['serviceKind', 'unsure'],
      ['resultsBased', 'yes'],
    ],
    'implement-outcome-contract',
  ],
  [
    'recommends annual support when a real grant helps individuals',
    [
      ['authority', 'municipality'],
      ['goal', 'implement'],
      ['payment', 'grant'],
      ['grantReceivesService', 'no'],
      ['serviceArea', 'social'],
      ['target', 'individuals'],
    ],
    'implement-annual-support',
  ],
  [
    'recommends operating support when a real grant serves groups',
    [
      ['authority', 'county'],
      ['goal', 'implement'],
      ['payment', 'grant'],
      ['grantReceivesService', 'no'],
      ['serviceArea', 'community'],
      ['target', 'groups'],
    ],
    'implement-operating-support',
  ],
  [
    'recommends an inclusion agreement when working with individuals without money',
    [
      ['authority', 'navOffice'],
      ['goal', 'implement'],
      ['payment', 'none'],
      ['serviceArea', 'social'],
      ['target', 'individuals'],
    ],
    'implement-inclusion',
  ],
  [
    'recommends a supplement to the public offer when working with groups without money',
    [
      ['authority', 'municipality'],
      ['goal', 'implement'],
      ['payment', 'none'],
      ['serviceArea', 'childrenYouth'],
      ['target', 'groups'],
    ],
    'implement-supplement',
  ],
];

describe('a journey through the interface reaches every outcome', () => {
  it('has a journey in the table for every outcome', () => {
    expect(new Set(journeys.map(([, , outcome]) => outcome))).toEqual(new Set(OUTCOME_IDS));
  });

  it.each(journeys)('%s', async (_rule, answers, outcome) => {
    const { user } = openAt('/');
    await user.click(screen.getByRole('link', { name: /Start veiviseren/ }));
    for (const [id, value] of answers) await answer(user, id, value);

    const heading = await findPage(resultHeading(outcome));
    await waitFor(() => expect(heading).toHaveFocus());
    await expectTitle(`${resultHeading(outcome)} – Samarbeidsveiviseren`);
    // The result explains itself and offers a way to change every answer.
    expect(screen.getByRole('heading', { level: 2, name: 'Hvorfor vi anbefaler dette' })).toBeInTheDocument();
    const answersSection = screen.getByRole('region', { name: 'Dine svar' });
    expect(within(answersSection).getAllByRole('link', { name: /^Endre / })).toHaveLength(answers.length);
  });
});
