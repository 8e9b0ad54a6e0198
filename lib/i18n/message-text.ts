// How a message (key + parameters) becomes text, over any next-intl translate function: the server's
// (lib/i18n/translate.ts) and the client's (use-message-translator.ts) alike.
import type { FieldErrors, Message, MessageParam } from '@/lib/errors';
import { formatInstant } from '@/lib/format';
import type { Locale } from './config';

export type Translator = {
  locale: Locale;
  text: (message: Message) => string;
  fieldErrors: (errors: FieldErrors) => Record<string, string[]>;
};

/** next-intl's translate function, from createTranslator (server) or useTranslations() (client). */
export type TranslateKey = (key: string, values: Record<string, string | number>) => string;

const LIST_SEPARATOR: Record<Locale, string> = { 'zh-CN': '、', en: ', ' };

/** Items as one list in the reader's punctuation: 人员保障、硬件条件保障 / Staffing, Equipment. */
export const joinList = (items: readonly string[], locale: Locale): string => items.join(LIST_SEPARATOR[locale]);

/** A note after a text, in the reader's brackets: 优秀（预计） / Excellent (Projection). */
export const withNote = (text: string, note: string, locale: Locale): string =>
  locale === 'en' ? `${text} (${note})` : `${text}（${note}）`;

/** A label and its value, in the reader's colon: 等级：优秀 / Grade: Excellent. */
export const labelled = (label: string, value: string, locale: Locale): string =>
  locale === 'en' ? `${label}: ${value}` : `${label}：${value}`;

const isMessage = (value: MessageParam): value is Message =>
  typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value);

/** A Translator over any next-intl translate function: nested messages, lists and instants in the reader's terms. */
export function translatorOver(locale: Locale, t: TranslateKey): Translator {
  const param = (value: MessageParam): string | number => {
    if (value instanceof Date) return formatInstant(value, locale);
    if (Array.isArray(value)) return joinList(value.map(text), locale);
    if (isMessage(value)) return text(value);
    return value;
  };
  function text({ key, params = {} }: Message): string {
    const values = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, param(value)]));
    return t(key, values);
  }
  const fieldErrors = (errors: FieldErrors) =>
    Object.fromEntries(Object.entries(errors).map(([field, messages]) => [field, messages.map(text)]));
  return { locale, text, fieldErrors };
}
