/**
 * A pinned result, kept while the user tries other answers. It travels in the URL like everything else:
 * one parameter `pin` holding the pinned answers as a query string (`pin=authority%3Dstate%26goal%3D…`),
 * carried by every link (src/ui/links/link-base.ts). It is read with the same engine and on the same
 * assessment date as the page itself, so the two results can be compared row by row.
 *
 * A pin the guide cannot use (a changed value, an unknown key, answers that lead to no recommendation) is
 * reported and dropped from the links, like any other part of a link that could not be used.
 */

import type { Rules } from '../../../content/schema';
import type { AnswerProblem, Answers } from '../../../domain/answers';
import type { IsoDate } from '../../../domain/dates';
import type { Recommendation } from '../../../domain/recommendation';
import { answersToParams, PARAM, pinValue, readPinValue } from '../../../domain/url-format';
import { type Evaluation, evaluate } from '../../../machine/engine';
import type { LinkBase } from '../../links/link-base';

export type PinReading =
  | { kind: 'none' }
  | {
      kind: 'unusable';
      /** Answers in the pin that are not answers the guide allows. */
      problems: AnswerProblem[];
      /** Keys in the pin that are not questions. */
      unknownKeys: string[];
      /** The pinned answers are valid but lead to no recommendation. */
      incomplete: boolean;
    }
  | { kind: 'pinned'; evaluation: Evaluation & { recommendation: Recommendation } };

/**
 * Reads a pin (the raw value of the `pin` parameter) on the assessment date of the page it is shown on.
 * Only answers may be in it: a date, a step or anything else makes it unusable.
 */
export function readPin(raw: string | null, rules: Rules, assessmentDate: IsoDate): PinReading {
  if (raw === null || raw.trim() === '') return { kind: 'none' };
  const { answers: answersOnly, unknownKeys } = readPinValue(raw);
  const evaluation = evaluate(answersOnly, { today: assessmentDate, rules });
  const { problems, recommendation } = evaluation;
  if (unknownKeys.length > 0 || problems.length > 0 || recommendation === null) {
    return {
      kind: 'unusable',
      problems,
      unknownKeys,
      incomplete: problems.length === 0 && unknownKeys.length === 0 && recommendation === null,
    };
  }
  return { kind: 'pinned', evaluation: { ...evaluation, recommendation } };
}

/** Links without the pin: "Fjern det festede resultatet", and a pin that could not be used. */
export function withoutPin(base: LinkBase): LinkBase {
  return { ...base, carried: base.carried.filter(([key]) => key !== PARAM.pin) };
}

/** Links that carry these answers as the pinned result ("Fest dette resultatet"). */
export function withPin(base: LinkBase, answers: Answers): LinkBase {
  return {
    ...base,
    carried: [...withoutPin(base).carried, [PARAM.pin, pinValue(answers)] as const],
  };
}

/**
 * The base for every link of a page: the pin is kept only when it can be used. `pin` is the page's
 * reading of the pin its links carry (read once for each render, by the journey).
 */
export function keepUsablePin(base: LinkBase, pin: PinReading): LinkBase {
  return pin.kind === 'pinned' ? base : withoutPin(base);
}

/** True when two sets of answers are the same (so the pinned result is the one shown). */
export function sameAnswers(a: Answers, b: Answers): boolean {
  return answersToParams(a).toString() === answersToParams(b).toString();
}
