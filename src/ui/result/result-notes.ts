/**
 * What the officer should keep in mind about a result: stricter readings used, a grant read as a
 * purchase, proposed threshold changes, and facts we could not confirm. Shown on the result page, in
 * the printout and in the copied text, so it lives apart from any component.
 */
import type { LocalizedText, Rules } from '../../content/schema';
import { isUncertain } from '../../domain/confidence';
import type { Recommendation } from '../../domain/recommendation';
import type { ThresholdsInForce } from '../../domain/thresholds';
import { formatAmount } from '../text/format';
import type { Messages } from '../text/messages/nb';

export function resultNotes(
  recommendation: Recommendation,
  thresholds: ThresholdsInForce,
  rules: Rules,
  m: Messages,
  text: (localized: LocalizedText) => string,
): string[] {
  const { procurement } = recommendation;
  const notes: string[] = [];
  if (procurement.grantTreatedAsPurchase) notes.push(m.result.grantTreatedAsPurchase);
  if (procurement.stricterReadingUsed.includes('serviceKind')) notes.push(m.result.stricterServiceKind);
  if (procurement.stricterReadingUsed.includes('contractingParty'))
    notes.push(m.result.stricterContractingParty);
  const amount = procurement.amount;
  if (amount !== null) {
    // A proposed change is never applied (ADR 0003), but an officer whose amount it would move to
    // other rules should know of it. Otherwise it is left out here: the regime's own points already
    // name the proposal (rules/procurement.json), and the note would say it twice.
    for (const proposal of procurement.proposed) {
      const current = thresholds[proposal.kind].amount;
      const between =
        amount >= Math.min(current, proposal.amount) && amount < Math.max(current, proposal.amount);
      if (!between) continue;
      const note = m.result.proposedThreshold(
        text(rules.thresholds.names[proposal.kind]),
        formatAmount(proposal.amount, m.locale),
        proposal.proposedIn,
        formatAmount(current, m.locale),
      );
      notes.push(`${note} ${m.result.proposedAffectsYou}`);
    }
  }
  const uncertain =
    isUncertain(procurement.regime.confidence) ||
    (procurement.band?.comparisons.some(
      (c) => isUncertain(c.threshold.confidence) || (c.revision && isUncertain(c.revision.confidence)),
    ) ??
      false) ||
    recommendation.funding.some((s) => isUncertain(s.confidence));
  if (uncertain) notes.push(`${m.result.uncertainTag}: ${m.result.uncertainExplanation}`);
  return notes;
}
