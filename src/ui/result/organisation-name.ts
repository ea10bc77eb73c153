import type { Organisation } from '../../content/schema';
import type { Messages } from '../text/messages/nb';

/**
 * An organisation as the guide names it, followed by every name it has had since, with the year each
 * took effect: "Fylkesmannen i Vestfold → Fylkesmannen i Vestfold og Telemark (2019) → …". A step that
 * no primary source confirms says so.
 */
export function organisationName(organisation: Organisation, m: Messages): string {
  const steps = (organisation.renamed ?? []).map((step) =>
    m.result.nameStep(step.name, step.from?.slice(0, 4), step.confidence !== 'verified'),
  );
  return [organisation.name, ...steps].join(' → ');
}
