/**
 * How current a piece of information is. Thresholds and funding schemes carry the date they were last
 * checked against their sources; anything checked more than twelve months before the assessment date
 * is marked as due for checking.
 */
import { type IsoDate, monthsBetween } from './dates';

export const CHECK_INTERVAL_MONTHS = 12;

export function isDueForCheck(lastChecked: IsoDate, assessmentDate: IsoDate): boolean {
  return monthsBetween(lastChecked, assessmentDate) >= CHECK_INTERVAL_MONTHS;
}
