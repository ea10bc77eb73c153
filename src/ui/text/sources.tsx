import type { Confidence, Rules, Source } from '../../content/schema';
import { isUncertain } from '../../domain/confidence';
import { useLocale, useMessages } from './messages/messages-context';

export function sourcesById(rules: Rules, ids: readonly string[]): Source[] {
  return ids.flatMap((id) => rules.sources.sources.filter((source) => source.id === id));
}

/**
 * A source as title (a link when it has an address) and publisher. Titles are the sources' own, in
 * bokmål, so on a page in another language they are marked as bokmål for screen readers (WCAG 3.1.2).
 */
export function SourceReference({ source }: { source: Source }) {
  const locale = useLocale();
  const lang = locale === 'nb' ? undefined : 'nb';
  return (
    <>
      {source.url ? (
        <a className="ds-link" href={source.url} lang={lang}>
          {source.title}
        </a>
      ) : (
        <span lang={lang}>{source.title}</span>
      )}{' '}
      ({source.publisher})
    </>
  );
}

/**
 * "Kilde: …" or "Kilder: …" under a fact. `screenOnly` leaves it out of the printout, for a line whose
 * sources the printed record lists anyway, with their addresses, under "Kilder".
 */
export function SourceLine({
  sources,
  screenOnly = false,
}: {
  sources: readonly Source[];
  screenOnly?: boolean;
}) {
  const m = useMessages();
  if (sources.length === 0) return null;
  return (
    <p className={`ds-paragraph source-line${screenOnly ? ' no-print' : ''}`} data-size="sm">
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
