import type { Confidence, Rules, Source } from '../../content/schema';
import { useMessages } from '../messages/messages-context';

/** Facts the fact sheet marks [OPEN] or [R] are shown as uncertain, never as fact (ADR 0003). */
export const isUncertain = (confidence: Confidence) => confidence === 'open' || confidence === 'recollection';

export function sourcesById(rules: Rules, ids: readonly string[]): Source[] {
  return ids.flatMap((id) => rules.sources.sources.filter((source) => source.id === id));
}

/** A source as title (a link when it has an address) and publisher. */
export function SourceReference({ source }: { source: Source }) {
  return (
    <>
      {source.url ? (
        <a className="ds-link" href={source.url}>
          {source.title}
        </a>
      ) : (
        source.title
      )}{' '}
      ({source.publisher})
    </>
  );
}

/** "Kilde: …" or "Kilder: …" under a fact. */
export function SourceLine({ sources }: { sources: readonly Source[] }) {
  const m = useMessages();
  if (sources.length === 0) return null;
  return (
    <p className="ds-paragraph source-line" data-size="sm">
      {sources.length === 1 ? m.result.sourceLabel : m.result.sourcesLabel}:{' '}
      {sources.map((source, i) => (
        <span key={source.id}>
          {i > 0 && '; '}
          <SourceReference source={source} />
        </span>
      ))}
    </p>
  );
}

/** The tag that marks an uncertain fact. */
export function UncertainTag({ confidence }: { confidence: Confidence }) {
  const m = useMessages();
  if (!isUncertain(confidence)) return null;
  return (
    <span className="ds-tag" data-color="warning">
      {m.result.uncertainTag}
    </span>
  );
}
