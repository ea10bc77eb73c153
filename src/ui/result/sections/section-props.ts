import type { Recommendation } from '../../../domain/recommendation';
import type { Journey } from '../../links/journey';
import type { PinReading } from '../compare/pin';

/** What a section of the result that reads both the journey and the recommendation is given. */
export type ResultSectionProps = { journey: Journey; recommendation: Recommendation };

/** A part of the result that also reads the pinned result the link carries (read once by the journey). */
export type ResultWithPinProps = ResultSectionProps & { pin: PinReading };
