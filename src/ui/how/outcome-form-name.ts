import type { LocalizedText, Rules } from '../../content/schema';
import type { OutcomeId } from '../../content/vocabulary';

/** The name of the form an outcome recommends, or the outcome's id when rules/ has none. */
export function outcomeFormName(
  rules: Rules,
  outcomeId: OutcomeId,
  text: (localized: LocalizedText) => string,
): string {
  const outcome = rules.outcomes.outcomes.find((o) => o.id === outcomeId);
  const form = rules.forms.forms.find((f) => f.id === outcome?.primaryFormId);
  return form ? text(form.name) : outcomeId;
}
