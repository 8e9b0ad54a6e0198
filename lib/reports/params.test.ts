import { describe, expect, test } from 'vitest';
import { contentDisposition, downloadFileNames, reportNaming } from './file-name';
import { parseReportQuery } from './params';
import { textOf } from '@/tests/support/messages';

describe('parseReportQuery', () => {
  test('defaults: xlsx, approved months only, no as-of month', () => {
    expect(parseReportQuery('monitoring', new URLSearchParams('unit=103603&year=2026'))).toEqual({
      ok: true,
      params: { kind: 'monitoring', units: ['103603'], year: 2026, month: null, format: 'xlsx', approvedOnly: true },
    });
  });

  test('several units, all units, approvedOnly=false', () => {
    const several = parseReportQuery(
      'monthly',
      new URLSearchParams('unit=103603,350100&year=2026&month=10&format=pdf&approvedOnly=false'),
    );
    expect(several).toMatchObject({
      ok: true,
      params: { units: ['103603', '350100'], month: 10, format: 'pdf', approvedOnly: false },
    });
    expect(parseReportQuery('monthly', { unit: 'all', year: '2026' })).toMatchObject({
      ok: true,
      params: { units: 'all' },
    });
  });

  test.each([
    ['unit=&year=2026', ['unit']],
    ['unit=10;DROP&year=2026', ['unit']],
    ['unit=103603&year=abc', ['year']],
    ['unit=103603&year=2026&month=13', ['month']],
    ['unit=103603&year=2026&format=docx', ['format']],
    ['unit=103603&year=2026&approvedOnly=yes', ['approvedOnly']],
    ['year=1999&month=0', ['unit', 'year', 'month']],
  ])('%s is refused, naming %j', (query, fields) => {
    const result = parseReportQuery('monitoring', new URLSearchParams(query));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fields).toEqual(fields);
  });

  test('messages are Chinese, or English for the en locale', () => {
    const refused = parseReportQuery('monitoring', new URLSearchParams('unit=103603&year=x'));
    if (refused.ok) throw new Error('expected a refusal');
    expect(textOf(refused.message)).toBe('请求参数有误：年度（year）应为 2000–2100 之间的年份');
    expect(textOf(refused.message, 'en')).toBe('Invalid request: year must be a year between 2000 and 2100');
  });

  test('all reports in one file: xlsx or pdf, not csv', () => {
    expect(parseReportQuery('all', new URLSearchParams('unit=all&year=2026&format=csv'))).toMatchObject({
      ok: false,
      fields: ['format'],
    });
    expect(parseReportQuery('all', new URLSearchParams('unit=all&year=2026&format=pdf')).ok).toBe(true);
  });
});

describe('file names', () => {
  test('a Chinese name and an ASCII fallback, the Chinese one percent-encoded as UTF-8', () => {
    const names = downloadFileNames({
      ...reportNaming('self-evaluation'),
      extension: 'xlsx',
      year: 2026,
      asOf: 10,
      units: [{ code: '103603', name: '福建省12345政务服务便民热线中心' }],
      isAllUnits: false,
    });
    expect(names).toEqual({
      fileName: '绩效自评表_福建省12345政务服务便民热线中心_2026年1–10月.xlsx',
      asciiFileName: 'report-self-evaluation-103603-2026-10.xlsx',
    });
    const header = contentDisposition(names.fileName, names.asciiFileName);
    expect(header).toMatch(
      /^attachment; filename="report-self-evaluation-103603-2026-10.xlsx"; filename\*=UTF-8''%E7%BB%A9/,
    );
    expect(decodeURIComponent(header.split("UTF-8''")[1])).toBe(names.fileName);
    expect(contentDisposition("a'(b).csv", 'a.csv')).toContain("UTF-8''a%27%28b%29.csv");
  });
});
