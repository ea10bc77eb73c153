/** The accessibility statement, the privacy page and the changes page in every language. */
import type { Locale } from '../../../content/vocabulary';
import { infoEn } from './en';
import { type InfoTexts, infoNb } from './nb';
import { infoNn } from './nn';

export const INFO_TEXTS: Readonly<Record<Locale, InfoTexts>> = { nb: infoNb, nn: infoNn, en: infoEn };
