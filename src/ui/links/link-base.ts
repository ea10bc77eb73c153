/**
 * What every link keeps from the current URL (language, date, rules version, a pinned result), and the
 * link to the start page. Kept apart from the answer-writing links so the start page needs no part of
 * the engine. The parameter names are those of src/domain/url-format.ts.
 */
import { CARRIED_PARAMS, PARAM, withQuery } from '../../domain/url-format';

/** Where links point: the page's path and the app parameters every link keeps. */
export type LinkBase = { pathname: string; carried: ReadonlyArray<readonly [string, string]> };

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
  for (const key of CARRIED_PARAMS) {
    const value = key === PARAM.lang && lang !== undefined ? lang : params.get(key);
    if (value === null || value === '') continue;
    if (key === PARAM.date && !dateIsValid) continue;
    carried.push([key, value]);
  }
  return { pathname, carried };
}

/** The start page: nothing but the language, so "Start på nytt" clears every answer. */
export function startHref(base: LinkBase): string {
  const params = new URLSearchParams();
  const lang = base.carried.find(([key]) => key === PARAM.lang);
  if (lang) params.set(PARAM.lang, lang[1]);
  return withQuery(base.pathname, params);
}

/**
 * The first question, named here so the start page needs no part of the engine. Should the flow ever
 * begin elsewhere, the link still works: a step that is not on the path shows the current question
 * (src/app/resolve-page.ts), and a test keeps this in line with the machine.
 */
export const FIRST_STEP = 'authority';

/** "Start veiviseren": the first question, with no answers. */
export function firstStepHref(base: LinkBase): string {
  const params = new URLSearchParams([[PARAM.step, FIRST_STEP]]);
  for (const [key, value] of base.carried) params.set(key, value);
  return withQuery(base.pathname, params);
}

/** The same page in another language: the URL unchanged but for `lang`, so answers and step are kept. */
export function languageHref(pathname: string, search: string, lang: string): string {
  const params = new URLSearchParams(search);
  params.set(PARAM.lang, lang);
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
  params.delete(PARAM.change);
  params.delete(PARAM.outcome);
  params.set(PARAM.step, 'how');
  return withQuery(pathname, params);
}

/**
 * Links onward carry the rules version in force, not an older one the link was opened with: the note
 * that the rules have changed belongs to the page the old link opened, not to every page after it.
 */
export function withRulesVersion(base: LinkBase, rulesVersion: string): LinkBase {
  if (!base.carried.some(([key]) => key === PARAM.rulesVersion)) return base;
  return {
    ...base,
    carried: base.carried.map(
      ([key, value]) => [key, key === PARAM.rulesVersion ? rulesVersion : value] as const,
    ),
  };
}
