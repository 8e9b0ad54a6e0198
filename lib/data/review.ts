import 'server-only';
import { clock } from '@/lib/clock';
import { visibleUnitFilter, type SessionUser } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db';
import type { Review } from '@/lib/validation/entry';
import { mayApprove } from '@/lib/domain/month-cycle';
import { AppError } from '@/lib/errors';
import { recordAudit } from './audit';
import type { EntryFigures, IndicatorKind } from '@/lib/domain';
import { fetchPeople, loadEntryMonths, peopleOf, reportView, statusesFor } from './entry';
import { groupBy } from './group-by';
import { throughSummaries } from './plan-summary';
import { type DeviationColumns, deviationOf } from './stored-actuals';
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
    const before = plan.report;
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

type QueuedReport = Awaited<ReturnType<typeof pageOfQueue>>['reports'][number];
type ReviewFigures = Pick<EntryFigures, 'monthFigure' | 'ytd' | 'status'>;
type IndicatorRow = DeviationColumns & {
  planId: number;
  id: number;
  name: string;
  kind: IndicatorKind;
};

async function pageOfQueue(user: SessionUser, requestedPage: number) {
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
  return { reports, total, page, pageCount };
}

// each queued month's indicators in order, with the month's deviation record: one statement for the page
async function indicatorRowsOf(reports: QueuedReport[]): Promise<Map<number, IndicatorRow[]>> {
  const rows = await prisma.$queryRaw<(IndicatorRow & { reportId: number })[]>`
    SELECT w."reportId", i."planId", i.id, i.name, i.kind::text AS kind, d.id IS NOT NULL AS "hasDeviation",
           d.causes::text[] AS causes, d.analysis, d.measures, d.likelihood::text AS likelihood
    FROM unnest(${reports.map((r) => r.id)}::int[], ${reports.map((r) => r.planId)}::int[],
                ${reports.map((r) => r.month)}::int[]) AS w("reportId", "planId", month)
    JOIN "Indicator" i ON i."planId" = w."planId"
    LEFT JOIN "MonthlyActual" a ON a."indicatorId" = i.id AND a.month = w.month
    LEFT JOIN "DeviationRecord" d ON d."actualId" = a.id
    ORDER BY w."reportId", i."sortOrder", i.id`;
  return groupBy(rows, (row) => row.reportId);
}

/**
 * Each queued month's figures, YTDs and statuses by indicator, by report: the entry loader's statuses (read without
 * the earlier years, which change no month figure, YTD or status), kept per plan and month as a stored summary of the
 * unit's data version (lib/data/plan-summary.ts), so a queue read again computes only the months whose data changed.
 */
async function figuresOf(user: SessionUser, reports: QueuedReport[]) {
  const byMonth = groupBy(reports, (r) => r.month);
  const figures = new Map<number, Record<number, ReviewFigures>>();
  await Promise.all(
    [...byMonth].map(async ([month, ofMonth]) => {
      const stored = await throughSummaries(
        ofMonth.map((r) => ({ planId: r.planId, unitId: r.plan.unitId })),
        `review;month=${month}`,
        async (missing) => {
          const wanted = new Set(missing.map((k) => k.planId));
          const months = await loadEntryMonths(
            prisma,
            user,
            ofMonth.filter((r) => wanted.has(r.planId)),
            0,
          );
          return new Map(
            months.map((m) => [
              m.planId,
              Object.fromEntries(
                statusesFor(m).map((f) => [
                  f.indicatorId,
                  { monthFigure: f.monthFigure, ytd: f.ytd, status: f.status },
                ]),
              ),
            ]),
          );
        },
      );
      for (const r of ofMonth) figures.set(r.id, stored.get(r.planId)!);
    }),
  );
  return figures;
}

/**
 * Submitted months waiting for a leader, oldest first, a page at a time, each with its figures, YTD statuses and
 * deviation records: a fixed number of queries for the page, whatever the queue's length.
 */
export async function listReviewQueue(user: SessionUser, requestedPage = 1) {
  assertCan(user, 'months.review');
  const { reports, total, page, pageCount } = await pageOfQueue(user, requestedPage);
  if (reports.length === 0) return { items: [], total, page, pageCount };
  const [indicators, people, figures] = await Promise.all([
    indicatorRowsOf(reports),
    fetchPeople(prisma, reports.flatMap(peopleOf)),
    figuresOf(user, reports),
  ]);
  const nameOf = (id: number | null | undefined) => (id == null ? null : (people.get(id) ?? null));
  const items = reports.map(({ plan, ...report }) => ({
    unit: plan.unit,
    year: plan.year,
    month: report.month,
    version: report.version,
    report: reportView(report, nameOf),
    rows: (indicators.get(report.id) ?? []).map((i) => ({
      indicator: { id: i.id, name: i.name, kind: i.kind },
      deviation: deviationOf(i),
      figures: figures.get(report.id)![i.id],
    })),
    mayApprove: mayApprove(report.submittedById, user.id),
  }));
  return { items, total, page, pageCount };
}
