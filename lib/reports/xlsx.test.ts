import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
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

/** One part of the XLSX package as text (ExcelJS does not read a sheet's page breaks back). */
const zipEntryText = (bytes: Buffer, name: string) =>
  new Promise<string>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.replace(/^\//, '') !== name) return zip.readEntry();
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks).toString()));
        });
      });
      zip.on('end', () => reject(new Error(`no ${name}`)));
      zip.readEntry();
    }),
  );

describe('the streamed workbook keeps the layout of the paper forms', () => {
  const load = async (models: ReturnType<typeof buildReport>[]) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(models)) as unknown as ArrayBuffer);
    return workbook;
  };
  const meta = { year: 2026, asOf: 3, approvedOnly: false, generatedAt: new Date(0), generatedBy: 'x' };

  test('one unit: frozen title block, repeated indicator header, merged header cells, centred print', async () => {
    const report = buildReport('monitoring', [fixturePlan()], meta);
    const workbook = await load([report]);
    const sheet = workbook.getWorksheet('绩效运行监控表')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 + report.metaLines.length });
    const headerRow = sheet.getColumn(1).values.findIndex((v) => v === '一级指标');
    expect(sheet.pageSetup).toMatchObject({
      printTitlesRow: `${headerRow}:${headerRow + 1}`,
      horizontalCentered: true,
      fitToPage: true,
      orientation: 'landscape',
    });
    expect(sheet.getCell(headerRow, 1)).toMatchObject({ isMerged: true, value: '一级指标' });
    expect(sheet.getCell(headerRow, 1).style.fill).toMatchObject({ fgColor: { argb: 'FFE8EEF5' } });
    expect(sheet.getCell(1, 1).value).toBe(report.title);
    expect(sheet.getCell(1, 2).isMerged).toBe(true);
  }, 30_000);

  test('several units: a page per unit; the flat detail freezes, repeats and filters its header', async () => {
    const second = { ...fixturePlan(), unit: { ...fixturePlan().unit, code: '2', name: '第二单位' } };
    const models = REPORT_KINDS.map((kind) => buildReport(kind, [fixturePlan(), second], meta));
    const bytes = await renderXlsx(models);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['绩效运行监控表', '绩效自评表', '月度明细']);
    const monitoring = workbook.getWorksheet('绩效运行监控表')!;
    expect(monitoring.views ?? []).toEqual([]);
    expect(monitoring.pageSetup.printTitlesRow).toBeUndefined();
    const secondUnit = monitoring.getColumn(1).values.findIndex((v) => v === '单位：第二单位（2）');
    const breaks = (await zipEntryText(bytes, 'xl/worksheets/sheet1.xml')).match(/<brk id="(\d+)"/g);
    expect(breaks).toEqual([`<brk id="${secondUnit - 2}"`]);
    const detail = workbook.getWorksheet('月度明细')!;
    const header = detail.getColumn(1).values.findIndex((v) => v === '单位编码');
    expect(detail.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    expect(detail.autoFilter).toBe(`A${header}:P${header}`);
    expect(detail.pageSetup.printTitlesRow).toBe(`${header}:${header}`);
  }, 30_000);
});
