import 'server-only';
import type { Tx } from '@/lib/db';
import type { MonthValue } from '@/lib/domain';
import type { StoredActual } from './engine-input';
import { groupBy } from './group-by';

export type StoredDeviation = { causes: string[]; analysis: string; measures: string; likelihood: string };
export type StoredActualWithDeviation = StoredActual & { deviation: StoredDeviation | null };

/** A stored month's figures and deviation record as one SQL row, decimals as their shortest exact texts. */
export type ActualSqlRow = {
  month: number | null;
  value: string | null;
  numerator: string | null;
  denominator: string | null;
  rating: MonthValue['rating'];
  hasDeviation: boolean;
  causes: string[] | null;
  analysis: string | null;
  measures: string | null;
  likelihood: string | null;
};

/** The deviation record the row's columns hold, if it has one. */
export const deviationOf = (
  r: Pick<ActualSqlRow, 'hasDeviation' | 'causes' | 'analysis' | 'measures' | 'likelihood'>,
): StoredDeviation | null =>
  r.hasDeviation
    ? { causes: r.causes ?? [], analysis: r.analysis!, measures: r.measures!, likelihood: r.likelihood! }
    : null;

/** The row as the loaders hold a stored month (what `monthValueOf` reads, with its deviation record). */
export const storedActualOf = (r: ActualSqlRow & { month: number }): StoredActualWithDeviation => ({
  month: r.month,
  value: r.value,
  numerator: r.numerator,
  denominator: r.denominator,
  rating: r.rating,
  deviation: deviationOf(r),
});

type CurrentRow = ActualSqlRow & { indicatorId: number; month: number; note: string | null };

/**
 * The stored months of the indicators of the given plans, by indicator, in month order: one statement, decimals as
 * their shortest exact texts (trim_scale, as Prisma's Decimal writes them) without building a Decimal for each
 * figure (issue 13: ten plans' years in the review queue are twelve hundred months).
 */
export async function fetchPlanActuals(
  db: Tx,
  planIds: number[],
): Promise<Map<number, (StoredActualWithDeviation & { note: string | null })[]>> {
  const rows = await db.$queryRaw<CurrentRow[]>`
    SELECT a."indicatorId", a.month, trim_scale(a.value)::text AS value, trim_scale(a.numerator)::text AS numerator,
           trim_scale(a.denominator)::text AS denominator, a.rating::text AS rating, a.note,
           d.id IS NOT NULL AS "hasDeviation", d.causes::text[] AS causes, d.analysis, d.measures,
           d.likelihood::text AS likelihood
    FROM "Indicator" i
    JOIN "MonthlyActual" a ON a."indicatorId" = i.id
    LEFT JOIN "DeviationRecord" d ON d."actualId" = a.id
    WHERE i."planId" = ANY(${planIds}::int[])
    ORDER BY a."indicatorId", a.month`;
  const actuals = groupBy(rows, (r) => r.indicatorId);
  return new Map([...actuals].map(([id, months]) => [id, months.map((r) => ({ ...storedActualOf(r), note: r.note }))]));
}
