import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { textOf } from '../../tests/support/messages';
import { excelDateText } from './excel-date';
import { describeProblem } from './messages';
import { readImportFile } from './read';
import { validateImport } from './validate';

// ExcelJS reads a date cell as the UTC instant of its serial number
const NOV_1 = new Date(Date.UTC(2026, 10, 1));
const AFTERNOON = new Date(Date.UTC(2026, 10, 5, 14, 7, 9));

describe('excelDateText: a date cell as the spreadsheet shows it', () => {
  test.each([
    ['yyyy"年"m"月"', NOV_1, '2026年11月'],
    ['yyyy"年"m"月"d"日"', NOV_1, '2026年11月1日'],
    ['[$-804]yyyy"年"mm"月"', NOV_1, '2026年11月'],
    ['mm-dd-yy', NOV_1, '11-01-26'],
    ['m/d/yy', NOV_1, '11/1/26'],
    ['yyyy/m/d', NOV_1, '2026/11/1'],
    ['mmm-yy', NOV_1, 'Nov-26'],
    ['mmmm yyyy', NOV_1, 'November 2026'],
    ['d-mmm', NOV_1, '1-Nov'],
    ['dddd, mmmm d', NOV_1, 'Sunday, November 1'],
    ['yyyy-mm-dd hh:mm:ss', AFTERNOON, '2026-11-05 14:07:09'],
    ['h:mm AM/PM', AFTERNOON, '2:07 PM'],
    ['yyyy\\-mm', NOV_1, '2026-11'],
    ['m', NOV_1, '11'],
    ['General', NOV_1, '2026-11-01'],
    [undefined, NOV_1, '2026-11-01'],
    [undefined, AFTERNOON, '2026-11-05 14:07:09'],
  ])('%s → %s', (format, date, shown) => {
    expect(excelDateText(date, format)).toBe(shown);
  });
});

describe('an Excel date in the month column', () => {
  test('is read as the cell shows it, and the refusal quotes that text, not an ISO timestamp', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('数据');
    sheet.addRow(['单位编码', '年度', '月份', '指标编码', '数值']);
    const row = sheet.addRow(['103603', 2026, NOV_1, 'I01', 5]);
    row.getCell(3).numFmt = 'yyyy"年"m"月"';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    const read = await readImportFile('xlsx', bytes);
    if (!read.ok) throw new Error(read.problem);
    expect(read.records[0].month).toBe('2026年11月');

    const context = {
      units: new Map([['103603', { id: 1, isAllowed: true }]]),
      plans: new Map(),
      today: { year: 2026, month: 11 },
    };
    const [problem] = validateImport(read.records, context).problems;
    const zh = textOf(describeProblem(problem));
    expect(zh).toBe('月份“2026年11月”无效，请填写 1–12 的整数。');
    expect(textOf(describeProblem(problem), 'en')).toContain('"2026年11月"');
    expect(zh).not.toMatch(/T00:00:00|Z\b/);
  });
});
