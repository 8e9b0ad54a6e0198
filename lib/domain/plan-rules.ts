// Plan rules (docs/RULES.md, “Plans and indicators”): publishing needs the scored weights to make 100; money is
// entered in 万元 and kept in 元.
import { D } from './decimal';

export type WeightedIndicator = { weight: number | string; isMonitoring: boolean };

export type PublishCheck =
  | { ok: true }
  | { ok: false; reason: 'NO_INDICATORS' }
  | { ok: false; reason: 'MONITORING_WEIGHTED'; names: string[] }
  | { ok: false; reason: 'WEIGHTS_NOT_100'; indicatorSum: string; budgetWeight: string; total: string };

/** Σ weights of the scored (non-monitoring) indicators, exactly. */
export function indicatorWeightSum(indicators: readonly WeightedIndicator[]): string {
  return indicators
    .filter((i) => !i.isMonitoring)
    .reduce((acc, i) => acc.plus(String(i.weight)), new D(0))
    .toString();
}

/** Σ scored indicator weights + the budget-execution weight, exactly, and whether it makes the 100 publishing needs. */
export function weightTotal(indicatorSum: number | string, budgetWeight: number | string) {
  const total = new D(String(indicatorSum)).plus(String(budgetWeight));
  return { total: total.toString(), isHundred: total.equals(100) };
}

/**
 * A plan may be published when Σ indicator weights + budget-execution weight = 100 and monitoring indicators weigh 0.
 */
export function checkPublishable(plan: {
  budgetWeight: number | string;
  indicators: readonly (WeightedIndicator & { name?: string })[];
}): PublishCheck {
  const scored = plan.indicators.filter((i) => !i.isMonitoring);
  if (scored.length === 0) return { ok: false, reason: 'NO_INDICATORS' };
  const weighted = plan.indicators.filter((i) => i.isMonitoring && !new D(String(i.weight)).isZero());
  if (weighted.length > 0)
    return { ok: false, reason: 'MONITORING_WEIGHTED', names: weighted.map((i) => i.name ?? '') };
  const indicatorSum = indicatorWeightSum(plan.indicators);
  const { total, isHundred } = weightTotal(indicatorSum, plan.budgetWeight);
  if (isHundred) return { ok: true };
  return {
    ok: false,
    reason: 'WEIGHTS_NOT_100',
    indicatorSum,
    budgetWeight: new D(String(plan.budgetWeight)).toString(),
    total,
  };
}

/** 万元 → 元 with 2 decimals: "245.78" → "2457800.00". */
export function wanYuanToYuan(wanYuan: string | number): string {
  return new D(String(wanYuan)).times(10_000).toFixed(2);
}

/** 元 → 万元 without trailing zeros: 2457800 → "245.78". */
export function yuanToWanYuan(yuan: string | number): string {
  return new D(String(yuan)).dividedBy(10_000).toString();
}

/** 资金总额 = 基本支出 + 项目支出, in 元 with 2 decimals. */
export function budgetTotalYuan(basicYuan: string | number, projectYuan: string | number): string {
  return new D(String(basicYuan)).plus(String(projectYuan)).toFixed(2);
}

/** A target typed in its display unit (1250 万件) → base units (12500000 件). */
export function displayToBase(display: string | number, divisor: number): string {
  return new D(String(display)).times(divisor).toString();
}

export function baseToDisplay(base: string | number, divisor: number): string {
  return new D(String(base)).dividedBy(divisor).toString();
}

const SYMBOL = { GTE: '≥', LTE: '≤', EQ: '=' } as const;

/** The target as printed: "≥1250万件", "≥90%". */
export function targetText(comparator: keyof typeof SYMBOL, display: string | number, unit: string): string {
  return `${SYMBOL[comparator]}${new D(String(display)).toString()}${unit}`;
}

/** Grade bands descend (优 > 良 > 中) and status thresholds are ordered as their names say. */
export type SettingsProblem = 'gradeGood' | 'countYellowPace' | 'countTooLowPace' | 'budgetYellow';

export function settingsProblems(s: {
  gradeExcellent: number;
  gradeGood: number;
  gradeFair: number;
  countGreenPace: number;
  countYellowPace: number;
  countTooLowPace: number;
  budgetGreen: number;
  budgetYellow: number;
}): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  if (!(s.gradeExcellent > s.gradeGood && s.gradeGood > s.gradeFair)) problems.push('gradeGood');
  if (!(s.countYellowPace < s.countGreenPace)) problems.push('countYellowPace');
  if (!(s.countTooLowPace > s.countGreenPace)) problems.push('countTooLowPace');
  if (!(s.budgetYellow < s.budgetGreen)) problems.push('budgetYellow');
  return problems;
}
