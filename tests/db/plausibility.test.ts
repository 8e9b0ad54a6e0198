// Issue 10 #12: a figure beyond its plausible range is refused (field errors, nothing stored) by the entry save, the
// v1 API and the import until the person confirms it; what is then stored is exported digit for digit.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SessionUser } from '../../lib/auth/permissions';
import { createApiToken } from '../../lib/data/api-tokens';
import { getEntryMonth } from '../../lib/data/entry';
import { saveMonth } from '../../lib/data/entry-save';
import { importActuals } from '../../lib/data/import';
import { AppError } from '../../lib/errors';
import { formatDecimalText } from '../../lib/format';
import { pdfText } from '../../e2e/support/pdf-text';
import { readReportCsv } from '../../lib/reports/csv';
import { exportReport } from '../../lib/reports/export';
import { fieldTexts, textOf } from '../support/messages';
import { api } from './api-support';
import { monthSnapshot, payloadFor, sessionUser } from './entry-support';
import { createTestDatabase, type TestDatabase, useAsAppDatabase } from './helpers';

const NOW = new Date('2026-11-26T04:00:00Z');
const NOV = { unitCode: '103603', year: 2026, month: 11 };
// the largest value a figure's column holds: more digits than a JS number keeps (Number() gives 10000000000000000)
const HUGE_COUNT = '9999999999999999';
const CONFIRM_ZH = '标出的数值超出合理范围，未保存。请核对；确认无误请勾选“数值已核对，确认保存”后再保存。';

let db: TestDatabase;
let manager: SessionUser, evaluator: SessionUser;
let budgetTotal: string;

async function refused(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('INVALID');
  return error as AppError;
}

/** November as stored, with the audit trail of writes (an API call is audited as API_CALL, refused or not) */
async function november() {
  const { audits: _all, ...figures } = await monthSnapshot(db, '103603', 2026, 11);
  return { ...figures, writes: await db.prisma.auditEvent.count({ where: { action: { not: 'API_CALL' } } }) };
}
const i01Of = async () =>
  db.prisma.monthlyActual.findFirst({ where: { month: 11, indicator: { code: 'I01', plan: { year: 2026 } } } });

beforeAll(async () => {
  db = await createTestDatabase({ withDemoData: true });
  useAsAppDatabase(db);
  [manager, evaluator] = await Promise.all(['manager', 'evaluator'].map((u) => sessionUser(db, u)));
  const plan = await db.prisma.plan.findFirstOrThrow({ where: { year: 2026, unit: { code: '103603' } } });
  budgetTotal = plan.budgetTotal.toFixed();
});
afterAll(async () => db.drop());

describe('the entry save (form and grid)', () => {
  test('a month’s spending over the whole year’s budget is refused on its field, nothing stored', async () => {
    const before = await november();
    const payload = await payloadFor(manager, NOV, 'DRAFT', {}, { spent: '999,999,999,999.99' });
    const error = await refused(saveMonth(manager, payload));
    expect(textOf(error)).toBe(CONFIRM_ZH);
    expect(fieldTexts(error.fieldErrors)).toEqual({
      'budget.spent': [
        `本月实际支出为 999,999,999,999.99 元，超过全年预算 ${formatDecimalText(budgetTotal)} 元，请核对。`,
      ],
      confirmImplausible: [CONFIRM_ZH],
    });
    expect(fieldTexts(error.fieldErrors, 'en')['budget.spent']).toEqual([
      `Spending this month of 999,999,999,999.99 元 is more than the whole year's budget of ${formatDecimalText(budgetTotal)} 元: please check it.`,
    ]);
    expect(await november()).toEqual(before);
  });

  test('a count beyond 10 × its usual scale is refused; confirmed, it is stored exactly and not asked again', async () => {
    const before = await november();
    const payload = await payloadFor(manager, NOV, 'DRAFT', { I01: { value: '9,999,999,999,999,999' } });
    const error = await refused(saveMonth(manager, payload));
    const [key] = Object.keys(error.fieldErrors).filter((k) => k !== 'confirmImplausible');
    expect(key).toMatch(/^rows\.\d+\.value$/);
    expect(fieldTexts(error.fieldErrors)[key][0]).toMatch(
      /^受理群众诉求数量为 9,999,999,999,999,999，超过本指标常规规模 10 倍的上限 [\d,]+，请核对。$/,
    );
    expect(await november()).toEqual(before);

    const saved = await saveMonth(manager, { ...payload, confirmImplausible: true });
    expect((await i01Of())!.value!.toFixed()).toBe(HUGE_COUNT);
    // saved again as it is (a note changed): the stored figure is not asked about again
    const again = await payloadFor(manager, NOV, 'DRAFT', {});
    expect(again.version).toBe(saved.version);
    await saveMonth(manager, { ...again, rows: again.rows.map((r) => ({ ...r, note: r.note ?? '已核对' })) });
  });
});

