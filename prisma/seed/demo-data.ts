// Synthetic but plausible demo data (README.md, “Try-out”), generated from a fixed seed so every load is identical.
import {
  costControlMonths,
  defaultMonthlyPlan,
  type DeviationRecord,
  evaluateIndicator,
  type MonthState,
  type MonthValue,
} from '../../lib/domain';
import {
  CITY_UNITS,
  cityUnitName,
  SEED_BUDGET,
  SEED_BUDGET_WEIGHT,
  SEED_GOAL,
  SEED_INDICATORS,
  SEED_UNIT,
  type IndicatorTemplate,
} from './plan-template';

export type DemoDeviation = DeviationRecord;
export type DemoActual = {
  code: string;
  month: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  deviation: DemoDeviation | null;
};
export type DemoMonthState = {
  month: number;
  state: Exclude<MonthState, 'RETURNED'>;
  submittedAt: Date | null;
  reviewedAt: Date | null;
};
export type DemoPlan = {
  unitCode: string;
  year: number;
  goal: string;
  budget: { total: number; basic: number; project: number };
  indicators: IndicatorTemplate[];
  actuals: DemoActual[];
  budgetMonths: { month: number; planned: number; spent: number | null }[];
  monthStates: DemoMonthState[];
};
export type DemoUser = {
  username: string;
  displayName: string;
  role: 'ADMIN' | 'MANAGER' | 'LEADER' | 'EVALUATOR';
  unitCode: string | null;
};
export type DemoData = {
  units: { code: string; name: string; sortOrder: number }[];
  users: DemoUser[];
  plans: DemoPlan[];
};

export const DEMO_PASSWORD = 'Demo@2026';
/** 2023–2025 complete, so the seasonal forecast has its own history to learn from and be backtested on. */
export const DEMO_YEARS = [2023, 2024, 2025, 2026] as const;
/** Demand grows a few percent a year (2025 is 97% of 2026). */
const VOLUME_BY_YEAR: Record<number, number> = { 2023: 0.92, 2024: 0.945, 2025: 0.97, 2026: 1 };
/** The last month with data in the demo's current year. */
export const DEMO_LAST_MONTH = 10;

// mulberry32: a tiny seeded PRNG, so the demo is repeatable without a dependency.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Calls dip around the Spring Festival (Feb) and peak in summer.
const SEASON = [0.93, 0.8, 0.99, 1.0, 1.02, 1.07, 1.12, 1.1, 1.02, 0.99, 0.97, 0.99];

type RateSpec = { code: string; mean: number; base: (volume: number) => number };
const RATES: RateSpec[] = [
  { code: 'I02', mean: 89.9, base: (v) => v * 1.16 },
  { code: 'I03', mean: 96.4, base: (v) => v * 0.62 },
  { code: 'I05', mean: 86.2, base: (v) => v },
  { code: 'I06', mean: 95.9, base: (v) => v * 0.08 },
  { code: 'M01', mean: 91.5, base: (v) => v * 0.58 },
  { code: 'M02', mean: 87.0, base: (v) => v * 0.53 },
];

