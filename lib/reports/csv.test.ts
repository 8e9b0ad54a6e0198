import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { buildReport } from './build';
import { csvTable, csvValue, neutraliseCsvText, readReportCsv, renderCsv } from './csv';
import { fixturePlan } from './fixture-plan';
import { decimal, integer, isNumberCell, percent, REPORT_KINDS, type ReportModel } from './model';

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

  test('numbers stay plain numbers, even negative ones, rounded to their display precision', () => {
    expect(csvValue(decimal(-3.5))).toBe('-3.5');
    expect(csvValue(percent(89.65))).toBe('89.65');
    expect(csvValue(percent(102.99999995117585))).toBe('103');
    expect(csvValue(percent(90.12499999))).toBe('90.12');
    expect(csvValue(percent(90.125))).toBe('90.13');
    expect(csvValue(decimal(188.76000000000002))).toBe('188.76');
    expect(csvValue(decimal(0.1 + 0.2))).toBe('0.3');
    expect(csvValue(integer(10423379.000000002))).toBe('10423379');
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

  test('UTF-8 with BOM, the title lines, one header row, numbers unformatted, formulas neutralised', () => {
    const bytes = renderCsv({ ...model, metaLines: ['单位：某单位（1）', '数据范围：仅含已审核月份'] });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.toString('utf8'), { bom: true, relax_column_count: true }) as string[][];
    expect(rows).toEqual([
      ['t'],
      ['单位：某单位（1）'],
      ['数据范围：仅含已审核月份'],
      [''],
      ['分析', '比率（%）'],
      ["'=1+1", '90.5'],
      ['逗号,与"引号"', ''],
    ]);
  });

  test('a lone LF or CR inside a text is quoted, so the record stays one row', () => {
    const text = renderCsv({
      ...model,
      sections: [
        { ...model.sections[0], blocks: [{ ...model.sections[0].blocks[0], rows: [{ cells: { a: 'x\ny' } }] }] },
      ],
    }).toString('utf8');
    expect(text).toContain('"x\ny"');
  });
});

// Texts people type: several lines (Enter on Windows and elsewhere), quotes, commas, a formula-looking start.
const HARD_TEXTS = ['第一行\n第二行', '甲\r\n乙', '他说"不行"，再议', 'a,b,c', '结尾换行\n', '=SUM(A1)', '"整段引号"'];

function planWithHardTexts() {
  const plan = fixturePlan();
  plan.goal = '总体目标：\r\n一、提升接通率,\n二、"办好"每件事';
  plan.indicators[1].deviations = HARD_TEXTS.map((analysis, i) => ({
    month: (i % 3) + 1,
    causes: ['STAFFING'],
    analysis: `${analysis}${i}`,
    measures: `措施${i}：${HARD_TEXTS[(i + 1) % HARD_TEXTS.length]}`,
    likelihood: 'POSSIBLE',
  }));
  // only lone LFs in this indicator's cells: the case the library alone left unquoted
  plan.indicators[0].deviations = [
    { month: 2, causes: ['OTHER'], analysis: '仅换行\n第二行', measures: '措施\n第二条', likelihood: 'CERTAIN' },
  ];
  return plan;
}

describe('every report survives a round trip through a standard CSV parser', () => {
  const meta = { year: 2026, asOf: 3, approvedOnly: true, generatedAt: new Date(0), generatedBy: '评价"人员",甲' };
  test.each(REPORT_KINDS)('%s: the same cells come back, one record per row', (kind) => {
    const report = buildReport(kind, [planWithHardTexts()], meta);
    const { header, rows } = csvTable(report);
    expect(rows.flat().some((cell) => /[\r\n]/.test(cell))).toBe(true);
    const back = readReportCsv(renderCsv(report).toString('utf8'));
    expect(back.titleLines).toEqual([report.title, ...report.metaLines]);
    expect(back.header).toEqual(header);
    expect(back.rows).toEqual(rows);
  });

  test.each(REPORT_KINDS)('%s: every number is at its display precision, no float noise', (kind) => {
    const plan = fixturePlan();
    const report = buildReport(kind, [plan], { ...meta, generatedBy: 'x' });
    const { rows } = csvTable(report);
    const cells = report.sections.flatMap((s) =>
      s.blocks.flatMap((b) => b.rows.flatMap((r) => Object.values(r.cells))),
    );
    const numbers = cells.filter(isNumberCell);
    expect(numbers.length).toBeGreaterThan(0);
    for (const cell of numbers) {
      const digits = cell.format.kind === 'percent' ? 2 : cell.format.kind === 'integer' ? 0 : cell.format.digits;
      const text = csvValue(cell);
      expect(text).toMatch(digits === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+(\\.\\d{1,${digits}})?$`));
      expect(Math.abs(Number(text) - cell.value)).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-9);
    }
    for (const cell of rows.flat()) if (/^-?[\d.]+$/.test(cell)) expect(cell).not.toMatch(/\.\d{3,}/);
  });
});
