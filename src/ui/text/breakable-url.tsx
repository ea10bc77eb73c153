import { Fragment } from 'react';

/**
 * An address printed in full that wraps only where a reader expects it: after "?" and each "&" (and,
 * with `atSlashes`, after each "/"), never inside a number, a name or a value. Each piece is one
 * unbreakable run; a <wbr> between pieces is the only place a line may end.
 */
export function BreakableUrl({ url, atSlashes = false }: { url: string; atSlashes?: boolean }) {
  const pieces = urlPieces(url, atSlashes);
  return (
    <span className={atSlashes ? 'breakable-url' : 'breakable-url breakable-url--strict'}>
      {pieces.map((piece, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the pieces are positions in one fixed string
        <Fragment key={i}>
          {i > 0 && <wbr />}
          <span>{piece}</span>
        </Fragment>
      ))}
    </span>
  );
}

/** "https://x.no/?a=1&b=2" → ["https://x.no/?", "a=1&", "b=2"]; with slashes also after each "/" of the path. */
export function urlPieces(url: string, atSlashes = false): string[] {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url)?.[0] ?? '';
  const rest = url.slice(scheme.length);
  const pieces = rest.match(atSlashes ? /[^/?&]*(?:[/?&]|$)/g : /[^?&]*(?:[?&]|$)/g) ?? [rest];
  const nonEmpty = pieces.filter((piece) => piece !== '');
  if (nonEmpty.length === 0) return [url];
  nonEmpty[0] = `${scheme}${nonEmpty[0]}`;
  return nonEmpty;
}
