import { message } from '@/lib/errors';
import type zh from '@/lib/i18n/messages/zh-CN/api.json';
import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/translate';

export type ApiErrorKey = keyof typeof zh.errors;
export type ApiTranslate = (key: ApiErrorKey, values?: Record<string, string | number>) => string;

/** The API's own refusals (api.errors.*) through the one translator. */
export function apiTranslator(locale: Locale): ApiTranslate {
  const t = translator(locale);
  return (key, values) => t.text(message(`api.errors.${key}`, values));
}
