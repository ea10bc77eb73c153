/**
 * The active language: interface strings from the message catalogue, content texts picked from a
 * LocalizedText with bokmål as the fallback.
 */
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { Locale, LocalizedText } from '../../content/schema';
import { type Messages, nb } from './nb';

/** Catalogues that exist. nn and en are added here when written, with the same keys as nb. */
const CATALOGUES: Partial<Record<Locale, Messages>> & { nb: Messages } = { nb };

/** A space inside an amount ("1 300 000") becomes a no-break space, so an amount never breaks across lines. */
const keepAmountsTogether = (value: string) => value.replace(/(\d) (?=\d{3}(?!\d))/g, '$1\u00a0');

/** Picks the text in `locale`, falling back to bokmål, the source language. */
export function text(localized: LocalizedText, locale: Locale = 'nb'): string {
  return keepAmountsTogether(localized[locale] ?? localized.nb);
}

/** The locale a `lang` parameter asks for, if the interface exists in it; otherwise bokmål. */
export function resolveLocale(requested: string | null): Locale {
  return requested !== null && requested in CATALOGUES ? (requested as Locale) : 'nb';
}

type MessagesValue = { locale: Locale; messages: Messages; text: (localized: LocalizedText) => string };

const MessagesContext = createContext<MessagesValue>({
  locale: 'nb',
  messages: nb,
  text: (localized) => text(localized, 'nb'),
});

/** Provides the catalogue and content language for everything below it. */
export function MessagesProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo<MessagesValue>(
    () => ({ locale, messages: CATALOGUES[locale] ?? nb, text: (localized) => text(localized, locale) }),
    [locale],
  );
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>;
}

/** The interface strings of the active language. */
export function useMessages(): Messages {
  return useContext(MessagesContext).messages;
}

/** A function that picks the active language from a content text (LocalizedText from rules/). */
export function useText(): (localized: LocalizedText) => string {
  return useContext(MessagesContext).text;
}

export function useLocale(): Locale {
  return useContext(MessagesContext).locale;
}
