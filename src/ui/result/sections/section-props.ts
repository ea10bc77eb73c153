import type { Recommendation } from '../../../domain/recommendation';
import type { Journey } from '../../links/journey';

/** What a section of the result that reads both the journey and the recommendation is given. */
export type ResultSectionProps = { journey: Journey; recommendation: Recommendation };
