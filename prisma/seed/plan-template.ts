import type { IndicatorDefinition } from '../../lib/domain/types';
import type { Direction } from '../../lib/domain/comparator';

// The 单位整体绩效目标表 of the 2026 budget of unit 103603, exactly as printed, plus the two monitoring
// indicators of the center's 2026 work plan. Targets: COUNT in 件, RATIO in percent.
export type IndicatorTemplate = IndicatorDefinition & { target: number; weight: number };

/** Templates as the indicator rows a plan is created with, in their order. */
export const indicatorRows = (templates: readonly IndicatorTemplate[]) =>
  templates.map((t, i) => ({
    code: t.code,
    level1: t.level1,
    level2: t.level2,
    name: t.name,
    kind: t.kind,
    comparator: t.comparator,
    target: t.target,
    targetText: t.targetText,
    displayUnit: t.displayUnit,
    displayDivisor: t.displayDivisor,
    weight: t.weight,
    numeratorLabel: t.numeratorLabel,
    denominatorLabel: t.denominatorLabel,
    isMonitoring: t.isMonitoring,
    isBudgetDerived: t.isBudgetDerived,
    sortOrder: i + 1,
  }));

export const SEED_UNIT = { code: '103603', name: '福建省12345政务服务便民热线中心' };

export const SEED_GOAL =
  '围绕办好群众合理诉求，进一步扩展优化全流程各环节系统功能，强化民生数据动态深度分析与评估，着力增强群众体验感和获得感。';

/** 元: 资金总额 245.78 万元, all 基本支出 (工资福利支出 233.58, 商品和服务支出 12.2). */
export const SEED_BUDGET = { total: 2_457_800, basic: 2_457_800, project: 0 };
export const SEED_BUDGET_WEIGHT = 10;

const ratio = (
  code: string,
  level1: string,
  level2: string,
  name: string,
  comparator: Direction,
  target: number,
  numeratorLabel: string,
  denominatorLabel: string,
  weight: number,
  extra: Partial<IndicatorTemplate> = {},
): IndicatorTemplate => ({
  code,
  level1,
  level2,
  name,
  kind: 'RATIO',
  comparator,
  target,
  targetText: `${comparator === 'GTE' ? '≥' : '≤'}${target}%`,
  displayUnit: '%',
  displayDivisor: 1,
  weight,
  numeratorLabel,
  denominatorLabel,
  isMonitoring: false,
  isBudgetDerived: false,
  ...extra,
});

export const SEED_INDICATORS: IndicatorTemplate[] = [
  {
    code: 'I01',
    level1: '产出指标',
    level2: '数量指标',
    name: '受理群众诉求数量',
    kind: 'COUNT',
    comparator: 'GTE',
    target: 12_500_000,
    targetText: '≥1250万件',
    displayUnit: '万件',
    displayDivisor: 10_000,
    weight: 15,
    numeratorLabel: null,
    denominatorLabel: null,
    isMonitoring: false,
    isBudgetDerived: false,
  },
  ratio('I02', '产出指标', '质量指标', '话务接通率', 'GTE', 90, '接通量', '呼入量', 15),
  ratio('I03', '产出指标', '时效指标', '按时办理率', 'GTE', 95, '按时办结件数', '应办结件数', 10),
  ratio('I04', '成本指标', '经济成本指标', '成本控制率', 'LTE', 100, '实际支出', '计划支出', 10, {
    isBudgetDerived: true,
  }),
  ratio('I05', '效益指标', '社会效益指标', '即时解答率', 'GTE', 85, '即时解答件数', '受理件数', 30),
  ratio('I06', '满意度指标', '服务对象满意度指标', '群众满意率', 'GTE', 95, '满意件数', '有效回访件数', 10),
  ratio('M01', '监测指标', '工作计划指标', '一次办结率', 'GTE', 90, '一次办结件数', '办结件数', 0, {
    isMonitoring: true,
  }),
  ratio('M02', '监测指标', '工作计划指标', '一次办结解决率', 'GTE', 85, '一次办结解决件数', '一次办结件数', 0, {
    isMonitoring: true,
  }),
];

export const CITY_UNITS = [
  { code: '350100', city: '福州', slug: 'fuzhou', scale: 0.24, quality: 0.6 },
  { code: '350200', city: '厦门', slug: 'xiamen', scale: 0.2, quality: 1.2 },
  { code: '350300', city: '莆田', slug: 'putian', scale: 0.08, quality: -1.6 },
  { code: '350400', city: '三明', slug: 'sanming', scale: 0.06, quality: 0.2 },
  { code: '350500', city: '泉州', slug: 'quanzhou', scale: 0.22, quality: 0.8 },
  { code: '350600', city: '漳州', slug: 'zhangzhou', scale: 0.1, quality: -0.6 },
  { code: '350700', city: '南平', slug: 'nanping', scale: 0.05, quality: -2.6 },
  { code: '350800', city: '龙岩', slug: 'longyan', scale: 0.06, quality: 0.4 },
  { code: '350900', city: '宁德', slug: 'ningde', scale: 0.06, quality: -1.0 },
] as const;

export const cityUnitName = (city: string) => `${city}市12345政务服务便民热线平台`;
