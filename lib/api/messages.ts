import en from '@/lib/i18n/messages/en/api.json';
import zh from '@/lib/i18n/messages/zh-CN/api.json';
import type { Locale } from '@/lib/i18n/config';
import { messageTranslator, type Values } from '@/lib/i18n/translator';

export type ApiErrorKey = keyof typeof zh.errors;
export type ApiTranslate = (key: ApiErrorKey, values?: Values) => string;

export function apiTranslator(locale: Locale): ApiTranslate {
  return messageTranslator(locale, locale === 'en' ? en.errors : zh.errors);
}
