/**
 * Links between pages. The URL is the only state: every link is a full query string of the answers
 * (pruned, in questionnaire order) plus the app parameters. See docs/ui-brief.md, "Routing".
 */
import type { QuestionId } from '../../content/vocabulary';
import { type Answers, answersToParams } from '../../domain/answers';
import { type LinkBase, withQuery } from './link-base';

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
  if (step) params.set('step', step);
  if (options.change) params.set('change', '1');
  for (const [key, value] of base.carried) params.set(key, value);
  return withQuery(base.pathname, params);
}
