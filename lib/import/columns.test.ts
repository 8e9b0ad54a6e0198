import { describe, expect, test } from 'vitest';
import { mapHeaders, parseRating, toRecords } from './columns';

describe('mapHeaders', () => {
  test.each([
    [
      'Chinese (the template)',
      ['单位编码', '年度', '月份', '指标编码', '指标名称', '数值', '分子', '分母', '评级', '备注'],
    ],
    [
      'English',
      [
        'unitCode',
        'year',
        'month',
        'indicatorCode',
        'indicatorName',
        'value',
        'numerator',
        'denominator',
        'rating',
        'note',
      ],
    ],
    [
      'English, other spellings',
      [
        'Unit Code',
        'YEAR',
        'month',
        'indicator_code',
        'Indicator name',
        'Value',
        'numerator',
        'Denominator',
        'rating',
        'NOTE',
      ],
    ],
    [
      'with units in brackets and a BOM',
      [
        '\uFEFF单位编码',
        '年度',
        '月份',
        '指标编码',
        '指标名称',
        '数值（件）',
        '分子(接通量)',
        '分母（呼入量）',
        '评级',
        '备注',
      ],
    ],
  ])('%s', (_, headers) => {
    const mapped = mapHeaders(headers);
    expect(mapped).toEqual({
      ok: true,
      columns: {
        unitCode: 0,
        year: 1,
        month: 2,
        indicatorCode: 3,
        indicatorName: 4,
        value: 5,
        numerator: 6,
        denominator: 7,
        rating: 8,
        note: 9,
      },
    });
  });

  test('columns in another order, mixed languages, unknown columns ignored, figure columns optional', () => {
    expect(mapHeaders(['说明', 'month', '单位编码', 'indicatorCode', '年度', '分子', 'denominator'])).toEqual({
      ok: true,
      columns: { month: 1, unitCode: 2, indicatorCode: 3, year: 4, numerator: 5, denominator: 6 },
    });
  });

  test('a missing required column is named', () => {
    expect(mapHeaders(['单位编码', '年度', '指标编码', '数值'])).toEqual({
      ok: false,
      missing: ['month'],
      duplicate: null,
    });
  });

  test('the same field twice (Chinese and English) is refused', () => {
    expect(mapHeaders(['单位编码', '年度', '月份', '指标编码', '数值', 'value'])).toEqual({
      ok: false,
      missing: [],
      duplicate: 'value',
    });
  });
});

test('toRecords reads cells by column, trims them and drops wholly empty rows', () => {
  const mapped = mapHeaders(['月份', 'unitCode', 'year', '指标编码']);
  if (!mapped.ok) throw new Error('headers');
  expect(
    toRecords(
      [
        { line: 2, cells: [' 3 ', '103603', '2026', 'I01'] },
        { line: 3, cells: ['', ' ', ''] },
      ],
      mapped.columns,
    ),
  ).toEqual([
    {
      line: 2,
      month: '3',
      unitCode: '103603',
      year: '2026',
      indicatorCode: 'I01',
      indicatorName: '',
      value: '',
      numerator: '',
      denominator: '',
      rating: '',
      note: '',
      causes: '',
      analysis: '',
      measures: '',
      likelihood: '',
    },
  ]);
});

test.each([
  ['达成', 'ACHIEVED'],
  ['部分达成', 'PARTIAL'],
  [' 未达成 ', 'NOT_ACHIEVED'],
  ['Achieved', 'ACHIEVED'],
  ['partly achieved', 'PARTIAL'],
  ['NOT_ACHIEVED', 'NOT_ACHIEVED'],
  ['良好', null],
  ['90%', null],
])('parseRating(%j) → %j', (raw, expected) => {
  expect(parseRating(raw)).toBe(expected);
});
