import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import { decimalNumber, decimalTextOrNull } from './decimals';

// The raw rows the engine needs, fetched for many plans at once with a fixed number of queries.

import type { DeviationRecord, MonthState, Rating } from '@/lib/domain/types';

export type { MonthState };
/** The stored figures as exact decimal texts (monthValueOf makes the engine's numbers of them, keeping every digit). */
export type ActualRow = {
  indicatorId: number;
  month: number;
  value: string | null;
  numerator: string | null;
  denominator: string | null;
  rating: Rating | null;
};
export type BudgetRow = { planId: number; month: number; spent: number | null; planned: number };
export type DeviationRow = DeviationRecord & { indicatorId: number; month: number };
export type MonthReportRow = {
  planId: number;
  month: number;
  state: MonthState;
  submittedAt: string | null;
  reviewedAt: string | null;
};
export type TargetVersionRow = {
  indicatorId: number;
  versionNo: number;
  target: number | null;
  targetText: string;
  reason: string;
  changedAt: string;
};

/** Month figures per indicator and month, summed in SQL; with approvedOnly, only months whose report is approved. */
export async function getActualRows(planIds: number[], approvedOnly: boolean): Promise<ActualRow[]> {
  if (planIds.length === 0) return [];
  const rows = await prisma.$queryRaw<
    {
      indicatorId: number;
      month: number;
      value: Prisma.Decimal | null;
      numerator: Prisma.Decimal | null;
      denominator: Prisma.Decimal | null;
      rating: ActualRow['rating'];
    }[]
  >`
    SELECT a."indicatorId", a.month, SUM(a.value) AS value, SUM(a.numerator) AS numerator, SUM(a.denominator) AS denominator,
           MIN(a.rating::text)::"Rating" AS rating
    FROM "MonthlyActual" a
    JOIN "Indicator" i ON i.id = a."indicatorId"
    LEFT JOIN "MonthReport" r ON r."planId" = i."planId" AND r.month = a.month
    WHERE i."planId" = ANY(${planIds}::int[]) AND (${!approvedOnly} OR r.state = 'APPROVED')
    GROUP BY a."indicatorId", a.month`;
  return rows.map((r) => ({
    indicatorId: r.indicatorId,
    month: r.month,
    value: decimalTextOrNull(r.value),
    numerator: decimalTextOrNull(r.numerator),
    denominator: decimalTextOrNull(r.denominator),
    rating: r.rating,
  }));
}

/** Spending per plan and month; with approvedOnly, spending of unapproved months counts as not yet reported. */
export async function getBudgetRows(planIds: number[], approvedOnly: boolean): Promise<BudgetRow[]> {
  if (planIds.length === 0) return [];
  const rows = await prisma.$queryRaw<
    { planId: number; month: number; spent: Prisma.Decimal | null; planned: Prisma.Decimal }[]
  >`
    SELECT b."planId", b.month, CASE WHEN ${!approvedOnly} OR r.state = 'APPROVED' THEN b.spent END AS spent, b.planned
    FROM "BudgetExecution" b
    LEFT JOIN "MonthReport" r ON r."planId" = b."planId" AND r.month = b.month
    WHERE b."planId" = ANY(${planIds}::int[])`;
  return rows.map((r) => ({
    planId: r.planId,
    month: r.month,
    spent: decimalNumber(r.spent),
    planned: decimalNumber(r.planned)!,
  }));
}

export async function getDeviationRows(planIds: number[], approvedOnly: boolean): Promise<DeviationRow[]> {
  if (planIds.length === 0) return [];
  const rows = await prisma.$queryRaw<
    {
      indicatorId: number;
      month: number;
      causes: DeviationRecord['causes'] | null;
      analysis: string;
      measures: string;
      likelihood: DeviationRecord['likelihood'];
    }[]
  >`
    SELECT a."indicatorId", a.month, d.causes::text[] AS causes, d.analysis, d.measures, d.likelihood::text AS likelihood
    FROM "DeviationRecord" d
    JOIN "MonthlyActual" a ON a.id = d."actualId"
    JOIN "Indicator" i ON i.id = a."indicatorId"
    LEFT JOIN "MonthReport" r ON r."planId" = i."planId" AND r.month = a.month
    WHERE i."planId" = ANY(${planIds}::int[]) AND (${!approvedOnly} OR r.state = 'APPROVED')`;
  return rows.map((r) => ({ ...r, causes: r.causes ?? [] }));
}

export async function getMonthReportRows(planIds: number[]): Promise<MonthReportRow[]> {
  if (planIds.length === 0) return [];
  const rows = await prisma.monthReport.findMany({
    where: { planId: { in: planIds } },
    select: { planId: true, month: true, state: true, submittedAt: true, reviewedAt: true },
  });
  return rows.map((r) => ({
    ...r,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    reviewedAt: r.reviewedAt?.toISOString() ?? null,
  }));
}

export async function getTargetVersionRows(indicatorIds: number[]): Promise<TargetVersionRow[]> {
  if (indicatorIds.length === 0) return [];
  const rows = await prisma.targetVersion.findMany({
    where: { indicatorId: { in: indicatorIds } },
    orderBy: [{ indicatorId: 'asc' }, { versionNo: 'asc' }],
    select: { indicatorId: true, versionNo: true, target: true, targetText: true, reason: true, changedAt: true },
  });
  return rows.map((r) => ({ ...r, target: decimalNumber(r.target), changedAt: r.changedAt.toISOString() }));
}
