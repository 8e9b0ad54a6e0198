import { describe, expect, test } from 'vitest';
import { localeFromAcceptLanguage } from './locale';

describe('the API answers in the caller’s language', () => {
  test.each([
    [null, 'zh-CN'],
    ['', 'zh-CN'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['fr-FR, en;q=0.5, zh;q=0.4', 'en'],
    ['de, zh-TW;q=0.7, en;q=0.7', 'zh-CN'],
    ['en;q=0, zh;q=0.1', 'zh-CN'],
    ['fr', 'zh-CN'],
  ])('Accept-Language %j → %s', (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });
});
