import { D, type Dec, type Num, isNum, sumDec } from './decimal';
import { assertMonth, monthRange } from './periods';
import type { MonthValue, ShareMode } from './types';

export type ShareOptions = { monthlyPlan?: readonly number[] | null; lastYear?: readonly MonthValue[] | null };

const EQUAL_PROFILE: readonly number[] = Array.from({ length: 12 }, () => 1);

// a usable profile has twelve finite amounts ≥ 0 with Σ > 0
const isUsableProfile = (profile: readonly (number | null | undefined)[]): profile is number[] =>
  profile.length === 12 && profile.every((x) => isNum(x) && x >= 0) && sumDec(profile as number[]).gt(0);

const lastYearProfile = (lastYear: readonly MonthValue[]): (number | null | undefined)[] =>
  monthRange(1, 12).map((m) => lastYear.find((mv) => mv.month === m)?.value);

// raw monthly weights: EQUAL 1 each; PLAN the planned amounts; LAST_YEAR last year's values; EQUAL when unusable
export const monthlyProfile = (mode: ShareMode, opts: ShareOptions = {}): number[] => {
  const candidate =
    mode === 'PLAN' ? (opts.monthlyPlan ?? []) : mode === 'LAST_YEAR' ? lastYearProfile(opts.lastYear ?? []) : [];
  return isUsableProfile(candidate) ? [...candidate] : [...EQUAL_PROFILE];
};

// share_i = profile_i ÷ Σ profile (EQUAL: 1/12 each)
export const monthlyShares = (mode: ShareMode, opts: ShareOptions = {}): number[] => {
  const profile = monthlyProfile(mode, opts);
  const total = sumDec(profile);
  return profile.map((x) => new D(x).dividedBy(total).toNumber());
};

// cumulative share = Σ shares 1..m ÷ Σ shares 1..12 (exactly 1 at m = 12; m/12 when shares are unusable)
export const cumulativeShareDec = (shares: readonly number[], m: number): Dec => {
  assertMonth(m);
  if (!isUsableProfile(shares)) return new D(m).dividedBy(12);
  return sumDec(shares.slice(0, m)).dividedBy(sumDec(shares));
};

// cumulative share = Σ shares 1..m ÷ Σ shares 1..12
export const cumulativeShare = (shares: readonly number[], m: number): number =>
  cumulativeShareDec(shares, m).toNumber();

// expected to date = target × Σ shares 1..m, exact; null without a target
export const expectedToDateDec = (target: Num | null, shares: readonly number[], m: number): Dec | null =>
  target === null ? null : cumulativeShareDec(shares, m).times(target);

// expected to date = target × Σ shares 1..m; null without a target
export const expectedToDate = (target: number | null, shares: readonly number[], m: number): number | null =>
  expectedToDateDec(target, shares, m)?.toNumber() ?? null;

// pace = ytd ÷ expected × 100; null when either is null or expected = 0
export const paceDec = (ytd: Num | null, expected: Num | null): Dec | null => {
  if (ytd === null || expected === null) return null;
  const e = new D(expected);
  return e.isZero() ? null : new D(ytd).times(100).dividedBy(e);
};

// pace = ytd ÷ expected × 100; null when either is null or expected = 0
export const pace = (ytd: Num | null, expected: Num | null): number | null =>
  paceDec(ytd, expected)?.toNumber() ?? null;

// share of month m alone = share_m ÷ Σ shares (1/12 when shares are unusable)
export const monthShareDec = (shares: readonly number[], m: number): Dec => {
  assertMonth(m);
  return isUsableProfile(shares) ? new D(shares[m - 1]).dividedBy(sumDec(shares)) : new D(1).dividedBy(12);
};

// 完成年度目标的 % = ytd ÷ annual target × 100; null when either is null or the target is 0
export const shareOfTarget = (ytd: Num | null, target: Num | null): number | null =>
  paceDec(ytd, target)?.toNumber() ?? null;
