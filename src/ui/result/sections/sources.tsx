import { howHref } from '../../links/journey';
import { AppLink } from '../../links/navigation';
import { BreakableUrl } from '../../text/breakable-url';
import { useMessages } from '../../text/messages/messages-context';
import { SourceReference } from '../../text/sources';
import type { ResultSectionProps } from './section-props';

/** "Kilder": every source the result rests on (with its address in print), and "Slik virker veiviseren". */
export function SourcesSection({ journey, recommendation }: ResultSectionProps) {
  const m = useMessages();
  return (
    <section aria-labelledby="sources-heading">
      <h2 className="ds-heading" data-size="md" id="sources-heading">
        {m.result.sourcesHeading}
      </h2>
      <ul className="ds-list source-list">
        {recommendation.sources.map((source) => (
          <li key={source.id}>
            <SourceReference source={source} />
            {source.url && (
              <span className="print-only source-url">
                {' '}
                <BreakableUrl url={source.url} atSlashes />
              </span>
            )}
          </li>
        ))}
      </ul>
      <p className="ds-paragraph no-print">
        <AppLink className="ds-link" href={howHref(journey)}>
          {m.how.resultLink}
        </AppLink>
      </p>
    </section>
  );
}
