/**
 * From an outcome (a final state of the machine) and the answers on the path to everything the result
 * page and the printout show: the form and why, the alternatives and why not, examples, funding that
 * fits, the procurement rules for the value with the thresholds applied, next steps, rules version.
 */

import type {
  CollaborationForm,
  Example,
  FundingCondition,
  FundingScheme,
  LocalizedText,
  Outcome,
  Regime,
  RegimeText,
  Rules,
  Source,
  ThresholdProposed,
} from '../content/schema';
import type { OutcomeId, RegimeId } from '../content/vocabulary';
import type { Answers } from './answers';
import type { IsoDate } from './dates';
import { isPurchaseInReality } from './decision-rules';
import {
  type AuthorityType,
  authorityTypeOf,
  type ProcurementBand,
  possibleServiceKinds,
  procurementBand,
  type ServiceKind,
  serviceKindOf,
} from './procurement';
import { pendingRevision, proposedThresholds, type ThresholdsInForce } from './thresholds';

export type ProcurementAssessment = {
  regime: Regime;
  /** The regime's points that concern this service: a point for some kinds of service only is left out for others. */
  points: Regime['points'];
  /** Null when nothing is bought (grant or collaboration without payment). */
  band: ProcurementBand | null;
  amount: number | null;
  authorityType: AuthorityType;
  serviceKind: ServiceKind;
  /** The officer was unsure of the service kind or the contracting party: the stricter reading was used. */
  stricterReadingUsed: ('serviceKind' | 'contractingParty')[];
  /** A grant answer that is in reality a purchase. */
  grantTreatedAsPurchase: boolean;
  proposed: ThresholdProposed[];
};

export type Recommendation = {
  outcome: Outcome;
  /** Why this form fits, worded from the regime that applies. */
  why: LocalizedText;
  primaryForm: CollaborationForm;
  alternatives: { form: CollaborationForm; whyNot: LocalizedText }[];
  examples: Example[];
  funding: FundingScheme[];
  procurement: ProcurementAssessment;
  nextSteps: LocalizedText[];
  sources: Source[];
  assessmentDate: IsoDate;
  rulesVersion: string;
};

/** A scheme fits when any of its conditions holds; a condition holds when every key it names matches. */
export function fundingFits(
  scheme: FundingScheme,
  answers: Answers,
  outcome: OutcomeId,
  date: IsoDate,
): boolean {
  if (scheme.validFrom && date < scheme.validFrom) return false;
  if (scheme.validTo && date > scheme.validTo) return false;
  return scheme.fitsWhen.some((condition) => conditionHolds(condition, answers, outcome));
}

function conditionHolds(condition: FundingCondition, answers: Answers, outcome: OutcomeId): boolean {
  return Object.entries(condition).every(([key, allowed]) => {
    const value = key === 'outcome' ? outcome : answers[key as keyof Answers];
    return value !== undefined && (allowed as readonly unknown[]).includes(value);
  });
}

export function assessProcurement(
  answers: Answers,
  rules: Rules,
  thresholds: ThresholdsInForce,
  assessmentDate: IsoDate,
): ProcurementAssessment {
  const authorityType = authorityTypeOf(answers);
  const serviceKind = serviceKindOf(answers);
  const purchase = isPurchaseInReality(answers);
  const amount = purchase && answers.contractValue !== undefined ? answers.contractValue : null;
  const band =
    amount === null
      ? null
      : withRevisions(procurementBand(amount, authorityType, serviceKind, thresholds), rules, assessmentDate);
  const regimeId = band?.regime ?? 'notProcurement';
  const stricterReadingUsed: ProcurementAssessment['stricterReadingUsed'] = [];
  if (answers.serviceKind === 'unsure') stricterReadingUsed.push('serviceKind');
  if (answers.contractingParty === 'unsure') stricterReadingUsed.push('contractingParty');
  const regime = byId(rules.procurement.regimes, regimeId);
  const kinds = possibleServiceKinds(answers);
  return {
    regime,
    // A plain text point, or one that names no kinds, concerns every service.
    points: regime.points.filter(
      (point) => !('text' in point) || (point.serviceKinds?.some((k) => kinds.includes(k)) ?? true),
    ),
    band,
    amount,
    authorityType,
    serviceKind,
    stricterReadingUsed,
    grantTreatedAsPurchase: purchase && answers.payment === 'grant',
    proposed: proposedThresholds(rules.thresholds.thresholds, assessmentDate),
  };
}

