/**
 * How sure a fact is. Facts the fact sheet marks [OPEN] (open) or [R] (recollection) are shown as
 * uncertain, never as fact (docs/adr/0003).
 */
import type { Confidence } from '../content/schema';

export const isUncertain = (confidence: Confidence): boolean =>
  confidence === 'open' || confidence === 'recollection';
