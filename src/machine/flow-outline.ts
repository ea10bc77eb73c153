/**
 * The question flow as data, read from the machine itself (like docs/flow.mmd): each question in the
 * order the machine lists them, with its routes in the order they are tried. The "Slik virker
 * veiviseren" page puts it into words, so what it shows cannot drift from what the machine does.
 */
import { OUTCOME_IDS, type OutcomeId, QUESTION_IDS, type QuestionId } from '../content/vocabulary';
import { type GuardName, isGuardName, questionFlow } from './question-flow';

export type FlowTarget = { kind: 'question'; question: QuestionId } | { kind: 'outcome'; outcome: OutcomeId };

/** One way out of a question: the guards that must all hold (none: always, or "otherwise"), and where it leads. */
export type FlowRoute = { guards: GuardName[]; target: FlowTarget };

export type FlowOutline = {
  first: QuestionId;
  questions: { question: QuestionId; routes: FlowRoute[] }[];
  outcomes: OutcomeId[];
};

type GuardLike = unknown;

/**
 * The names of the guards a transition checks: `and([...])` is read as all of its parts. A guard that is
 * not one of the named rules (an inline function, say) has no words to show, so it is refused here
 * rather than shown as something generic.
 */
function guardNames(guard: GuardLike): GuardName[] {
  if (guard === undefined || guard === null) return [];
  const name =
    typeof guard === 'string'
      ? guard
      : typeof guard === 'object' && 'type' in guard && typeof guard.type === 'string'
        ? guard.type
        : undefined;
  if (name !== undefined && isGuardName(name)) return [name];
  const parts = (guard as { guards?: unknown }).guards;
  if (name === undefined && Array.isArray(parts)) return parts.flatMap(guardNames);
  throw new Error(`The question flow checks a guard that is not a named rule: ${name ?? 'an inline guard'}`);
}

const isQuestion = (key: string): key is QuestionId => (QUESTION_IDS as readonly string[]).includes(key);
const isOutcome = (key: string): key is OutcomeId => (OUTCOME_IDS as readonly string[]).includes(key);

function target(key: string): FlowTarget {
  if (isQuestion(key)) return { kind: 'question', question: key };
  if (isOutcome(key)) return { kind: 'outcome', outcome: key };
  throw new Error(`Unknown state "${key}" in the question flow`);
}

export function flowOutline(): FlowOutline {
  const root = questionFlow.root;
  const first = root.initial.target[0]?.key ?? '';
  if (!isQuestion(first)) throw new Error(`The question flow starts at "${first}", which is not a question`);
  const questions: FlowOutline['questions'] = [];
  const outcomes: OutcomeId[] = [];
  for (const [key, node] of Object.entries(root.states)) {
    if (node.type === 'final') {
      if (isOutcome(key)) outcomes.push(key);
      continue;
    }
    if (!isQuestion(key)) throw new Error(`Unknown state "${key}" in the question flow`);
    const routes: FlowRoute[] = [];
    for (const [, transitions] of node.transitions) {
      for (const t of transitions) {
        const to = t.target?.[0]?.key;
        if (to) routes.push({ guards: guardNames(t.guard), target: target(to) });
      }
    }
    questions.push({ question: key, routes });
  }
  return { first, questions, outcomes };
}
