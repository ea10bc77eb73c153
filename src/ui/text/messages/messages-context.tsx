/**
 * The active language: interface strings from the message catalogue, content texts picked from a
 * LocalizedText with bokmål as the fallback.
 */
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { LocalizedText } from '../../../content/schema';
import type { Locale } from '../../../content/vocabulary';
import { withResultTexts } from './catalogues';
import { type Messages, nb, type QuestionMessages } from './nb';

/**
 * A space inside an amount ("1 300 000") or after "NOK" ("NOK 1,300,000") becomes a no-break space, so
 * an amount never breaks across lines.
 */
const keepAmountsTogether = (value: string) =>
  value.replace(/(\d) (?=\d{3}(?!\d))/g, '$1\u00a0').replace(/\bNOK (?=\d)/g, 'NOK\u00a0');

/** Picks the text in `locale`, falling back to bokmål, the source language. */
export function text(localized: LocalizedText, locale: Locale = 'nb'): string {
  return keepAmountsTogether(localized[locale] ?? localized.nb);
}

export function isLocale(value: string | null | undefined): value is Locale {
  return value === 'nb' || value === 'nn' || value === 'en';
}

/**
 * The first of the browser's preferred languages that we have: nn/nno → nynorsk, nb/no/nob → bokmål,
 * en (any region) → English. Bokmål when none of them is ours.
 */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'nn' || primary === 'nno') return 'nn';
    if (primary === 'nb' || primary === 'no' || primary === 'nob') return 'nb';
    if (primary === 'en') return 'en';
  }
  return 'nb';
}

/** The browser's preferred languages, best first (none outside a browser). */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  if (navigator.languages?.length) return navigator.languages;
  return navigator.language ? [navigator.language] : [];
}

/**
 * The language of the page: the `lang` parameter when it names one of ours, otherwise the browser's
 * preference (a first visit, or a link from before languages existed). Links then carry it.
 */
export function resolveLocale(requested: string | null, preferred: readonly string[] = []): Locale {
  return isLocale(requested) ? requested : preferredLocale(preferred);
}

type MessagesValue = {
  locale: Locale;
  messages: QuestionMessages;
  text: (localized: LocalizedText) => string;
};

const MessagesContext = createContext<MessagesValue>({
  locale: 'nb',
  messages: nb,
  text: (localized) => text(localized, 'nb'),
});

/**
 * Provides the catalogue and content language for everything below it. The catalogue is the loaded
 * one for `locale` (catalogues.ts); the app renders a language only once its catalogue has loaded.
 */
export function MessagesProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  /** The catalogue for `locale`; what a result adds is found when it has loaded (`useMessages`). */
  messages: QuestionMessages;
  children: ReactNode;
}) {
  const value = useMemo<MessagesValue>(
    () => ({ locale, messages, text: (localized) => text(localized, locale) }),
    [locale, messages],
  );
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>;
}

/**
 * The interface strings of the active language, with what a result adds once it has loaded
 * (catalogues.ts, `withResultTexts`).
 */
export function useMessages(): Messages {
  const { locale, messages } = useContext(MessagesContext);
  return withResultTexts(locale, messages);
}

/** A function that picks the active language from a content text (LocalizedText from rules/). */
export function useText(): (localized: LocalizedText) => string {
  return useContext(MessagesContext).text;
}

export function useLocale(): Locale {
  return useContext(MessagesContext).locale;
}
