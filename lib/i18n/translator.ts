import { createTranslator } from 'next-intl';
import type { Locale } from '@/lib/i18n/config';

export type Values = Record<string, string | number>;

/**
 * `t(key, values)` over one locale's messages, for code that runs outside next-intl's request context (route
 * handlers, the data layer, tests): next-intl's own translator, so every message is formatted the same way.
 */
export function messageTranslator<M extends Record<string, unknown>>(locale: Locale, messages: M) {
  const t = createTranslator({ locale, messages: { m: messages } as Record<string, unknown>, namespace: 'm' as never });
  return (key: string, values: Values = {}) => (t as unknown as (key: string, values: Values) => string)(key, values);
}
