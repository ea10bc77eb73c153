/**
 * The result's lower part is drawn when it is needed (LaterSections in result-page.tsx). This event
 * asks for all of it at once, synchronously: the contents list sends it before following a link to a
 * section that is not drawn yet.
 */
export const SHOW_WHOLE_RESULT = 'samarbeidsveiviseren:show-whole-result';

export function showWholeResult(): void {
  window.dispatchEvent(new Event(SHOW_WHOLE_RESULT));
}
