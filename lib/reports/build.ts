// Builds the three reports' table models from the data layer's figures. Pure: no figure is computed here
// except unit conversion for display (元 → 万元, 件 → 万件) and the self-evaluation's full-year execution rate.
import type { IndicatorPerformance, PlanPerformance } from '@/lib/data/performance';
import { executionRate } from '@/lib/domain/budget';
import { currentExplanation } from '@/lib/domain/deviation';
import { CAUSES, LIKELIHOODS } from '@/lib/domain/types';
import { formatInstant } from '@/lib/format';
import { planCharts } from './charts';
import {
  type Cell,
  type Column,
  type ReportBlock,
  type ReportKind,
  type ReportMeta,
  type ReportModel,
  type ReportRow,
  type ReportSection,
  decimal,
  integer,
  MARK,
  percent,
} from './model';
import {
  causeLabel,
  gradeLabel,
  likelihoodLabel,
  monthStateLabel,
  monthsLabel,
  ratingLabel,
  statusLabel,
} from './labels';

export type BuildMeta = Omit<ReportMeta, 'units'>;

const WAN = 10_000;
const wan = (yuan: number | null | undefined): Cell => (yuan == null ? null : decimal(yuan / WAN, 2));
const pct = (value: number | null | undefined): Cell => (value == null ? null : percent(value));
/** A stored figure as stored: the exact text goes along where the number would round it. */
const plain = (value: number | null | undefined, exact?: string | null): Cell => {
  if (value == null) return null;
  const cell = exact ? (/\.\d*[1-9]/.test(exact) ? decimal(value, 2) : integer(value)) : null;
  if (cell && exact) return { ...cell, exact };
  return Number.isInteger(value) ? integer(value) : decimal(value, 2);
};
const mark = (isMarked: boolean): Cell => (isMarked ? MARK : null);

export const SHEET_NAMES: Record<ReportKind, string> = {
  monitoring: '绩效运行监控表',
  'self-evaluation': '绩效自评表',
  monthly: '月度明细',
};

/**
 * An indicator's figure in its display unit: 万件 for counts, percent for rates, the rating's word for qualitative ones.
 */
export function indicatorValueCell(
  indicator: Pick<IndicatorPerformance, 'kind' | 'displayDivisor'>,
  value: number | null,
  rating: string | null = null,
): Cell {
  if (indicator.kind === 'QUALITATIVE') return rating ? ratingLabel(rating) : null;
  if (value === null) return null;
  if (indicator.kind === 'RATIO') return percent(value);
  return indicator.displayDivisor === 1 ? integer(value) : decimal(value / indicator.displayDivisor, 2);
}

const measureUnit = (indicator: IndicatorPerformance) =>
  indicator.kind === 'COUNT' ? indicator.displayUnit : indicator.kind === 'RATIO' ? '%' : '';

const targetCell = (indicator: IndicatorPerformance): string =>
  indicator.originalTarget && indicator.originalTarget.targetText !== indicator.targetText
    ? `${indicator.targetText}（调整前：${indicator.originalTarget.targetText}）`
    : indicator.targetText;

/** "1–9月", "1、3、5月": compresses months into ranges. */
export function monthList(months: number[]): string {
  const sorted = [...months].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j;
  }
  return parts.length === 0 ? '' : `${parts.join('、')}月`;
}

/** "月份状态：1–9月已审核；10月已提交（未计入）". */
export function describeMonthStates(plan: Pick<PlanPerformance, 'months' | 'asOf' | 'approvedOnly'>): string {
  const groups = new Map<string, number[]>();
  for (const month of plan.months.filter((m) => m.month <= plan.asOf)) {
    const label = month.state === 'MISSING' && month.isOverdue ? '逾期未报' : monthStateLabel(month.state);
    const excluded = plan.approvedOnly && month.state !== 'APPROVED' && month.state !== 'MISSING' ? '（未计入）' : '';
    const key = `${label}${excluded}`;
    groups.set(key, [...(groups.get(key) ?? []), month.month]);
  }
  return `月份状态：${[...groups].map(([label, months]) => `${monthList(months)}${label}`).join('；')}`;
}

/**
 * The months a plan's figures cover: approved-only leaves unapproved months out, so October awaiting review makes it
 * "1–9月", not "1–10月".
 */
