import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { recordAudit } from '@/lib/data/audit';
import { assertCan, isUniqueViolation, notFound, parseInput, staleError } from '@/lib/data/admin-common';
import type { SessionUser } from '@/lib/auth/permissions';
import { defaultMonthlyPlan } from '@/lib/domain/budget';
import type { IndicatorDefinition, PlanStatus } from '@/lib/domain/types';
import {
  baseToDisplay,
  budgetTotalYuan,
  checkPublishable,
  displayToBase,
  GRADE_SETTINGS,
  indicatorWeightSum,
  targetText,
  THRESHOLD_SETTINGS,
  weightTotal,
  wanYuanToYuan,
  yuanToWanYuan,
  type PublishCheck,
} from '@/lib/domain/plan-rules';
import { AppError, message } from '@/lib/errors';
import { indicatorDefinitionOf } from './indicator-definition';
import { decimalNumber, decimalText, decimalTextOrNull, type StoredDecimal } from './decimals';
import {
  adjustTargetSchema,
  copyPlanSchema,
  indicatorRefSchema,
  indicatorSchema,
  planSettingsSchema,
  publishPlanSchema,
  type AdjustTargetInput,
  type CopyPlanInput,
  type IndicatorInput,
  type PlanSettingsInput,
} from '@/lib/validation/admin-plans';

export type AdminPlanRow = {
  id: number;
  year: number;
  unitCode: string;
  unitName: string;
  status: PlanStatus;
  indicatorCount: number;
  weightSum: string;
  budgetWeight: string;
  /** Σ weights + budget weight, exactly, and whether it makes the 100 publishing needs */
  weightTotal: { total: string; isHundred: boolean };
  budgetTotalWan: string;
};

export async function listPlans(actor: SessionUser, filter: { year?: number | null } = {}): Promise<AdminPlanRow[]> {
  assertCan(actor, 'plans.manage');
  const plans = await prisma.plan.findMany({
    where: filter.year ? { year: filter.year } : {},
    orderBy: [{ year: 'desc' }, { unit: { sortOrder: 'asc' } }, { unit: { code: 'asc' } }],
    select: {
      id: true,
      year: true,
      status: true,
      budgetWeight: true,
      budgetTotal: true,
      unit: { select: { code: true, name: true } },
    },
  });
  const sums = await prisma.indicator.groupBy({
    by: ['planId'],
    where: { planId: { in: plans.map((p) => p.id) }, isMonitoring: false },
    _sum: { weight: true },
    _count: { _all: true },
  });
  const byPlan = new Map(sums.map((s) => [s.planId, s]));
  return plans.map((p) => {
    const weightSum = decimalTextOrNull(byPlan.get(p.id)?._sum.weight ?? null) ?? '0';
    return {
      id: p.id,
      year: p.year,
      unitCode: p.unit.code,
      unitName: p.unit.name,
      status: p.status,
      indicatorCount: byPlan.get(p.id)?._count._all ?? 0,
      weightSum,
      budgetWeight: decimalText(p.budgetWeight),
      weightTotal: weightTotal(weightSum, decimalText(p.budgetWeight)),
      budgetTotalWan: yuanToWanYuan(decimalText(p.budgetTotal)),
    };
  });
}

export async function listPlanYears(actor: SessionUser): Promise<number[]> {
  assertCan(actor, 'plans.manage');
  const rows = await prisma.plan.findMany({ distinct: ['year'], select: { year: true }, orderBy: { year: 'desc' } });
  return rows.map((r) => r.year);
}

export type AdminTargetVersion = {
  versionNo: number;
  target: string | null;
  targetText: string;
  weight: string;
  reason: string;
  changedAt: string;
  changedBy: string | null;
};
export type AdminIndicator = IndicatorDefinition & {
  id: number;
  version: number;
  /** in the display unit */
  target: string | null;
  weight: string;
  versions: AdminTargetVersion[];
};
export type AdminPlanDetail = {
  id: number;
  version: number;
  year: number;
  status: PlanStatus;
  unit: { id: number; code: string; name: string };
  goal: string;
  basicExpense: string;
  projectExpense: string;
  budgetTotal: string;
  settings: Record<(typeof SETTING_FIELDS)[number], string> & { dueDay: number };
  indicators: AdminIndicator[];
  publishCheck: PublishCheck;
  indicatorWeightSum: string;
  weightTotal: { total: string; isHundred: boolean };
};

