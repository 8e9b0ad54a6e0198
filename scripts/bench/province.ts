// The province-scale data of the benchmark (issue 13): 100 units × 10 years of the seed plan, their months, budget
// executions, deviation records, evidence rows and a million audit events, generated from a seed as plain rows with
// explicit ids so that two runs produce the same content (provinceHash) and the loader can insert them in bulk.
import { createHash } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { AuditCode } from '../../lib/audit-vocabulary';
import { defaultMonthlyPlan } from '../../lib/domain';
import { DEMO_PASSWORD, random, SEASON } from '../../prisma/seed/demo-data';
import {
  indicatorRows,
  SEED_BUDGET,
  SEED_GOAL,
  SEED_INDICATORS,
  type IndicatorTemplate,
} from '../../prisma/seed/plan-template';

export type ProvinceConfig = {
  seed: number;
  units: number;
  firstYear: number;
  /** the current year: months after lastMonth have no data yet */
  lastYear: number;
  lastMonth: number;
  auditEvents: number;
  evidenceFiles: number;
};

export const PROVINCE: ProvinceConfig = {
  seed: 12345,
  units: 100,
  firstYear: 2017,
  lastYear: 2026,
  lastMonth: 10,
  auditEvents: 1_000_000,
  evidenceFiles: 300,
};

export type Row = Record<string, string | number | boolean | null | string[]>;
/** Rows of one table, in insertion order; every table with an id column carries explicit ids. */
export type TableRows = { table: string; rows: Row[] };

const RATE_MEAN: Record<string, { mean: number; base: number }> = {
  I02: { mean: 89.9, base: 1.16 },
  I03: { mean: 96.4, base: 0.62 },
  I05: { mean: 86.2, base: 1 },
  I06: { mean: 95.9, base: 0.08 },
  M01: { mean: 91.5, base: 0.58 },
  M02: { mean: 87.0, base: 0.53 },
};
/** The seed plan's eight plus a qualitative one (I05 gives it 5 of its 30 points) and a qualitative monitoring one. */
export const PROVINCE_INDICATORS: IndicatorTemplate[] = [
  ...SEED_INDICATORS.map((t) => (t.code === 'I05' ? { ...t, weight: 25 } : t)),
  qualitative('Q01', '效益指标', '可持续影响指标', '热线知识库建设', '知识库按月更新，覆盖新出台政策', 5),
  qualitative('Q02', '监测指标', '工作计划指标', '坐席培训完成情况', '按计划完成年度坐席轮训', 0),
];
const PROVINCE_ROWS = indicatorRows(PROVINCE_INDICATORS);

function qualitative(code: string, level1: string, level2: string, name: string, goal: string, weight: number) {
  return {
    code,
    level1,
    level2,
    name,
    kind: 'QUALITATIVE',
    comparator: 'EQ',
    target: 0,
    targetText: goal,
    displayUnit: '',
    displayDivisor: 1,
    weight,
    numeratorLabel: null,
    denominatorLabel: null,
    isMonitoring: weight === 0,
    isBudgetDerived: false,
  } satisfies IndicatorTemplate;
}

// Events as the application records them (a deviation record is saved with its ACTUAL_SAVE); MONTH_SUBMIT is one in
// eight, which the audit log's filtered page of the measurements counts on.
const AUDIT_EVENTS: readonly AuditCode[] = [
  { action: 'ACTUAL_SAVE', entity: 'MonthlyActual' },
  { action: 'MONTH_SUBMIT', entity: 'MonthReport' },
  { action: 'MONTH_APPROVE', entity: 'MonthReport' },
  { action: 'MONTH_RETURN', entity: 'MonthReport' },
  { action: 'BUDGET_SAVE', entity: 'BudgetExecution' },
  { action: 'MONTH_SAVE', entity: 'MonthReport' },
  { action: 'LOGIN', entity: 'User' },
  { action: 'EVIDENCE_UPLOAD', entity: 'EvidenceFile' },
];

const shanghai = (year: number, month: number, day: number, hour: number) =>
  new Date(Date.UTC(year, month - 1, day, hour - 8)).toISOString();
const unitCode = (u: number) => `P${String(u).padStart(4, '0')}`;
/** Every synthetic account (password Demo@2026): admin, leader, evaluator, and bench-manager-NNN per unit. */
export const managerName = (u: number) => `bench-manager-${String(u).padStart(3, '0')}`;
// A fixed salt keeps the password hash, and so the whole content, identical between runs.
const PASSWORD_HASH = bcrypt.hashSync(DEMO_PASSWORD, '$2b$10$provincebenchmarksaltAB');

type Ids = { plan: number; indicator: number; actual: number; report: number; budget: number; deviation: number };

export type Province = {
  config: ProvinceConfig;
  tables: TableRows[];
  /** actual ids of months that carry evidence rows (for the audit events' entity ids) */
  lastUserId: number;
};

