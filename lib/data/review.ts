import 'server-only';
import { clock } from '@/lib/clock';
import { visibleUnitFilter, type SessionUser } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db';
import type { Review } from '@/lib/validation/entry';
import { mayApprove } from '@/lib/domain/month-cycle';
import { AppError } from '@/lib/errors';
import { recordAudit } from './audit';
import { loadEntryMonths, statusesFor } from './entry';
import {
  assertCan,
  bumpReport,
  findPlan,
  monthTransaction,
  PLAN_OF_MONTH_SELECT,
  StaleVersion,
  transitionOrThrow,
} from './month-reports';

const ACTION = { APPROVE: 'APPROVE', RETURN: 'RETURN', REOPEN: 'REOPEN' } as const;

/**
 * Approve or return a submitted month (leaders), or reopen an approved one (admins); audited in the same transaction.
 */
export async function reviewMonth(user: SessionUser, input: Review) {
  assertCan(user, input.decision === 'REOPEN' ? 'months.reopen' : 'months.review');
  return monthTransaction(async (tx) => {
    const plan = await findPlan(tx, user, input);
    const before = await tx.monthReport.findUnique({
      where: { planId_month: { planId: plan.id, month: input.month } },
      select: { id: true, state: true, version: true, returnReason: true, reopenReason: true, submittedById: true },
    });
    if ((before?.version ?? 0) !== input.version) throw new StaleVersion(plan.id, input.month);
    const state = transitionOrThrow(before?.state ?? null, ACTION[input.decision]);
    if (input.decision === 'APPROVE' && !mayApprove(before?.submittedById ?? null, user.id))
      throw new AppError('FORBIDDEN', 'entry.validation.ownSubmission');
    const now = clock.now();
    const data =
      input.decision === 'APPROVE'
        ? { state, reviewedAt: now, reviewedById: user.id, returnReason: null }
        : input.decision === 'RETURN'
          ? { state, reviewedAt: now, reviewedById: user.id, returnReason: input.reason }
          : { state, reopenReason: input.reason };
    const report = await bumpReport(tx, plan, input.month, input.version, { ...data, updatedById: user.id });
    await recordAudit(tx, {
      userId: user.id,
      unitId: plan.unitId,
      action: `MONTH_${input.decision}`,
      entity: 'MonthReport',
      entityId: report.id,
      before: before && {
        state: before.state,
        version: before.version,
        returnReason: before.returnReason,
        reopenReason: before.reopenReason,
      },
      after: {
        state,
        version: report.version,
        reason: input.reason || null,
        year: input.year,
        month: input.month,
        unitCode: input.unitCode,
      },
    });
    return { state, version: report.version };
  });
}

export const REVIEW_PAGE_SIZE = 10;

/**
 * Submitted months waiting for a leader, oldest first, a page at a time, each with its figures, YTD statuses and
 * deviation records: one query for the page of months and a fixed number for all their rows, whatever the queue's
 * length.
 */
export async function listReviewQueue(user: SessionUser, requestedPage = 1) {
  assertCan(user, 'months.review');
  const where = { state: 'SUBMITTED' as const, plan: { unit: visibleUnitFilter(user) } };
  const total = await prisma.monthReport.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / REVIEW_PAGE_SIZE));
  const page = Math.min(Math.max(1, requestedPage), pageCount);
  const reports = await prisma.monthReport.findMany({
    where,
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    skip: (page - 1) * REVIEW_PAGE_SIZE,
    take: REVIEW_PAGE_SIZE,
    include: { plan: { select: { ...PLAN_OF_MONTH_SELECT, unit: { select: { id: true, code: true, name: true } } } } },
  });
  // read without the earlier years: they change no month figure, YTD or status, only the forecast's likelihood
  const months = await loadEntryMonths(prisma, user, reports, 0);
  const items = months.map((month, i) => {
    const figures = statusesFor(month);
    return {
      unit: month.unit,
      year: month.year,
      month: month.month,
      version: month.version,
      report: month.report,
      rows: month.rows.map((row, j) => ({
        indicator: { id: row.indicator.id, name: row.indicator.name, kind: row.indicator.kind },
        deviation: row.deviation,
        figures: { monthFigure: figures[j].monthFigure, ytd: figures[j].ytd, status: figures[j].status },
      })),
      mayApprove: mayApprove(reports[i].submittedById, user.id),
    };
  });
  return { items, total, page, pageCount };
}
