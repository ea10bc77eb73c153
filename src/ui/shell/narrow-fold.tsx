import { type ReactNode, useState } from 'react';

/** Narrow enough that the result's texts are folded so its duties come near the top (styles.css). */
const NARROW = '(max-width: 30em)';

/** Whether the window is narrow, read once when the page is drawn (never in the prerender or jsdom). */
export function useNarrow(): boolean {
  const [narrow] = useState(
    () => typeof window !== 'undefined' && window.matchMedia?.(NARROW).matches === true,
  );
  return narrow;
}

/**
 * `children` as they are, or on a narrow screen in a fold under `summary`, closed: the text stays in
 * the page, so find in page opens it, and it prints open (styles.css, `.fold`).
 */
export function NarrowFold({ summary, children }: { summary: string; children: ReactNode }) {
  const narrow = useNarrow();
  if (!narrow) return children;
  return (
    <details className="ds-details fold">
      <summary>{summary}</summary>
      <div>{children}</div>
    </details>
  );
}