/** Every table but the audit log, whose million rows are produced batch by batch by auditBatches. */
export function buildProvince(config: ProvinceConfig): Province {
  const next = random(config.seed);
  const units: Row[] = [];
  const users: Row[] = [];
  const plans: Row[] = [];
  const indicators: Row[] = [];
  const actuals: Row[] = [];
  const reports: Row[] = [];
  const budgets: Row[] = [];
  const deviations: Row[] = [];
  const ids: Ids = { plan: 0, indicator: 0, actual: 0, report: 0, budget: 0, deviation: 0 };
  const user = (username: string, displayName: string, role: string, unitId: number) => {
    users.push({
      id: users.length + 1,
      username,
      displayName,
      passwordHash: PASSWORD_HASH,
      role,
      unitId,
      isDemo: true,
    });
    return users.length;
  };
  const admin = user('admin', '系统管理员', 'ADMIN', 1);
  const leader = user('leader', '省中心领导', 'LEADER', 1);
  user('evaluator', '绩效评价员', 'EVALUATOR', 1);
  for (let u = 1; u <= config.units; u++) {
    units.push({ id: u, code: unitCode(u), name: `第${u}号市县12345热线平台`, isDemo: true, sortOrder: u });
    const manager = user(managerName(u), `第${u}号平台填报员`, 'MANAGER', u);
    const scale = 0.03 + next() * 0.27;
    const quality = (next() - 0.5) * 4;
    for (let year = config.firstYear; year <= config.lastYear; year++) {
      const isCurrent = year === config.lastYear;
      const lastMonth = isCurrent ? config.lastMonth - (u % 10 === 0 ? 1 : 0) : 12;
      const growth = 1 - (config.lastYear - year) * 0.03;
      const budgetTotal = Math.round((SEED_BUDGET.total * scale * 3.2 * growth) / 100) * 100;
      const planId = ++ids.plan;
      plans.push({
        id: planId,
        unitId: u,
        year,
        goal: SEED_GOAL,
        budgetTotal,
        basicExpense: budgetTotal,
        projectExpense: 0,
        budgetWeight: 10,
        status: 'PUBLISHED',
        isDemo: true,
      });
      const planned = defaultMonthlyPlan(budgetTotal);
      for (let month = 1; month <= 12; month++) {
        const spent = month <= lastMonth ? Math.round(planned[month - 1] * (0.93 + next() * 0.1) * 100) / 100 : null;
        budgets.push({ id: ++ids.budget, planId, month, planned: planned[month - 1], spent, updatedById: manager });
      }
      const volumes = SEASON.map((s) => Math.round(1_030_000 * scale * growth * s * (0.97 + next() * 0.06)));
      PROVINCE_INDICATORS.forEach((t, index) => {
        const indicatorId = ++ids.indicator;
        const target =
          t.kind === 'COUNT'
            ? Math.round((t.target * scale * growth) / 10_000) * 10_000
            : t.kind === 'RATIO'
              ? t.target
              : null;
        indicators.push({
          ...PROVINCE_ROWS[index],
          id: indicatorId,
          planId,
          target,
          targetText: t.kind === 'COUNT' ? `≥${target! / 10_000}万件` : t.targetText,
        });
        if (t.isBudgetDerived) return;
        for (let month = 1; month <= lastMonth; month++) {
          const actualId = ++ids.actual;
          const row: Row = {
            id: actualId,
            indicatorId,
            month,
            value: null,
            numerator: null,
            denominator: null,
            rating: null,
            updatedById: manager,
          };
          let offTarget = false;
          if (t.kind === 'COUNT') {
            row.value = volumes[month - 1];
            offTarget = volumes[month - 1] * 12 < t.target * scale * growth * SEASON[month - 1];
          } else if (t.kind === 'RATIO') {
            const spec = RATE_MEAN[t.code];
            const dip = t.code === 'I02' && (month === 2 || month === 7) ? -2.2 : 0;
            const rate = Math.min(99.8, spec.mean + quality * 0.8 + dip + (next() - 0.5) * 1.6);
            const denominator = Math.round(volumes[month - 1] * spec.base);
            row.denominator = denominator;
            row.numerator = Math.round((denominator * rate) / 100);
            offTarget = rate < t.target;
          } else {
            const r = next();
            row.rating = r < 0.8 ? 'ACHIEVED' : r < 0.95 ? 'PARTIAL' : 'NOT_ACHIEVED';
            offTarget = row.rating !== 'ACHIEVED';
          }
          actuals.push(row);
          if (offTarget && next() < 0.5)
            deviations.push({
              id: ++ids.deviation,
              actualId,
              causes: ['STAFFING', 'OTHER'].slice(0, 1 + Math.floor(next() * 2)),
              analysis: `${t.name}${month}月低于序时进度，主要受诉求量波动和坐席排班影响。`,
              measures: '加强高峰时段排班，逐日督办临期工单。',
              likelihood: next() < 0.7 ? 'POSSIBLE' : 'CERTAIN',
            });
        }
      });
      for (let month = 1; month <= lastMonth; month++) {
        const [dueYear, dueMonth] = month === 12 ? [year + 1, 1] : [year, month + 1];
        const isLatest = isCurrent && month === config.lastMonth;
        const state = !isLatest ? 'APPROVED' : u % 5 === 0 ? 'DRAFT' : u % 7 === 0 ? 'RETURNED' : 'SUBMITTED';
        const submitted = state === 'DRAFT' ? null : shanghai(dueYear, dueMonth, 5 + (u % 5), 16);
        const reviewed = state === 'APPROVED' || state === 'RETURNED' ? shanghai(dueYear, dueMonth, 12, 10) : null;
        reports.push({
          id: ++ids.report,
          planId,
          month,
          state,
          submittedAt: submitted,
          submittedById: submitted ? manager : null,
          reviewedAt: reviewed,
          reviewedById: reviewed ? leader : null,
          returnReason: state === 'RETURNED' ? '请补充偏差分析。' : null,
          updatedById: manager,
        });
      }
    }
  }
  const evidence: Row[] = [];
  for (let i = 1; i <= config.evidenceFiles; i++) {
    const actual = actuals[Math.floor(next() * actuals.length)];
    const content = Buffer.from(`%PDF-1.4\n% evidence ${i} of actual ${actual.id}\n%%EOF\n`);
    evidence.push({
      id: i,
      actualId: actual.id,
      fileName: `佐证材料-${i}.pdf`,
      mimeType: 'application/pdf',
      size: content.byteLength,
      sha256: createHash('sha256').update(content).digest('hex'),
      content: `\\x${content.toString('hex')}`,
      uploadedById: actual.updatedById,
    });
  }
  void admin;
  return {
    config,
    lastUserId: users.length,
    tables: [
      { table: 'Unit', rows: units },
      { table: 'User', rows: users },
      { table: 'Plan', rows: plans },
      { table: 'Indicator', rows: indicators },
      { table: 'MonthlyActual', rows: actuals },
      { table: 'DeviationRecord', rows: deviations },
      { table: 'MonthReport', rows: reports },
      { table: 'BudgetExecution', rows: budgets },
      { table: 'EvidenceFile', rows: evidence },
    ],
  };
}

