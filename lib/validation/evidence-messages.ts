// The evidence messages outside next-intl's request context (data layer, route handler), so all say the same thing.
import en from '@/lib/i18n/messages/en/evidence.json';
import zh from '@/lib/i18n/messages/zh-CN/evidence.json';
import type { Locale } from '@/lib/i18n/config';
import { messageTranslator, type Values } from '@/lib/i18n/translator';

export type EvidenceErrorKey = keyof typeof zh.errors;

/** `t(key, { name })` for the evidence refusals of a locale (Simplified Chinese unless told otherwise). */
export function evidenceTranslator(locale: Locale = 'zh-CN') {
  const t = messageTranslator(locale, locale === 'en' ? en.errors : zh.errors);
  return (key: EvidenceErrorKey, values: Values = {}) => t(key, values);
}
