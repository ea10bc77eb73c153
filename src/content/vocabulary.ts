/**
 * The vocabulary shared by rules/, the machine, the URL and the tests: question ids, answer values,
 * outcome ids, threshold kinds, regimes, languages. Plain constants with no Zod, so the browser bundle
 * can use them without the schemas (docs/adr/0004). The types of the rules data live in schema.ts,
 * inferred from the schemas; import them from there with `import type`, which costs nothing at run time.
 */

/** The three written languages the guide serves. Bokmål is the source language. */
export const LOCALES = ['nb', 'nn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const QUESTION_IDS = [
  'authority',
  'goal',
  'payment',
  'grantReceivesService',
  'serviceArea',
  'contractValue',
  'serviceKind',
  'contractingParty',
  'resultsBased',
  'target',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** The questions answered with an amount: a whole number of kroner. Every other question is a choice. */
export const AMOUNT_QUESTION_IDS = ['contractValue'] as const satisfies readonly QuestionId[];
export type AmountQuestionId = (typeof AMOUNT_QUESTION_IDS)[number];

/**
 * The allowed values of every choice question: every question not answered with an amount must be
 * here (the compiler asks for a new one's options).
 */
export const CHOICE_VALUES = {
  authority: ['municipality', 'county', 'state', 'publicLawBody', 'navOffice'],
  goal: ['develop', 'implement', 'explore'],
  payment: ['purchase', 'grant', 'none'],
  grantReceivesService: ['yes', 'no'],
  serviceArea: ['health', 'social', 'childrenYouth', 'community', 'other'],
  serviceKind: ['healthSocial', 'otherSpecial', 'ordinary', 'unsure'],
  contractingParty: ['state', 'municipality', 'unsure'],
  resultsBased: ['yes', 'no'],
  target: ['individuals', 'groups'],
} as const satisfies Record<Exclude<QuestionId, AmountQuestionId>, readonly string[]>;
export type ChoiceQuestionId = keyof typeof CHOICE_VALUES;
export type ChoiceValue<Q extends ChoiceQuestionId> = (typeof CHOICE_VALUES)[Q][number];

export const OUTCOME_IDS = [
  'explore',
  'develop-cocreation',
  'develop-partnership',
  'develop-funded-arena',
  'develop-direct-purchase',
  'develop-part-one-purchase',
  'develop-innovative-procurement',
  'implement-small-purchase',
  'implement-part-one-purchase',
  'implement-operating-agreement',
  'implement-outcome-contract',
  'implement-annual-support',
  'implement-operating-support',
  'implement-inclusion',
  'implement-supplement',
] as const;
export type OutcomeId = (typeof OUTCOME_IDS)[number];

export const THRESHOLD_KINDS = ['lowerLimit', 'national', 'eeaState', 'eeaOther', 'eeaHealthSocial'] as const;
export type ThresholdKind = (typeof THRESHOLD_KINDS)[number];

export const REGIME_IDS = [
  'notProcurement',
  'outsideRegulation',
  'partOne',
  'partTwo',
  'partThree',
  'healthSocialEea',
  'specialEea',
] as const;
export type RegimeId = (typeof REGIME_IDS)[number];

/** Rules versions (rules/meta.json) compare as year.month.sequence: 2026.11.2 comes before 2026.11.10. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
