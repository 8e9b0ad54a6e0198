import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pdfText } from '../../e2e/support/pdf-text';
import type { SessionUser } from '../../lib/auth/permissions';
import { listPlanPerformance, type IndicatorPerformance, type PlanPerformance } from '../../lib/data/performance';
import { currentExplanation } from '../../lib/domain/deviation';
import { coveredMonthsLabel } from '../../lib/reports/build';
import { readReportCsv } from '../../lib/reports/csv';
import { roundedText } from '../../lib/reports/display';
import { exportReport } from '../../lib/reports/export';
import { decimal, percent } from '../../lib/reports/model';
import type { ReportParams } from '../../lib/reports/params';
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from './helpers';

const NOW = new Date('2026-11-26T04:00:00Z');
const CENTER = '103603';

// The figure as the report shows it: counts in their display unit (万件) and rates in percent, rounded as displayed.
const display = (indicator: IndicatorPerformance, value: number | null) =>
  value === null
    ? null
    : indicator.kind === 'COUNT'
      ? shown(value / indicator.displayDivisor)
      : shown(value, 'percent');
/** a number as an export cell holds it: rounded to its display digits (a percent in percent, or as an XLSX fraction) */
const shown = (value: number, as: 'decimal' | 'percent' | 'fraction' = 'decimal') =>
  Number(roundedText(as === 'decimal' ? decimal(value) : percent(value), as === 'fraction'));
/** an XLSX cell of an indicator: a rate as its fraction */
const xlsxOf = (indicator: IndicatorPerformance, value: number | null) =>
  value === null ? null : indicator.kind === 'RATIO' ? shown(value, 'fraction') : display(indicator, value);

