/**
 * Navigation without a router library: the app supplies `navigate` (history.pushState and a re-render);
 * components here only know that a link or a form leads to a URL.
 */
import { type AnchorHTMLAttributes, createContext, type MouseEvent, useContext } from 'react';

export type NavigateOptions = {
  /**
   * Rewrite the current history entry first, so that browser back returns to this page as the user
   * left it (an answered question shows its answer), not as it was when they arrived.
   */
  replaceCurrentWith?: string;
};
export type Navigate = (href: string, options?: NavigateOptions) => void;

const NavigationContext = createContext<Navigate>((href) => {
  window.location.assign(href);
});

export const NavigationProvider = NavigationContext.Provider;

export function useNavigate(): Navigate {
  return useContext(NavigationContext);
}

/** A click the browser should handle itself: new tab, new window, download, or not the main button. */
function isModifiedClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
}

/**
 * A real link with the full URL (it opens in a new tab like any link), which on a plain click moves
 * within the app as a new history entry instead of reloading the page.
 */
export function AppLink({
  href,
  onClick,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const navigate = useNavigate();
  return (
    <a
      href={href}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || isModifiedClick(event) || rest.target) return;
        event.preventDefault();
        navigate(href);
      }}
      {...rest}
    />
  );
}
