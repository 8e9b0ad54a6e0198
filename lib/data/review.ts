import 'server-only';
import { visibleUnitFilter, type SessionUser } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db';
import type { Locale } from '@/lib/i18n/config';
import type { Review } from '@/lib/validation/entry';
import { mayApprove } from '@/lib/domain/month-cycle';
import { AppError } from '@/lib/errors';
import { validationTranslator } from '@/lib/validation/messages';
import { recordAudit } from './audit';
import { loadEntryMonth, statusesFor } from './entry';
import { assertCan, bumpReport, findPlan, monthTransaction, StaleVersion, transitionOrThrow } from './month-reports';

const ACTION = { APPROVE: 'APPROVE', RETURN: 'RETURN', REOPEN: 'REOPEN' } as const;

/**
 * Approve or return a submitted month (leaders), or reopen an approved one (admins); audited in the same transaction.
 */
export async function reviewMonth(user: SessionUser, input: Review, locale: Locale = 'zh-CN') {
  assertCan(user, input.decision === 'REOPEN' ? 'months.reopen' : 'months.review', locale);
  return monthTransaction(async (tx) => {
    const plan = await findPlan(tx, user, input, locale);
    const before = await tx.monthReport.findUnique({
      where: { planId_month: { planId: plan.id, month: input.month } },
      select: { id: true, state: true, version: true, returnReason: true, reopenReason: true, submittedById: true },
    });
    if ((before?.version ?? 0) !== input.version) throw new StaleVersion(plan.id, input.month);
    const state = transitionOrThrow(before?.state ?? null, ACTION[input.decision], locale);
    if (input.decision === 'APPROVE' && !mayApprove(before?.submittedById ?? null, user.id))
      throw new AppError('FORBIDDEN', validationTranslator(locale)('ownSubmission'));
    const now = new Date();
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
  }, locale);
}

/** Submitted months waiting for a leader, oldest first, each with its figures, YTD statuses and deviation records. */
export async function listReviewQueue(user: SessionUser, locale: Locale = 'zh-CN') {
  assertCan(user, 'months.review', locale);
  const reports = await prisma.monthReport.findMany({
    where: { state: 'SUBMITTED', plan: { unit: visibleUnitFilter(user) } },
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    select: { month: true, submittedById: true, plan: { select: { year: true, unit: { select: { code: true } } } } },
  });
  return Promise.all(
    reports.map(async (r) => {
      const month = await loadEntryMonth(
        prisma,
        user,
        { unitCode: r.plan.unit.code, year: r.plan.year, month: r.month },
        locale,
      );
      return { ...month, figures: statusesFor(month), mayApprove: mayApprove(r.submittedById, user.id) };
    }),
  );
}
