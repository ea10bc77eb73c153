import { useCallback, useEffect, useState } from 'react';
import type { Navigate } from '../ui/links/navigation';

export type AppLocation = {
  pathname: string;
  search: string;
  /** Path and query: the key of the page shown, and the link that reproduces it. */
  href: string;
  /** False until the user first moves (a link, a form, or browser back/forward). */
  arrived: boolean;
};

/** Outside a browser (the build's prerender of the start page) the address is the bare start page. */
const readLocation = (arrived: boolean): AppLocation =>
  typeof window === 'undefined'
    ? { pathname: '/', search: '', href: '/', arrived }
    : {
        pathname: window.location.pathname,
        search: window.location.search,
        href: `${window.location.pathname}${window.location.search}`,
        arrived,
      };

/**
 * The URL as state. Navigation is history.pushState (a new history entry) and a re-render; browser back
 * and forward arrive through popstate.
 */
export function useLocation(): [AppLocation, Navigate] {
  const [location, setLocation] = useState(() => readLocation(false));
  useEffect(() => {
    // A link within the page (the result's contents list) changes only the fragment: the page stays.
    const onPopState = () =>
      setLocation((shown) => {
        const next = readLocation(true);
        return next.href === shown.href && shown.arrived ? shown : next;
      });
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  const navigate = useCallback<Navigate>((href, options) => {
    if (options?.replaceCurrentWith) window.history.replaceState(null, '', options.replaceCurrentWith);
    window.history.pushState(null, '', href);
    setLocation(readLocation(true));
  }, []);
  return [location, navigate];
}
