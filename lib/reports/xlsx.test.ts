import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { buildReport } from './build';
import { fixturePlan } from './fixture-plan';
import { decimal, integer, percent, REPORT_KINDS } from './model';
import { excelValue, renderXlsx } from './xlsx';

describe('XLSX numbers as people read them', () => {
  test('rounded to the display precision; a percent as its fraction with 4 decimals', () => {
    expect(excelValue(percent(102.99999995117585))).toBe(1.03);
    expect(excelValue(percent(90.125))).toBe(0.9013);
    expect(excelValue(decimal(188.76000000000002))).toBe(188.76);
    expect(excelValue(decimal(0.1 + 0.2))).toBe(0.3);
    expect(excelValue(integer(10423379.4))).toBe(10423379);
  });

  test.each(REPORT_KINDS)(
    '%s: no cell of the workbook carries float noise',
    async (kind) => {
      const plan = fixturePlan();
      // figures as the engine hands them over: binary fractions
      plan.budgetTotal = 1887600.0000000002;
      const report = buildReport(kind, [plan], {
        year: 2026,
        asOf: 3,
        approvedOnly: false,
        generatedAt: new Date(0),
        generatedBy: 'x',
      });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await renderXlsx([report])) as unknown as ArrayBuffer);
      const numbers: number[] = [];
      workbook.worksheets[0].eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'number') numbers.push(cell.value);
        }),
      );
      expect(numbers.length).toBeGreaterThan(0);
      for (const n of numbers) expect(String(n)).toMatch(/^-?\d+(\.\d{1,4})?$/);
    },
    30_000,
  );
});
