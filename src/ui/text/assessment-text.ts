/**
 * Words about the assessment itself: which date's thresholds were used, and how current a checked fact
 * is. Shared by the pages, the printout and the copied text, so they say the same.
 */
import { isDueForCheck } from '../../domain/currency';
import { type IsoDate, todayInNorway } from '../../domain/dates';
import type { Evaluation } from '../../machine/engine';
import { formatDate } from './format';
import type { Messages } from './messages/nb';

/**
 * "Terskelverdiene som gjaldt 1. januar 2018, er brukt." when the assessment date was chosen (for a
 * date ahead: "som gjelder …, slik vi kjenner dem i dag"); null when the assessment is as of today.
 */
export function chosenDateText(
  evaluation: Pick<Evaluation, 'dateChosen' | 'assessmentDate'>,
  today: IsoDate | undefined,
  m: Messages,
): string | null {
  if (!evaluation.dateChosen) return null;
  const date = formatDate(evaluation.assessmentDate, m.locale);
  return evaluation.assessmentDate < (today ?? todayInNorway())
    ? m.assessmentDate.thresholdsOfPastDate(date)
    : m.assessmentDate.thresholdsOfDate(date);
}

/**
 * "Sist kontrollert 1. februar 2026." or, when that is twelve months or more before the assessment
 * date, "Bør kontrolleres: sist kontrollert 1. februar 2026."
 */
export function lastCheckedText(lastChecked: IsoDate, assessmentDate: IsoDate, m: Messages): string {
  const date = formatDate(lastChecked, m.locale);
  return isDueForCheck(lastChecked, assessmentDate)
    ? `${m.currency.dueLabel}: ${m.currency.dueSentence(date)}`
    : m.result.lastCheckedSentence(date);
}