const DEVIATION_TEXT: Record<string, { analysis: string; measures: string; causes: DemoDeviation['causes'] }> = {
  I01: {
    analysis: '本月诉求受理量低于序时进度，主要受节假日及部分事项分流至部门专线影响。',
    measures: '加强与部门专线数据对接，完善多渠道诉求归集统计。',
    causes: ['OTHER'],
  },
  I02: {
    analysis: '来电高峰集中，坐席排班不足，部分时段呼入量超出接听能力。',
    measures: '增加高峰时段排班，启用智能语音导航分流简单咨询。',
    causes: ['STAFFING', 'HARDWARE'],
  },
  I03: {
    analysis: '部分承办单位办理周期较长，跨部门事项协调耗时。',
    measures: '对临期工单逐日督办，建立超期工单约谈机制。',
    causes: ['INSTITUTION'],
  },
  I04: {
    analysis: '本月集中支付设备维保费用，支出高于月度计划。',
    measures: '按季度均衡安排支出，严控非必要开支。',
    causes: ['FUNDING'],
  },
  I05: {
    analysis: '新增政策咨询类诉求较多，知识库更新滞后。',
    measures: '每周更新知识库，开展新政策专题培训。',
    causes: ['STAFFING', 'OTHER'],
  },
  I06: {
    analysis: '个别诉求办理结果未达群众预期，回访不满意件增多。',
    measures: '对不满意件逐件复核，督促承办单位二次办理。',
    causes: ['INSTITUTION'],
  },
  M01: {
    analysis: '复杂诉求占比上升，一次办结难度加大。',
    measures: '完善首接负责制，提升坐席一次解答能力。',
    causes: ['STAFFING'],
  },
  M02: { analysis: '部分一次办结件回访显示问题未彻底解决。', measures: '加强办结质量抽检。', causes: ['OTHER'] },
};

function deviationFor(code: string, likelihood: DemoDeviation['likelihood']): DemoDeviation {
  const text = DEVIATION_TEXT[code];
  return { causes: text.causes, analysis: text.analysis, measures: text.measures, likelihood };
}

/**
 * A submitted month carries a deviation record for every indicator that was not green as of that month, as the
 * monthly cycle requires; the engine decides, exactly as it does at submission.
 */
function attachDeviations(
  indicators: IndicatorTemplate[],
  actuals: DemoActual[],
  budgetMonths: DemoPlan['budgetMonths'],
  budget: number,
  lastMonth: number,
) {
  for (const indicator of indicators) {
    const months: MonthValue[] = indicator.isBudgetDerived
      ? costControlMonths(budget, budgetMonths)
      : actuals
          .filter((a) => a.code === indicator.code)
          .map(({ month, value, numerator, denominator }) => ({ month, value, numerator, denominator }));
    for (let month = 1; month <= lastMonth; month++) {
      const figures = evaluateIndicator({ indicator, months: months.filter((m) => m.month <= month), asOf: month });
      if (figures.status === 'GREEN' || figures.status === 'NO_DATA') continue;
      let row = actuals.find((a) => a.code === indicator.code && a.month === month);
      if (!row) {
        row = { code: indicator.code, month, value: null, numerator: null, denominator: null, deviation: null };
        actuals.push(row);
      }
      row.deviation = deviationFor(indicator.code, figures.likelihood ?? 'POSSIBLE');
    }
  }
}

// Shanghai wall-clock time → instant.
const shanghai = (year: number, month: number, day: number, hour: number) =>
  new Date(Date.UTC(year, month - 1, day, hour - 8));

type UnitProfile = {
  code: string;
  scale: number;
  quality: number;
  seed: number;
  octoberState: 'SUBMITTED' | 'DRAFT' | 'MISSING';
};

