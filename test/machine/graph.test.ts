/** The machine as a graph: every path ends in an outcome, and no state is unreachable. */
import { describe, expect, it } from 'vitest';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { getRules } from '../../src/content/rules';
import { CHOICE_VALUES, OUTCOME_IDS, QUESTION_IDS, type QuestionId } from '../../src/content/vocabulary';
import { isChoiceQuestion } from '../../src/domain/answers';
import { thresholdsInForce } from '../../src/domain/thresholds';
import { type FlowEvent, questionFlow } from '../../src/machine/question-flow';
import { amountBands } from '../../src/machine/walk';

const t = thresholdsInForce(getRules().thresholds.thresholds, '2026-11-27');
if (!t) throw new Error('no thresholds');
const amounts = amountBands(t).map((b) => b.representative);

/** Every answer the current question accepts, amounts as one per band. */
const events = (snapshot: { value: unknown }): FlowEvent[] => {
  const state = String(snapshot.value);
  if (!(QUESTION_IDS as readonly string[]).includes(state)) return [];
  const question = state as QuestionId;
  const values: readonly (string | number)[] = isChoiceQuestion(question) ? CHOICE_VALUES[question] : amounts;
  return values.map((value) => ({ type: 'answer', question, value }));
};

const options = {
  events,
  input: { thresholds: t },
  // The route depends on the state and the answers; the thresholds are the same throughout.
  serializeState: (s: { value: unknown; context: { answers: unknown } }) =>
    JSON.stringify([s.value, s.context.answers]),
} as const;

describe('the question flow as a graph', () => {
  const simplePaths = getSimplePaths(questionFlow, options as never);

  it('has only paths that end in an outcome (final state)', () => {
    const leaves = simplePaths.filter((p) => {
      const state = String(p.state.value);
      return events(p.state).length === 0 || !(QUESTION_IDS as readonly string[]).includes(state);
    });
    expect(leaves.length).toBeGreaterThan(0);
    for (const p of leaves) {
      expect(p.state.status, `path ending in ${String(p.state.value)}`).toBe('done');
      expect(OUTCOME_IDS).toContain(String(p.state.value));
    }
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
