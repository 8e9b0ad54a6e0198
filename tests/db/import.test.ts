import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SessionUser } from '../../lib/auth/permissions';
import { getEntryMonth } from '../../lib/data/entry';
import { saveMonth } from '../../lib/data/entry-save';
import { applyImport, checkImport, getImportTemplate, importActuals } from '../../lib/data/import';
import { AppError } from '../../lib/errors';
import { payloadFor, sessionUser } from './entry-support';
import { createTestDatabase, type TestDatabase, useAsAppDatabase } from './helpers';
import { fieldTexts, textOf } from '../support/messages';

// Shanghai 2026-11-26: November 2026 may be entered, December not yet
const NOW = new Date('2026-11-26T04:00:00Z');
const HEADER = '单位编码,年度,月份,指标编码,指标名称,数值,分子,分母,评级,备注';
const NOV = { unitCode: '103603', year: 2026, month: 11 };

let db: TestDatabase;
let manager: SessionUser, admin: SessionUser, fuzhou: SessionUser;

const csv = (lines: string[], header = HEADER) => `${header}\r\n${lines.join('\r\n')}\r\n`;
const file = (text: string, fileName = '导入.csv') => ({ fileName, bytes: Buffer.from(text, 'utf8') });
const run = (user: SessionUser, f: { fileName: string; bytes: Uint8Array }) => importActuals(user, f, { now: NOW });

// November of the centre: every indicator but the budget-derived one, and the month's spending
const NOVEMBER = [
  '103603,2026,11,I01,受理群众诉求数量,"1,050,000",,,,',
  '103603,2026,11,I02,话务接通率,,"９４０，０００","1,000,000",,',
  '103603,2026,11,I03,按时办理率,,97000,100000,,',
  '103603,2026,11,I05,即时解答率,,880000,1000000,,',
  '103603,2026,11,I06,群众满意率,,96000,100000,,话务高峰',
  '103603,2026,11,M01,一次办结率,,91000,100000,,',
  '103603,2026,11,M02,一次办结解决率,,78000,91000,,',
  '103603,2026,11,BUDGET,本月支出,"190,000.50",,,,',
];

/** every row the import could touch, comparable before and after a refused import */
async function everything() {
  const [actuals, budget, reports, audits, deviations] = await Promise.all([
    db.prisma.monthlyActual.findMany({ orderBy: { id: 'asc' } }),
    db.prisma.budgetExecution.findMany({ orderBy: { id: 'asc' } }),
    db.prisma.monthReport.findMany({ orderBy: { id: 'asc' } }),
    db.prisma.auditEvent.findMany({ orderBy: { id: 'asc' } }),
    db.prisma.deviationRecord.findMany({ orderBy: { id: 'asc' } }),
  ]);
  return JSON.parse(JSON.stringify({ actuals, budget, reports, audits, deviations }));
}

async function refused(promise: Promise<unknown>, code: AppError['code'] = 'INVALID'): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

/** asserts the import is refused and that nothing at all changed */
async function refusedUnchanged(user: SessionUser, f: { fileName: string; bytes: Uint8Array }) {
  const before = await everything();
  const error = await refused(run(user, f));
  expect(await everything()).toEqual(before);
  return error;
}

const figures = async (key: { unitCode: string; year: number; month: number }, user = admin) => {
  const month = await getEntryMonth(user, key);
  return { month, byCode: Object.fromEntries(month.rows.map((r) => [r.indicator.code, r.current])) };
};

const planOf = (unitCode: string, year = 2026) =>
  db.prisma.plan.findFirstOrThrow({ where: { year, unit: { code: unitCode } } });

beforeAll(async () => {
  db = await createTestDatabase({ withDemoData: true });
  useAsAppDatabase(db);
  [manager, admin, fuzhou] = await Promise.all(['manager', 'admin', 'manager-fuzhou'].map((u) => sessionUser(db, u)));
});
afterAll(async () => db.drop());

