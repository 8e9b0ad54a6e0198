import { describe, expect, test } from 'vitest';
import { textOf } from '../../tests/support/messages';
import { parseFromYear, parseReportQuery } from './params';

describe('fromYear', () => {
  const parse = (query: string, kind: 'monthly' | 'all' = 'monthly') => {
    const search = new URLSearchParams(query);
    const parsed = parseReportQuery(kind, search);
    if (!parsed.ok) throw new Error(parsed.message.key);
    return parseFromYear(kind, search, parsed.params);
  };

  test('absent: one year', () => {
    expect(parse('unit=all&year=2026')).toEqual({ ok: true, fromYear: null });
  });

  test('the monthly detail as xlsx over several years', () => {
    expect(parse('unit=all&fromYear=2017&year=2026')).toEqual({ ok: true, fromYear: 2017 });
  });

  test.each([
    ['unit=all&fromYear=2027&year=2026', 'monthly'],
    ['unit=all&fromYear=2000&year=2026', 'monthly'],
    ['unit=all&fromYear=2017&year=2026&format=csv', 'monthly'],
    ['unit=all&fromYear=2017&year=2026&month=6', 'monthly'],
    ['unit=all&fromYear=abc&year=2026', 'monthly'],
    ['unit=all&fromYear=2017&year=2026', 'all'],
  ] as const)('refused: %s (%s)', (query, kind) => {
    const result = parse(query, kind);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(textOf(result.message)).toMatch(/fromYear/);
  });
});
