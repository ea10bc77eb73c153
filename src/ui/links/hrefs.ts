/**
 * Links between pages. The URL is the only state: every link is a full query string of the answers
 * (pruned, in questionnaire order) plus the app parameters. See docs/ui-brief.md, "Routing".
 */
import type { QuestionId } from '../../content/vocabulary';
import type { Answers } from '../../domain/answers';
import { answersToParams, CHANGE_FLAG, PARAM, withQuery } from '../../domain/url-format';
import type { LinkBase } from './link-base';

/** A question, "Dine svar", the result, or "Slik virker veiviseren". */
export type Step = QuestionId | 'answers' | 'result' | 'how';

/** A link to a step with these answers. `change` marks a change made from "Dine svar". */
export function stepHref(
  base: LinkBase,
  answers: Answers,
  step?: Step,
  options: { change?: boolean } = {},
): string {
  const params = answersToParams(answers);
  if (step) params.set(PARAM.step, step);
  if (options.change) params.set(PARAM.change, CHANGE_FLAG);
  for (const [key, value] of base.carried) params.set(key, value);
  return withQuery(base.pathname, params);
}
