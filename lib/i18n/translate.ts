// Messages (key + parameters) into text, in one place: the action core, the route-handler wrapper and the report
// and import builders call this; nothing below them holds translated text.
import { createTranslator } from 'next-intl';
import type { z } from 'zod';
import type { FieldErrors, Message, MessageParam } from '@/lib/errors';
import { formatInstant } from '@/lib/format';
import { type Locale, TIME_ZONE } from './config';
import { MESSAGES } from './messages';

export type Translator = {
  locale: Locale;
  text: (message: Message) => string;
  fieldErrors: (errors: FieldErrors) => Record<string, string[]>;
};

const LIST_SEPARATOR: Record<Locale, string> = { 'zh-CN': '、', en: ', ' };

const isMessage = (value: MessageParam): value is Message =>
  typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value);

export function translator(locale: Locale): Translator {
  const t = createTranslator({ locale, messages: MESSAGES[locale], timeZone: TIME_ZONE });
  const param = (value: MessageParam): string | number => {
    if (value instanceof Date) return formatInstant(value, locale);
    if (Array.isArray(value)) return value.map(text).join(LIST_SEPARATOR[locale]);
    if (isMessage(value)) return text(value);
    return value;
  };
  function text({ key, params = {} }: Message): string {
    const values = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, param(value)]));
    return (t as unknown as (key: string, values: Record<string, string | number>) => string)(key, values);
  }
  const fieldErrors = (errors: FieldErrors) =>
    Object.fromEntries(Object.entries(errors).map(([field, messages]) => [field, messages.map(text)]));
  return { locale, text, fieldErrors };
}

export type ZodIssue = z.core.$ZodIssue;
