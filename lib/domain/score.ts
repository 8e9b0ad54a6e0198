import { D, type Num, isNum, round2, sumDec, toDec } from './decimal';
import { effectiveComparator } from './comparator';
import { assertMonth } from './periods';
import { DEFAULT_GRADE_BANDS, type Comparator, type Grade, type GradeBands, type Rating } from './types';

export type ScoreBand = { min: number; max: number };

const QUALITATIVE_BANDS: Record<Rating, { min: number; max: number }> = {
  ACHIEVED: { min: 0.8, max: 1 },
  PARTIAL: { min: 0.6, max: 0.8 },
  NOT_ACHIEVED: { min: 0, max: 0.6 },
};

// ≥: a ≥ t → w; t ≤ 0 → w; else round(a ÷ t × w, 2) (a below 0 counts as 0)
export const scoreGte = (a: Num, t: Num, w: number): number => {
  const actual = toDec(a);
  if (actual.gte(t) || toDec(t).lte(0)) return w;
  return round2(D.max(actual, 0).dividedBy(t).times(w));
};

// ≤: a ≤ t → w; t < a < 2t → round((1 − (a − t) ÷ t) × w, 2); a ≥ 2t → 0
export const scoreLte = (a: Num, t: Num, w: number): number => {
  const actual = toDec(a);
  const target = toDec(t);
  if (actual.lte(target)) return w;
  if (actual.gte(target.times(2))) return 0;
  return round2(new D(1).minus(actual.minus(target).dividedBy(target)).times(w));
};

// =: t = 0 → (a ≤ 0 → w, else 0); t > 0 → as ≥
export const scoreEq = (a: Num, t: Num, w: number): number =>
  effectiveComparator('EQ', t) === 'LTE' ? (toDec(a).lte(t) ? w : 0) : scoreGte(a, t, w);

// score by comparator: GTE → scoreGte, LTE → scoreLte, EQ → scoreEq
export const scoreFor = (comparator: Comparator, a: Num, t: Num, w: number): number =>
  comparator === 'GTE' ? scoreGte(a, t, w) : comparator === 'LTE' ? scoreLte(a, t, w) : scoreEq(a, t, w);

// 达成 80–100% of w, 部分达成 60–80%, 未达成 0–60% (rounded to 2 decimals)
export const qualitativeBand = (rating: Rating, w: number): ScoreBand => {
  const band = QUALITATIVE_BANDS[rating];
  return { min: round2(toDec(band.min).times(w)), max: round2(toDec(band.max).times(w)) };
};

// picked clamped into the rating's band; no pick → the band midpoint; no rating → null
export const clampQualitativeScore = (
  rating: Rating | null | undefined,
  w: number,
  picked?: number | null,
): number | null => {
  if (rating == null) return null;
  const { min, max } = qualitativeBand(rating, w);
  if (!isNum(picked)) return round2(toDec(min).plus(max).dividedBy(2));
  return round2(D.min(D.max(picked, min), max));
};

// budget score = round(min(spent ÷ budget, 1) × w, 2); null without spending or a positive budget
export const budgetScore = (spent: Num | null, budget: Num | null, w = 10): number | null => {
  if (spent === null || budget === null || toDec(budget).lte(0)) return null;
  const rate = D.max(D.min(toDec(spent).dividedBy(budget), 1), 0);
  return round2(rate.times(w));
};

// projected full-year spend = spent to date + Σ planned of months m+1..12
export const projectedBudgetSpend = (
  spentToDate: Num,
  plannedByMonth: readonly (number | null | undefined)[],
  m: number,
): number => {
  assertMonth(m);
  const rest = plannedByMonth.slice(m, 12).map((x) => (isNum(x) ? x : 0));
  return sumDec(rest).plus(spentToDate).toNumber();
};

// total = Σ round(item, 2), rounded to 2 (null items are skipped)
export const totalScore = (items: readonly (number | null | undefined)[]): number =>
  round2(sumDec(items.flatMap((x) => (isNum(x) ? [round2(x)] : []))));

// 优 ≥ 90 · 良 80 ≤ total < 90 · 中 60 ≤ total < 80 · 差 < 60
export const gradeFor = (total: Num, bands: GradeBands = DEFAULT_GRADE_BANDS): Grade => {
  const x = toDec(total);
  if (x.gte(bands.excellent)) return 'EXCELLENT';
  if (x.gte(bands.good)) return 'GOOD';
  return x.gte(bands.fair) ? 'FAIR' : 'POOR';
};
