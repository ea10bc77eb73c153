import { isDueForCheck } from '../../domain/currency';
import type { IsoDate } from '../../domain/dates';
import { lastCheckedText } from './assessment-text';
import { formatDate } from './format';
import { useMessages } from './messages/messages-context';

/** How current a fact is, marked when it is due for checking against its sources. */
export function LastChecked({ date, assessmentDate }: { date: IsoDate; assessmentDate: IsoDate }) {
  const m = useMessages();
  const due = isDueForCheck(date, assessmentDate);
  if (!due) {
    return (
      <p className="ds-paragraph last-checked" data-size="sm">
        {lastCheckedText(date, assessmentDate, m)}
      </p>
    );
  }
  return (
    <p className="ds-paragraph last-checked last-checked--due" data-size="sm">
      <strong>{m.currency.dueLabel}:</strong> {m.currency.dueSentence(formatDate(date, m.locale))}
    </p>
  );
}
