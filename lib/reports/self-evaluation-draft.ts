// The 绩效自评报告 drafted from the 绩效自评表's model: every figure in a sentence is the text of a cell of that model
// (or a figure of the same engine), so the Word document and the exports cannot disagree.
import { effectiveComparator, meetsTarget, shareOfTarget, timeProgress } from '@/lib/domain';
import type { IndicatorPerformance, PlanPerformance } from '@/lib/data/performance';
import { formatPercent } from '@/lib/format';
import { describeMonthStates, groupedByText } from './build';
import { cellText } from './display';
import { coveredMonthsLabel } from './build';
import { gradeLabel } from './labels';
import { decimal, type ReportBlock, type ReportModel, type ReportSection } from './model';

export type DraftPart = { heading: string; paragraphs: string[]; tables: ReportBlock[] };
export type SelfEvaluationDraft = { title: string; subtitle: string; parts: DraftPart[] };

export const DRAFT_HEADINGS = [
  '一、基本情况',
  '二、绩效目标完成情况',
  '三、偏差原因及改进措施',
  '四、预算执行情况',
  '五、自评得分及等级',
  '六、下一步工作',
] as const;

const pct = (value: number | null) => formatPercent(value, 'zh-CN', 2);

const blockOf = (section: ReportSection, key: string): ReportBlock => section.blocks.find((b) => b.key === key)!;

const rowOf = (block: ReportBlock, name: string) => block.rows.find((r) => r.cells.name === name)!;

function indicatorSentence(plan: PlanPerformance, indicator: IndicatorPerformance, block: ReportBlock): string {
  const cells = rowOf(block, indicator.name).cells;
  const f = indicator.figures;
  const unit = indicator.kind === 'COUNT' ? indicator.displayUnit : '';
  const ytd = `${cellText(cells.ytd)}${unit}`;
  const year = `${cellText(cells.projection)}${unit}`;
  const period = plan.isProjected ? coveredMonthsLabel(plan) : '全年';
  if (indicator.kind === 'QUALITATIVE')
    return `${indicator.name}：${period}评定为“${cellText(cells.ytd) || '未评定'}”。`;
  const meets =
    f.scoredActual !== null && indicator.target !== null
      ? meetsTarget(effectiveComparator(indicator.comparator, indicator.target), f.scoredActual, indicator.target)
      : null;
  const verdict =
    meets === null
      ? ''
      : plan.isProjected
        ? meets
          ? '预计完成目标'
          : '预计未能完成目标'
        : meets
          ? '完成目标'
          : '未完成目标';
  if (indicator.kind === 'COUNT') {
    const parts = [
      `${period}累计${indicator.name}${ytd}`,
      `完成年度目标（${indicator.targetText}）的${pct(shareOfTarget(f.ytdValue, indicator.target))}`,
    ];
    if (plan.isProjected) parts.push(`序时进度${pct(f.pace)}`, `全年预计${year}`);
    return `${parts.join('，')}${verdict ? `，${verdict}` : ''}。`;
  }
  const parts = [`${period}${indicator.name}${ytd}`, `年度目标${indicator.targetText}`];
  if (plan.isProjected) parts.push(`全年预计${year}`);
  return `${parts.join('，')}${verdict ? `，${verdict}` : ''}。`;
}

function deviationParagraphs(plan: PlanPerformance): string[] {
  const explained = plan.indicators.filter((i) => i.deviations.length > 0);
  if (explained.length === 0) return [`截至${plan.asOf}月，本单位各项指标均未出现需要说明的偏差，无偏差原因记录。`];
  return explained.map((i) => {
    const text = groupedByText(i.deviations, (d) => (d.measures ? `${d.analysis}改进措施：${d.measures}` : d.analysis));
    return `${i.name}：${(text ?? '').replace(/\n/g, '；')}`;
  });
}