export function coveredMonthsLabel(plan: Pick<PlanPerformance, 'months' | 'asOf' | 'approvedOnly'>): string {
  const isLeftOut = (state: string) => plan.approvedOnly && state !== 'APPROVED' && state !== 'MISSING';
  const covered = plan.months.filter((m) => m.month <= plan.asOf && !isLeftOut(m.state)).map((m) => m.month);
  if (covered.length === plan.asOf) return monthsLabel(plan.asOf);
  return monthList(covered) || '无已审核月份';
}

/** One plan: its covered months; several: the as-of months (each unit's section says its own). */
const reportMonthsLabel = (plans: PlanPerformance[], asOf: number) =>
  plans.length === 1 ? coveredMonthsLabel(plans[0]) : monthsLabel(asOf);

function metaLines(meta: ReportMeta, plans: PlanPerformance[]): string[] {
  const units =
    meta.units.length === 1
      ? `${meta.units[0].name}（${meta.units[0].code}）`
      : `共${meta.units.length}个单位：${meta.units.map((u) => u.name).join('、')}`;
  const lines = [
    `单位：${units}`,
    `年度：${meta.year}年　截至月份：${meta.asOf}月（数据月份：${reportMonthsLabel(plans, meta.asOf)}）`,
    `生成时间：${formatInstant(meta.generatedAt)}（北京时间）　生成人：${meta.generatedBy}`,
    meta.approvedOnly
      ? '数据范围：仅含已审核月份（已提交、草稿等未审核月份的数据不计入）'
      : '数据范围：含未审核月份（已提交、草稿等未经审核的数据已计入）',
  ];
  if (plans.some((p) => p.isProjected)) lines.push('标“预计”的数字为按截至月份推算的全年预计值，不是实际发生数。');
  if (plans.some((p) => p.unit.isDemo)) lines.push('注：本表数据为系统演示数据，非真实业务数据。');
  return lines;
}

function model(
  kind: ReportKind,
  title: string,
  layout: ReportModel['layout'],
  plans: PlanPerformance[],
  base: BuildMeta,
  sections: ReportSection[],
): ReportModel {
  const meta: ReportMeta = { ...base, units: plans.map((p) => ({ code: p.unit.code, name: p.unit.name })) };
  return { kind, title, sheetName: SHEET_NAMES[kind], meta, metaLines: metaLines(meta, plans), layout, sections };
}

const unitLines = (plan: PlanPerformance, isOnly: boolean) => [
  ...(isOnly ? [] : [`单位：${plan.unit.name}（${plan.unit.code}）`]),
  describeMonthStates(plan),
];

/**
 * An indicator's deviation texts up to the as-of month, each with the months it was written for; when the indicator
 * is not off target as of that month (docs/RULES.md, deviation records) the texts are history and say so.
 */
function explanationText(
  indicator: IndicatorPerformance,
  asOf: number,
  text: (d: IndicatorPerformance['deviations'][number]) => string,
): string | null {
  const records = indicator.deviations.filter((d) => d.month <= asOf);
  const grouped = groupedByText(records, text);
  if (!grouped || currentExplanation(records, indicator.figures.status, asOf)) return grouped;
  return `（截至${asOf}月未偏离目标，以下说明仅适用于所注月份）\n${grouped}`;
}

/** Deviation texts, the months that share one text on one line: "1、2、7月：…". */
export function groupedByText(
  deviations: IndicatorPerformance['deviations'],
  text: (d: IndicatorPerformance['deviations'][number]) => string,
): string | null {
  const months = new Map<string, number[]>();
  for (const d of deviations) {
    const t = text(d);
    if (t) months.set(t, [...(months.get(t) ?? []), d.month]);
  }
  return [...months].map(([t, ms]) => `${monthList(ms)}：${t}`).join('\n') || null;
}

// 绩效运行监控表 ---------------------------------------------------------------------------------------------

function monitoringBudgetBlock(plan: PlanPerformance): ReportBlock {
  const m = coveredMonthsLabel(plan);
  const columns: Column[] = [
    { key: 'item', label: '资金项目', width: 16 },
    { key: 'budget', label: '预算数（万元）', width: 12 },
    { key: 'spent', label: `${m}执行数（万元）`, width: 12 },
    { key: 'executionRate', label: '执行率', width: 9 },
    { key: 'timeProgress', label: '序时进度', width: 9 },
    { key: 'projectedSpend', label: '全年预计执行数（万元）', width: 12 },
  ];
  const b = plan.budget;
  const rows: ReportRow[] = [
    {
      isEmphasis: true,
      cells: {
        item: '年度资金总额',
        budget: wan(plan.budgetTotal),
        spent: wan(b?.spentToDate),
        executionRate: pct(b?.executionRate),
        timeProgress: pct(b?.timeProgress),
        projectedSpend: wan(b?.projectedSpend),
      },
    },
    { cells: { item: '其中：基本支出', budget: wan(plan.basicExpense) } },
    { cells: { item: '　　　项目支出', budget: wan(plan.projectExpense) } },
  ];
  return { key: 'budget', title: '预算执行情况', columns, rows };
}

