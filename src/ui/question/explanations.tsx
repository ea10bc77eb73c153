import type { Question } from '../../content/schema';
import { useText } from '../text/messages/messages-context';

/** "Hva betyr …?" disclosures for the terms officers stumble on; closed until asked for. */
export function Explanations({ explanations }: { explanations: Question['explanations'] }) {
  const text = useText();
  if (explanations.length === 0) return null;
  return (
    <div className="explanations">
      {explanations.map((explanation) => (
        <details className="ds-details" key={explanation.id}>
          <summary>{text(explanation.title)}</summary>
          <div>
            {explanation.paragraphs.map((paragraph) => (
              <p className="ds-paragraph" key={text(paragraph)}>
                {text(paragraph)}
              </p>
            ))}
          </div>
        </details>
      ))}
    </div>
  );
}
