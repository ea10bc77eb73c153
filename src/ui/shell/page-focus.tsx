/**
 * On every step the document title names the page and focus moves to its h1, so keyboard and screen
 * reader users start reading at the new heading (WCAG 2.4.3). Not on the very first page load of the
 * start page, where the browser's own starting point is the right one.
 */
import { createContext, type RefObject, useContext, useEffect } from 'react';
import { useMessages } from '../text/messages/messages-context';

const FocusOnArrivalContext = createContext(false);

/** The app says whether this page was reached by navigating (or opened on a step) and so takes focus. */
export const FocusOnArrivalProvider = FocusOnArrivalContext.Provider;

/**
 * The id a URL fragment names ("#funding-heading" → "funding-heading"), or null for none. A fragment
 * that is not valid percent-encoding (a link cut short or tampered with) is taken as it is.
 */
export function namedPlace(hash: string): string | null {
  if (hash.length <= 1) return null;
  const raw = hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Moves focus to `element` (with the page scrolled to the top) without scrolling it into view first. */
export function focusAtTop(element: HTMLElement | null) {
  if (!element) return;
  element.focus({ preventScroll: true });
  document.documentElement.scrollTop = 0;
}

/** Sets the document title and, when the page is arrived at, moves focus to the heading. */
export function usePageTitleAndFocus(
  title: string,
  heading: RefObject<HTMLElement | null>,
  hasError = false,
) {
  const messages = useMessages();
  const focusOnArrival = useContext(FocusOnArrivalContext);
  const pageTitle = title === messages.service.name ? title : messages.service.pageTitle(title);
  const fullTitle = `${hasError ? messages.service.errorTitlePrefix : ''}${pageTitle}`;
  useEffect(() => {
    document.title = fullTitle;
  }, [fullTitle]);
  // Once per page: the page component is keyed by the URL, so each navigation mounts a new one.
  // After the page's first paint: focus needs the page styled and laid out, and asked for in the same
  // task as React's drawing it made that task the longest of a page opened from a link (some 100 ms of
  // style and layout on top of the drawing, four times that on a slow phone; docs/adr/0004). The
  // browser now does that work in its own frame, and focus follows it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus only on arrival, not on re-render
  useEffect(() => {
    if (!focusOnArrival) return;
    // Unless the reader has moved focus in the meantime (a quick tap on a button): theirs stays.
    const before = document.activeElement;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        const now = document.activeElement;
        if (now !== before && now !== document.body && now !== null) return;
        focusAtTop(heading.current);
        // An address naming a place on the page (a reload after following the result's contents list)
        // shows that place, as the browser would.
        const place = namedPlace(window.location.hash);
        if (place) document.getElementById(place)?.scrollIntoView();
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
}
