import type { QuestionRules } from '../../../content/rule-parts';
import { problemText } from '../../errors/link-problems';
import { questionById } from '../../text/answer-text';
import { useMessages, useText } from '../../text/messages/messages-context';
import type { PinReading } from './pin';

/**
 * A pinned result in the link that cannot be used (a changed or unknown value, or answers that lead to
 * no recommendation): says so in plain words, like LinkProblems does for the answers. The journey
 * drops the pin from every link, so the message is not shown again once the user moves on.
 */
export function PinProblems({ reading, rules }: { reading: PinReading; rules: QuestionRules }) {
  const m = useMessages();
  const text = useText();
  if (reading.kind !== 'unusable') return null;
  const lines = [
    ...reading.problems.map((problem) =>
      problemText(problem, text(questionById(rules, problem.question).summaryLabel), m),
    ),
    ...reading.unknownKeys.map((key) => m.linkProblems.unknownKey(key)),
    ...(reading.incomplete ? [m.compare.unusableIncomplete] : []),
  ];
  return (
    <section
      className="ds-alert page-alert no-print"
      data-color="warning"
      aria-labelledby="pin-problems-heading"
    >
      <h2 className="ds-heading" data-size="xs" id="pin-problems-heading">
        {m.compare.unusableHeading}
      </h2>
      <ul className="ds-list">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="ds-paragraph">{m.compare.unusableIgnored}</p>
    </section>
  );
}
