import 'server-only';
import type { StoredActual } from './engine-input';

export type StoredDeviation = { causes: string[]; analysis: string; measures: string; likelihood: string };
export type StoredActualWithDeviation = StoredActual & { deviation: StoredDeviation | null };

/** A deviation record's columns as a SQL row reads them beside its month (no record: hasDeviation false). */
export type DeviationColumns = {
  hasDeviation: boolean;
  causes: string[] | null;
  analysis: string | null;
  measures: string | null;
  likelihood: string | null;
};

/** The deviation record the row's columns hold, if it has one. */
export const deviationOf = (r: DeviationColumns): StoredDeviation | null =>
  r.hasDeviation
    ? { causes: r.causes ?? [], analysis: r.analysis!, measures: r.measures!, likelihood: r.likelihood! }
    : null;
