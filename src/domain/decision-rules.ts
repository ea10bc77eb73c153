/**
 * The rules the question flow turns on, one pure function each. The machine's guards are named after
 * these and do nothing but call them, so each rule is tested on its own (test/domain).
 */
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
