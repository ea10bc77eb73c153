import type { QuestionRules } from '../../content/rule-parts';
import type { AnswerProblem } from '../../domain/answers';
import { isQuestionId } from '../../domain/url-format';
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
 * Why the page a link named is not the one shown, when no answer in it explains it already: the
 * recommendation before every question is answered (a link cut short), a question the answers do not
 * lead to, or a page the guide does not know.
 */
function stepLine(
  step: string,
  evaluation: Evaluation,
  rules: QuestionRules,
  m: Messages,
  text: Text,
): string | null {
  if (evaluation.problems.length > 0) return null;
  const { position } = evaluation;
  if (step === 'result' && position.kind === 'question')
    return m.linkProblems.resultNotReached(text(questionById(rules, position.question).summaryLabel));
  if (isQuestionId(step))
    return m.linkProblems.questionNotReached(text(questionById(rules, step).summaryLabel));
  return m.linkProblems.unknownStep(step.slice(0, 40));
}

type Text = ReturnType<typeof useText>;

/**
 * A tampered or outdated link: says in plain words what could not be used, and that the guide goes on
 * from the last valid answer. The next link the user follows no longer carries the bad parameters.
 * `stepNotShown` is the page the link named when another is shown (src/app/resolve-page.ts).
 */
export function LinkProblems({
  evaluation,
  rules,
  stepNotShown = null,
}: {
  evaluation: Evaluation;
  rules: QuestionRules;
  stepNotShown?: string | null;
}) {
  const m = useMessages();
  const text = useText();
  const step = stepNotShown === null ? null : stepLine(stepNotShown, evaluation, rules, m, text);
  if (!hasLinkProblems(evaluation) && step === null) return null;
  const lines = [
    ...(step === null ? [] : [step]),
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
