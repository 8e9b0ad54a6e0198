import 'server-only';
import { clock } from '@/lib/clock';
import type { SessionUser } from '@/lib/auth/permissions';
import type { Tx } from '@/lib/db';
import { FORECAST_HISTORY_YEARS, shanghaiYearMonth } from '@/lib/domain';
import { isMonthStarted } from '@/lib/domain/month-cycle';
import { AppError, message } from '@/lib/errors';
import { type EntryRow, hasDeviationContent, type SaveMonth, submissionErrors } from '@/lib/validation/entry';
import { implausibleEntryErrors } from '@/lib/validation/entry-plausibility';
import { recordAudit } from './audit';
import { type HistoryYears, loadEntryMonth, statusesFor } from './entry';
import { assertCan, bumpReport, monthTransaction, StaleVersion, transitionOrThrow } from './month-reports';

type Figures = {
  value: string | null;
  numerator: string | null;
  denominator: string | null;
  rating: EntryRow['rating'];
  note: string | null;
};
type Dev = { causes: string[]; analysis: string; measures: string; likelihood: string } | null;

const snapshot = (f: Figures, deviation: Dev) => ({ ...f, deviation });
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const orNull = (s: string) => (s === '' ? null : s);
// a deviation record kept without a likelihood takes the forecast's suggestion, which needs the earlier years
const withoutLikelihood = (input: SaveMonth): Set<number> =>
  new Set(
    input.rows
      .filter((r) => hasDeviationContent(r.deviation) && r.deviation.likelihood === null)
      .map((r) => r.indicatorId),
  );

/**
 * Saves a month as a draft or submits it, in one transaction with its audit events: refused (nothing stored) for a
 * stale version, a locked or submitted month, another unit, a changed figure beyond its plausible range that is not
 * confirmed, or — on submission — a missing figure or deviation record.
 */
