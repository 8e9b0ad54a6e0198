import en from '@/lib/i18n/messages/en/reports.json';
import zh from '@/lib/i18n/messages/zh-CN/reports.json';
import type { Locale } from '@/lib/i18n/config';

export type ApiMessageKey = keyof typeof zh.api;

/** The download addresses' messages, in the caller's language (route handlers have no next-intl request context). */
export function apiMessage(locale: Locale, key: ApiMessageKey, values: Record<string, string | number> = {}): string {
  const table = (locale === 'en' ? en.api : zh.api) as Record<ApiMessageKey, string>;
  return table[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
