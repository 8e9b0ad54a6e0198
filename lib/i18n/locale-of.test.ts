import { describe, expect, test } from 'vitest';
import { localeOf } from './config';

describe('localeOf: the language where next-intl is not there (the global error page)', () => {
  test.each<[string, string[], string]>([
    ['NEXT_LOCALE=en', ['zh-CN'], 'en'],
    ['a=1; NEXT_LOCALE=zh-CN; b=2', ['en-US'], 'zh-CN'],
    ['NEXT_LOCALE=fr', ['en-US'], 'zh-CN'],
    ['', ['en-GB', 'zh-CN'], 'en'],
    ['', ['de-DE', 'zh-TW', 'en'], 'zh-CN'],
    ['', ['fr-FR'], 'zh-CN'],
    ['', [], 'zh-CN'],
  ])('cookie %j, languages %j → %s', (cookie, languages, locale) => {
    expect(localeOf(cookie, languages)).toBe(locale);
  });
});
