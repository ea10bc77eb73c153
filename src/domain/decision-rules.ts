/**
 * The rules the question flow turns on, one pure function each. The machine's guards are named after
 * these and do nothing but call them, so each rule is tested on its own (test/domain).
 */
import type { ThresholdKind } from '../content/vocabulary';
import type { Answers } from './answers';
import { isBelowLowerLimit, isBelowNationalThreshold } from './procurement';
import type { ThresholdsInForce } from './thresholds';

export const isExploring = (a: Answers) => a.goal === 'explore';
export const isDeveloping = (a: Answers) => a.goal === 'develop';
export const isNavOffice = (a: Answers) => a.authority === 'navOffice';
export const isForIndividuals = (a: Answers) => a.target === 'individuals';
export const isResultsBased = (a: Answers) => a.resultsBased === 'yes';
/** The officer answered «grant»; whether it is really a grant is asked next (grantReceivesService). */
export const isPaymentAGrant = (a: Answers) => a.payment === 'grant';

/**
 * DFØ: the reality of the arrangement decides, not what it is called. Money paid for a service the
 * body itself receives and steers is a purchase, even when it is called a grant
 * (dfo.no, "Tilskudd eller anskaffelse?").
 */
export const isPurchaseInReality = (a: Answers) =>
  a.payment === 'purchase' || (a.payment === 'grant' && a.grantReceivesService === 'yes');

/** A real grant: support given without receiving a service in return. */
export const isGrantWithoutService = (a: Answers) => a.payment === 'grant' && a.grantReceivesService === 'no';

export const isValueBelowLowerLimit = (a: Answers, t: ThresholdsInForce) =>
  a.contractValue !== undefined && isBelowLowerLimit(a.contractValue, t);

export const isValueBelowNationalThreshold = (a: Answers, t: ThresholdsInForce) =>
  a.contractValue !== undefined && isBelowNationalThreshold(a.contractValue, t);

/** A rule the question flow turns on: a yes or no about the answers so far, under the thresholds in force. */
export type DecisionRule = (answers: Answers, thresholds: ThresholdsInForce) => boolean;

/**
 * Every rule by name. The machine's guards are made from this table (src/machine/question-flow.ts), so
 * a guard is always the rule of the same name, and `GuardName` is the keys of this table: adding a rule
 * here makes the compiler ask for its words on "Slik virker veiviseren" in every language.
 */
export const DECISION_RULES = {
  isExploring,
  isDeveloping,
  isNavOffice,
  isGrantWithoutService,
  isPurchaseInReality,
  isPaymentAGrant,
  isValueBelowLowerLimit,
  isValueBelowNationalThreshold,
  isResultsBased,
  isForIndividuals,
} as const satisfies Record<string, DecisionRule>;
export type DecisionRuleName = keyof typeof DECISION_RULES;

/**
 * The threshold a rule compares the contract value with, for the rules that do: their words on
 * "Slik virker veiviseren" name its amount, so the compiler asks those words to take one.
 */
export const RULE_THRESHOLDS = {
  isValueBelowLowerLimit: 'lowerLimit',
  isValueBelowNationalThreshold: 'national',
} as const satisfies Partial<Record<DecisionRuleName, ThresholdKind>>;
export type ThresholdRuleName = keyof typeof RULE_THRESHOLDS;
export const isThresholdRule = (name: DecisionRuleName): name is ThresholdRuleName =>
  Object.hasOwn(RULE_THRESHOLDS, name);
