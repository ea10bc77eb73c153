/**
 * The machine as a graph, explored by XState's own traversal (xstate/graph), independently of the
 * project's walker: every path ends in an outcome, no state is unreachable, and the paths are exactly
 * the ones the walker (src/machine/walk.ts) enumerates for the decision table.
 *
 * A state of the graph is the machine's state with the answers given so far, so each path from the
 * start is one state of the map. The whole reachable graph is built once (getAdjacencyMap, linear in
 * its size). It has no cycle, so every path is finite and ends in a state with nothing left to answer;
 * each such end is checked. (getSimplePaths gives the same paths, but by a search from the start for
 * every state in turn, quadratic in the graph's size: it took 90 s here.)
 */
import { describe, expect, it } from 'vitest';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { getRules } from '../../src/content/rules';
import { CHOICE_VALUES, OUTCOME_IDS, QUESTION_IDS, type QuestionId } from '../../src/content/vocabulary';
import { type Answers, isChoiceQuestion } from '../../src/domain/answers';
import { thresholdsInForce } from '../../src/domain/thresholds';
import { type FlowEvent, questionFlow } from '../../src/machine/question-flow';
import { amountBands, enumeratePaths } from '../../src/machine/walk';

const t = thresholdsInForce(getRules().thresholds.thresholds, '2026-11-27');
if (!t) throw new Error('no thresholds');
const amounts = amountBands(t).map((b) => b.representative);

type Snapshot = { value: unknown; status: string; context: { answers: Answers } };

/** Every answer the current question accepts, amounts as one per band. */
const events = (snapshot: { value: unknown }): FlowEvent[] => {
  const state = String(snapshot.value);
  if (!(QUESTION_IDS as readonly string[]).includes(state)) return [];
  const question = state as QuestionId;
  const values: readonly (string | number)[] = isChoiceQuestion(question) ? CHOICE_VALUES[question] : amounts;
  return values.map((value) => ({ type: 'answer', question, value }));
};

const serializeState = (s: { value: unknown; context: { answers: unknown } }) =>
  JSON.stringify([s.value, s.context.answers]);

const options = {
  events,
  input: { thresholds: t },
  // The route depends on the state and the answers; the thresholds are the same throughout.
  serializeState,
} as const;

describe('the question flow as a graph', () => {
  const graph = getAdjacencyMap(questionFlow, options as never) as unknown as Record<
    string,
    { state: Snapshot; transitions: Record<string, { state: Snapshot }> }
  >;
  const next = (key: string) =>
    Object.values(graph[key]?.transitions ?? {}).map((edge) => serializeState(edge.state));
  const start = Object.keys(graph)[0] as string;
  const ends = Object.keys(graph).filter((key) => next(key).length === 0);

  it('has no cycle, so every path from the start is finite', () => {
    // Depth-first, colouring states: reaching a state still on the stack is a cycle.
    const onStack = new Set<string>();
    const done = new Set<string>();
    const cycles: string[] = [];
    const visit = (key: string) => {
      onStack.add(key);
      for (const to of next(key)) {
        if (onStack.has(to)) cycles.push(`${key} → ${to}`);
        else if (!done.has(to)) visit(to);
      }
      onStack.delete(key);
      done.add(key);
    };
    visit(start);
    expect(cycles).toEqual([]);
    expect(done.size).toBe(Object.keys(graph).length);
  });

  it('ends every path in an outcome (final state)', () => {
    expect(ends.length).toBeGreaterThan(0);
    for (const key of ends) {
      const state = graph[key]?.state as Snapshot;
      expect(state.status, `path ending in ${key}`).toBe('done');
      expect(OUTCOME_IDS).toContain(String(state.value));
    }
    // Nothing else is final: a state with an answer to take is a question still open.
    for (const [key, { state }] of Object.entries(graph))
      if (!ends.includes(key)) expect(QUESTION_IDS, key).toContain(String(state.value));
  });

  it('has exactly the paths the walker enumerates, each to the same outcome', () => {
    // One path per end: the answers (part of the state) record the route taken to it.
    const fromGraph = ends
      .map((key) => {
        const state = graph[key]?.state as Snapshot;
        return JSON.stringify([state.context.answers, String(state.value)]);
      })
      .sort();
    const fromWalker = enumeratePaths(t)
      .map((path) => JSON.stringify([path.answers, path.outcome]))
      .sort();
    expect(fromGraph.length).toBe(fromWalker.length);
    expect(fromGraph).toEqual(fromWalker);
  });

  it('reaches every question and every outcome (no state is unreachable)', () => {
    const reached = new Set(
      getShortestPaths(questionFlow, options as never).map((p) => String(p.state.value)),
    );
    const all = Object.keys(questionFlow.root.states);
    expect(all.filter((s) => !reached.has(s))).toEqual([]);
    expect(new Set(all)).toEqual(new Set([...QUESTION_IDS, ...OUTCOME_IDS]));
  });

  it('has a final state for every outcome in rules/ and an outcome in rules/ for every final state', () => {
    const finals = Object.entries(questionFlow.root.states)
      .filter(([, node]) => node.type === 'final')
      .map(([key]) => key)
      .sort();
    expect(finals).toEqual(
      getRules()
        .outcomes.outcomes.map((o) => o.id)
        .sort(),
    );
  });
});
