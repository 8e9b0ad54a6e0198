// Messages (key + parameters) into text, in one place: the action core, the route-handler wrapper and the report
// and import builders call this; nothing below them holds translated text.
import { createTranslator } from 'next-intl';
import type { z } from 'zod';
import { type Locale, TIME_ZONE } from './config';
import { type TranslateKey, type Translator, translatorOver } from './message-text';
import { MESSAGES } from './messages';

export type { Translator };

export function translator(locale: Locale): Translator {
  const t = createTranslator({ locale, messages: MESSAGES[locale], timeZone: TIME_ZONE });
  return translatorOver(locale, t as unknown as TranslateKey);
}

export type ZodIssue = z.core.$ZodIssue;