describe('bulk import of monthly actuals', () => {
  test('a file with one bad row changes nothing and names the line and the reason', async () => {
    const lines = [...NOVEMBER];
    lines[2] = '103603,2026,11,I03,按时办理率,,120000,100000,,';
    const error = await refusedUnchanged(manager, file(csv(lines)));
    expect(textOf(error)).toBe('未导入：文件中有 1 行有误，所有数据均未导入。请修改后重新导入。');
    expect(fieldTexts(error.fieldErrors)).toEqual({ '4': ['分子（按时办结件数）不能大于分母（应办结件数）。'] });
  });

  test('several bad rows are all listed with their lines, in English when asked', async () => {
    const lines = [
      ...NOVEMBER,
      '103603,2026,13,I01,,5,,,,',
      '103603,2026,11,I01,,"1,050,001",,,,',
      '103603,2026,11,X99,,5,,,,',
    ];
    const before = await everything();
    const error = await refused(importActuals(manager, file(csv(lines)), { now: NOW }));
    expect(await everything()).toEqual(before);
    expect(fieldTexts(error.fieldErrors, 'en')).toEqual({
      '10': ['The month "13" is not valid: use a whole number from 1 to 12.'],
      '11': ['Repeats line 2 (one row per unit, indicator and month).'],
      '12': ['The indicator code "X99" is not one of the unit\'s 2026 targets.'],
    });
  });

  test('a good file applies every row: figures, spending, a draft month and the audit trail', async () => {
    const before = await db.prisma.auditEvent.count();
    const summary = await run(manager, file(csv(NOVEMBER), '十一月.csv'));
    expect(summary).toEqual({
      fileName: '十一月.csv',
      changed: 8,
      unchanged: 0,
      months: [{ unitCode: '103603', unitName: '福建省12345政务服务便民热线中心', year: 2026, month: 11, rows: 8 }],
    });
    const { month, byCode } = await figures(NOV);
    expect(byCode.I01.value).toBe('1050000');
    expect(byCode.I02).toMatchObject({ numerator: '940000', denominator: '1000000' });
    expect(byCode.I06).toMatchObject({ numerator: '96000', denominator: '100000', note: '话务高峰' });
    expect(byCode.M02).toMatchObject({ numerator: '78000', denominator: '91000' });
    expect(month.budget.spent).toBe('190000.5');
    expect(month.report).toMatchObject({ state: 'DRAFT', version: 1 });
    const events = await db.prisma.auditEvent.findMany({
      where: { id: { gt: 0 } },
      orderBy: { id: 'asc' },
      skip: before,
    });
    expect(events.map((e) => e.action).sort()).toEqual(
      [...Array(7).fill('ACTUAL_SAVE'), 'BUDGET_SAVE', 'IMPORT', 'MONTH_SAVE'].sort(),
    );
    const importEvent = events.find((e) => e.action === 'IMPORT')!;
    expect(importEvent).toMatchObject({
      userId: manager.id,
      entity: 'Import',
      after: { fileName: '十一月.csv', format: 'csv', encoding: 'utf-8', rows: 8, changed: 8, unchanged: 0 },
    });
    expect(
      events.find((e) => e.action === 'ACTUAL_SAVE' && (e.after as { value?: string }).value === '1050000'),
    ).toMatchObject({ before: null, after: { month: 11, source: 'IMPORT' } });
  });

  test('importing the same file again changes nothing and writes nothing', async () => {
    const before = await everything();
    expect(await run(manager, file(csv(NOVEMBER)))).toMatchObject({ changed: 0, unchanged: 8, months: [] });
    expect(await everything()).toEqual(before);
  });

  test("a changed row bumps the month's version and records before and after", async () => {
    const summary = await run(manager, file(csv(['103603,2026,11,I01,,"1,060,000",,,,'])));
    expect(summary.changed).toBe(1);
    const { month, byCode } = await figures(NOV);
    expect(byCode.I01.value).toBe('1060000');
    expect(month.report).toMatchObject({ state: 'DRAFT', version: 2 });
    const last = await db.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'ACTUAL_SAVE' },
      orderBy: { id: 'desc' },
    });
    expect(last).toMatchObject({ before: { value: '1050000' }, after: { value: '1060000' } });
  });

  test('an approved (locked) month is refused; the same figures as stored pass unchanged', async () => {
    const sept = await figures({ ...NOV, month: 9 });
    expect(sept.month.report?.state).toBe('APPROVED');
    const stored = sept.byCode.I01.value;
    const error = await refusedUnchanged(manager, file(csv([`103603,2026,9,I01,,${Number(stored) + 1},,,,`])));
    expect(fieldTexts(error.fieldErrors)).toEqual({
      '2': ['2026年9月当前为“已审核通过”，已锁定，不能导入（只能导入草稿、已退回或尚未填报的月份）。'],
    });
    expect(await run(manager, file(csv([`103603,2026,9,I01,,${stored},,,,`])))).toMatchObject({
      changed: 0,
      unchanged: 1,
    });
  });

  test('a submitted month and a future month are refused', async () => {
    const error = await refusedUnchanged(
      manager,
      file(csv(['103603,2026,10,I01,,1,,,,', '103603,2026,12,I01,,1,,,,'])),
    );
    expect(fieldTexts(error.fieldErrors)['2'][0]).toContain('已提交');
    expect(fieldTexts(error.fieldErrors)['3']).toEqual(['2026年12月尚未开始，不能导入。']);
  });

  test("a manager importing another unit's rows is refused; an admin may import them", async () => {
    const line = '350100,2026,11,I01,,250000,,,,';
    const error = await refusedUnchanged(manager, file(csv(['103603,2026,11,I01,,"1,060,000",,,,', line])));
    expect(fieldTexts(error.fieldErrors)).toEqual({ '3': ['您只能导入本单位的数据，单位编码“350100”不是本单位。'] });
    await refusedUnchanged(fuzhou, file(csv(['103603,2026,11,I01,,5,,,,'])));
    expect(await run(admin, file(csv([line])))).toMatchObject({
      changed: 1,
      months: [{ unitCode: '350100', month: 11, rows: 1 }],
    });
    expect((await figures({ ...NOV, unitCode: '350100' }, fuzhou)).byCode.I01.value).toBe('250000');
  });

  test('a GB18030 CSV (Excel on Chinese Windows) reads the same as UTF-8 and imports', async () => {
    const text = csv(
      [
        '103603,2026,11,I06,群众满意率,,95500,100000,,回访量下降',
        '103603,2026,11,I05,即时解答率,,"８８１，０００","1,000,000",,',
      ],
      'unitCode,year,month,indicatorCode,indicatorName,value,numerator,denominator,rating,note',
    );
    const gb = { fileName: 'gb.csv', bytes: iconv.encode(text, 'gb18030') };
    const [fromGb, fromUtf8, fromBom] = await Promise.all([
      checkImport(manager, gb, { now: NOW }),
      checkImport(manager, file(text, 'gb.csv'), { now: NOW }),
      checkImport(manager, file(`\uFEFF${text}`, 'gb.csv'), { now: NOW }),
    ]);
    expect(fromGb.encoding).toBe('gb18030');
    expect(fromUtf8.encoding).toBe('utf-8');
    expect(fromBom.encoding).toBe('utf-8-bom');
    expect({ ...fromGb, encoding: null }).toEqual({ ...fromUtf8, encoding: null });
    expect({ ...fromBom, encoding: null }).toEqual({ ...fromUtf8, encoding: null });
    await applyImport(manager, fromGb);
    const { byCode } = await figures(NOV);
    expect(byCode.I06).toMatchObject({ numerator: '95500', note: '回访量下降' });
    expect(byCode.I05).toMatchObject({ numerator: '881000', denominator: '1000000' });
  });

  test('a month changed by someone else between the check and the write refuses the whole import', async () => {
    const checked = await checkImport(
      manager,
      file(csv(['103603,2026,11,I01,,"1,070,000",,,,', '103603,2026,11,I02,,,930000,1000000,,'])),
      { now: NOW },
    );
    await saveMonth(
      admin,
      await payloadFor(admin, NOV, 'DRAFT', { I03: { numerator: '96000', denominator: '100000' } }),
    );
    const before = await everything();
    const error = await refused(applyImport(manager, checked), 'CONFLICT');
    expect(textOf(error)).toMatch(/^数据已被系统管理员于.+修改，您的修改未保存。请刷新后重新填写。$/);
    expect(await everything()).toEqual(before);
  });

  test('a returned month goes back to draft', async () => {
    const plan = await planOf('103603');
    await db.prisma.monthReport.update({
      where: { planId_month: { planId: plan.id, month: 10 } },
      data: { state: 'RETURNED', version: { increment: 1 } },
    });
    const version = (await figures({ ...NOV, month: 10 })).month.version;
    expect(await run(manager, file(csv(['103603,2026,10,I03,,,95000,100000,,'])))).toMatchObject({ changed: 1 });
    expect((await figures({ ...NOV, month: 10 })).month.report).toMatchObject({ state: 'DRAFT', version: version + 1 });
  });
});