const SETTING_FIELDS = ['budgetWeight', ...GRADE_SETTINGS, ...THRESHOLD_SETTINGS] as const;

export async function getPlanDetail(actor: SessionUser, id: number): Promise<AdminPlanDetail | null> {
  assertCan(actor, 'plans.manage');
  const plan = await prisma.plan.findUnique({
    where: { id },
    include: {
      unit: { select: { id: true, code: true, name: true } },
      indicators: { orderBy: { sortOrder: 'asc' }, include: { targetVersions: { orderBy: { versionNo: 'asc' } } } },
    },
  });
  if (!plan) return null;
  const editorIds = [
    ...new Set(
      plan.indicators.flatMap((i) => i.targetVersions.map((v) => v.changedById)).filter((x): x is number => x !== null),
    ),
  ];
  const editors = new Map(
    (await prisma.user.findMany({ where: { id: { in: editorIds } }, select: { id: true, displayName: true } })).map(
      (u) => [u.id, u.displayName],
    ),
  );
  const display = (v: StoredDecimal | null, divisor: number) =>
    v === null ? null : baseToDisplay(decimalText(v), divisor);
  const indicators: AdminIndicator[] = plan.indicators.map((i) => ({
    ...indicatorDefinitionOf(i),
    id: i.id,
    version: i.version,
    target: display(i.target, i.displayDivisor),
    weight: decimalText(i.weight),
    versions: i.targetVersions.map((v) => ({
      versionNo: v.versionNo,
      target: display(v.target, i.displayDivisor),
      targetText: v.targetText,
      weight: decimalText(v.weight),
      reason: v.reason,
      changedAt: v.changedAt.toISOString(),
      changedBy: v.changedById === null ? null : (editors.get(v.changedById) ?? null),
    })),
  }));
  return {
    id: plan.id,
    version: plan.version,
    year: plan.year,
    status: plan.status,
    unit: plan.unit,
    goal: plan.goal,
    basicExpense: yuanToWanYuan(decimalText(plan.basicExpense)),
    projectExpense: yuanToWanYuan(decimalText(plan.projectExpense)),
    budgetTotal: yuanToWanYuan(decimalText(plan.budgetTotal)),
    settings: {
      ...(Object.fromEntries(SETTING_FIELDS.map((f) => [f, decimalText(plan[f])])) as Record<
        (typeof SETTING_FIELDS)[number],
        string
      >),
      dueDay: plan.dueDay,
    },
    indicators,
    publishCheck: checkPublishable({
      budgetWeight: decimalText(plan.budgetWeight),
      indicators: indicators.map((i) => ({ weight: i.weight, isMonitoring: i.isMonitoring, name: i.name })),
    }),
    indicatorWeightSum: indicatorWeightSum(indicators),
    weightTotal: weightTotal(indicatorWeightSum(indicators), decimalText(plan.budgetWeight)),
  };
}

const planExists = () =>
  new AppError('CONFLICT', 'common.errors.invalid', {}, { year: [message('admin.errors.planExists')] });

/**
 * A new year's plan for a unit: a DRAFT copy of its latest earlier plan (indicators, weights, settings, budget), no
 * actuals.
 */
