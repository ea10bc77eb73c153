/**
 * The result's lower part is drawn when it is needed (LaterSections in result-page.tsx). This event
 * asks for all of it at once, synchronously: the contents list sends it before following a link to a
 * section that is not drawn yet. Printing asks the same (the browser's beforeprint).
 */
const SHOW_WHOLE_RESULT = 'samarbeidsveiviseren:show-whole-result';

export function showWholeResult(): void {
  window.dispatchEvent(new Event(SHOW_WHOLE_RESULT));
}

/**
 * Calls `then` each time the whole result is wanted at once: before printing, and when the contents
 * list asks (showWholeResult). Returns what stops listening.
 */
export function whenWholeResultWanted(then: () => void): () => void {
  window.addEventListener('beforeprint', then);
  window.addEventListener(SHOW_WHOLE_RESULT, then);
  return () => {
    window.removeEventListener('beforeprint', then);
    window.removeEventListener(SHOW_WHOLE_RESULT, then);
  };
}