describe('the v1 API', () => {
  test('the same refusal (400, the fields and confirmImplausible), and confirmImplausible: true stores it', async () => {
    const unitId = (await db.prisma.unit.findUniqueOrThrow({ where: { code: '103603' } })).id;
    const { token } = await createApiToken(await sessionUser(db, 'admin'), { name: '话务平台', unitId });
    const version = String((await getEntryMonth(manager, NOV)).version);
    const body = { indicators: { I02: { numerator: 52_977_407, denominator: 100_000_000 } } };
    const before = await november();
    const response = await api.put('103603', '2026', '11', { token, ifMatch: version, body });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.error!.fieldErrors).sort()).toEqual([
      'confirmImplausible',
      'indicators.I02.denominator',
      'indicators.I02.numerator',
    ]);
    expect(response.body.error!.fieldErrors['indicators.I02.numerator'][0]).toMatch(/^接通量为 52,977,407，超过/);
    expect(await november()).toEqual(before);

    const confirmed = await api.put('103603', '2026', '11', {
      token,
      ifMatch: version,
      body: { ...body, confirmImplausible: true },
    });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    const i02 = await db.prisma.monthlyActual.findFirstOrThrow({
      where: { month: 11, indicator: { code: 'I02', plan: { year: 2026, unit: { code: '103603' } } } },
    });
    expect([i02.numerator!.toFixed(), i02.denominator!.toFixed()]).toEqual(['52977407', '100000000']);
  });
});

describe('the import', () => {
  const file = (lines: string[]) => ({
    fileName: '导入.csv',
    bytes: Buffer.from(`单位编码,年度,月份,指标编码,数值\r\n${lines.join('\r\n')}\r\n`, 'utf8'),
  });
  const spending = ['103603,2026,11,BUDGET,"3,000,000,000"'];

  test('a spending row over the year’s budget is refused by line, with how to confirm; nothing stored', async () => {
    const before = await november();
    const error = await refused(importActuals(manager, file(spending), { now: NOW }));
    expect(fieldTexts(error.fieldErrors)).toEqual({
      2: [`数值（本月实际支出）为 3,000,000,000 元，超过全年预算 ${formatDecimalText(budgetTotal)} 元，请核对。`],
      confirmImplausible: [
        '标出的行有数值超出合理范围，所有数据均未导入。请核对；确认无误请勾选“超出合理范围的数值已核对”后重新导入。',
      ],
    });
    expect(textOf(error)).toBe('未导入：文件中有 1 行有误，所有数据均未导入。请修改后重新导入。');
    expect(await november()).toEqual(before);
  });

  test('confirmed, it is imported exactly', async () => {
    await importActuals(manager, { ...file(spending), confirmImplausible: true }, { now: NOW });
    const budget = await db.prisma.budgetExecution.findFirstOrThrow({
      where: { month: 11, plan: { year: 2026, unit: { code: '103603' } } },
    });
    expect(budget.spent?.toFixed()).toBe('3000000000');
  });
});

describe('exports keep every stored digit', () => {
  const exportAs = (format: 'csv' | 'xlsx' | 'pdf') =>
    exportReport(
      evaluator,
      { kind: 'monthly', units: ['103603'], year: 2026, month: 11, format, approvedOnly: false },
      { now: NOW },
    );

  test('the count of 9,999,999,999,999,999 reads back from the CSV and the XLSX cell exactly', async () => {
    expect((await i01Of())!.value!.toFixed()).toBe(HUGE_COUNT);
    const csv = readReportCsv((await exportAs('csv')).body.toString('utf8'));
    const col = (label: string) => csv.header.indexOf(label);
    const row = csv.rows.find((r) => r[col('月份')] === '11' && r[col('三级指标')] === '受理群众诉求数量')!;
    expect(row[col('完成值')]).toBe(HUGE_COUNT);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportAs('xlsx')).body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('月度明细')!;
    const header = sheet.getRow(sheet.getColumn(1).values.findIndex((v) => v === '单位编码'));
    const labels = (header.values as unknown[]).map(String);
    let cell: ExcelJS.CellValue = null;
    sheet.eachRow((r) => {
      if (
        r.getCell(labels.indexOf('月份')).value === 11 &&
        r.getCell(labels.indexOf('三级指标')).value === '受理群众诉求数量'
      )
        cell = r.getCell(labels.indexOf('完成值')).value;
    });
    expect(cell).toBe(HUGE_COUNT);
  });

  test('the PDF shows it digit for digit; a spending of 3,000,000,000 元 (a number holds it) stays a number', async () => {
    const pdf = (await pdfText((await exportAs('pdf')).body)).join('\n');
    expect(pdf).toContain('9,999,999,999,999,999');
    expect(pdf).not.toContain('10,000,000,000,000,000');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportAs('xlsx')).body as unknown as ArrayBuffer);
    const values: ExcelJS.CellValue[] = [];
    workbook.getWorksheet('月度明细')!.eachRow((r) => r.eachCell((c) => values.push(c.value)));
    expect(values).toContain(3_000_000_000);
  });
});
