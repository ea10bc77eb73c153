/**
 * Which page a URL shows (docs/ui-brief.md, "Pages"). Pure: the evaluated answers and the `step`
 * parameter in, a page out.
 */
import { QUESTION_IDS, type QuestionId } from '../content/vocabulary';
import type { Evaluation } from '../machine/engine';

export type PageRef =
  | { kind: 'start' }
  | { kind: 'question'; question: QuestionId }
  | { kind: 'answers' }
  | { kind: 'result' }
  | { kind: 'how' };

const isQuestionId = (step: string): step is QuestionId => (QUESTION_IDS as readonly string[]).includes(step);

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
