import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SessionUser } from '../../lib/auth/permissions';
import { listPlanPerformance } from '../../lib/data/performance';
import { formatNumber, formatPercent } from '../../lib/format';
import { coveredMonthsLabel } from '../../lib/reports/build';
import { readReportCsv } from '../../lib/reports/csv';
import { exportReport } from '../../lib/reports/export';
import { DRAFT_HEADINGS } from '../../lib/reports/self-evaluation-draft';
import { exportSelfEvaluationReport } from '../../lib/reports/self-evaluation-report';
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from './helpers';

const NOW = new Date('2026-11-26T04:00:00Z');
const CENTER = '103603';

const docxText = async (body: Buffer) => (await mammoth.extractRawText({ buffer: body })).value;
// the export's table, below its title lines, as records keyed by the header
const csvRows = (body: Buffer) => {
  const { header, rows } = readReportCsv(body.toString('utf8'));
  return rows.map((cells) => Object.fromEntries(header.map((column, i) => [column, cells[i] ?? ''])));
};
// a number of the export as the report prints it: percent columns as 90.12%, others to 2 decimals (or whole)
const printed = (column: string, value: number) =>
  column.includes('执行率') || /率/.test(column)
    ? [formatPercent(value, 'zh-CN', 2), formatNumber(value, 'zh-CN', 2)]
    : [formatNumber(value, 'zh-CN', 2), formatNumber(value, 'zh-CN', 0)];

describe('绩效自评报告 (Word)', () => {
  let db: TestDatabase;
  let evaluator: SessionUser;
  beforeAll(async () => {
    db = await createTestDatabase({ withDemoData: true });
    useAsAppDatabase(db);
    const u = await db.prisma.user.findFirstOrThrow({ where: { username: 'evaluator' } });
    evaluator = { id: u.id, username: u.username, name: u.displayName, role: u.role, unitId: u.unitId };
  });
  afterAll(async () => db.drop());

  const query = (p: { units?: string[]; year?: number; month?: number | null } = {}) => ({
    units: p.units ?? [CENTER],
    year: p.year ?? 2026,
    month: p.month === undefined ? 10 : p.month,
    approvedOnly: true,
  });

  test('every figure of the 绩效自评表 export is in the document; the paragraphs say the same numbers', async () => {
    const file = await exportSelfEvaluationReport(evaluator, query(), { now: NOW });
    expect(file.fileName).toBe('绩效自评报告_福建省12345政务服务便民热线中心_2026年1–10月.docx');
    const text = await docxText(file.body);
    const csv = csvRows(
      (await exportReport(evaluator, { ...query(), kind: 'self-evaluation', format: 'csv' }, { now: NOW })).body,
    );
    let checked = 0;
    for (const row of csv) {
      for (const [column, cell] of Object.entries(row)) {
        if (cell === '' || Number.isNaN(Number(cell)) || column === '单位编码') continue;
        const forms = printed(column, Number(cell));
        expect(
          forms.some((f) => text.includes(f)),
          `${column} = ${cell} (${forms.join(' / ')})`,
        ).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
    const [plan] = await listPlanPerformance(evaluator, {
      units: [CENTER],
      year: 2026,
      asOf: 10,
      approvedOnly: true,
      now: NOW,
    });
    for (const indicator of plan.indicators.filter((i) => !i.isMonitoring && i.kind !== 'QUALITATIVE')) {
      const row = csv.find((r) => r['三级指标'] === indicator.name)!;
      // approved months only: October is submitted, not approved, so both the form and the text say 1–9月
      const months = coveredMonthsLabel(plan);
      const lead = indicator.kind === 'COUNT' ? `${months}累计${indicator.name}` : `${months}${indicator.name}`;
      const sentence = text.split('\n').find((line) => line.startsWith(lead))!;
      expect(sentence, indicator.name).toBeDefined();
      const ytd = Number(row[`实际完成值-${months}实际完成值`]);
      const year = Number(row['实际完成值-全年预计完成值']);
      const asText = (v: number) =>
        indicator.kind === 'RATIO' ? formatPercent(v, 'zh-CN', 2) : formatNumber(v, 'zh-CN', 2);
      expect(sentence).toContain(asText(ytd));
      expect(sentence).toContain(`全年预计${asText(year)}`);
      expect(sentence).toMatch(/预计(未能)?完成目标。$/);
    }
  });

  test('headings 一 to 六 in order; 预计 before the year is complete, not after', async () => {
    const open = await docxText((await exportSelfEvaluationReport(evaluator, query(), { now: NOW })).body);
    const positions = DRAFT_HEADINGS.map((h) => open.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(open).toContain('预计');
    const closed = await docxText(
      (await exportSelfEvaluationReport(evaluator, query({ year: 2025, month: 12 }), { now: NOW })).body,
    );
    expect(closed).toContain('全年累计受理群众诉求数量');
    expect(closed).not.toContain('预计');
  });

  test('a unit without deviation records gets a sentence under 三, not an empty heading', async () => {
    await db.prisma.deviationRecord.deleteMany({
      where: { actual: { indicator: { plan: { year: 2025, unit: { code: '350200' } } } } },
    });
    const text = await docxText(
      (await exportSelfEvaluationReport(evaluator, query({ units: ['350200'], year: 2025, month: 12 }), { now: NOW }))
        .body,
    );
    const section = text.slice(text.indexOf(DRAFT_HEADINGS[2]), text.indexOf(DRAFT_HEADINGS[3]));
    expect(section).toContain('各项指标均未出现需要说明的偏差，无偏差原因记录');
  });

  test('the download is audited; a manager may not export', async () => {
    const before = await db.prisma.auditEvent.count({
      where: { action: 'EXPORT', entityId: 'self-evaluation-report' },
    });
    await exportSelfEvaluationReport(evaluator, query(), { now: NOW });
    expect(await db.prisma.auditEvent.count({ where: { action: 'EXPORT', entityId: 'self-evaluation-report' } })).toBe(
      before + 1,
    );
    const m = await db.prisma.user.findFirstOrThrow({ where: { username: 'manager' } });
    const manager = { id: m.id, username: m.username, name: m.displayName, role: m.role, unitId: m.unitId };
    await expect(exportSelfEvaluationReport(manager, query(), { now: NOW })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
