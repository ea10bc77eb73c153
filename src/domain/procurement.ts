/**
 * The procurement band for an estimated contract value: which parts of the procurement regulation
 * (anskaffelsesforskriften, FOA) apply. Values and dates come from rules/thresholds.json; the
 * structure follows DFØ's overview of the 2024–2026 thresholds (anskaffelser.no, "Terskelverdier").
 */

import type { ExpectedRevision, ThresholdInForce } from '../content/schema';
import type { RegimeId, ThresholdKind } from '../content/vocabulary';
import type { Answers } from './answers';
import type { ThresholdsInForce } from './thresholds';

/**
 * State bodies have the lower EEA threshold; municipalities, counties and others the higher. "State"
 * is the state as one legal person (ministries and the agencies under them). Helseforetak and other
 * bodies governed by public law are legal persons of their own, so they take the higher threshold
 * (NFD's letter on the thresholds of the health trusts; KS on the 2024 values).
 */
export type AuthorityType = 'state' | 'other';
/** The legal kind of service, with "unsure" already resolved to the strictest reading. */
export type ServiceKind = 'healthSocial' | 'otherSpecial' | 'ordinary';

/**
 * A Nav office is run jointly by the state and the municipality: the EEA threshold depends on who
 * signs. When the officer is unsure, the stricter state threshold is used (and the result says so).
 */
export function authorityTypeOf(answers: Answers): AuthorityType {
  switch (answers.authority) {
    case 'state':
      return 'state';
    case 'navOffice':
      return answers.contractingParty === 'municipality' ? 'other' : 'state';
    default:
      return 'other';
  }
}

/** "Unsure" reads as an ordinary service: its EEA threshold is the lowest, so nothing is missed. */
export function serviceKindOf(answers: Answers): ServiceKind {
  const kind = answers.serviceKind;
  return kind === 'healthSocial' || kind === 'otherSpecial' ? kind : 'ordinary';
}

/**
 * The legal kinds the service may be: the one answered; every kind when the officer is unsure; and
 * when the question is not asked (below the national threshold it changes no duty), the kind the
 * service area suggests, or every kind when it suggests none.
 */
export function possibleServiceKinds(answers: Answers): ServiceKind[] {
  const all: ServiceKind[] = ['healthSocial', 'otherSpecial', 'ordinary'];
  const kind = answers.serviceKind;
  if (kind === 'unsure') return all;
  if (kind !== undefined) return [kind];
  const suggested = suggestedServiceKind(answers);
  return suggested ? [suggested] : all;
}

/** The service kind the guide suggests from the service area; the officer may choose another. */
export function suggestedServiceKind(
  answers: Answers,
): 'healthSocial' | 'otherSpecial' | 'ordinary' | undefined {
  switch (answers.serviceArea) {
    case 'health':
    case 'social':
      return 'healthSocial';
    case 'childrenYouth':
    case 'community':
      return 'otherSpecial';
    case 'other':
      return 'ordinary';
    default:
      return undefined;
  }
}

export const isBelowLowerLimit = (amount: number, t: ThresholdsInForce) => amount < t.lowerLimit.amount;
export const isBelowNationalThreshold = (amount: number, t: ThresholdsInForce) => amount < t.national.amount;

/** The EEA threshold that applies to this kind of service and authority. */
export function eeaThresholdKind(kind: ServiceKind, authority: AuthorityType): ThresholdKind {
  if (kind !== 'ordinary') return 'eeaHealthSocial';
  return authority === 'state' ? 'eeaState' : 'eeaOther';
}

export type ThresholdComparison = {
  threshold: ThresholdInForce;
  position: 'below' | 'atOrAbove';
  /** A revision expected by the assessment date that may have replaced this amount (set by the assessment). */
  revision?: ExpectedRevision;
};
export type ProcurementBand = {
  regime: RegimeId;
  /** The thresholds that place the amount in this band: the one it reached and the one it is under. */
  comparisons: ThresholdComparison[];
};

export function procurementBand(
  amount: number,
  authority: AuthorityType,
  kind: ServiceKind,
  t: ThresholdsInForce,
): ProcurementBand {
  const below = (k: ThresholdKind): ThresholdComparison => ({ threshold: t[k], position: 'below' });
  const reached = (k: ThresholdKind): ThresholdComparison => ({ threshold: t[k], position: 'atOrAbove' });
  if (isBelowLowerLimit(amount, t))
    return { regime: 'outsideRegulation', comparisons: [below('lowerLimit')] };
  if (isBelowNationalThreshold(amount, t))
    return { regime: 'partOne', comparisons: [reached('lowerLimit'), below('national')] };
  const eea = eeaThresholdKind(kind, authority);
  if (amount < t[eea].amount) {
    return {
      regime: kind === 'healthSocial' ? 'partOne' : 'partTwo',
      comparisons: [reached('national'), below(eea)],
    };
  }
  const regime: RegimeId =
    kind === 'healthSocial' ? 'healthSocialEea' : kind === 'otherSpecial' ? 'specialEea' : 'partThree';
  return { regime, comparisons: [reached(eea)] };
}