function budgetParagraph(plan: PlanPerformance, block: ReportBlock): string {
  const cells = block.rows[0].cells;
  const b = plan.budget;
  const spent = b?.spentToDate == null ? '—' : cellText(decimal(b.spentToDate / 10_000, 2));
  const toDate = `${coveredMonthsLabel(plan)}执行${spent}万元，序时进度${pct(timeProgress(plan.asOf) * 100)}`;
  const year = plan.isProjected
    ? `全年预计执行${cellText(cells.yearSpend)}万元，预计执行率${cellText(cells.yearRate)}，预算执行得分预计${cellText(cells.score)}分`
    : `全年执行${cellText(cells.yearSpend)}万元，执行率${cellText(cells.yearRate)}，预算执行得分${cellText(cells.score)}分`;
  return `年度预算${cellText(cells.annualBudget)}万元，${toDate}；${year}（分值${cellText(cells.weight)}分）。`;
}

function scoreParagraph(plan: PlanPerformance, block: ReportBlock): string {
  const cells = block.rows[0].cells;
  const lead = plan.isProjected ? `按截至${plan.asOf}月的全年预计完成值计算，预计` : '';
  return `${lead}自评总分${cellText(cells.score)}分（满分${cellText(cells.weight)}分），自评等级为“${plan.grade ? gradeLabel(plan.grade) : '—'}”。`;
}

function nextSteps(plan: PlanPerformance): string[] {
  const measures = [...new Set(plan.indicators.flatMap((i) => i.deviations.map((d) => d.measures).filter(Boolean)))];
  const lead = `围绕年度总体目标（${plan.goal}），`;
  if (measures.length === 0) return [`${lead}保持各项指标的完成水平，按月填报、审核，及时研判趋势。`];
  return [`${lead}落实以下改进措施：`, ...measures.map((m, i) => `（${i + 1}）${m}`)];
}

/** The report for one unit's section of the 绩效自评表 model. */
export function draftSelfEvaluation(plan: PlanPerformance, model: ReportModel): SelfEvaluationDraft {
  const section = model.sections.find((s) => s.unit?.code === plan.unit.code)!;
  const indicators = blockOf(section, 'indicators');
  const budget = blockOf(section, 'budget');
  const summary = blockOf(section, 'summary');
  const scored = plan.indicators.filter((i) => !i.isMonitoring);
  const basics = [
    `${plan.unit.name}（单位编码${plan.unit.code}）${plan.year}年度绩效目标：${plan.goal}`,
    `年度资金总额${cellText(budget.rows[0].cells.annualBudget)}万元，其中基本支出${cellText(budget.rows[1].cells.annualBudget)}万元，项目支出${cellText(budget.rows[2].cells.annualBudget)}万元。`,
    `本报告数据截至${plan.year}年${plan.asOf}月。${describeMonthStates(plan)}。`,
    ...model.metaLines.filter((l) => l.startsWith('数据范围') || l.startsWith('注：')),
  ];
  return {
    title: `${plan.unit.name}${plan.year}年度绩效自评报告`,
    subtitle: plan.isProjected ? `（截至${plan.asOf}月，含全年预计）` : '',
    parts: [
      { heading: DRAFT_HEADINGS[0], paragraphs: basics, tables: [] },
      {
        heading: DRAFT_HEADINGS[1],
        paragraphs: scored.map((i) => indicatorSentence(plan, i, indicators)),
        tables: [budget, indicators, summary],
      },
      { heading: DRAFT_HEADINGS[2], paragraphs: deviationParagraphs(plan), tables: [] },
      { heading: DRAFT_HEADINGS[3], paragraphs: [budgetParagraph(plan, budget)], tables: [] },
      { heading: DRAFT_HEADINGS[4], paragraphs: [scoreParagraph(plan, summary)], tables: [] },
      { heading: DRAFT_HEADINGS[5], paragraphs: nextSteps(plan), tables: [] },
    ],
  };
}