export async function saveMonth(user: SessionUser, input: SaveMonth) {
  assertCan(user, 'actuals.edit');
  if (input.intent === 'SUBMIT') assertCan(user, 'months.submit');
  return monthTransaction(async (tx) => {
    const toSuggest = withoutLikelihood(input);
    const historyYears: HistoryYears = toSuggest.size > 0 ? FORECAST_HISTORY_YEARS : 1;
    const month = await loadEntryMonth(tx, user, input, historyYears);
    if (month.version !== input.version) throw new StaleVersion(month.planId, input.month);
    const state = transitionOrThrow(month.report?.state ?? null, input.intent === 'SUBMIT' ? 'SUBMIT' : 'SAVE');
    if (!isMonthStarted(input.year, input.month, shanghaiYearMonth(clock.now())))
      throw new AppError('INVALID', 'entry.validation.futureMonth');
    const known = new Set(month.rows.map((r) => r.indicator.id));
    const unknown = input.rows.findIndex((r) => !known.has(r.indicatorId));
    if (unknown >= 0)
      throw new AppError(
        'INVALID',
        'entry.validation.unknownIndicator',
        {},
        {
          [`rows.${unknown}`]: [message('entry.validation.unknownIndicator')],
        },
      );

    if (!input.confirmImplausible) {
      const implausible = implausibleEntryErrors(month, input);
      if (Object.keys(implausible).length > 0)
        throw new AppError('INVALID', 'entry.validation.confirmImplausible', {}, implausible);
    }

    const figures = statusesFor(month, input, toSuggest);
    const needsDeviation = new Set(figures.filter((f) => f.needsDeviation).map((f) => f.indicatorId));
    if (input.intent === 'SUBMIT') {
      const errors = submissionErrors(
        month.rows.map((r) => r.indicator),
        input,
        needsDeviation,
      );
      if (Object.keys(errors).length > 0) throw new AppError('INVALID', 'entry.validation.incomplete', {}, errors);
    }

    const now = clock.now();
    const report = await bumpReport(tx, { id: month.planId }, input.month, input.version, {
      state,
      updatedById: user.id,
      ...(state === 'SUBMITTED' ? { submittedAt: now, submittedById: user.id } : {}),
    });
    const audit = { userId: user.id, unitId: month.unit.id };
    for (const row of month.rows) {
      const typed = input.rows.find((r) => r.indicatorId === row.indicator.id);
      if (!typed) continue;
      const k = row.indicator.kind;
      const next: Figures = row.indicator.isBudgetDerived
        ? { value: null, numerator: null, denominator: null, rating: null, note: typed.note }
        : {
            value: k === 'COUNT' ? typed.value : null,
            numerator: k === 'RATIO' ? typed.numerator : null,
            denominator: k === 'RATIO' ? typed.denominator : null,
            rating: k === 'QUALITATIVE' ? typed.rating : null,
            note: typed.note,
          };
      const suggested = figures.find((f) => f.indicatorId === row.indicator.id)?.likelihood ?? 'POSSIBLE';
      const d = typed.deviation;
      // kept whenever it has content (a month may be off while the YTD is green); required only when not green
      const nextDev: Dev = hasDeviationContent(d)
        ? { causes: d.causes, analysis: d.analysis, measures: d.measures, likelihood: d.likelihood ?? suggested }
        : null;
      const c = row.current;
      const before = snapshot(
        {
          value: orNull(c.value),
          numerator: orNull(c.numerator),
          denominator: orNull(c.denominator),
          rating: (c.rating || null) as Figures['rating'],
          note: orNull(c.note),
        },
        row.deviation,
      );
      const after = snapshot(next, nextDev);
      if (same(before, after)) continue;
      await writeActual(tx, row.indicator.id, input.month, user.id, next, nextDev, { ...audit, before, after });
    }
    if (input.budget) {
      const before = { spent: orNull(month.budget.spent), planned: orNull(month.budget.planned) };
      if (!same(before, input.budget)) {
        const saved = await tx.budgetExecution.upsert({
          where: { planId_month: { planId: month.planId, month: input.month } },
          create: {
            planId: month.planId,
            month: input.month,
            spent: input.budget.spent,
            planned: input.budget.planned ?? '0',
            updatedById: user.id,
          },
          update: {
            spent: input.budget.spent,
            ...(input.budget.planned ? { planned: input.budget.planned } : {}),
            updatedById: user.id,
            version: { increment: 1 },
          },
          select: { id: true },
        });
        await recordAudit(tx, {
          ...audit,
          action: 'BUDGET_SAVE',
          entity: 'BudgetExecution',
          entityId: saved.id,
          before,
          after: { ...input.budget, month: input.month },
        });
      }
    }
    await recordAudit(tx, {
      ...audit,
      action: input.intent === 'SUBMIT' ? 'MONTH_SUBMIT' : 'MONTH_SAVE',
      entity: 'MonthReport',
      entityId: report.id,
      before: month.report ? { state: month.report.state, version: month.report.version } : null,
      after: { state, version: report.version, year: input.year, month: input.month, unitCode: month.unit.code },
    });
    return { state, version: report.version };
  });
}

async function writeActual(
  tx: Tx,
  indicatorId: number,
  month: number,
  userId: number,
  next: Figures,
  deviation: Dev,
  audit: { userId: number; unitId: number; before: object; after: object },
) {
  const actual = await tx.monthlyActual.upsert({
    where: { indicatorId_month: { indicatorId, month } },
    create: { indicatorId, month, ...next, updatedById: userId },
    update: { ...next, updatedById: userId, version: { increment: 1 } },
    select: { id: true },
  });
  if (deviation) {
    const data = { ...deviation, causes: deviation.causes as never, likelihood: deviation.likelihood as never };
    await tx.deviationRecord.upsert({
      where: { actualId: actual.id },
      create: { actualId: actual.id, ...data },
      update: data,
    });
  } else {
    await tx.deviationRecord.deleteMany({ where: { actualId: actual.id } });
  }
  await recordAudit(tx, {
    userId: audit.userId,
    unitId: audit.unitId,
    action: 'ACTUAL_SAVE',
    entity: 'MonthlyActual',
    entityId: actual.id,
    before: audit.before as never,
    after: { ...audit.after, indicatorId, month } as never,
  });
}