export function recommend(
  outcomeId: OutcomeId,
  answers: Answers,
  rules: Rules,
  thresholds: ThresholdsInForce,
  assessmentDate: IsoDate,
): Recommendation {
  const outcome = byId(rules.outcomes.outcomes, outcomeId);
  const form = (id: string) => byId(rules.forms.forms, id);
  const primaryForm = form(outcome.primaryFormId);
  const examples = outcome.exampleIds.map((id) => byId(rules.examples.examples, id));
  const funding = rules.funding.schemes.filter((s) => fundingFits(s, answers, outcomeId, assessmentDate));
  const procurement = assessProcurement(answers, rules, thresholds, assessmentDate);

  const citedSourceIds = new Set<string>([
    rules.meta.guideSourceId,
    ...primaryForm.sourceIds,
    ...procurement.regime.sourceIds,
    ...procurement.points.flatMap((point) => ('sourceIds' in point ? point.sourceIds : [])),
    ...Object.values(procurement.regime.duties ?? {}).flatMap((duty) => duty.sourceIds),
    ...(procurement.band?.comparisons.flatMap((c) => [
      ...c.threshold.sourceIds,
      ...(c.revision?.sourceIds ?? []),
    ]) ?? []),
    ...examples.flatMap((e) => [...e.sourceIds, ...(e.guideWords?.sourceIds ?? [])]),
    ...funding.flatMap((s) => s.sourceIds),
  ]);
  const regimeId = procurement.regime.id;
  const worded = (text: RegimeText) => textForRegime(text, regimeId, outcomeId);
  const why = worded(outcome.why);
  if (why === null) throw new Error(`Rules integrity broken: "${outcomeId}" has no why under ${regimeId}`);
  return {
    outcome,
    why,
    primaryForm,
    alternatives: outcome.alternatives.flatMap((a) => {
      const whyNot = worded(a.whyNot);
      return whyNot === null ? [] : [{ form: form(a.formId), whyNot }];
    }),
    examples,
    funding,
    procurement,
    nextSteps: outcome.nextSteps.map(worded).filter((step) => step !== null),
    sources: rules.sources.sources.filter((s) => citedSourceIds.has(s.id)),
    assessmentDate,
    rulesVersion: rules.meta.rulesVersion,
  };
}

/**
 * The wording of a text under the regime that applies: the text itself when it is the same under every
 * regime, else its variant for the regime (null: it does not apply there). A regime without a variant is
 * a gap in the rules, which test/machine/regime-texts.test.ts finds on every path before users do.
 */
export function textForRegime(text: RegimeText, regime: RegimeId, outcome: OutcomeId): LocalizedText | null {
  if (!('byRegime' in text)) return text;
  const variant = text.byRegime.find((v) => v.regimes.includes(regime));
  if (!variant)
    throw new Error(`Rules integrity broken: a text of "${outcome}" has no variant for ${regime}`);
  return variant.text;
}

/** The band with, next to each threshold, the revision expected by the date that may have replaced it. */
function withRevisions(band: ProcurementBand, rules: Rules, date: IsoDate): ProcurementBand {
  return {
    ...band,
    comparisons: band.comparisons.map((comparison) => {
      const revision = pendingRevision(rules.thresholds.expectedRevisions, comparison.threshold, date);
      return revision ? { ...comparison, revision } : comparison;
    }),
  };
}

/** Looks up an id that integrity validation guarantees exists. */
function byId<T extends { id: string }>(list: readonly T[], id: string): T {
  const found = list.find((item) => item.id === id);
  if (!found) throw new Error(`Rules integrity broken: no "${id}"`);
  return found;
}
