import 'server-only';
import type { MonthValue } from '@/lib/domain';
import type { StoredActual } from './engine-input';

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
