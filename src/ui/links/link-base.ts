/**
 * What every link keeps from the current URL (language, date, rules version, a pinned result), and the
 * link to the start page. Kept apart from the answer-writing links so the start page needs no part of
 * the engine.
 */

/** Where links point: the page's path and the app parameters every link keeps. */
export type LinkBase = { pathname: string; carried: ReadonlyArray<readonly [string, string]> };

/**
 * Parameters that travel with every link once the user has them. `date` only when it was valid; `pin`
 * (a pinned result to compare with, src/ui/result/compare/pin.ts) is dropped by the journey when it cannot be used.
 */
const CARRIED = ['lang', 'date', 'v', 'pin'] as const;

/**
 * The base for links from the current URL; a date the engine could not use is dropped. `lang` is the
 * language the page is shown in, so a first visit without one (the browser's preference chose it) and a
 * `lang` we do not have both lead to links in the language the user sees.
 */
export function linkBase(
  pathname: string,
  params: URLSearchParams,
  dateIsValid: boolean,
  lang?: string,
): LinkBase {
  const carried: [string, string][] = [];
  for (const key of CARRIED) {
    const value = key === 'lang' && lang !== undefined ? lang : params.get(key);
    if (value === null || value === '') continue;
    if (key === 'date' && !dateIsValid) continue;
    carried.push([key, value]);
  }
  return { pathname, carried };
}

/** True when the URL holds nothing but the parameters every link keeps: the start page, no answers. */
export function isBareLocation(params: URLSearchParams): boolean {
  return [...params.keys()].every((key) => (CARRIED as readonly string[]).includes(key));
}

/** The start page: nothing but the language, so "Start på nytt" clears every answer. */
export function startHref(base: LinkBase): string {
  const params = new URLSearchParams();
  const lang = base.carried.find(([key]) => key === 'lang');
  if (lang) params.set('lang', lang[1]);
  return withQuery(base.pathname, params);
}

export function withQuery(pathname: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/**
 * The first question, named here so the start page needs no part of the engine. Should the flow ever
 * begin elsewhere, the link still works: a step that is not on the path shows the current question
 * (src/app/resolve-page.ts), and a test keeps this in line with the machine.
 */
export const FIRST_STEP = 'authority';

/** "Start veiviseren": the first question, with no answers. */
export function firstStepHref(base: LinkBase): string {
  const params = new URLSearchParams({ step: FIRST_STEP });
  for (const [key, value] of base.carried) params.set(key, value);
  return withQuery(base.pathname, params);
}

/** The same page in another language: the URL unchanged but for `lang`, so answers and step are kept. */
export function languageHref(pathname: string, search: string, lang: string): string {
  const params = new URLSearchParams(search);
  params.set('lang', lang);
  return withQuery(pathname, params);
}

/**
 * "Slik virker veiviseren" from any page, given that page's address: the answers and the parameters
 * every link keeps stay (so the way back leads to where the user was), the step becomes `how`.
 */
export function howItWorksHref(currentHref: string): string {
  const at = currentHref.indexOf('?');
  const pathname = at === -1 ? currentHref : currentHref.slice(0, at);
  const params = new URLSearchParams(at === -1 ? '' : currentHref.slice(at + 1));
  params.delete('change');
  params.delete('o');
  params.set('step', 'how');
  return withQuery(pathname, params);
}

/**
 * Links onward carry the rules version in force, not an older one the link was opened with: the note
 * that the rules have changed belongs to the page the old link opened, not to every page after it.
 */
export function withRulesVersion(base: LinkBase, rulesVersion: string): LinkBase {
  if (!base.carried.some(([key]) => key === 'v')) return base;
  return {
    ...base,
    carried: base.carried.map(([key, value]) => [key, key === 'v' ? rulesVersion : value] as const),
  };
}
