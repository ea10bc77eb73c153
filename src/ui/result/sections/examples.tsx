import type { Rules } from '../../../content/schema';
import type { Recommendation } from '../../../domain/recommendation';
import { useMessages } from '../../text/messages/messages-context';
import { ExampleCard } from '../example-card';

/** "Eksempler": the collaborations from the guide that used the recommended form. */
export function ExamplesSection({ recommendation, rules }: { recommendation: Recommendation; rules: Rules }) {
  const m = useMessages();
  return (
    <section aria-labelledby="examples-heading">
      <h2 className="ds-heading" data-size="md" id="examples-heading">
        {m.result.examplesHeading}
      </h2>
      <p className="ds-paragraph no-print">{m.result.examplesIntro}</p>
      <div className="card-list">
        {recommendation.examples.map((example) => (
          <ExampleCard example={example} rules={rules} key={example.id} />
        ))}
      </div>
    </section>
  );
}
