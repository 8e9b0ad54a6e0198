import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { csvValue, neutraliseCsvText, renderCsv } from './csv';
import { decimal, percent, type ReportModel } from './model';

describe('neutraliseCsvText', () => {
  test.each([
    ['=HYPERLINK("http://evil.example","点我")', `'=HYPERLINK("http://evil.example","点我")`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['正常文本', '正常文本'],
    ['a=b', 'a=b'],
    ['', ''],
    [' =1', ' =1'],
    ["'=1", "'=1"],
  ])('%j → %j', (input, expected) => {
    expect(neutraliseCsvText(input)).toBe(expected);
  });

  test('numbers stay numbers, even negative ones', () => {
    expect(csvValue(decimal(-3.5))).toBe(-3.5);
    expect(csvValue(percent(89.65))).toBe(89.65);
    expect(csvValue(null)).toBe('');
  });
});

describe('renderCsv', () => {
  const model: ReportModel = {
    kind: 'monthly',
    title: 't',
    sheetName: '月度明细',
    layout: 'flat',
    metaLines: [],
    meta: { year: 2026, asOf: 1, approvedOnly: true, generatedAt: new Date(0), generatedBy: 'x', units: [] },
    sections: [
      {
        unit: null,
        lines: [],
        blocks: [
          {
            key: 'monthly',
            title: null,
            columns: [
              { key: 'a', label: '分析', width: 1 },
              { key: 'r', label: '比率', width: 1 },
            ],
            rows: [{ cells: { a: '=1+1', r: percent(90.5) } }, { cells: { a: '逗号,与"引号"', r: null } }],
          },
        ],
      },
    ],
  };

  test('UTF-8 with BOM, one header row, numbers unformatted, formulas neutralised', () => {
    const bytes = renderCsv(model);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.toString('utf8'), { bom: true }) as string[][];
    expect(rows).toEqual([
      ['分析', '比率（%）'],
      ["'=1+1", '90.5'],
      ['逗号,与"引号"', ''],
    ]);
  });
});
