import { describe, expect, test } from 'vitest';
import {
  buildMonitoringReport,
  buildMonthlyReport,
  buildSelfEvaluationReport,
  coveredMonthsLabel,
  describeMonthStates,
  monthList,
} from './build';
import { cellText } from './display';
import { FIXTURE_META as META, fixturePlan } from './fixture-plan';
import { headerRows, MARK, type ReportModel } from './model';

const blockOf = (model: ReportModel, key: string, section = 0) =>
  model.sections[section].blocks.find((b) => b.key === key)!;

describe('monitoring table model', () => {
  const plan = fixturePlan();
  const model = buildMonitoringReport([plan], META);
  const rows = blockOf(model, 'indicators').rows;

  test('the title block names the unit, year, as-of month, time (Asia/Shanghai), user and the approval scope', () => {
    expect(model.metaLines.join('\n')).toContain('福建省12345政务服务便民热线中心（103603）');
    expect(model.metaLines.join('\n')).toContain('截至月份：3月');
    expect(model.metaLines.join('\n')).toContain('生成时间：2026年4月1日 10:00:00（北京时间）');
    expect(model.metaLines.join('\n')).toContain('生成人：评价人员');
    expect(model.metaLines.join('\n')).toContain('仅含已审核月份');
    expect(model.sections[0].lines).toContain('月份状态：1–2月已审核；3月已提交（未计入）');
  });

  test('year-to-date and projection are the engine figures, in 万件 and percent', () => {
    expect(rows[0].cells.ytd).toEqual({
      value: plan.indicators[0].figures.ytdValue! / 10_000,
      format: { kind: 'decimal', digits: 2 },
    });
    expect(rows[0].cells.projection).toEqual({
      value: plan.indicators[0].figures.projection! / 10_000,
      format: { kind: 'decimal', digits: 2 },
    });
    expect(rows[1].cells.ytd).toEqual({ value: plan.indicators[1].figures.ytdValue, format: { kind: 'percent' } });
    expect(cellText(rows[1].cells.ytd)).toBe('91.00%');
    expect(rows.map((r) => r.cells.name)).toEqual(['受理群众诉求数量', '话务接通率', '一次办结率']);
  });

  test('back on target as of the month (话务接通率 is green by March): no stale cause or likelihood marks, the texts are history with their months', () => {
    expect(plan.indicators[1].figures.status).toBe('GREEN');
    for (const cause of ['STAFFING', 'HARDWARE', 'FUNDING']) expect(rows[1].cells[`cause_${cause}`]).toBeNull();
    expect(rows[1].cells[`likelihood_${plan.indicators[1].figures.likelihood}`]).toBe(MARK);
    expect(rows[1].cells.measures).toBe('（截至3月未偏离目标，以下说明仅适用于所注月份）\n1、3月：增加排班。');
    expect(rows[0].cells[`likelihood_${plan.indicators[0].figures.likelihood}`]).toBe(MARK);
  });

  test('still off target: causes and likelihood from the current explanation (the latest record), texts by month', () => {
    const red = fixturePlan();
    red.indicators[1] = { ...red.indicators[1], figures: { ...red.indicators[1].figures, status: 'RED' } };
    const cells = blockOf(buildMonitoringReport([red], META), 'indicators').rows[1].cells;
    expect(cells.cause_STAFFING).toBe(MARK);
    expect(cells.cause_HARDWARE).toBeNull(); // written for January only
    expect(cells.likelihood_POSSIBLE).toBe(MARK);
    expect(cells.likelihood_CERTAIN).toBeNull();
    expect(cells.measures).toBe('1、3月：增加排班。');
  });

  test('the budget block holds budget, spending to date, execution rate and 序时进度 from the engine', () => {
    const total = blockOf(model, 'budget').rows[0].cells;
    expect(total.budget).toEqual({ value: 245.78, format: { kind: 'decimal', digits: 2 } });
    expect(total.spent).toEqual({ value: plan.budget!.spentToDate! / 10_000, format: { kind: 'decimal', digits: 2 } });
    expect(total.executionRate).toEqual({ value: plan.budget!.executionRate, format: { kind: 'percent' } });
    expect(total.timeProgress).toEqual({ value: 25, format: { kind: 'percent' } });
  });

  test('the header merges 偏差原因分析 and 完成目标可能性 over their columns, as on the paper form', () => {
    const [top, bottom] = headerRows(blockOf(model, 'indicators').columns);
    expect(top.find((s) => s.label === '偏差原因分析')).toMatchObject({ colSpan: 5, rowSpan: 1 });
    expect(top.find((s) => s.label === '完成目标可能性')).toMatchObject({ colSpan: 3, rowSpan: 1 });
    expect(top.find((s) => s.label === '一级指标')).toMatchObject({ rowSpan: 2 });
    expect(bottom.map((s) => s.label)).toEqual([
      '经费保障',
      '制度保障',
      '人员保障',
      '硬件条件保障',
      '其他',
      '确定能',
      '有可能',
      '完全不可能',
    ]);
  });
});