async function readSheet(body: Buffer, name: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}; sheets: ${workbook.worksheets.map((w) => w.name)}`);
  return { workbook, sheet };
}

/** The rows under the header row that starts with `firstLabel` (the leaf row of a two-row header), as label → cell. */
function tableAfter(sheet: ExcelJS.Worksheet, firstLabel: string, startRow = 1) {
  let headerRow = 0;
  for (let r = startRow; r <= sheet.rowCount; r++) {
    if (sheet.getCell(r, 1).value === firstLabel) {
      headerRow = r;
      if (sheet.getCell(r + 1, 1).value === firstLabel) headerRow = r + 1; // merged two-row header
      break;
    }
  }
  if (!headerRow) throw new Error(`no header ${firstLabel}`);
  const labels: string[] = [];
  for (let c = 1; c <= sheet.columnCount; c++) labels.push(String(sheet.getCell(headerRow, c).value ?? ''));
  const rows: Record<string, ExcelJS.Cell>[] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount && sheet.getCell(r, 1).value !== null; r++) {
    rows.push(Object.fromEntries(labels.map((label, c) => [label, sheet.getCell(r, c + 1)])));
  }
  return { headerRow, labels, rows };
}

const csvRows = (body: Buffer) => {
  const { header, rows } = readReportCsv(body.toString('utf8'));
  return rows.map((row) => Object.fromEntries(header.map((label, i) => [label, row[i] ?? ''])));
};
const num = (text: string) => (text === '' ? null : Number(text));

describe('report exports', () => {
  let db: TestDatabase;
  let evaluator: SessionUser;
  let manager: SessionUser;
  let admin: SessionUser;
  let center: PlanPerformance;
  beforeAll(async () => {
    db = await createTestDatabase({ withDemoData: true });
    useAsAppDatabase(db);
    const users = await db.prisma.user.findMany({ where: { username: { in: ['evaluator', 'manager', 'admin'] } } });
    const session = (username: string): SessionUser => {
      const u = users.find((x) => x.username === username)!;
      return { id: u.id, username: u.username, name: u.displayName, role: u.role, unitId: u.unitId };
    };
    evaluator = session('evaluator');
    manager = session('manager');
    admin = session('admin');
    [center] = await listPlanPerformance(evaluator, {
      units: [CENTER],
      year: 2026,
      asOf: 10,
      approvedOnly: true,
      now: NOW,
    });
  });
  afterAll(async () => db.drop());

  const params = (p: Partial<ReportParams> = {}): ReportParams => ({
    kind: 'monitoring',
    units: [CENTER],
    year: 2026,
    month: 10,
    format: 'xlsx',
    approvedOnly: true,
    ...p,
  });
  const exportAs = (user: SessionUser, p: Partial<ReportParams> = {}) => exportReport(user, params(p), { now: NOW });

  test('monitoring XLSX: every indicator and budget figure equals the data layer, cell by cell, with percent stored as a fraction', async () => {
    const file = await exportAs(evaluator);
    const { sheet } = await readSheet(file.body, '绩效运行监控表');
    // approved-only: the submitted October is left out, and the headers say 1–9月
    expect(String(sheet.getCell(1, 1).value)).toBe('2026年1–9月绩效运行监控表');
    const texts = Array.from({ length: 8 }, (_, i) => String(sheet.getCell(i + 2, 1).value));
    expect(texts).toEqual(
      expect.arrayContaining([
        '单位：福建省12345政务服务便民热线中心（103603）',
        expect.stringContaining('生成人：'),
        expect.stringContaining('仅含已审核月份'),
      ]),
    );
    const { rows } = tableAfter(sheet, '一级指标');
    expect(rows.map((r) => r['三级指标'].value)).toEqual(center.indicators.map((i) => i.name));
    for (const [index, indicator] of center.indicators.entries()) {
      const row = rows[index];
      const isRatio = indicator.kind === 'RATIO';
      expect(row['1–9月执行情况'].value).toBe(xlsxOf(indicator, indicator.figures.ytdValue));
      expect(row['全年预计完成情况'].value).toBe(xlsxOf(indicator, indicator.figures.projection));
      expect(row['1–9月执行情况'].numFmt).toBe(isRatio ? '0.00%' : '#,##0.00');
      expect(row['年度指标值'].value).toBe(indicator.targetText);
      // only the current explanation marks causes (docs/RULES.md): none once the indicator is back on target
      const current = currentExplanation(indicator.deviations, indicator.figures.status, 10);
      const causes = new Set(current?.causes ?? []);
      expect(row['人员保障'].value ?? null).toBe(causes.has('STAFFING') ? '√' : null);
    }
    const budget = tableAfter(sheet, '资金项目').rows[0];
    expect(budget['预算数（万元）'].value).toBe(center.budgetTotal / 10_000);
    expect(budget['1–9月执行数（万元）'].value).toBe(shown(center.budget!.spentToDate! / 10_000));
    expect(budget['执行率'].value).toBe(shown(center.budget!.executionRate!, 'fraction'));
    expect(budget['序时进度'].value).toBe(shown(center.budget!.timeProgress, 'fraction'));
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1 });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen' });
    expect(file.fileName).toBe('绩效运行监控表_福建省12345政务服务便民热线中心_2026年1–10月.xlsx');
  });

  test('monitoring CSV: the same figures as numbers, one header row, UTF-8 with BOM', async () => {
    const file = await exportAs(evaluator, { format: 'csv' });
    expect([...file.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { titleLines } = readReportCsv(file.body.toString('utf8'));
    expect(titleLines[0]).toBe('2026年1–9月绩效运行监控表');
    expect(titleLines).toEqual(
      expect.arrayContaining([
        '单位：福建省12345政务服务便民热线中心（103603）',
        expect.stringContaining('生成时间：'),
        expect.stringContaining('仅含已审核月份'),
        expect.stringContaining('预计'),
      ]),
    );
    const rows = csvRows(file.body);
    for (const indicator of center.indicators) {
      const row = rows.find((r) => r['区块'] === '绩效指标运行情况' && r['三级指标'] === indicator.name)!;
      const column = '1–9月执行情况';
      expect(num(row[column])).toBe(display(indicator, indicator.figures.ytdValue));
      expect(row['单位编码']).toBe(CENTER);
    }
    const budget = rows.find((r) => r['资金项目'] === '年度资金总额')!;
    expect(num(budget['执行率（%）'])).toBe(shown(center.budget!.executionRate!, 'percent'));
    expect(num(budget['序时进度（%）'])).toBe(shown(center.budget!.timeProgress, 'percent'));
    expect(budget['执行率（%）']).toBe('74.1'); // not 74.10115835299861
  });

  test('self-evaluation XLSX and CSV: values side by side, scores, total and grade equal the data layer', async () => {
    const xlsx = await exportAs(evaluator, { kind: 'self-evaluation' });
    const { sheet } = await readSheet(xlsx.body, '绩效自评表');
    const { rows } = tableAfter(sheet, '一级指标');
    const scored = center.indicators.filter((i) => !i.isMonitoring);
    expect(rows.map((r) => r['三级指标'].value)).toEqual(scored.map((i) => i.name));
    for (const [index, indicator] of scored.entries()) {
      expect(rows[index]['1–9月实际完成值'].value).toBe(xlsxOf(indicator, indicator.figures.ytdValue));
      expect(rows[index]['全年预计完成值'].value).toBe(xlsxOf(indicator, indicator.figures.scoredActual));
      expect(rows[index]['得分（预计）'].value).toBe(shown(indicator.figures.score!));
      expect(rows[index]['分值'].value).toBe(indicator.weight);
    }
    const budget = tableAfter(sheet, '资金项目').rows[0];
    expect(budget['全年预计执行数（万元）'].value).toBe(shown(center.budget!.projectedSpend! / 10_000));
    expect(budget['得分（预计）'].value).toBe(shown(center.budget!.score!));
    expect(budget['执行率（预计）'].value).not.toBeNull();
    const total = tableAfter(sheet, '项目').rows[0];
    expect(total['得分（预计）'].value).toBe(shown(center.total!));
    expect(total['自评等级（预计）'].value).toBe(
      { EXCELLENT: '优', GOOD: '良', FAIR: '中', POOR: '差' }[center.grade!],
    );

    const csv = csvRows((await exportAs(evaluator, { kind: 'self-evaluation', format: 'csv' })).body);
    for (const indicator of scored) {
      const row = csv.find((r) => r['三级指标'] === indicator.name)!;
      expect(num(row['得分（预计）'])).toBe(shown(indicator.figures.score!));
    }
    expect(num(csv.find((r) => r['项目'] === '总分')!['得分（预计）'])).toBe(shown(center.total!));
  });

  test("monthly detail CSV and XLSX: every month's raw figures, approval state and deviation record", async () => {
    const csv = csvRows((await exportAs(evaluator, { kind: 'monthly', format: 'csv' })).body);
    expect(csv).toHaveLength(center.indicators.length * 10);
    for (const indicator of center.indicators) {
      for (const month of indicator.figures.monthly) {
        const row = csv.find((r) => r['三级指标'] === indicator.name && r['月份'] === String(month.month))!;
        if (indicator.kind === 'COUNT') expect(num(row['完成值'])).toBe(month.value && shown(month.value));
        else {
          expect(num(row['分子'])).toBe(month.numerator && shown(month.numerator));
          expect(num(row['分母'])).toBe(month.denominator && shown(month.denominator));
          expect(num(row['比率（%）'])).toBe(month.value && shown(month.value, 'percent'));
        }
        const deviation = indicator.deviations.find((d) => d.month === month.month);
        expect(row['偏差原因分析']).toBe(deviation?.analysis ?? '');
      }
    }
    const { sheet } = await readSheet((await exportAs(evaluator, { kind: 'monthly' })).body, '月度明细');
    const { rows } = tableAfter(sheet, '单位编码');
    expect(rows).toHaveLength(center.indicators.length * 10);
    const volume = center.indicators[0];
    expect(rows.filter((r) => r['三级指标'].value === volume.name).map((r) => r['完成值'].value ?? null)).toEqual(
      volume.figures.monthly.map((m) => m.value && shown(m.value)),
    );
  });

  test('approvedOnly=true leaves out the submitted October; false includes it and says so', async () => {
    const october = await db.prisma.monthlyActual.findFirstOrThrow({
      where: { month: 10, indicator: { code: 'I01', plan: { year: 2026, unit: { code: CENTER } } } },
    });
    const approved = csvRows((await exportAs(evaluator, { kind: 'monthly', format: 'csv' })).body).find(
      (r) => r['三级指标'] === '受理群众诉求数量' && r['月份'] === '10',
    )!;
    const all = csvRows((await exportAs(evaluator, { kind: 'monthly', format: 'csv', approvedOnly: false })).body).find(
      (r) => r['三级指标'] === '受理群众诉求数量' && r['月份'] === '10',
    )!;
    expect(approved['完成值']).toBe('');
    expect(approved['审核状态']).toBe('已提交（未计入）');
    expect(num(all['完成值'])).toBe(Number(october.value));
    expect(all['审核状态']).toBe('已提交');

    const ytd = async (approvedOnly: boolean) => {
      const rows = csvRows((await exportAs(evaluator, { format: 'csv', approvedOnly })).body);
      const column = approvedOnly ? '1–9月执行情况' : '1–10月执行情况';
      return num(rows.find((r) => r['三级指标'] === '受理群众诉求数量')![column])!;
    };
    // 万件 to two decimals: the difference is October's count to within 100 件
    expect(Math.abs((await ytd(false)) * 10_000 - (await ytd(true)) * 10_000 - Number(october.value))).toBeLessThan(
      100,
    );
    const { sheet } = await readSheet((await exportAs(evaluator, { approvedOnly: false })).body, '绩效运行监控表');
    expect(Array.from({ length: 8 }, (_, i) => String(sheet.getCell(i + 2, 1).value)).join('\n')).toContain(
      '含未审核月份',
    );
  });

  test('text that a spreadsheet would run as a formula is neutralised in CSV and stays plain text in XLSX', async () => {
    const payloads = [
      '=HYPERLINK("http://evil.example","点我")',
      '+cmd|" /C calc"!A0',
      '-2+3',
      '@SUM(A1:A9)',
      '\t=1+1',
      '\r=1+1',
    ];
    const actuals = await db.prisma.monthlyActual.findMany({
      where: {
        deviation: { isNot: null },
        month: { lte: 9 },
        indicator: { plan: { year: 2026, unit: { code: CENTER } } },
      },
      orderBy: [{ month: 'asc' }, { indicatorId: 'asc' }],
      take: payloads.length,
      select: { id: true, month: true, indicator: { select: { name: true } } },
    });
    expect(actuals).toHaveLength(payloads.length);
    const originals = await db.prisma.deviationRecord.findMany({
      where: { actualId: { in: actuals.map((a) => a.id) } },
      select: { actualId: true, analysis: true, measures: true },
    });
    await Promise.all(
      actuals.map((a, i) =>
        db.prisma.deviationRecord.update({
          where: { actualId: a.id },
          data: { analysis: payloads[i], measures: payloads[i] },
        }),
      ),
    );
    try {
      const csv = csvRows((await exportAs(evaluator, { kind: 'monthly', format: 'csv' })).body);
      actuals.forEach((a, i) => {
        const row = csv.find((r) => r['三级指标'] === a.indicator.name && r['月份'] === String(a.month))!;
        expect(row['偏差原因分析']).toBe(`'${payloads[i]}`);
        expect(row['改进措施']).toBe(`'${payloads[i]}`);
      });
      const { sheet } = await readSheet((await exportAs(evaluator, { kind: 'monthly' })).body, '月度明细');
      const { rows } = tableAfter(sheet, '单位编码');
      const row = rows.find(
        (r) => r['三级指标'].value === actuals[0].indicator.name && r['月份'].value === actuals[0].month,
      )!;
      expect(row['偏差原因分析'].type).toBe(ExcelJS.ValueType.String);
      expect(row['偏差原因分析'].value).toBe(payloads[0]);
    } finally {
      await Promise.all(
        originals.map((o) =>
          db.prisma.deviationRecord.update({
            where: { actualId: o.actualId },
            data: { analysis: o.analysis, measures: o.measures },
          }),
        ),
      );
    }
  });

  test('a manager cannot export, neither their own unit nor another; nothing is audited', async () => {
    const before = await db.prisma.auditEvent.count({ where: { action: 'EXPORT' } });
    await expect(exportAs(manager)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(exportAs(manager, { units: ['350100'] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(exportAs(manager, { units: 'all', kind: 'all' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await db.prisma.auditEvent.count({ where: { action: 'EXPORT' } })).toBe(before);
  });

  test('an unknown unit is NOT_FOUND', async () => {
    await expect(exportAs(evaluator, { units: ['999999'] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  test('an evaluator exports all ten units: one form per unit, every unit in the detail', async () => {
    const plans = await listPlanPerformance(evaluator, {
      units: 'all',
      year: 2026,
      asOf: 10,
      approvedOnly: true,
      now: NOW,
    });
    expect(plans).toHaveLength(10);
    const file = await exportAs(evaluator, { kind: 'all', units: 'all' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['绩效运行监控表', '绩效自评表', '月度明细']);
    const monitoring = workbook.getWorksheet('绩效运行监控表')!;
    let headerRow = 0;
    for (const plan of plans) {
      const table = tableAfter(monitoring, '一级指标', headerRow + 1);
      headerRow = table.headerRow;
      const volume = plan.indicators.find((i) => i.code === 'I01')!;
      const row = table.rows.find((r) => r['三级指标'].value === volume.name)!;
      expect(row[`${coveredMonthsLabel(plan)}执行情况`].value).toBe(display(volume, volume.figures.ytdValue));
    }
    const detail = tableAfter(workbook.getWorksheet('月度明细')!, '单位编码').rows;
    expect(new Set(detail.map((r) => r['单位编码'].value))).toEqual(new Set(plans.map((p) => p.unit.code)));
    expect(file.fileName).toBe('绩效报表_全部单位_2026年1–10月.xlsx');
    const adminFile = await exportAs(admin, { kind: 'self-evaluation', units: 'all', format: 'csv' });
    expect(new Set(csvRows(adminFile.body).map((r) => r['单位编码'])).size).toBe(10);
  });

  test('the PDF holds the unit name, the indicators and the figures as printed', async () => {
    const file = await exportAs(evaluator, { kind: 'all', format: 'pdf' });
    expect(file.body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await pdfText(file.body)).join('\n');
    expect(text).toContain('福建省12345政务服务便民热线中心');
    for (const indicator of center.indicators) expect(text).toContain(indicator.name);
    expect(text).toContain('绩效运行监控表');
    expect(text).toContain('绩效自评表');
    expect(text).toContain('月度明细');
    expect(text).toContain(center.total!.toFixed(2));
    // the indicator charts, once per unit although the file holds two form reports
    for (const indicator of center.indicators.filter((i) => i.kind !== 'QUALITATIVE'))
      expect(text.split(`${indicator.name}：月度完成值`.normalize('NFKC'))).toHaveLength(2);
    expect(text).toContain('指标图表（截至10月）'.normalize('NFKC'));
  });

  test('every export writes one EXPORT audit event with what was exported', async () => {
    const before = await db.prisma.auditEvent.count({ where: { action: 'EXPORT' } });
    for (const format of ['xlsx', 'csv', 'pdf'] as const)
      await exportAs(evaluator, { kind: 'self-evaluation', format, approvedOnly: false });
    const events = await db.prisma.auditEvent.findMany({
      where: { action: 'EXPORT' },
      orderBy: { id: 'desc' },
      take: 3,
    });
    expect(await db.prisma.auditEvent.count({ where: { action: 'EXPORT' } })).toBe(before + 3);
    expect(events.map((e) => (e.after as { format: string }).format)).toEqual(['pdf', 'csv', 'xlsx']);
    expect(events[0]).toMatchObject({
      userId: evaluator.id,
      entity: 'Report',
      entityId: 'self-evaluation',
      unitId: center.unit.id,
    });
    expect(events[0].after).toMatchObject({ units: [CENTER], year: 2026, asOf: 10, approvedOnly: false });
  });
});
