import { describe, expect, test } from 'vitest';
import {
  formatChange,
  formatNumberUpTo,
  formatCount,
  formatDate,
  formatFraction,
  formatInstant,
  formatPercent,
  formatTypedNumber,
  formatWanYuan,
} from './format';

describe('format', () => {
  test.each([
    [10_423_379, 10_000, '万件', '1,042.34万件'],
    [12_500_000, 10_000, '万件', '1,250.00万件'],
    [1234, 1, '件', '1,234件'],
  ])('count %s / %s %s → %s', (value, divisor, unit, expected) => {
    expect(formatCount(value, divisor, unit)).toBe(expected);
  });

  test.each([
    [89.72377, '89.72%'],
    [90, '90.00%'],
    [null, '—'],
  ])('percent %s → %s', (value, expected) => expect(formatPercent(value)).toBe(expected));

  test('money in 万元, fractions and changes', () => {
    expect(formatWanYuan(2_457_800)).toBe('245.78万元');
    expect(formatFraction(9_000_000, 10_000_000)).toBe('9,000,000 / 10,000,000');
    expect(formatChange(1.234, '%')).toBe('+1.23%');
    expect(formatChange(-0.5, 'pp')).toBe('−0.50个百分点');
    expect(formatChange(-0.5, 'pp', 'en')).toBe('−0.50 pp');
  });

  test('up to two decimals, none shown when they are zeros', () => {
    expect(formatNumberUpTo(1_234_567.5, 'zh-CN', 2)).toBe('1,234,567.5');
    expect(formatNumberUpTo(1_234_567, 'en', 2)).toBe('1,234,567');
    expect(formatNumberUpTo(0.125, 'zh-CN', 2)).toBe('0.13');
  });

  test('dates are shown in Asia/Shanghai', () => {
    expect(formatDate('2026-11-10T16:30:00Z')).toBe('2026/11/11');
    expect(formatDate('2026-11-10T16:30:00Z', 'en')).toBe('11 Nov 2026');
    expect(formatInstant(new Date('2026-11-07T08:00:00Z'))).toBe('2026年11月7日 16:00:00');
  });

  test.each([
    ['zh-CN', '2026-11-28T11:48:35.249Z', '2026年11月28日 19:48:35'],
    ['en', '2026-11-28T11:48:35.249Z', '28 Nov 2026, 19:48:35'],
    // day and month both ≤ 12: the month in words leaves no doubt which is which
    ['en', '2026-07-02T08:00:00Z', '2 Jul 2026, 16:00:00'],
    ['zh-CN', '2026-07-02T08:00:00Z', '2026年7月2日 16:00:00'],
  ] as const)('an instant (ISO text) in %s: %s → %s', (locale, iso, expected) => {
    expect(formatInstant(iso, locale)).toBe(expected);
    expect(formatInstant(new Date(iso), locale)).toBe(expected);
  });

  test('a missing instant is a dash', () => {
    expect(formatInstant(null, 'en')).toBe('—');
  });

  test.each([
    ['zh-CN', '204000.5', '204,000.5'],
    ['en', '204000.5', '204,000.5'],
    ['zh-CN', '1020000', '1,020,000'],
    ['en', '9999999999999999.99', '9,999,999,999,999,999.99'],
    ['zh-CN', '0', '0'],
    // not a plain figure: shown as typed
    ['zh-CN', '1,020,000', '1,020,000'],
    ['en', '', ''],
    ['en', '12a', '12a'],
  ] as const)('a typed figure in %s: %s → %s', (locale, text, expected) => {
    expect(formatTypedNumber(text, locale)).toBe(expected);
  });
});