/** The indicator columns both paper forms open with. */
const INDICATOR_COLUMNS: Column[] = [
  { key: 'level1', label: '一级指标', width: 8 },
  { key: 'level2', label: '二级指标', width: 9 },
  { key: 'name', label: '三级指标', width: 12 },
  { key: 'target', label: '年度指标值', width: 10 },
  { key: 'measure', label: '计量单位', width: 5, align: 'center' },
];

/** The cells under INDICATOR_COLUMNS, and the year to date both forms show next. */
const indicatorCells = (indicator: PlanPerformance['indicators'][number]) => ({
  level1: indicator.level1,
  level2: indicator.level2,
  name: indicator.name,
  target: targetCell(indicator),
  measure: measureUnit(indicator),
  ytd: indicatorValueCell(indicator, indicator.figures.ytdValue, indicator.figures.ytdRating),
});

function monitoringIndicatorBlock(plan: PlanPerformance): ReportBlock {
  const columns: Column[] = [
    ...INDICATOR_COLUMNS,
    { key: 'ytd', label: `${coveredMonthsLabel(plan)}执行情况`, width: 10 },
    { key: 'projection', label: '全年预计完成情况', width: 10 },
    ...CAUSES.map((c): Column => ({
      key: `cause_${c}`,
      label: causeLabel(c),
      group: '偏差原因分析',
      width: 5,
      align: 'center',
    })),
    ...LIKELIHOODS.map((l): Column => ({
      key: `likelihood_${l}`,
      label: likelihoodLabel(l),
      group: '完成目标可能性',
      width: 5,
      align: 'center',
    })),
    { key: 'measures', label: '改进措施', width: 24 },
  ];
  const rows = plan.indicators.map((indicator): ReportRow => {
    const f = indicator.figures;
    // the marks are the current explanation's only: a record of months the indicator has since recovered from is not
    const current = currentExplanation(indicator.deviations, f.status, plan.asOf);
    const causes = new Set(current?.causes ?? []);
    const likelihood = current?.likelihood ?? f.likelihood;
    return {
      cells: {
        ...indicatorCells(indicator),
        projection: indicatorValueCell(indicator, f.projection, f.ytdRating),
        ...Object.fromEntries(CAUSES.map((c) => [`cause_${c}`, mark(causes.has(c))])),
        ...Object.fromEntries(LIKELIHOODS.map((l) => [`likelihood_${l}`, mark(likelihood === l)])),
        measures: explanationText(indicator, plan.asOf, (d) => d.measures),
      },
    };
  });
  return { key: 'indicators', title: '绩效指标运行情况', columns, rows };
}

export function buildMonitoringReport(plans: PlanPerformance[], meta: BuildMeta): ReportModel {
  const sections = plans.map((plan): ReportSection => ({
    unit: { code: plan.unit.code, name: plan.unit.name },
    lines: [...unitLines(plan, plans.length === 1), `年度总体目标：${plan.goal}`],
    blocks: [monitoringBudgetBlock(plan), monitoringIndicatorBlock(plan)],
    charts: planCharts(plan),
  }));
  const months = reportMonthsLabel(plans, meta.asOf);
  return model('monitoring', `${meta.year}年${months}绩效运行监控表`, 'form', plans, meta, sections);
}

// 绩效自评表 ------------------------------------------------------------------------------------------------

const projectedLabel = (plan: PlanPerformance) => (plan.isProjected ? '（预计）' : '');