describe('the template', () => {
  test('CSV: UTF-8 with BOM, one row per indicator × month plus BUDGET, pre-filled; importing it unchanged changes nothing', async () => {
    const template = await getImportTemplate(manager, { unitCode: '103603', year: 2026 }, 'csv');
    expect([...template.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = template.body.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(`${HEADER},偏差原因,偏差原因分析,改进措施,完成目标可能性`);
    expect(lines).toHaveLength(1 + 12 * 8);
    const nov = lines.filter((l) => l.startsWith('103603,2026,11,'));
    expect(nov.map((l) => l.split(',')[3])).toEqual(['I01', 'I02', 'I03', 'I05', 'I06', 'M01', 'M02', 'BUDGET']);
    expect(nov[0]).toBe('103603,2026,11,I01,受理群众诉求数量（件）,1060000,,,,,,,,');
    expect(nov[7]).toMatch(/^103603,2026,11,BUDGET,本月支出（元）,190000\.5,,\d+(\.\d+)?,,,,,,$/);
    const before = await everything();
    expect(await run(manager, { fileName: 'template.csv', bytes: template.body })).toMatchObject({
      changed: 0,
      unchanged: expect.any(Number),
    });
    expect(await everything()).toEqual(before);
  });

  test('XLSX: a 数据 sheet and a 填写说明 sheet; unchanged → nothing to do; one edited cell → one change', async () => {
    const template = await getImportTemplate(manager, { unitCode: '103603', year: 2026 }, 'xlsx');
    const before = await everything();
    expect(await run(manager, { fileName: 'template.xlsx', bytes: template.body })).toMatchObject({ changed: 0 });
    expect(await everything()).toEqual(before);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.body as never);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['数据', '填写说明']);
    const sheet = workbook.getWorksheet('数据')!;
    let edited = 0;
    sheet.eachRow((row, line) => {
      if (line > 1 && row.getCell(3).value === 11 && row.getCell(4).value === 'I01') {
        row.getCell(6).value = 1_080_000;
        edited = line;
      }
    });
    expect(edited).toBeGreaterThan(1);
    const changed = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await run(manager, { fileName: '模板.xlsx', bytes: changed })).toMatchObject({
      changed: 1,
      months: [{ month: 11, rows: 1 }],
    });
    expect((await figures(NOV)).byCode.I01.value).toBe('1080000');
  });

  test('deviation records: stored with the figures, refused with line numbers when incomplete, round trip through the template', async () => {
    const header = `${HEADER},偏差原因,偏差原因分析,改进措施,完成目标可能性`;
    const bad = await refusedUnchanged(
      manager,
      file(
        csv(
          [
            '103603,2026,11,I02,话务接通率,,800000,1000000,,,人员保障、天气,台风影响,启用预案,有可能',
            '103603,2026,11,I03,按时办理率,,80000,100000,,,制度保障,流程长,优化流程,',
          ],
          header,
        ),
      ),
    );
    expect(fieldTexts(bad.fieldErrors)['2'][0]).toContain('偏差原因“天气”不在可选范围内');
    expect(fieldTexts(bad.fieldErrors)['3']).toEqual([
      '填写偏差说明时请填写完成目标可能性（确定能、有可能或完全不可能）。',
    ]);

    const line = '103603,2026,11,I02,话务接通率,,800000,1000000,,,"人员保障,其他",话务高峰人手不足,增加高峰坐席,有可能';
    expect(await run(manager, file(csv([line], header)))).toMatchObject({ changed: 1 });
    const stored = await db.prisma.monthlyActual.findFirstOrThrow({
      where: { month: 11, indicator: { code: 'I02', plan: { year: 2026, unit: { code: '103603' } } } },
      include: { deviation: true },
    });
    expect(stored.deviation).toMatchObject({
      causes: ['STAFFING', 'OTHER'],
      analysis: '话务高峰人手不足',
      measures: '增加高峰坐席',
      likelihood: 'POSSIBLE',
    });
    const template = await getImportTemplate(manager, { unitCode: '103603', year: 2026 }, 'csv');
    const row = template.body
      .toString('utf8')
      .split('\r\n')
      .find((l) => l.startsWith('103603,2026,11,I02,'));
    expect(row).toBe(
      '103603,2026,11,I02,话务接通率（接通量/呼入量）,,800000,1000000,,,人员保障、其他,话务高峰人手不足,增加高峰坐席,有可能',
    );
    const before = await everything();
    expect(await run(manager, { fileName: 'template.csv', bytes: template.body })).toMatchObject({ changed: 0 });
    expect(await everything()).toEqual(before);
  });

  test("a manager cannot download another unit's template; a file that is not a spreadsheet is refused", async () => {
    await refused(getImportTemplate(manager, { unitCode: '350100', year: 2026 }, 'csv'), 'FORBIDDEN');
    expect(textOf(await refusedUnchanged(manager, { fileName: 'a.xlsx', bytes: Buffer.from(csv(NOVEMBER)) }))).toBe(
      '文件内容与扩展名不符（扩展名为 .xlsx，内容不是该格式）。',
    );
    expect(
      textOf(await refusedUnchanged(manager, { fileName: 'a.csv', bytes: Buffer.from('a,b\r\n1,2\r\n') })),
    ).toContain('缺少必需的列');
  });
});
