import en from '@/lib/i18n/messages/en/reports.json';
import zh from '@/lib/i18n/messages/zh-CN/reports.json';
import type { Locale } from '@/lib/i18n/config';
import { messageTranslator } from '@/lib/i18n/translator';

export type ApiMessageKey = keyof typeof zh.api;

/** The download addresses' messages, in the caller's language (route handlers have no next-intl request context). */
export function apiMessage(locale: Locale, key: ApiMessageKey, values: Record<string, string | number> = {}): string {
  return messageTranslator(locale, locale === 'en' ? en.api : zh.api)(key, values);
}