function selfEvaluationBudgetBlock(plan: PlanPerformance): ReportBlock {
  const b = plan.budget;
  const yearSpend = b ? (plan.isProjected ? b.projectedSpend : b.spentToDate) : null;
  // 执行率 = 全年执行数 ÷ 全年预算数 (the projected full-year spending before the year is complete)
  const yearRate = executionRate(yearSpend, plan.budgetTotal);
  const columns: Column[] = [
    { key: 'item', label: '资金项目', width: 16 },
    { key: 'initialBudget', label: '年初预算数（万元）', width: 11 },
    { key: 'annualBudget', label: '全年预算数（万元）', width: 11 },
    { key: 'yearSpend', label: plan.isProjected ? '全年预计执行数（万元）' : '全年执行数（万元）', width: 12 },
    { key: 'weight', label: '分值', width: 6 },
    { key: 'yearRate', label: `执行率${projectedLabel(plan)}`, width: 9 },
    { key: 'score', label: `得分${projectedLabel(plan)}`, width: 8 },
  ];
  const rows: ReportRow[] = [
    {
      isEmphasis: true,
      cells: {
        item: '年度资金总额',
        initialBudget: wan(plan.budgetTotal),
        annualBudget: wan(plan.budgetTotal),
        yearSpend: wan(yearSpend),
        weight: plain(plan.budgetWeight),
        yearRate: pct(yearRate),
        score: b?.score == null ? null : decimal(b.score, 2),
      },
    },
    { cells: { item: '其中：基本支出', initialBudget: wan(plan.basicExpense), annualBudget: wan(plan.basicExpense) } },
    {
      cells: {
        item: '　　　项目支出',
        initialBudget: wan(plan.projectExpense),
        annualBudget: wan(plan.projectExpense),
      },
    },
  ];
  return { key: 'budget', title: '资金', columns, rows };
}

function selfEvaluationIndicatorBlock(plan: PlanPerformance): ReportBlock {
  const columns: Column[] = [
    ...INDICATOR_COLUMNS,
    { key: 'ytd', label: `${coveredMonthsLabel(plan)}实际完成值`, width: 10, group: '实际完成值' },
    {
      key: 'projection',
      label: plan.isProjected ? '全年预计完成值' : '全年实际完成值',
      width: 10,
      group: '实际完成值',
    },
    { key: 'weight', label: '分值', width: 6 },
    { key: 'score', label: `得分${projectedLabel(plan)}`, width: 8 },
    { key: 'analysis', label: '偏差原因分析及改进措施', width: 30 },
  ];
  const rows = plan.indicators
    .filter((indicator) => !indicator.isMonitoring)
    .map((indicator): ReportRow => {
      const f = indicator.figures;
      return {
        cells: {
          ...indicatorCells(indicator),
          projection: indicatorValueCell(indicator, f.scoredActual, f.ytdRating),
          weight: plain(indicator.weight),
          score: f.score === null ? null : decimal(f.score, 2),
          analysis: explanationText(indicator, plan.asOf, (d) =>
            d.measures ? `${d.analysis}改进措施：${d.measures}` : d.analysis,
          ),
        },
      };
    });
  return { key: 'indicators', title: '绩效指标', columns, rows };
}

function selfEvaluationSummaryBlock(plan: PlanPerformance): ReportBlock {
  const columns: Column[] = [
    { key: 'summaryItem', label: '项目', width: 16 },
    { key: 'weight', label: '分值', width: 8 },
    { key: 'score', label: `得分${projectedLabel(plan)}`, width: 8 },
    { key: 'grade', label: `自评等级${projectedLabel(plan)}`, width: 10, align: 'center' },
  ];
  const rows: ReportRow[] = [
    {
      isEmphasis: true,
      cells: {
        summaryItem: '总分',
        weight: plain(plan.maxTotal),
        score: plan.total === null ? null : decimal(plan.total, 2),
        grade: plan.grade ? gradeLabel(plan.grade) : null,
      },
    },
  ];
  return { key: 'summary', title: '总分与等级', columns, rows };
}

export function buildSelfEvaluationReport(plans: PlanPerformance[], meta: BuildMeta): ReportModel {
  const sections = plans.map((plan): ReportSection => ({
    unit: { code: plan.unit.code, name: plan.unit.name },
    lines: [
      ...unitLines(plan, plans.length === 1),
      `年度总体目标：${plan.goal}`,
      plan.isProjected
        ? `得分为预计得分：按全年预计完成值计算（计数类指标 = ${coveredMonthsLabel(plan)}累计 ÷ 序时占比，比率类指标 = 累计比率；计数类指标中往年回测优于这一线性推算的，改按本单位往年季节规律预测；资金按已执行数加其后各月计划数），全年审核完成后为最终得分。`
        : '全年各月均已审核，得分为最终得分。',
    ],
    blocks: [selfEvaluationBudgetBlock(plan), selfEvaluationIndicatorBlock(plan), selfEvaluationSummaryBlock(plan)],
    charts: planCharts(plan),
  }));
  const projected = plans.some((p) => p.isProjected) ? '，预计' : '';
  return model(
    'self-evaluation',
    `${meta.year}年度绩效自评表（截至${meta.asOf}月${projected}）`,
    'form',
    plans,
    meta,
    sections,
  );
}