export async function copyPlan(
  actor: SessionUser,
  input: CopyPlanInput,
): Promise<{ id: number; copiedFromYear: number | null }> {
  assertCan(actor, 'plans.manage');
  const data = parseInput(copyPlanSchema, input);
  try {
    return await prisma.$transaction(async (tx) => {
      if (!(await tx.unit.findUnique({ where: { id: data.unitId }, select: { id: true } }))) {
        throw new AppError('INVALID', 'common.errors.invalid', {}, { unitId: [message('admin.errors.unitMissing')] });
      }
      if (
        await tx.plan.findUnique({
          where: { unitId_year: { unitId: data.unitId, year: data.year } },
          select: { id: true },
        })
      )
        throw planExists();
      const source = await tx.plan.findFirst({
        where: { unitId: data.unitId, year: { lt: data.year } },
        orderBy: { year: 'desc' },
        include: { indicators: { orderBy: { sortOrder: 'asc' } } },
      });
      const {
        id: _id,
        createdAt: _c,
        updatedAt: _u,
        version: _v,
        status: _s,
        isDemo: _d,
        indicators = [],
        ...settings
      } = source ?? { goal: '', budgetTotal: 0, basicExpense: 0, projectExpense: 0 };
      const created = await tx.plan.create({
        data: {
          ...settings,
          unitId: data.unitId,
          year: data.year,
          status: 'DRAFT',
          indicators: {
            createMany: {
              data: indicators.map(
                ({
                  id: _i,
                  planId: _p,
                  createdAt: _ic,
                  updatedAt: _iu,
                  version: _iv,
                  evaluatorScore: _e,
                  ...indicator
                }) => indicator,
              ),
            },
          },
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        userId: actor.id,
        action: 'PLAN_CREATE',
        entity: 'Plan',
        entityId: created.id,
        unitId: data.unitId,
        after: {
          year: data.year,
          copiedFromYear: source?.year ?? null,
          indicators: indicators.length,
          status: 'DRAFT',
        },
      });
      return { id: created.id, copiedFromYear: source?.year ?? null };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw planExists();
    throw error;
  }
}

/** Claims a DRAFT plan for a change (row lock + version bump), so a concurrent publish sees the change or refuses. */
async function claimDraft(tx: Tx, planId: number): Promise<{ unitId: number }> {
  const { count } = await tx.plan.updateMany({
    where: { id: planId, status: 'DRAFT' },
    data: { version: { increment: 1 } },
  });
  const plan = await tx.plan.findUnique({ where: { id: planId }, select: { unitId: true } });
  if (!plan) throw notFound();
  if (count === 0) throw new AppError('INVALID', 'admin.errors.planNotDraft');
  return plan;
}

export async function updatePlanSettings(actor: SessionUser, input: PlanSettingsInput): Promise<void> {
  assertCan(actor, 'plans.manage');
  const data = parseInput(planSettingsSchema, input);
  await prisma.$transaction(async (tx) => {
    const before = await tx.plan.findUnique({ where: { id: data.id } });
    if (!before) throw notFound();
    if (before.status !== 'DRAFT') throw new AppError('INVALID', 'admin.errors.planNotDraft');
    const basicExpense = wanYuanToYuan(data.basicExpense);
    const projectExpense = wanYuanToYuan(data.projectExpense);
    const { id, version, ...fields } = data;
    const values = {
      ...fields,
      basicExpense,
      projectExpense,
      budgetTotal: budgetTotalYuan(basicExpense, projectExpense),
    };
    const { count } = await tx.plan.updateMany({
      where: { id, version, status: 'DRAFT' },
      data: { ...values, version: { increment: 1 } },
    });
    if (count === 0) throw await staleError(tx, 'Plan', id);
    const previous = Object.fromEntries(Object.keys(values).map((k) => [k, String(before[k as keyof typeof before])]));
    await recordAudit(tx, {
      userId: actor.id,
      action: 'PLAN_UPDATE',
      entity: 'Plan',
      entityId: id,
      unitId: before.unitId,
      before: previous,
      after: values,
    });
  });
}

function indicatorValues(data: ReturnType<typeof indicatorSchema.parse>) {
  const target =
    data.kind === 'QUALITATIVE' || data.target === undefined ? null : displayToBase(data.target, data.displayDivisor);
  return {
    code: data.code,
    level1: data.level1,
    level2: data.level2,
    name: data.name,
    kind: data.kind,
    comparator: data.comparator,
    target,
    targetText:
      data.targetText ?? (data.target === undefined ? '' : targetText(data.comparator, data.target, data.displayUnit)),
    displayUnit: data.displayUnit,
    displayDivisor: data.displayDivisor,
    weight: data.weight,
    isMonitoring: data.isMonitoring,
    numeratorLabel: data.kind === 'RATIO' ? (data.numeratorLabel ?? null) : null,
    denominatorLabel: data.kind === 'RATIO' ? (data.denominatorLabel ?? null) : null,
  };
}

const codeTaken = () =>
  new AppError('CONFLICT', 'common.errors.invalid', {}, { code: [message('admin.errors.indicatorCodeTaken')] });

/** Adds (no id) or edits an indicator of a DRAFT plan. */
export async function saveIndicator(actor: SessionUser, input: IndicatorInput): Promise<{ id: number }> {
  assertCan(actor, 'plans.manage');
  const data = parseInput(indicatorSchema, input);
  const values = indicatorValues(data);
  try {
    return await prisma.$transaction(async (tx) => {
      const plan = await claimDraft(tx, data.planId);
      const clash = await tx.indicator.findFirst({
        where: { planId: data.planId, code: data.code, id: data.id ? { not: data.id } : undefined },
        select: { id: true },
      });
      if (clash) throw codeTaken();
      const audit = { userId: actor.id, entity: 'Indicator' as const, unitId: plan.unitId };
      if (!data.id) {
        const last = await tx.indicator.aggregate({ where: { planId: data.planId }, _max: { sortOrder: true } });
        const created = await tx.indicator.create({
          data: { ...values, planId: data.planId, sortOrder: (last._max.sortOrder ?? 0) + 1 },
          select: { id: true },
        });
        await recordAudit(tx, { ...audit, action: 'INDICATOR_CREATE', entityId: created.id, after: values });
        return created;
      }
      const before = await tx.indicator.findFirst({ where: { id: data.id, planId: data.planId } });
      if (!before) throw notFound();
      const { count } = await tx.indicator.updateMany({
        where: { id: data.id, version: data.version ?? -1 },
        data: { ...values, version: { increment: 1 } },
      });
      if (count === 0) throw await staleError(tx, 'Indicator', data.id);
      const previous = Object.fromEntries(
        Object.keys(values).map((k) => [
          k,
          before[k as keyof typeof before] === null ? null : String(before[k as keyof typeof before]),
        ]),
      );
      await recordAudit(tx, {
        ...audit,
        action: 'INDICATOR_UPDATE',
        entityId: data.id,
        before: previous,
        after: values,
      });
      return { id: data.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken();
    throw error;
  }
}

export async function deleteIndicator(
  actor: SessionUser,
  input: { id: number | string; version: number | string },
): Promise<void> {
  assertCan(actor, 'plans.manage');
  const data = parseInput(indicatorRefSchema, input);
  await prisma.$transaction(async (tx) => {
    const indicator = await tx.indicator.findUnique({
      where: { id: data.id },
      include: { _count: { select: { actuals: true } } },
    });
    if (!indicator) throw notFound();
    const plan = await claimDraft(tx, indicator.planId);
    if (indicator._count.actuals > 0) throw new AppError('INVALID', 'admin.errors.indicatorHasActuals');
    const { count } = await tx.indicator.deleteMany({ where: { id: data.id, version: data.version } });
    if (count === 0) throw await staleError(tx, 'Indicator', data.id);
    const { _count, ...before } = indicator;
    await recordAudit(tx, {
      userId: actor.id,
      action: 'INDICATOR_DELETE',
      entity: 'Indicator',
      entityId: data.id,
      unitId: plan.unitId,
      before: JSON.parse(JSON.stringify(before)),
    });
  });
}

function publishRefusal(check: Exclude<PublishCheck, { ok: true }>): AppError {
  if (check.reason === 'NO_INDICATORS') return new AppError('INVALID', 'admin.errors.publishNoIndicators');
  if (check.reason === 'MONITORING_WEIGHTED')
    return new AppError('INVALID', 'admin.errors.publishMonitoring', { names: check.names.join('、') });
  return new AppError('INVALID', 'admin.errors.publishWeights', {
    indicatorSum: check.indicatorSum,
    budgetWeight: check.budgetWeight,
    total: check.total,
  });
}

/** DRAFT → PUBLISHED when the weights make 100; the monthly budget plan starts as the equal split. */
export async function publishPlan(
  actor: SessionUser,
  input: { id: number | string; version: number | string },
): Promise<void> {
  assertCan(actor, 'plans.manage');
  const data = parseInput(publishPlanSchema, input);
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.plan.updateMany({
      where: { id: data.id, version: data.version, status: 'DRAFT' },
      data: { status: 'PUBLISHED', version: { increment: 1 } },
    });
    const plan = await tx.plan.findUnique({
      where: { id: data.id },
      include: { indicators: { select: { weight: true, isMonitoring: true, name: true } } },
    });
    if (!plan) throw notFound();
    if (count === 0)
      throw plan.status !== 'DRAFT'
        ? new AppError('INVALID', 'admin.errors.planNotDraft')
        : await staleError(tx, 'Plan', data.id);
    const check = checkPublishable({
      budgetWeight: decimalText(plan.budgetWeight),
      indicators: plan.indicators.map((i) => ({ ...i, weight: decimalText(i.weight) })),
    });
    if (!check.ok) throw publishRefusal(check);
    const planned = defaultMonthlyPlan(decimalNumber(plan.budgetTotal)!);
    await tx.budgetExecution.createMany({
      data: planned.map((amount, i) => ({ planId: plan.id, month: i + 1, planned: amount })),
      skipDuplicates: true,
    });
    await recordAudit(tx, {
      userId: actor.id,
      action: 'PLAN_PUBLISH',
      entity: 'Plan',
      entityId: plan.id,
      unitId: plan.unitId,
      before: { status: 'DRAFT' },
      after: {
        status: 'PUBLISHED',
        year: plan.year,
        indicatorWeights: indicatorWeightSum(plan.indicators.map((i) => ({ ...i, weight: decimalText(i.weight) }))),
        budgetWeight: decimalText(plan.budgetWeight),
      },
    });
  });
}

/**
 * 目标调整 of a PUBLISHED plan's indicator: needs a reason, and is kept as versions (versionNo 1 = the original
 * values, written on the first adjustment; then one per adjustment) so charts and reports show both.
 */
export async function adjustTarget(actor: SessionUser, input: AdjustTargetInput): Promise<{ versionNo: number }> {
  assertCan(actor, 'plans.manage');
  const data = parseInput(adjustTargetSchema, input);
  return prisma.$transaction(async (tx) => {
    const before = await tx.indicator.findUnique({
      where: { id: data.id },
      include: { plan: { select: { status: true, unitId: true } } },
    });
    if (!before) throw notFound();
    if (before.plan.status !== 'PUBLISHED') throw new AppError('INVALID', 'admin.errors.planNotPublished');
    const isQualitative = before.kind === 'QUALITATIVE';
    if (!isQualitative && data.target === undefined)
      throw new AppError('INVALID', 'common.errors.invalid', {}, { target: [message('admin.errors.targetRequired')] });
    if (isQualitative && !data.targetText)
      throw new AppError(
        'INVALID',
        'common.errors.invalid',
        {},
        { targetText: [message('admin.errors.targetTextRequired')] },
      );
    const target = isQualitative ? null : displayToBase(data.target!, before.displayDivisor);
    const text = isQualitative ? data.targetText! : targetText(before.comparator, data.target!, before.displayUnit);
    const old = {
      target: decimalTextOrNull(before.target),
      targetText: before.targetText,
      weight: decimalText(before.weight),
    };
    const isSame =
      (old.target === null ? target === null : target !== null && Number(old.target) === Number(target)) &&
      Number(old.weight) === Number(data.weight) &&
      old.targetText === text;
    if (isSame) throw new AppError('INVALID', 'admin.errors.nothingChanged');
    const { count } = await tx.indicator.updateMany({
      where: { id: data.id, version: data.version },
      data: { target, targetText: text, weight: data.weight, version: { increment: 1 } },
    });
    if (count === 0) throw await staleError(tx, 'Indicator', data.id);
    const existing = await tx.targetVersion.aggregate({ where: { indicatorId: data.id }, _max: { versionNo: true } });
    let versionNo = existing._max.versionNo ?? 0;
    if (versionNo === 0) {
      await tx.targetVersion.create({
        data: { indicatorId: data.id, versionNo: 1, ...old, reason: '原始目标', changedAt: before.createdAt },
      });
      versionNo = 1;
    }
    versionNo += 1;
    await tx.targetVersion.create({
      data: {
        indicatorId: data.id,
        versionNo,
        target,
        targetText: text,
        weight: data.weight,
        reason: data.reason,
        changedById: actor.id,
      },
    });
    await recordAudit(tx, {
      userId: actor.id,
      action: 'TARGET_ADJUST',
      entity: 'Indicator',
      entityId: data.id,
      unitId: before.plan.unitId,
      before: { name: before.name, ...old },
      after: { name: before.name, target, targetText: text, weight: data.weight, reason: data.reason, versionNo },
    });
    return { versionNo };
  });
}
