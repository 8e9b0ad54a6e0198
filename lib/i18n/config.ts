export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';
export const LOCALE_COOKIE = 'NEXT_LOCALE';
export const TIME_ZONE = 'Asia/Shanghai';

export function toLocale(value: string | undefined | null): Locale {
  return (LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : DEFAULT_LOCALE;
}

/**
 * The reader's language where next-intl is not there (the global error page): the language cookie, else the first of
 * the browser's languages (its Accept-Language) that the app speaks, else Chinese.
 */
export function localeOf(cookieHeader: string, languages: readonly string[]): Locale {
  const cookie = cookieHeader
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${LOCALE_COOKIE}=`));
  if (cookie) return toLocale(decodeURIComponent(cookie.slice(LOCALE_COOKIE.length + 1)));
  const spoken = languages.find((l) => /^(zh|en)(-|$)/i.test(l));
  return spoken?.toLowerCase().startsWith('en') ? 'en' : DEFAULT_LOCALE;
}