describe('self-evaluation sheet model', () => {
  const plan = fixturePlan();
  const model = buildSelfEvaluationReport([plan], META);
  const rows = blockOf(model, 'indicators').rows;

  test('scored indicators only, with the year-to-date and projected values side by side and the projected score', () => {
    expect(rows.map((r) => r.cells.name)).toEqual(['受理群众诉求数量', '话务接通率']);
    expect(rows[0].cells.ytd).toMatchObject({ value: 300 });
    expect(rows[0].cells.projection).toMatchObject({ value: 1200 });
    expect(rows[0].cells.score).toEqual({
      value: plan.indicators[0].figures.score,
      format: { kind: 'decimal', digits: 2 },
    });
    expect(blockOf(model, 'indicators').columns.find((c) => c.key === 'score')!.label).toBe('得分（预计）');
    expect(rows[1].cells.analysis).toBe(
      '（截至3月未偏离目标，以下说明仅适用于所注月份）\n1、3月：坐席不足。改进措施：增加排班。',
    );
  });

  test('the budget line: projected full-year spend, its rate, and the engine score; total and grade', () => {
    const total = blockOf(model, 'budget').rows[0].cells;
    expect(total.yearSpend).toMatchObject({ value: plan.budget!.projectedSpend! / 10_000 });
    expect((total.yearRate as { value: number }).value).toBeCloseTo(
      (plan.budget!.projectedSpend! / 2_457_800) * 100,
      10,
    );
    expect(total.score).toMatchObject({ value: plan.budget!.score });
    const summary = blockOf(model, 'summary').rows[0].cells;
    expect(summary.score).toMatchObject({ value: plan.total });
    expect(summary.weight).toMatchObject({ value: 40 });
    expect(summary.grade).toBe({ EXCELLENT: '优', GOOD: '良', FAIR: '中', POOR: '差' }[plan.grade!]);
  });
});

describe('monthly detail model', () => {
  const plan = fixturePlan();
  const model = buildMonthlyReport([plan], META);
  const rows = blockOf(model, 'monthly').rows;

  test('one row per indicator and month with the raw figures, the approval state and the deviation record', () => {
    expect(rows).toHaveLength(9);
    const jan = rows[3].cells;
    expect(jan).toMatchObject({
      name: '话务接通率',
      month: { value: 1 },
      numerator: { value: 880 },
      denominator: { value: 1000 },
      rate: { value: 88 },
      approval: '已审核',
      causes: '人员保障、硬件条件保障',
      analysis: '坐席不足。',
      likelihood: '确定能',
    });
    expect(rows[0].cells).toMatchObject({
      value: { value: 1_000_000, format: { kind: 'integer' } },
      basis: '件',
      numerator: null,
    });
    expect(rows[2].cells.approval).toBe('已提交（未计入）');
  });
});

describe('helpers', () => {
  test.each([
    [[1, 2, 3, 5, 7, 8], '1–3、5、7–8月'],
    [[4], '4月'],
    [[], ''],
  ])('monthList(%j) = %s', (months, text) => expect(monthList(months)).toBe(text));

  test('month states say which months are not counted', () => {
    expect(describeMonthStates({ ...fixturePlan(4, false) })).toBe('月份状态：1–2月已审核；3月已提交；4月未填报');
  });
});

describe('scope and projections are named', () => {
  test('approved-only leaves the submitted month out and the headers say so (1–2月, not 1–3月)', () => {
    expect(coveredMonthsLabel(fixturePlan(3, true))).toBe('1–2月');
    expect(coveredMonthsLabel(fixturePlan(3, false))).toBe('1–3月');
    const monitoring = buildMonitoringReport([fixturePlan(3, true)], META);
    expect(monitoring.title).toBe('2026年1–2月绩效运行监控表');
    expect(blockOf(monitoring, 'indicators').columns.find((c) => c.key === 'ytd')!.label).toBe('1–2月执行情况');
    expect(blockOf(monitoring, 'budget').columns.find((c) => c.key === 'spent')!.label).toBe('1–2月执行数（万元）');
    expect(monitoring.metaLines).toContain('年度：2026年　截至月份：3月（数据月份：1–2月）');
    const selfEvaluation = buildSelfEvaluationReport([fixturePlan(3, true)], META);
    expect(blockOf(selfEvaluation, 'indicators').columns.find((c) => c.key === 'ytd')!.label).toBe('1–2月实际完成值');
    expect(buildMonthlyReport([fixturePlan(3, true)], META).title).toBe('2026年绩效指标月度明细（1–2月）');
  });

  // every figure of these columns is a projection before the year is complete
  const PROJECTED: Record<string, Record<string, string[]>> = {
    monitoring: { budget: ['projectedSpend'], indicators: ['projection'] },
    'self-evaluation': {
      budget: ['yearSpend', 'yearRate', 'score'],
      indicators: ['projection', 'score'],
      summary: ['score', 'grade'],
    },
  };
  test.each(Object.entries(PROJECTED))(
    '%s: every projected column says 预计, and the title block says what it means',
    (kind, blocks) => {
      const build = kind === 'monitoring' ? buildMonitoringReport : buildSelfEvaluationReport;
      const report = build([fixturePlan()], META);
      for (const [key, columns] of Object.entries(blocks))
        for (const column of columns)
          expect(blockOf(report, key).columns.find((c) => c.key === column)!.label).toContain('预计');
      expect(report.metaLines.some((line) => line.includes('预计'))).toBe(true);
    },
  );

  test('a complete year has no 预计 label', () => {
    const plan = { ...fixturePlan(), isProjected: false, isYearComplete: true };
    const report = buildSelfEvaluationReport([plan], META);
    const labels = report.sections[0].blocks.flatMap((b) => b.columns.map((c) => c.label));
    expect(labels.filter((l) => l.includes('预计'))).toEqual([]);
  });
});
