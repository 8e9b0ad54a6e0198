// Validation messages come from the entry messages (next-intl's files), so forms, actions and tests say the same thing.
import enCommon from '@/lib/i18n/messages/en/common.json';
import enEntry from '@/lib/i18n/messages/en/entry.json';
import zhCommon from '@/lib/i18n/messages/zh-CN/common.json';
import zhEntry from '@/lib/i18n/messages/zh-CN/entry.json';
import type { Locale } from '@/lib/i18n/config';
import { messageTranslator } from '@/lib/i18n/translator';

type ValidationKey = keyof typeof zhEntry.validation;
export type Translate = (key: ValidationKey | 'conflict', values?: Record<string, string | number>) => string;

const TEXTS = {
  'zh-CN': { ...zhEntry.validation, conflict: zhCommon.conflict },
  en: { ...enEntry.validation, conflict: enCommon.conflict },
};

/** `t(key, values)` for the validation messages of a locale (Simplified Chinese unless told otherwise). */
export function validationTranslator(locale: Locale = 'zh-CN'): Translate {
  return messageTranslator(locale, TEXTS[locale] ?? TEXTS['zh-CN']);
}
