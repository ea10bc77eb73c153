import type { Rules } from '../../content/schema';
import type { AnswerProblem } from '../../domain/answers';
import type { Evaluation } from '../../machine/engine';
import { questionById } from '../text/answer-text';
import { formatDate } from '../text/format';
import { useMessages, useText } from '../text/messages/messages-context';
import type { Messages } from '../text/messages/nb';

/** True when the link held something the guide could not use. */
export function hasLinkProblems(evaluation: Evaluation): boolean {
  return (
    evaluation.problems.length > 0 || evaluation.unknownKeys.length > 0 || evaluation.dateProblem !== null
  );
}

export function problemText(problem: AnswerProblem, label: string, m: Messages): string {
  switch (problem.kind) {
    case 'invalidAmount':
      return m.linkProblems.invalidAmount(label, problem.value, m.question.amountProblems[problem.problem]);
    case 'repeated':
      return m.linkProblems.repeated(label, problem.value);
    default:
      return m.linkProblems.invalidAnswer(label, problem.value);
  }
}

/**
 * A tampered or outdated link: says in plain words what could not be used, and that the guide goes on
 * from the last valid answer. The next link the user follows no longer carries the bad parameters.
 */
export function LinkProblems({ evaluation, rules }: { evaluation: Evaluation; rules: Rules }) {
  const m = useMessages();
  const text = useText();
  if (!hasLinkProblems(evaluation)) return null;
  const lines = [
    ...evaluation.problems.map((problem) =>
      problemText(problem, text(questionById(rules, problem.question).summaryLabel), m),
    ),
    ...evaluation.unknownKeys.map((key) => m.linkProblems.unknownKey(key)),
  ];
  const date = evaluation.dateProblem;
  if (date) {
    lines.push(
      date.kind === 'invalidDate'
        ? m.linkProblems.invalidDate(date.value)
        : m.linkProblems.dateNotCovered(date.value, formatDate(date.firstCovered, m.locale)),
    );
  }
  return (
    <section className="ds-alert page-alert" data-color="warning" aria-labelledby="link-problems-heading">
      <h2 className="ds-heading" data-size="xs" id="link-problems-heading">
        {m.linkProblems.heading}
      </h2>
      <ul className="ds-list">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="ds-paragraph">{m.linkProblems.continues}</p>
    </section>
  );
}
