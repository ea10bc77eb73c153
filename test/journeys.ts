/**
 * The one table of journeys: answers in the order the guide asks them, and the outcome they lead to.
 * Plain data and a URL builder, read by three suites:
 *
 * - test/machine/flow.test.ts replays every row through the engine: the questions asked are exactly
 *   the row's questions, in order, and the outcome is the row's; together the rows use every option;
 * - test/ui/journeys.test.tsx (jsdom) checks the rows marked `jsdom`: the result page of each, and a
 *   few of them clicked through from the start page;
 * - test/e2e/journeys.ts (Chromium) clicks through the rows marked `chromium`, one to every outcome,
 *   by the options' visible labels.
 *
 * Choice answers are values as the URL carries them; an amount is written as a user types it.
 */
import type { OutcomeId, QuestionId } from '../src/content/vocabulary';

export type Surface = 'jsdom' | 'chromium';
export type JourneyRow = {
  /** The rule the row shows, as a test name. */
  rule: string;
  answers: readonly (readonly [question: QuestionId, value: string])[];
  outcome: OutcomeId;
  /** Where the row is also checked through the interface (every row is replayed by the machine test). */
  surfaces: readonly Surface[];
};

export const JOURNEYS: readonly JourneyRow[] = [
  {
    rule: 'explores when the officer does not know yet, asking only authority, goal and area',
    answers: [
      ['authority', 'county'],
      ['goal', 'explore'],
      ['serviceArea', 'community'],
    ],
    outcome: 'explore',
    surfaces: [],
  },
  {
    rule: 'recommends a joint review when the officer wants to explore first',
    answers: [
      ['authority', 'municipality'],
      ['goal', 'explore'],
      ['serviceArea', 'community'],
    ],
    outcome: 'explore',
    surfaces: ['jsdom', 'chromium'],
  },
  {
    rule: 'recommends samskaping when developing for individuals without money',
    answers: [
      ['authority', 'navOffice'],
      ['goal', 'develop'],
      ['payment', 'none'],
      ['serviceArea', 'social'],
      ['target', 'individuals'],
    ],
    outcome: 'develop-cocreation',
    surfaces: [],
  },
  {
    rule: 'recommends samskaping when a municipality develops social services for individuals without money',
    answers: [
      ['authority', 'municipality'],
      ['goal', 'develop'],
      ['payment', 'none'],
      ['serviceArea', 'social'],
      ['target', 'individuals'],
    ],
    outcome: 'develop-cocreation',
    surfaces: ['jsdom'],
  },
  {
    rule: 'recommends samskaping when a municipality develops health services for individuals without money',
    answers: [
      ['authority', 'municipality'],
      ['goal', 'develop'],
      ['payment', 'none'],
      ['serviceArea', 'health'],
      ['target', 'individuals'],
    ],
    outcome: 'develop-cocreation',
    surfaces: ['chromium'],
  },
  {
    rule: 'recommends a partnership agreement when developing for groups without money',
    answers: [
      ['authority', 'municipality'],
      ['goal', 'develop'],
      ['payment', 'none'],
      ['serviceArea', 'community'],
      ['target', 'groups'],
    ],
    outcome: 'develop-partnership',
    surfaces: [],
  },
  {
    rule: 'recommends a partnership agreement when developing for groups of children and young people without money',
    answers: [
      ['authority', 'municipality'],
      ['goal', 'develop'],
      ['payment', 'none'],
      ['serviceArea', 'childrenYouth'],
      ['target', 'groups'],
    ],
    outcome: 'develop-partnership',
    surfaces: ['jsdom'],
  },
  {
    rule: 'recommends a partnership agreement when a county develops for groups without money',
    answers: [
      ['authority', 'county'],
      ['goal', 'develop'],
      ['payment', 'none'],
      ['serviceArea', 'community'],
      ['target', 'groups'],
    ],
    outcome: 'develop-partnership',
    surfaces: ['chromium'],
  },
  {
    rule: 'recommends a cross-sector arena with project funding when developing with a real grant',
    answers: [
      ['authority', 'state'],
      ['goal', 'develop'],
      ['payment', 'grant'],
      ['grantReceivesService', 'no'],
      ['serviceArea', 'childrenYouth'],
    ],
    outcome: 'develop-funded-arena',
    surfaces: [],
  },
  {
    rule: 'recommends a cross-sector arena with project funding when a county develops with a real grant',
    answers: [
      ['authority', 'county'],
      ['goal', 'develop'],
      ['payment', 'grant'],
      ['grantReceivesService', 'no'],
      ['serviceArea', 'social'],
    ],
    outcome: 'develop-funded-arena',
    surfaces: ['jsdom', 'chromium'],
  },
  {
    rule: 'treats a "grant" for a service the body receives as a purchase, and asks its value',
    answers: [
      ['authority', 'municipality'],
      ['goal', 'develop'],
      ['payment', 'grant'],
      ['grantReceivesService', 'yes'],
      ['serviceArea', 'health'],
      ['contractValue', '500000'],
    ],
    outcome: 'develop-part-one-purchase',
    surfaces: [],
  },
  {
    rule: 'recommends a direct purchase when developing just below the lower limit (the act does not apply)',
    answers: [
      ['authority', 'municipality'],
      ['goal', 'develop'],
      ['payment', 'purchase'],
      ['serviceArea', 'social'],
      ['contractValue', '99999'],
    ],
    outcome: 'develop-direct-purchase',
    surfaces: [],
  },
  {
    rule: 'recommends a direct purchase when a Nav office develops for 60 000 kr',
    answers: [
      ['authority', 'navOffice'],
      ['goal', 'develop'],
      ['payment', 'purchase'],
      ['serviceArea', 'social'],
      ['contractValue', '60 000'],
    ],
    outcome: 'develop-direct-purchase',
    surfaces: ['jsdom', 'chromium'],
  },
  {
    rule: 'recommends a Part I purchase with competition when developing at the lower limit',
    answers: [
      ['authority', 'municipality'],
      ['goal', 'develop'],
      ['payment', 'purchase'],
      ['serviceArea', 'social'],
      ['contractValue', '100000'],
    ],
    outcome: 'develop-part-one-purchase',
    surfaces: [],
  },
  {
    rule: 'recommends a Part I purchase with competition when developing just below the national threshold',
    answers: [
      ['authority', 'municipality'],
      ['goal', 'develop'],
      ['payment', 'purchase'],
      ['serviceArea', 'social'],
      ['contractValue', '1299999'],
    ],
    outcome: 'develop-part-one-purchase',
    surfaces: [],
  },
  {
    rule: 'recommends a Part I purchase with competition when a Nav office develops below the national threshold',
    answers: [
      ['authority', 'navOffice'],
      ['goal', 'develop'],
      ['payment', 'purchase'],
      ['serviceArea', 'social'],
      ['contractValue', '800 000'],
    ],
    outcome: 'develop-part-one-purchase',
    surfaces: ['jsdom'],
  },
  {
    rule: 'recommends a Part I purchase with competition when a state body develops below the national threshold',
    answers: [
      ['authority', 'state'],
      ['goal', 'develop'],
      ['payment', 'purchase'],
      ['serviceArea', 'childrenYouth'],
      ['contractValue', '800 000'],
    ],
    outcome: 'develop-part-one-purchase',
    surfaces: ['chromium'],
  },
  {
    rule: 'recommends an innovative procurement when developing at the national threshold',
    answers: [
      ['authority', 'county'],
      ['goal', 'develop'],
      ['payment', 'purchase'],
      ['serviceArea', 'childrenYouth'],
      ['contractValue', '1300000'],
      ['serviceKind', 'otherSpecial'],
    ],
    outcome: 'develop-innovative-procurement',
    surfaces: [],
  },
  {
    rule: 'asks a Nav office who signs before recommending an innovative procurement',
    answers: [
      ['authority', 'navOffice'],
      ['goal', 'develop'],
      ['payment', 'purchase'],
      ['serviceArea', 'social'],
      ['contractValue', '3000000'],
      ['serviceKind', 'healthSocial'],
      ['contractingParty', 'municipality'],
    ],
    outcome: 'develop-innovative-procurement',
    surfaces: [],
  },
  {
    rule: 'recommends an innovative procurement when developing above the national threshold, unsure who signs',
    answers: [
      ['authority', 'navOffice'],
      ['goal', 'develop'],
      ['payment', 'purchase'],
      ['serviceArea', 'social'],
      ['contractValue', '3 000 000'],
      ['serviceKind', 'healthSocial'],
      ['contractingParty', 'unsure'],
    ],
    outcome: 'develop-innovative-procurement',
    surfaces: ['jsdom'],
  },
  {
    rule: 'recommends an innovative procurement for 5 million typed without spaces, unsure who signs',
    answers: [
      ['authority', 'navOffice'],
      ['goal', 'develop'],
      ['payment', 'purchase'],
      ['serviceArea', 'social'],
      ['contractValue', '5000000'],
      ['serviceKind', 'healthSocial'],
      ['contractingParty', 'unsure'],
    ],
    outcome: 'develop-innovative-procurement',
    surfaces: ['chromium'],
  },
  {
    rule: 'recommends a subscription or direct purchase for an existing solution below the lower limit',
    answers: [
      ['authority', 'municipality'],
      ['goal', 'implement'],
      ['payment', 'purchase'],
      ['serviceArea', 'childrenYouth'],
      ['contractValue', '99999'],
    ],
    outcome: 'implement-small-purchase',
    surfaces: [],
  },
  {
    rule: 'recommends a subscription or direct purchase for 20000 kr typed without spaces',
    answers: [
      ['authority', 'municipality'],
      ['goal', 'implement'],
      ['payment', 'purchase'],
      ['serviceArea', 'childrenYouth'],
      ['contractValue', '20000'],
    ],
    outcome: 'implement-small-purchase',
    surfaces: ['jsdom'],
  },
  {
    rule: 'recommends a subscription or direct purchase for 50 000 kr in another area',
    answers: [
      ['authority', 'municipality'],
      ['goal', 'implement'],
      ['payment', 'purchase'],
      ['serviceArea', 'other'],
      ['contractValue', '50 000'],
    ],
    outcome: 'implement-small-purchase',
    surfaces: ['chromium'],
  },
  {
    rule: 'recommends a Part I purchase with competition, not a pilot, for an existing solution from the lower limit',
    answers: [
      ['authority', 'municipality'],
      ['goal', 'implement'],
      ['payment', 'purchase'],
      ['serviceArea', 'health'],
      ['contractValue', '100000'],
    ],
    outcome: 'implement-part-one-purchase',
    surfaces: [],
  },
  {
    rule: 'recommends a Part I purchase with competition for an existing solution just below the national threshold',
    answers: [
      ['authority', 'state'],
      ['goal', 'implement'],
      ['payment', 'purchase'],
      ['serviceArea', 'other'],
      ['contractValue', '1299999'],
    ],
    outcome: 'implement-part-one-purchase',
    surfaces: [],
  },
  {
    rule: 'recommends a Part I purchase with competition between the lower limit and the national threshold',
    answers: [
      ['authority', 'municipality'],
      ['goal', 'implement'],
      ['payment', 'purchase'],
      ['serviceArea', 'health'],
      ['contractValue', '500 000'],
    ],
    outcome: 'implement-part-one-purchase',
    surfaces: ['jsdom'],
  },
  {
    rule: 'recommends a Part I purchase when a grant that is really a purchase is below the national threshold',
    answers: [
      ['authority', 'municipality'],
      ['goal', 'implement'],
      ['payment', 'grant'],
      ['grantReceivesService', 'yes'],
      ['serviceArea', 'childrenYouth'],
      ['contractValue', '450 000'],
    ],
    outcome: 'implement-part-one-purchase',
    surfaces: ['chromium'],
  },
  {
    rule: 'recommends an operating agreement at the national threshold when payment is not results-based',
    answers: [
      ['authority', 'municipality'],
      ['goal', 'implement'],
      ['payment', 'purchase'],
      ['serviceArea', 'childrenYouth'],
      ['contractValue', '1300000'],
      ['serviceKind', 'ordinary'],
      ['resultsBased', 'no'],
    ],
    outcome: 'implement-operating-agreement',
    surfaces: [],
  },
  {
    rule: 'a Nav office where the state signs gets an operating agreement when not results-based',
    answers: [
      ['authority', 'navOffice'],
      ['goal', 'implement'],
      ['payment', 'purchase'],
      ['serviceArea', 'other'],
      ['contractValue', '1500000'],
      ['serviceKind', 'ordinary'],
      ['contractingParty', 'state'],
      ['resultsBased', 'no'],
    ],
    outcome: 'implement-operating-agreement',
    surfaces: [],
  },
  {
    rule: 'recommends an operating agreement at or above the national threshold without results-based payment',
    answers: [
      ['authority', 'state'],
      ['goal', 'implement'],
      ['payment', 'purchase'],
      ['serviceArea', 'other'],
      ['contractValue', '2 000 000'],
      ['serviceKind', 'ordinary'],
      ['resultsBased', 'no'],
    ],
    outcome: 'implement-operating-agreement',
    surfaces: ['jsdom'],
  },
  {
    rule: 'a health trust takes the EEA threshold of other authorities, not the lower one of the state',
    answers: [
      ['authority', 'publicLawBody'],
      ['goal', 'implement'],
      ['payment', 'purchase'],
      ['serviceArea', 'other'],
      ['contractValue', '2 000 000'],
      ['serviceKind', 'ordinary'],
      ['resultsBased', 'no'],
    ],
    outcome: 'implement-operating-agreement',
    // jsdom only: the real browser runs one journey to each outcome, and this outcome has its own there.
    surfaces: ['jsdom'],
  },
  {
    rule: 'a Nav office where the municipality signs gets an operating agreement when not results-based',
    answers: [
      ['authority', 'navOffice'],
      ['goal', 'implement'],
      ['payment', 'purchase'],
      ['serviceArea', 'social'],
      ['contractValue', '2 000 000'],
      ['serviceKind', 'healthSocial'],
      ['contractingParty', 'municipality'],
      ['resultsBased', 'no'],
    ],
    outcome: 'implement-operating-agreement',
    surfaces: ['chromium'],
  },
  {
    rule: 'recommends an outcome contract above the national threshold when paying for results',
    answers: [
      ['authority', 'state'],
      ['goal', 'implement'],
      ['payment', 'purchase'],
      ['serviceArea', 'social'],
      ['contractValue', '10000000'],
      ['serviceKind', 'unsure'],
      ['resultsBased', 'yes'],
    ],
    outcome: 'implement-outcome-contract',
    surfaces: [],
  },
  {
    rule: 'asks a Nav office who signs, and unsure still leads on to results-based payment',
    answers: [
      ['authority', 'navOffice'],
      ['goal', 'implement'],
      ['payment', 'purchase'],
      ['serviceArea', 'social'],
      ['contractValue', '2000000'],
      ['serviceKind', 'ordinary'],
      ['contractingParty', 'unsure'],
      ['resultsBased', 'yes'],
    ],
    outcome: 'implement-outcome-contract',
    surfaces: [],
  },
  {
    rule: 'recommends an outcome contract when a grant that is really a purchase pays for results',
    answers: [
      ['authority', 'municipality'],
      ['goal', 'implement'],
      ['payment', 'grant'],
      ['grantReceivesService', 'yes'],
      ['serviceArea', 'social'],
      ['contractValue', '5 000 000'],
      ['serviceKind', 'unsure'],
      ['resultsBased', 'yes'],
    ],
    outcome: 'implement-outcome-contract',
    surfaces: ['jsdom'],
  },
  {
    rule: 'recommends an outcome contract when a state body buys health services and pays for results',
    answers: [
      ['authority', 'state'],
      ['goal', 'implement'],
      ['payment', 'purchase'],
      ['serviceArea', 'health'],
      ['contractValue', '3 000 000'],
      ['serviceKind', 'unsure'],
      ['resultsBased', 'yes'],
    ],
    outcome: 'implement-outcome-contract',
    surfaces: ['chromium'],
  },
  {
    rule: 'recommends annual support when giving a grant to an existing solution for individuals',
    answers: [
      ['authority', 'municipality'],
      ['goal', 'implement'],
      ['payment', 'grant'],
      ['grantReceivesService', 'no'],
      ['serviceArea', 'social'],
      ['target', 'individuals'],
    ],
    outcome: 'implement-annual-support',
    surfaces: ['jsdom'],
  },
  {
    rule: 'recommends annual support when a real grant helps children and young people one by one',
    answers: [
      ['authority', 'municipality'],
      ['goal', 'implement'],
      ['payment', 'grant'],
      ['grantReceivesService', 'no'],
      ['serviceArea', 'childrenYouth'],
      ['target', 'individuals'],
    ],
    outcome: 'implement-annual-support',
    surfaces: ['chromium'],
  },
  {
    rule: 'recommends operating support when giving a grant to an existing solution for groups',
    answers: [
      ['authority', 'municipality'],
      ['goal', 'implement'],
      ['payment', 'grant'],
      ['grantReceivesService', 'no'],
      ['serviceArea', 'health'],
      ['target', 'groups'],
    ],
    outcome: 'implement-operating-support',
    surfaces: [],
  },
  {
    rule: 'recommends operating support when a real grant serves groups',
    answers: [
      ['authority', 'county'],
      ['goal', 'implement'],
      ['payment', 'grant'],
      ['grantReceivesService', 'no'],
      ['serviceArea', 'community'],
      ['target', 'groups'],
    ],
    outcome: 'implement-operating-support',
    surfaces: ['jsdom', 'chromium'],
  },
  {
    rule: 'recommends an inclusion agreement for individuals when no money changes hands',
    answers: [
      ['authority', 'navOffice'],
      ['goal', 'implement'],
      ['payment', 'none'],
      ['serviceArea', 'social'],
      ['target', 'individuals'],
    ],
    outcome: 'implement-inclusion',
    surfaces: ['jsdom'],
  },
  {
    rule: 'recommends an inclusion agreement when a municipality works with individuals without money',
    answers: [
      ['authority', 'municipality'],
      ['goal', 'implement'],
      ['payment', 'none'],
      ['serviceArea', 'social'],
      ['target', 'individuals'],
    ],
    outcome: 'implement-inclusion',
    surfaces: ['chromium'],
  },
  {
    rule: 'recommends a supplement to the public offer for groups when no money changes hands',
    answers: [
      ['authority', 'municipality'],
      ['goal', 'implement'],
      ['payment', 'none'],
      ['serviceArea', 'childrenYouth'],
      ['target', 'groups'],
    ],
    outcome: 'implement-supplement',
    surfaces: ['jsdom'],
  },
  {
    rule: 'recommends a supplement to the public offer when a state body works with groups without money',
    answers: [
      ['authority', 'state'],
      ['goal', 'implement'],
      ['payment', 'none'],
      ['serviceArea', 'health'],
      ['target', 'groups'],
    ],
    outcome: 'implement-supplement',
    surfaces: ['chromium'],
  },
];

/** The rows checked on a surface, in table order. */
export const journeysOn = (surface: Surface): readonly JourneyRow[] =>
  JOURNEYS.filter((journey) => journey.surfaces.includes(surface));

/** An amount as the URL carries it: the digits a user typed, without spaces. */
export const urlValue = (question: QuestionId, value: string) =>
  question === 'contractValue' ? value.replace(/\s/g, '') : value;

/** A link to the row's answers, opening on `step` (the result unless told otherwise). */
export function journeyUrl(journey: JourneyRow, step = 'result'): string {
  const params = new URLSearchParams(
    journey.answers.map(([question, value]) => [question, urlValue(question, value)]),
  );
  params.set('step', step);
  return `/?${params.toString()}`;
}
