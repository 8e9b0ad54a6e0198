import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { fieldErrorsIn } from '@/tests/support/messages';
import { MESSAGES } from './messages';

const keysOf = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];

describe('message files', () => {
  test('Simplified Chinese and English have exactly the same keys', () => {
    const zh = keysOf(MESSAGES['zh-CN']).sort();
    const en = keysOf(MESSAGES.en).sort();
    expect(en.filter((k) => !zh.includes(k))).toEqual([]);
    expect(zh.filter((k) => !en.includes(k))).toEqual([]);
  });

  test('no message is empty', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const empty = keysOf(MESSAGES[locale]).filter((k) => {
        const value = k
          .split('.')
          .reduce<unknown>((at, part) => (at as Record<string, unknown>)[part], MESSAGES[locale]);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty, locale).toEqual([]);
    }
  });

  test('English messages use English punctuation (the page font draws “ ” full-width, as in Chinese)', () => {
    const valueOf = (key: string) =>
      key.split('.').reduce<unknown>((at, part) => (at as Record<string, unknown>)[part], MESSAGES.en);
    const chinesePunctuation = /[，。、：；！？（）“”‘’《》【】]/;
    const offending = keysOf(MESSAGES.en).filter((k) => chinesePunctuation.test(String(valueOf(k))));
    expect(offending).toEqual([]);
  });
});

describe("zod's own checks speak the reader's language", () => {
  const schema = z.object({
    name: z.string().max(3),
    count: z.number().int().min(1),
    kind: z.enum(['A', 'B']),
    missing: z.string(),
  });
  const input = { name: 'abcd', count: 0, kind: 'C' };

  test.each([
    [
      'zh-CN' as const,
      {
        name: ['不能超过 3 个字符。'],
        count: ['不能小于 1。'],
        kind: ['请选择有效的选项。'],
        missing: ['此项为必填项。'],
      },
    ],
    [
      'en' as const,
      {
        name: ['At most 3 characters.'],
        count: ['At least 1.'],
        kind: ['Choose one of the options.'],
        missing: ['This field is required.'],
      },
    ],
  ])('%s', (locale, expected) => {
    const errors = fieldErrorsIn(schema, input, locale);
    expect(errors).toEqual(expected);
    if (locale === 'zh-CN') expect(Object.values(errors).flat().join('')).not.toMatch(/[A-Za-z]{3,}/);
  });

  test('a wrong type is not reported in English to a Chinese reader', () => {
    expect(fieldErrorsIn(z.object({ n: z.number() }), { n: 'x' })).toEqual({ n: ['格式不正确。'] });
  });
});
