// Issue 10 #12: a stored figure with more digits than a JS number holds is exported as stored, in every format.
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { monthValueOf } from '@/lib/data/engine-input';
import { formatDecimalText } from '@/lib/format';
import { buildMonthlyReport } from './build';
import { csvValue, renderCsv, readReportCsv } from './csv';
import { cellText } from './display';
import { fixturePlan } from './fixture-plan';
import { decimal, integer } from './model';
import { excelValue, renderXlsx } from './xlsx';

const HUGE = '9999999999999999.99';

describe('exact cells', () => {
  test('CSV, XLSX and the PDF/print text write the stored digits; Number() would give 10000000000000000', () => {
    const cell = { ...decimal(Number(HUGE)), exact: HUGE };
    expect(Number(HUGE)).toBe(1e16);
    expect(csvValue(cell)).toBe(HUGE);
    expect(excelValue(cell)).toBe(HUGE);
    expect(cellText(cell)).toBe('9,999,999,999,999,999.99');
    expect(cellText({ ...integer(1e16), exact: '9999999999999999' })).toBe('9,999,999,999,999,999');
  });

  test('a figure a number holds (15 significant digits or fewer) stays a number', () => {
    expect(excelValue({ ...decimal(999999999999.99), exact: '999999999999.99' })).toBe(999999999999.99);
    expect(excelValue({ ...integer(1e15), exact: '1000000000000000' })).toBe(1e15);
    expect(formatDecimalText('1234567.5', 'zh-CN', 2)).toBe('1,234,567.50');
  });

  test('only a stored text a number cannot hold travels with the engine’s month value', () => {
    const base = { month: 11, numerator: null, denominator: null, rating: null };
    expect(monthValueOf({ ...base, value: '1050000' })).toEqual({ ...base, value: 1050000 });
    expect(monthValueOf({ ...base, value: HUGE }).exact).toEqual({ value: HUGE, numerator: null, denominator: null });
  });

  test('the 月度明细 built from such a month reads back exactly from the CSV and the XLSX', async () => {
    const plan = fixturePlan();
    const volume = plan.indicators.find((i) => i.kind === 'COUNT')!;
    const monthly = volume.figures.monthly;
    volume.figures.monthly = [
      { ...monthly[0], value: Number(HUGE), exact: { value: HUGE, numerator: null, denominator: null } },
      ...monthly.slice(1),
    ];
    const meta = { year: 2026, asOf: 3, approvedOnly: false, generatedAt: new Date(0), generatedBy: 'x' };
    const report = buildMonthlyReport([plan], meta);
    const csv = readReportCsv(renderCsv(report).toString('utf8'));
    const at = (label: string) => csv.header.indexOf(label);
    const row = csv.rows.find((r) => r[at('三级指标')] === volume.name && r[at('月份')] === '1')!;
    expect(row[at('完成值')]).toBe(HUGE);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx([report])) as unknown as ArrayBuffer);
    const values: ExcelJS.CellValue[] = [];
    workbook.worksheets[0].eachRow((r) => r.eachCell((c) => values.push(c.value)));
    expect(values).toContain(HUGE);
    expect(values).not.toContain(1e16);
  });
});
