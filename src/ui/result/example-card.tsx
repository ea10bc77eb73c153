import type { Example, Rules } from '../../content/schema';
import { formatList, splitFirstSentence } from '../text/format';
import { useMessages, useText } from '../text/messages/messages-context';
import { SourceLine, sourcesById, UncertainTag } from '../text/sources';
import { organisationName } from './organisation-name';

/**
 * An example from chapter 3 of the guide: who, what they did, the guide's words that are wrong today
 * beside the correction, what became of it where we know, the lesson, and where in the guide. In print
 * only the title, the organisations, the guide's words with the correction, and what became of it are
 * kept: the record names the example, and the link reopens the rest.
 */
export function ExampleCard({ example, rules }: { example: Example; rules: Rules }) {
  const m = useMessages();
  const text = useText();
  const form = rules.forms.forms.find((f) => f.id === example.formId);
  const [firstSentence, rest] = splitFirstSentence(text(example.summary));
  return (
    <article className="ds-card example-card" data-variant="tinted">
      <h3 className="ds-heading" data-size="xs">
        {text(example.title)}
      </h3>
      {form && (
        <p className="ds-paragraph no-print">
          <span className="ds-tag" data-color="brand1">
            {text(form.name)}
          </span>
        </p>
      )}
      <p className="ds-paragraph" data-size="sm">
        <strong>{m.result.organisations}:</strong>{' '}
        {formatList(
          example.organisations.map((organisation) => organisationName(organisation, m)),
          m.locale,
        )}
      </p>
      <p className="ds-paragraph no-print">
        {firstSentence}
        {rest && <span> {rest}</span>}
      </p>
      {example.guideWords && (
        <div className="guide-words">
          <p className="ds-paragraph">
            <strong>{m.result.guideWords}:</strong>{' '}
            <q lang={m.locale === 'nb' ? undefined : 'nb'}>{example.guideWords.quote}</q>
          </p>
          <p className="ds-paragraph">
            <strong>{m.result.guideCorrection}:</strong> {text(example.guideWords.correction)}{' '}
            <UncertainTag confidence={example.guideWords.confidence} />
          </p>
          <div className="no-print">
            <SourceLine sources={sourcesById(rules, example.guideWords.sourceIds)} />
          </div>
        </div>
      )}
      {example.laterStatus && (
        <p className="ds-paragraph">
          <strong>{m.result.laterStatus}:</strong> {text(example.laterStatus.text)}{' '}
          <UncertainTag confidence={example.laterStatus.confidence} />
        </p>
      )}
      <p className="ds-paragraph no-print">
        <strong>{m.result.lesson}:</strong> {text(example.lesson)}
      </p>
      <p className="ds-paragraph source-line no-print" data-size="sm">
        {m.result.exampleSource(example.guideHeading)}
      </p>
    </article>
  );
}
