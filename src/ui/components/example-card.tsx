import type { Example, Rules } from '../../content/schema';
import { formatList } from '../format';
import { useMessages, useText } from '../messages/messages-context';

/** An example from chapter 3 of the guide: who, what they did, the lesson, and where in the guide. */
export function ExampleCard({ example, rules }: { example: Example; rules: Rules }) {
  const m = useMessages();
  const text = useText();
  const form = rules.forms.forms.find((f) => f.id === example.formId);
  return (
    <article className="ds-card example-card" data-variant="tinted">
      <h3 className="ds-heading" data-size="xs">
        {text(example.title)}
      </h3>
      {form && (
        <p className="ds-paragraph">
          <span className="ds-tag" data-color="brand1">
            {text(form.name)}
          </span>
        </p>
      )}
      <p className="ds-paragraph" data-size="sm">
        <strong>{m.result.organisations}:</strong>{' '}
        {formatList(
          example.organisations.map((organisation) =>
            organisation.nameToday
              ? `${organisation.name} (${m.result.nameToday(organisation.nameToday)})`
              : organisation.name,
          ),
        )}
      </p>
      <p className="ds-paragraph">{text(example.summary)}</p>
      <p className="ds-paragraph">
        <strong>{m.result.lesson}:</strong> {text(example.lesson)}
      </p>
      <p className="ds-paragraph source-line" data-size="sm">
        {m.result.exampleSource(example.guideHeading)}
      </p>
    </article>
  );
}
