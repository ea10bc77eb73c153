/**
 * Which page a URL shows (docs/ui-brief.md, "Pages"). Pure: the evaluated answers and the `step`
 * parameter in, a page out.
 */
import type { QuestionId } from '../content/vocabulary';
import { isQuestionId } from '../domain/url-format';
import type { Evaluation } from '../machine/engine';

export type PageRef =
  | { kind: 'start' }
  | { kind: 'question'; question: QuestionId }
  | { kind: 'answers' }
  | { kind: 'result' }
  | { kind: 'how' };

export function resolvePage(step: string | null, evaluation: Evaluation): PageRef {
  const current: PageRef =
    evaluation.position.kind === 'outcome'
      ? { kind: 'result' }
      : { kind: 'question', question: evaluation.position.question };
  if (step === null || step === '') {
    // No answers at all (valid or not) and no step: the start page.
    const untouched = Object.keys(evaluation.answers).length === 0 && evaluation.problems.length === 0;
    return untouched ? { kind: 'start' } : current;
  }
  if (step === 'answers') return { kind: 'answers' };
  // "Slik virker veiviseren": reachable from every page, with or without answers.
  if (step === 'how') return { kind: 'how' };
  if (step === 'result') return current;
  // A question is shown only when it is on the path the answers lead along; otherwise where they lead.
  if (isQuestionId(step) && evaluation.path.includes(step)) return { kind: 'question', question: step };
  return current;
}

/** The `step` that shows this page; none for the start page. */
export function stepOf(page: PageRef): string | null {
  return page.kind === 'start' ? null : page.kind === 'question' ? page.question : page.kind;
}

/**
 * The step the link named when the page shown is another: a result or a question the answers do not
 * reach, or a step the guide does not know. Null when the link named none, or the page it named.
 */
export function stepNotShown(step: string | null, page: PageRef): string | null {
  if (step === null || step === '') return null;
  return step === stepOf(page) ? null : step;
}