export const AUDIT_BATCH = 50_000;

/** What an upload's event says it was attached to, as the app writes it: the file, its indicator, unit and month. */
function evidenceAttachment(config: ProvinceConfig, unitId: number, at: Date, fileId: number, version: number) {
  const shanghai = new Date(at.getTime() + 8 * 3600_000);
  const year = shanghai.getUTCFullYear();
  const years = config.lastYear - config.firstYear + 1;
  const plan = (unitId - 1) * years + (year - config.firstYear);
  const indicatorId = plan * PROVINCE_INDICATORS.length + 1 + (fileId % PROVINCE_INDICATORS.length);
  return {
    fileName: `佐证材料-${fileId}.pdf`,
    mimeType: 'application/pdf',
    indicatorId,
    unitCode: unitCode(unitId),
    year,
    month: shanghai.getUTCMonth() + 1,
    version,
  };
}

/** The audit log, oldest first, spread over the ten years, in batches of AUDIT_BATCH rows. */
export function* auditBatches(config: ProvinceConfig, userCount: number): Generator<Row[]> {
  const next = random(config.seed ^ 0x5eed);
  const start = Date.UTC(config.firstYear, 0, 1) - 8 * 3600_000;
  const end = Date.UTC(config.lastYear, config.lastMonth, 1) - 8 * 3600_000;
  const step = (end - start) / config.auditEvents;
  for (let from = 0; from < config.auditEvents; from += AUDIT_BATCH) {
    const batch: Row[] = [];
    for (let i = from; i < Math.min(config.auditEvents, from + AUDIT_BATCH); i++) {
      const { action, entity } = AUDIT_EVENTS[Math.floor(next() * AUDIT_EVENTS.length)];
      const unitId = 1 + Math.floor(next() * config.units);
      const version = 1 + Math.floor(next() * 5);
      const at = new Date(start + Math.floor(i * step));
      const entityId = 1 + Math.floor(next() * 100_000);
      batch.push({
        id: i + 1,
        at: at.toISOString(),
        userId: action === 'MONTH_APPROVE' || action === 'MONTH_RETURN' ? 2 : Math.min(userCount, 3 + unitId),
        action,
        entity,
        entityId: String(entityId),
        unitId,
        before: JSON.stringify({ version }),
        after: JSON.stringify(
          action === 'EVIDENCE_UPLOAD'
            ? evidenceAttachment(config, unitId, at, entityId, version + 1)
            : { version: version + 1 },
        ),
      });
    }
    yield batch;
  }
}

/** sha256 over every generated row of every table, the audit log included, in order. */
export function provinceHash(config: ProvinceConfig): string {
  const hash = createHash('sha256');
  const province = buildProvince(config);
  for (const { table, rows } of province.tables) {
    hash.update(table);
    for (const row of rows) hash.update(JSON.stringify(row));
  }
  for (const batch of auditBatches(config, province.lastUserId))
    for (const row of batch) hash.update(JSON.stringify(row));
  return hash.digest('hex');
}
