/**
 * The URL format. The address is the app's only state (docs/adr/0001): the answers keyed by question id,
 * plus a few parameters of the app's own. This module is the one home of that format: every parameter
 * name, how a query string is read (never throwing) and how answers are written back. Everything that
 * reads or writes the query string goes through here; public/boot.js, which runs before any module,
 * is held to the same lists by test/app/boot-script.test.ts.
 */
import { type Locale, QUESTION_IDS, type QuestionId } from '../content/vocabulary.ts';
import { type AnswerProblem, type Answers, type AnswerValue, readAnswer } from './answers.ts';

/** The app's own parameters, by what they mean. None of them is ever an answer. */
export const PARAM = {
  /** The language shown: nb, nn or en. */
  lang: 'lang',
  /** The page: a question id, `answers`, `result` or `how`. Without it, where the answers lead. */
  step: 'step',
  /** The assessment date (YYYY-MM-DD) whose thresholds apply; today when absent. */
  date: 'date',
  /** The rules version the link was made under (src/domain/rules-version.ts). */
  rulesVersion: 'v',
  /** The outcome the link showed when it was made, to say whether it has changed since. */
  outcome: 'o',
  /** `1` when the user came from "Dine svar" to change an answer. */
  change: 'change',
  /** A pinned result to compare with: its answers as a query string of their own. */
  pin: 'pin',
} as const;
export type AppParam = (typeof PARAM)[keyof typeof PARAM];

/** Every parameter of the app's own, in the order links write them. */
export const APP_PARAMS: readonly AppParam[] = Object.values(PARAM);

/**
 * Parameters every link keeps once the user has them: the language, a chosen date, the rules version
 * and a pinned result. A link with nothing else is the start page.
 */
export const CARRIED_PARAMS = [PARAM.lang, PARAM.date, PARAM.rulesVersion, PARAM.pin] as const;
export type CarriedParam = (typeof CARRIED_PARAMS)[number];

/** The value `change` takes when set. */
export const CHANGE_FLAG = '1';

const isAppParam = (key: string): boolean => (APP_PARAMS as readonly string[]).includes(key);
/** True when a key or a `step` names one of the questions. */
export const isQuestionId = (key: string): key is QuestionId =>
  (QUESTION_IDS as readonly string[]).includes(key);

/** Reads a query string (or its parameters) without throwing. */
export function toParams(query: string | URLSearchParams): URLSearchParams {
  if (typeof query !== 'string') return query;
  try {
    return new URLSearchParams(query);
  } catch {
    return new URLSearchParams();
  }
}

/**
 * True when the address holds nothing but parameters every link keeps: the start page, no answers and
 * no page named. The app then draws the start page and needs no part of the engine.
 */
export function isStartPage(params: URLSearchParams): boolean {
  return [...params.keys()].every((key) => (CARRIED_PARAMS as readonly string[]).includes(key));
}

/**
 * True when the address holds nothing but the language: the start page exactly as the build prerenders
 * it (scripts/prerender.ts), as long as the language shown is bokmål. A chosen date, version or pin
 * changes the start page's links, so the prerendered page no longer fits.
 */
export function fitsPrerenderedStartPage(params: URLSearchParams): boolean {
  return [...params.keys()].every((key) => key === PARAM.lang);
}

/** One app parameter's value, or null when absent or empty. */
export function appParam(params: URLSearchParams, name: AppParam): string | null {
  const value = params.get(name);
  return value === null || value === '' ? null : value;
}

/** How many unknown keys a link problem names at most. */
export const MAX_UNKNOWN_KEYS = 10;

export type ParsedAnswers = {
  answers: Answers;
  problems: AnswerProblem[];
  /** Keys that are neither a question nor one of the app's own parameters: dropped. */
  unknownKeys: string[];
};

/** Reads answers from a query string. Unknown keys are dropped; an invalid value is reported against its question. */
export function parseAnswers(query: string | URLSearchParams): ParsedAnswers {
  const params = toParams(query);
  const answers: Record<string, AnswerValue> = {};
  const problems: AnswerProblem[] = [];
  const unknownKeys: string[] = [];
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const [key, raw] of params) {
    if (isAppParam(key)) continue;
    if (!isQuestionId(key)) {
      // A mangled link can hold thousands of keys: name the first few, which is enough to explain it.
      if (unknownKeys.length < MAX_UNKNOWN_KEYS && !unknownKeys.includes(key))
        unknownKeys.push(key.slice(0, 40));
      continue;
    }
    if (seen.has(key)) {
      if (!repeated.has(key)) problems.push({ question: key, kind: 'repeated', value: raw.slice(0, 40) });
      repeated.add(key);
      continue;
    }
    seen.add(key);
    const result = readAnswer(key, raw);
    if (result.ok) answers[key] = result.value;
    else problems.push(result.problem);
  }
  return { answers: answers as Answers, problems, unknownKeys };
}

/** Writes answers in the order of the questionnaire, so equal answers always give equal links. */
export function answersToParams(answers: Answers): URLSearchParams {
  const params = new URLSearchParams();
  for (const id of QUESTION_IDS) {
    const value = answers[id];
    if (value !== undefined) params.set(id, String(value));
  }
  return params;
}

/**
 * A pinned result's raw value split into its answers and what does not belong in it: only answers may
 * be pinned, so any other key (a date, a step) is reported.
 */
export function readPinValue(raw: string): { answers: URLSearchParams; unknownKeys: string[] } {
  const params = toParams(raw);
  const unknownKeys = [...new Set([...params.keys()].filter((key) => !isQuestionId(key)))];
  return { answers: new URLSearchParams([...params].filter(([key]) => isQuestionId(key))), unknownKeys };
}

/** The value of `pin` that pins these answers. */
export function pinValue(answers: Answers): string {
  return answersToParams(answers).toString();
}

/** A path and its parameters as a link; no `?` when there are none. */
export function withQuery(pathname: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/**
 * Pages outside the app's query string: the accessibility statement, the privacy page and the changes
 * to the rules, static documents the build writes, one per page and language, that read without
 * JavaScript (docs/adr/0006).
 */
export const INFO_PAGES = ['accessibility', 'privacy', 'changes'] as const;
export type InfoPageId = (typeof INFO_PAGES)[number];

/** Each page's folder; one Norwegian name for all three languages, as Norwegian public sites use. */
const INFO_PAGE_FOLDERS: Record<InfoPageId, string> = {
  accessibility: 'tilgjengelighet',
  privacy: 'personvern',
  changes: 'endringer',
};

/** Where a page is in a language: /tilgjengelighet/ in bokmål, /tilgjengelighet/nn/ and /tilgjengelighet/en/. */
export function infoPagePath(page: InfoPageId, locale: Locale): string {
  const folder = `/${INFO_PAGE_FOLDERS[page]}/`;
  return locale === 'nb' ? folder : `${folder}${locale}/`;
}
