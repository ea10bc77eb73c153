/**
 * Which thresholds apply on a given date. Thresholds are dated data in rules/thresholds.json; this is
 * the one function that picks what is in force, so every screen, the machine and the tests agree.
 */

import type { ExpectedRevision, Threshold, ThresholdInForce, ThresholdProposed } from '../content/schema';
import type { ThresholdKind } from '../content/vocabulary';
import { THRESHOLD_KINDS } from '../content/vocabulary';
import type { IsoDate } from './dates';

export type ThresholdsInForce = Readonly<Record<ThresholdKind, ThresholdInForce>>;

const inForceOn = (t: Threshold, date: IsoDate): t is ThresholdInForce =>
  t.status === 'inForce' && t.validFrom <= date && (t.validTo === null || date <= t.validTo);

/** The thresholds in force on `date`, or null when the rules do not cover that date for every kind. */
export function thresholdsInForce(thresholds: readonly Threshold[], date: IsoDate): ThresholdsInForce | null {
  const picked: Partial<Record<ThresholdKind, ThresholdInForce>> = {};
  for (const kind of THRESHOLD_KINDS) {
    const entry = thresholds.find((t): t is ThresholdInForce => t.kind === kind && inForceOn(t, date));
    if (!entry) return null;
    picked[kind] = entry;
  }
  return picked as ThresholdsInForce;
}

/**
 * Proposed changes that are known but not (confirmed) in force: shown as uncertain, never applied.
 * Only those proposed by `date`: a contract assessed as of 2018 is not told of a proposal from 2025.
 */
export function proposedThresholds(thresholds: readonly Threshold[], date: IsoDate): ThresholdProposed[] {
  return thresholds.filter((t): t is ThresholdProposed => t.status === 'proposed' && t.proposedOn <= date);
}

/**
 * The expected revision that may have replaced `threshold` by `date`, if any: one of its kind, due on or
 * before `date`, for an entry that began before it and has no end yet (an entry ended by a successor is
 * settled). It never changes the amount applied; the guide says next to the amount that newer values
 * may apply (docs/adr/0003).
 */
export function pendingRevision(
  revisions: readonly ExpectedRevision[],
  threshold: ThresholdInForce,
  date: IsoDate,
): ExpectedRevision | undefined {
  return revisions.find(
    (r) =>
      r.kinds.includes(threshold.kind) &&
      r.expectedFrom <= date &&
      threshold.validTo === null &&
      threshold.validFrom < r.expectedFrom,
  );
}

/** The earliest date the rules cover for every kind of threshold. */
export function firstCoveredDate(thresholds: readonly Threshold[]): IsoDate {
  return THRESHOLD_KINDS.map(
    (kind) =>
      thresholds
        .filter((t): t is ThresholdInForce => t.kind === kind && t.status === 'inForce')
        .map((t) => t.validFrom)
        .sort()[0] ?? '9999-12-31',
  )
    .sort()
    .at(-1) as IsoDate;
}