function buildPlan(profile: UnitProfile, year: number): DemoPlan {
  const next = random(profile.seed * 100 + year);
  const isCurrent = year === 2026;
  const lastMonth = isCurrent ? (profile.octoberState === 'MISSING' ? DEMO_LAST_MONTH - 1 : DEMO_LAST_MONTH) : 12;
  const volumeBase = 1_030_000 * profile.scale * VOLUME_BY_YEAR[year];
  const budgetTotal =
    Math.round((SEED_BUDGET.total * (profile.code === SEED_UNIT.code ? 1 : profile.scale * 3.2)) / 100) * 100;
  const indicators = SEED_INDICATORS.map((t) =>
    t.kind === 'COUNT'
      ? {
          ...t,
          target: Math.round((t.target * profile.scale) / 10_000) * 10_000,
          targetText: `≥${Math.round((t.target * profile.scale) / 10_000)}万件`,
        }
      : { ...t },
  );
  const actuals: DemoActual[] = [];
  const planned = defaultMonthlyPlan(budgetTotal);
  const budgetMonths: DemoPlan['budgetMonths'] = [];

  for (let month = 1; month <= 12; month++) {
    const hasData = month <= lastMonth;
    const volume = Math.round(volumeBase * SEASON[month - 1] * (0.97 + next() * 0.06));
    const spentFactor = month === 7 ? 1.08 : 0.93 + next() * 0.09;
    budgetMonths.push({
      month,
      planned: planned[month - 1],
      spent: hasData ? Math.round(planned[month - 1] * spentFactor * 100) / 100 : null,
    });
    if (!hasData) continue;

    actuals.push({ code: 'I01', month, value: volume, numerator: null, denominator: null, deviation: null });
    for (const spec of RATES) {
      const dip = spec.code === 'I02' && (month === 2 || month === 7) ? -2.2 : 0;
      const rate = Math.min(99.8, spec.mean + profile.quality * 0.8 + dip + (next() - 0.5) * 1.6);
      const denominator = Math.round(spec.base(volume));
      const numerator = Math.round((denominator * rate) / 100);
      actuals.push({ code: spec.code, month, value: null, numerator, denominator, deviation: null });
    }
  }
  attachDeviations(indicators, actuals, budgetMonths, budgetTotal, lastMonth);

  const monthStates: DemoMonthState[] = [];
  for (let month = 1; month <= lastMonth; month++) {
    const [dueYear, dueMonth] = month === 12 ? [year + 1, 1] : [year, month + 1];
    const isOctober = isCurrent && month === DEMO_LAST_MONTH;
    const state = !isOctober ? 'APPROVED' : profile.octoberState === 'DRAFT' ? 'DRAFT' : 'SUBMITTED';
    monthStates.push({
      month,
      state,
      submittedAt: state === 'DRAFT' ? null : shanghai(dueYear, dueMonth, 6 + (profile.seed % 4), 16),
      reviewedAt: state === 'APPROVED' ? shanghai(dueYear, dueMonth, 12 + (profile.seed % 3), 10) : null,
    });
  }

  return {
    unitCode: profile.code,
    year,
    goal: SEED_GOAL,
    budget: { total: budgetTotal, basic: budgetTotal, project: 0 },
    indicators,
    actuals,
    budgetMonths,
    monthStates,
  };
}

export function buildDemoData(): DemoData {
  const profiles: UnitProfile[] = [
    { code: SEED_UNIT.code, scale: 1, quality: 0, seed: 1, octoberState: 'SUBMITTED' },
    ...CITY_UNITS.map((c, i) => ({
      code: c.code,
      scale: c.scale,
      quality: c.quality,
      seed: i + 2,
      octoberState: (c.slug === 'ningde'
        ? 'MISSING'
        : c.slug === 'putian' || c.slug === 'sanming'
          ? 'DRAFT'
          : 'SUBMITTED') as UnitProfile['octoberState'],
    })),
  ];
  const units = [
    { code: SEED_UNIT.code, name: SEED_UNIT.name, sortOrder: 0 },
    ...CITY_UNITS.map((c, i) => ({ code: c.code, name: cityUnitName(c.city), sortOrder: i + 1 })),
  ];
  const users: DemoUser[] = [
    { username: 'admin', displayName: '系统管理员', role: 'ADMIN', unitCode: SEED_UNIT.code },
    { username: 'manager', displayName: '省中心填报员', role: 'MANAGER', unitCode: SEED_UNIT.code },
    { username: 'leader', displayName: '中心领导', role: 'LEADER', unitCode: SEED_UNIT.code },
    { username: 'evaluator', displayName: '绩效评价员', role: 'EVALUATOR', unitCode: SEED_UNIT.code },
    ...CITY_UNITS.map((c): DemoUser => ({
      username: `manager-${c.slug}`,
      displayName: `${c.city}填报员`,
      role: 'MANAGER',
      unitCode: c.code,
    })),
  ];
  const plans = profiles.flatMap((p) => DEMO_YEARS.map((year) => buildPlan(p, year)));
  return { units, users, plans };
}

export { SEED_BUDGET_WEIGHT };