// 月度明细 --------------------------------------------------------------------------------------------------

const MONTHLY_COLUMNS: Column[] = [
  { key: 'unitCode', label: '单位编码', width: 6, noWrap: true },
  { key: 'unitName', label: '单位名称', width: 17 },
  { key: 'name', label: '三级指标', width: 11 },
  { key: 'month', label: '月份', width: 4, align: 'center' },
  { key: 'basis', label: '计量单位/口径', width: 12 },
  { key: 'value', label: '完成值', width: 9 },
  { key: 'numerator', label: '分子', width: 9 },
  { key: 'denominator', label: '分母', width: 9 },
  { key: 'rate', label: '比率', width: 7 },
  { key: 'rating', label: '评级', width: 5, align: 'center' },
  { key: 'status', label: '本月状态', width: 6, align: 'center' },
  { key: 'approval', label: '审核状态', width: 8, align: 'center' },
  { key: 'causes', label: '偏差原因', width: 9 },
  { key: 'analysis', label: '偏差原因分析', width: 20 },
  { key: 'measures', label: '改进措施', width: 20 },
  { key: 'likelihood', label: '完成目标可能性', width: 7, align: 'center' },
];

const baseUnit = (indicator: IndicatorPerformance) =>
  indicator.displayDivisor === 10_000 && indicator.displayUnit.startsWith('万')
    ? indicator.displayUnit.slice(1)
    : indicator.displayDivisor === 1
      ? indicator.displayUnit
      : `${indicator.displayUnit}÷${indicator.displayDivisor}`;

function basis(indicator: IndicatorPerformance): string {
  if (indicator.kind === 'COUNT') return baseUnit(indicator);
  if (indicator.kind === 'RATIO')
    return `${indicator.numeratorLabel ?? '分子'} / ${indicator.denominatorLabel ?? '分母'}${indicator.isBudgetDerived ? '（元）' : ''}`;
  return '达成 / 部分达成 / 未达成';
}

function approvalText(plan: PlanPerformance, month: number): string {
  const state = plan.months[month - 1];
  if (!state) return '';
  if (state.state === 'MISSING') return state.isOverdue ? '逾期未报' : monthStateLabel('MISSING');
  const excluded = plan.approvedOnly && state.state !== 'APPROVED' ? '（未计入）' : '';
  return `${monthStateLabel(state.state)}${excluded}`;
}

export function buildMonthlyReport(plans: PlanPerformance[], meta: BuildMeta): ReportModel {
  const rows: ReportRow[] = plans.flatMap((plan) =>
    plan.indicators.flatMap((indicator) =>
      indicator.figures.monthly.map((row): ReportRow => {
        const deviation = indicator.deviations.find((d) => d.month === row.month);
        return {
          cells: {
            unitCode: plan.unit.code,
            unitName: plan.unit.name,
            name: indicator.name,
            month: integer(row.month),
            basis: basis(indicator),
            value: indicator.kind === 'COUNT' ? plain(row.value, row.exact?.value) : null,
            numerator: indicator.kind === 'RATIO' ? plain(row.numerator, row.exact?.numerator) : null,
            denominator: indicator.kind === 'RATIO' ? plain(row.denominator, row.exact?.denominator) : null,
            rate: indicator.kind === 'RATIO' ? pct(row.value) : null,
            rating: row.rating ? ratingLabel(row.rating) : null,
            status: statusLabel(row.status),
            approval: approvalText(plan, row.month),
            causes: deviation ? deviation.causes.map(causeLabel).join('、') : null,
            analysis: deviation?.analysis || null,
            measures: deviation?.measures || null,
            likelihood: deviation ? likelihoodLabel(deviation.likelihood) : null,
          },
        };
      }),
    ),
  );
  const sections: ReportSection[] = [
    {
      unit: null,
      lines: plans.map((p) => `${p.unit.name}（${p.unit.code}）${describeMonthStates(p)}`),
      blocks: [{ key: 'monthly', title: null, columns: MONTHLY_COLUMNS, rows }],
    },
  ];
  const months = reportMonthsLabel(plans, meta.asOf);
  return model('monthly', `${meta.year}年绩效指标月度明细（${months}）`, 'flat', plans, meta, sections);
}

export function buildReport(kind: ReportKind, plans: PlanPerformance[], meta: BuildMeta): ReportModel {
  if (kind === 'monitoring') return buildMonitoringReport(plans, meta);
  if (kind === 'self-evaluation') return buildSelfEvaluationReport(plans, meta);
  return buildMonthlyReport(plans, meta);
}
