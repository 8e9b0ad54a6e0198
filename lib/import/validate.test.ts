import { describe, expect, test } from 'vitest';
import { IMPORT_FIELDS, type ImportRecord } from './columns';
import { describeProblem } from './messages';
import { textOf } from '@/tests/support/messages';
import {
  actualKey,
  type ImportContext,
  type ImportIndicator,
  type ImportPlan,
  planKey,
  type StoredActual,
  validateImport,
} from './validate';

const indicator = (
  id: number,
  code: string,
  kind: ImportIndicator['kind'],
  extra: Partial<ImportIndicator> = {},
): ImportIndicator => ({
  id,
  code,
  name: `指标${code}`,
  kind,
  isBudgetDerived: false,
  numeratorLabel: kind === 'RATIO' ? '接通量' : null,
  denominatorLabel: kind === 'RATIO' ? '呼入量' : null,
  target: null,
  lastYear: [],
  ...extra,
});
const INDICATORS = [
  indicator(1, 'I01', 'COUNT'),
  indicator(2, 'I02', 'RATIO'),
  indicator(4, 'I04', 'RATIO', { isBudgetDerived: true, name: '成本控制率' }),
  indicator(7, 'Q01', 'QUALITATIVE'),
];
const plan: ImportPlan = {
  planId: 10,
  unitId: 1,
  unitCode: '103603',
  unitName: '省中心',
  year: 2026,
  indicators: new Map(INDICATORS.map((i) => [i.code, i])),
  reports: new Map([
    [9, { state: 'APPROVED', version: 3 }],
    [10, { state: 'SUBMITTED', version: 2 }],
    [8, { state: 'RETURNED', version: 4 }],
  ]),
  actuals: new Map([
    [
      actualKey(1, 9),
      {
        id: 100,
        version: 1,
        value: '1000000',
        numerator: null,
        denominator: null,
        rating: null,
        note: null,
        deviation: null,
      },
    ],
    [
      actualKey(2, 10),
      {
        id: 101,
        version: 1,
        value: null,
        numerator: '900',
        denominator: '1000',
        rating: null,
        note: '十月',
        deviation: { causes: ['STAFFING'], analysis: '人手不足', measures: '增加坐席', likelihood: 'POSSIBLE' },
      },
    ],
  ]),
  budget: new Map([
    [9, { id: 200, version: 1, spent: '190000.5', planned: '204816.67' }],
    [12, { id: 201, version: 1, spent: null, planned: '204816.63' }],
  ]),
  defaultPlanned: Array.from({ length: 12 }, () => '204816.67'),
  budgetTotal: '2457800',
};
const context: ImportContext = {
  units: new Map([
    ['103603', { id: 1, isAllowed: true }],
    ['350100', { id: 2, isAllowed: false }],
  ]),
  plans: new Map([[planKey('103603', 2026), plan]]),
  today: { year: 2026, month: 11 },
};

let nextLine = 2;
const row = (fields: Partial<Record<(typeof IMPORT_FIELDS)[number], string>>, line = nextLine++): ImportRecord => ({
  line,
  unitCode: '103603',
  year: '2026',
  month: '11',
  indicatorCode: 'I01',
  indicatorName: '',
  value: '',
  numerator: '',
  denominator: '',
  rating: '',
  note: '',
  causes: '',
  analysis: '',
  measures: '',
  likelihood: '',
  ...fields,
});

/** "第N行：message" for each problem */
const messagesOf = (records: ImportRecord[]) =>
  validateImport(records, context).problems.map((p) => `${p.line}:${textOf(describeProblem(p))}`);

describe('one bad row → its line number and a Chinese reason', () => {
  test.each([
    ['unknown unit', { unitCode: '999999', value: '1' }, '单位编码“999999”不存在。'],
    ['missing unit', { unitCode: '', value: '1' }, '请填写单位编码。'],
    [
      'another unit (manager)',
      { unitCode: '350100', value: '1' },
      '您只能导入本单位的数据，单位编码“350100”不是本单位。',
    ],
    ['year without plan', { year: '2024', value: '1' }, '单位 103603 没有 2024 年的绩效目标。'],
    ['year not a number', { year: '二〇二六', value: '1' }, '年度“二〇二六”无效，请填写四位数年份。'],
    ['month 13', { month: '13', value: '1' }, '月份“13”无效，请填写 1–12 的整数。'],
    ['month 0', { month: '0', value: '1' }, '月份“0”无效，请填写 1–12 的整数。'],
    ['month 2.5', { month: '2.5', value: '1' }, '月份“2.5”无效，请填写 1–12 的整数。'],
    ['future month (Shanghai today is Nov 2026)', { month: '12', value: '1' }, '2026年12月尚未开始，不能导入。'],
    [
      "a future month's planned spending (it belongs to the plan)",
      { month: '12', indicatorCode: 'BUDGET', denominator: '300000' },
      '2026年12月尚未开始：各月计划支出请在“系统管理 → 年度绩效目标 → 预算计划”中设置，导入只接受已开始月份的实际支出。',
    ],
    [
      'approved month',
      { month: '9', value: '5' },
      '2026年9月当前为“已审核通过”，已锁定，不能导入（只能导入草稿、已退回或尚未填报的月份）。',
    ],
    [
      'submitted month',
      { month: '10', indicatorCode: 'I02', numerator: '901', denominator: '1000' },
      '2026年10月当前为“已提交”，已锁定，不能导入（只能导入草稿、已退回或尚未填报的月份）。',
    ],
    ['unknown indicator', { indicatorCode: 'X99', value: '1' }, '指标编码“X99”不属于该单位 2026 年的绩效目标。'],
    [
      'budget-derived indicator',
      { indicatorCode: 'I04', numerator: '1', denominator: '2' },
      '“成本控制率”由本月支出计算，请在该月的 BUDGET 行填写实际支出和计划支出。',
    ],
    ['COUNT without value', { note: '只有备注' }, '“指标I01”是计数指标，请填写数值。'],
    ['COUNT with numerator', { value: '5', numerator: '3' }, '“指标I01”不填写分子，请清空。'],
    [
      'COUNT with numerator, denominator and rating',
      { value: '5', numerator: '3', denominator: '4', rating: '达成' },
      '“指标I01”不填写分子、分母、评级，请清空。',
    ],
    [
      'RATIO without denominator',
      { indicatorCode: 'I02', numerator: '5' },
      '“指标I02”是比率指标，请同时填写分子（接通量）和分母（呼入量）。',
    ],
    [
      'RATIO numerator > denominator',
      { indicatorCode: 'I02', numerator: '2,000,000', denominator: '１，０００，０００' },
      '分子（接通量）不能大于分母（呼入量）。',
    ],
    [
      'RATIO with a typed percentage in value',
      { indicatorCode: 'I02', value: '90', numerator: '9', denominator: '10' },
      '“指标I02”不填写数值，请清空。',
    ],
    ['negative numerator', { indicatorCode: 'I02', numerator: '-5', denominator: '10' }, '分子（接通量）不能为负数。'],
    ['not a number', { value: '约一百万' }, '数值必须是整数，例如 1,234。'],
    ['a count with decimals', { value: '1.5' }, '数值必须是整数，例如 1,234。'],
    ['beyond the column', { value: '12345678901234567' }, '数值超出允许范围（最大 9999999999999999）。'],
    [
      'spending to a third decimal',
      { indicatorCode: 'BUDGET', value: '1.234', denominator: '2' },
      '数值（本月实际支出）最多保留两位小数。',
    ],
    [
      'QUALITATIVE without rating',
      { indicatorCode: 'Q01', note: '进展顺利' },
      '“指标Q01”是定性指标，请在评级列填写 达成、部分达成 或 未达成。',
    ],
    [
      'QUALITATIVE with a bad rating',
      { indicatorCode: 'Q01', rating: '优秀' },
      '评级“优秀”无效，只能填写 达成、部分达成 或 未达成。',
    ],
    [
      'BUDGET without spending',
      { indicatorCode: 'BUDGET', denominator: '200000' },
      'BUDGET 行请在数值列填写本月实际支出（元）。',
    ],
    [
      'BUDGET money beyond its column',
      { indicatorCode: 'BUDGET', value: '1234567890123.5' },
      '数值（本月实际支出）超出允许范围（最大 999999999999.99）。',
    ],
    ['BUDGET with a note', { indicatorCode: 'BUDGET', value: '1', note: '说明' }, 'BUDGET 行不能填写备注。'],
    ['note too long', { value: '1', note: '长'.repeat(2001) }, '备注过长（最多 2000 个字）。'],
  ])('%s', (_, fields, message) => {
    const good = row({ month: '8', value: '1' }, 2);
    const bad = row(fields, 7);
    expect(messagesOf([good, bad])).toEqual([`7:${message}`]);
  });

  test('every bad row is listed, in file order, and no change comes out of a file with problems only for the bad rows', () => {
    const result = validateImport(
      [
        row({ value: '1' }, 2),
        row({ month: '13' }, 3),
        row({ indicatorCode: 'I02', numerator: '5', denominator: '4' }, 4),
        row({ indicatorCode: 'BUDGET', value: '100' }, 5),
      ],
      context,
    );
    expect(result.problems.map((p) => p.line)).toEqual([3, 4]);
    expect(result.changes.map((c) => c.line)).toEqual([2, 5]);
  });

  test('a duplicate row names the first line', () => {
    expect(messagesOf([row({ value: '1' }, 2), row({ indicatorCode: 'i01', value: '2' }, 9)])).toEqual([
      '9:与第 2 行重复（同一单位、指标和月份只能有一行）。',
    ]);
  });

  test('English messages when the interface is English', () => {
    const [p] = validateImport([row({ indicatorCode: 'I02', numerator: '-1', denominator: '3' }, 4)], context).problems;
    expect(textOf(describeProblem(p), 'en')).toBe('Numerator (接通量) cannot be negative.');
  });
});

describe('deviation records (偏差说明) in the file', () => {
  const explained = { indicatorCode: 'I02', numerator: '800', denominator: '1000' };
  test.each([
    [
      'an unknown cause',
      { ...explained, causes: '人员保障、天气', analysis: '台风', measures: '预案', likelihood: '有可能' },
      '偏差原因“天气”不在可选范围内（可填：经费保障、制度保障、人员保障、硬件条件保障、其他，多项用顿号或逗号分隔）。',
    ],
    [
      'a missing likelihood',
      { ...explained, causes: '人员保障', analysis: '人手不足', measures: '增加坐席' },
      '填写偏差说明时请填写完成目标可能性（确定能、有可能或完全不可能）。',
    ],
    [
      'a likelihood not on the list',
      { ...explained, causes: '人员保障', analysis: '人手不足', measures: '增加坐席', likelihood: '大概' },
      '完成目标可能性“大概”无效，请填写 确定能、有可能 或 完全不可能。',
    ],
    [
      'causes without analysis',
      { ...explained, causes: '其他', measures: '增加坐席', likelihood: '确定能' },
      '填写偏差说明时请填写偏差原因分析。',
    ],
    [
      'a deviation record on a BUDGET row',
      { indicatorCode: 'BUDGET', value: '1', causes: '其他' },
      'BUDGET 行不填写偏差说明（偏差原因、偏差原因分析、改进措施、完成目标可能性）。',
    ],
  ])('%s is refused with its line', (_name, fields, text) => {
    expect(messagesOf([row(fields, 7)])).toEqual([`7:${text}`]);
  });

  test('a complete record is read (labels, codes or English, any separator) and goes with the figures', () => {
    const result = validateImport(
      [
        row({
          ...explained,
          causes: '人员保障，OTHER',
          analysis: '人手不足',
          measures: '增加坐席',
          likelihood: 'possible',
        }),
      ],
      context,
    );
    expect(result.problems).toEqual([]);
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]).toMatchObject({
      deviation: { causes: ['STAFFING', 'OTHER'], analysis: '人手不足', measures: '增加坐席', likelihood: 'POSSIBLE' },
    });
  });

  test('the stored record read back from the template is unchanged, whatever order its causes were ticked in', () => {
    const stored = context.plans.get(planKey('103603', 2026))!;
    const before = stored.actuals.get(actualKey(2, 10))!;
    const ticked: StoredActual = { ...before, deviation: { ...before.deviation!, causes: ['STAFFING', 'FUNDING'] } };
    const reordered: ImportContext = {
      ...context,
      plans: new Map([[planKey('103603', 2026), { ...stored, actuals: new Map([[actualKey(2, 10), ticked]]) }]]),
    };
    const result = validateImport(
      [
        row({
          month: '10',
          indicatorCode: 'I02',
          numerator: '900',
          denominator: '1000',
          note: '十月',
          causes: '经费保障、人员保障',
          analysis: '人手不足',
          measures: '增加坐席',
          likelihood: '有可能',
        }),
      ],
      reordered,
    );
    expect(result).toMatchObject({ problems: [], changes: [], unchanged: 1 });
  });

  test('an off-target row without a record is accepted (submission asks for it); empty columns keep the stored record', () => {
    const result = validateImport([row(explained)], context);
    expect(result.problems).toEqual([]);
    expect(result.changes[0]).not.toHaveProperty('deviation');
  });
});

describe('good rows', () => {
  test('numbers are normalised; a row becomes a change with what is stored before', () => {
    const result = validateImport(
      [
        row({ value: ' 1,234,567 ' }, 2),
        row({ indicatorCode: 'I02', numerator: '９００', denominator: '1,000.00', note: '备注' }, 3),
        row({ indicatorCode: 'Q01', rating: '部分达成' }, 4),
        row({ indicatorCode: 'BUDGET', value: '190,000.50' }, 5),
        row({ month: '8', value: '7' }, 6),
      ],
      context,
    );
    expect(result.problems).toEqual([]);
    expect(
      result.changes.map((c) =>
        c.kind === 'ACTUAL' ? [c.line, c.month, c.indicator.code, c.after] : [c.line, c.month, 'BUDGET', c.after],
      ),
    ).toEqual([
      [2, 11, 'I01', { value: '1234567', numerator: null, denominator: null, rating: null, note: null }],
      [3, 11, 'I02', { value: null, numerator: '900', denominator: '1000', rating: null, note: '备注' }],
      [4, 11, 'Q01', { value: null, numerator: null, denominator: null, rating: 'PARTIAL', note: null }],
      [5, 11, 'BUDGET', { spent: '190000.5', planned: '204816.67' }],
      [6, 8, 'I01', { value: '7', numerator: null, denominator: null, rating: null, note: null }],
    ]);
  });

  test('rows equal to what is stored are unchanged, even in a locked or future month; rows without figures are empty', () => {
    const result = validateImport(
      [
        row({ month: '9', value: '1,000,000' }, 2),
        row({ month: '10', indicatorCode: 'I02', numerator: '900', denominator: '1000', note: '十月' }, 3),
        row({ month: '9', indicatorCode: 'BUDGET', value: '190000.50', denominator: '204816.67' }, 4),
        row({ month: '12', indicatorCode: 'BUDGET', denominator: '204816.63' }, 5),
        row({ month: '12' }, 6),
        row({ month: '12', indicatorCode: 'I04' }, 7),
      ],
      context,
    );
    expect(result).toEqual({ problems: [], changes: [], unchanged: 4, empty: 2 });
  });
});

describe('figures beyond their plausible range (lib/domain/plausibility)', () => {
  // I01's scale: its stored 1,000,000 of September → 10,000,000; I02's: the stored denominator 1,000 → 10,000;
  // spending: the year's budget of 2,457,800 元
  const rows = () => [
    row({ value: '10,000,001' }, 2),
    row({ indicatorCode: 'I02', numerator: '9,000', denominator: '10,001' }, 3),
    row({ indicatorCode: 'BUDGET', value: '999,999,999,999.99' }, 4),
    row({ month: '8', value: '10,000,000' }, 5),
  ];

  test('are refused line by line with the figure and its bound (the file then imports nothing)', () => {
    expect(messagesOf(rows())).toEqual([
      '2:数值为 10,000,001，超过该指标常规规模 10 倍的上限 10,000,000，请核对。',
      '3:分母（呼入量）为 10,001，超过该指标常规规模 10 倍的上限 10,000，请核对。',
      '4:数值（本月实际支出）为 999,999,999,999.99 元，超过全年预算 2,457,800 元，请核对。',
    ]);
    expect(validateImport(rows(), context).changes.map((c) => c.line)).toEqual([5]);
  });

  test('are imported once the person confirms them', () => {
    const result = validateImport(rows(), { ...context, confirmImplausible: true });
    expect(result.problems).toEqual([]);
    expect(result.changes.map((c) => c.line)).toEqual([2, 3, 4, 5]);
  });

  test('a figure kept as stored is not asked about again', () => {
    const stored = new Map(plan.actuals);
    stored.set(actualKey(1, 11), { ...plan.actuals.get(actualKey(1, 9))!, id: 300, value: '99999999' });
    const withStored: ImportContext = {
      ...context,
      plans: new Map([[planKey('103603', 2026), { ...plan, actuals: stored }]]),
    };
    const result = validateImport([row({ value: '99,999,999', note: '已核对' }, 2)], withStored);
    expect(result.problems).toEqual([]);
    expect(result.changes).toHaveLength(1);
  });

  test('in English when the interface is English', () => {
    const [problem] = validateImport([row({ indicatorCode: 'BUDGET', value: '3000000' }, 2)], context).problems;
    expect(textOf(describeProblem(problem), 'en')).toBe(
      "Value (spending) of 3,000,000 元 is more than the whole year's budget of 2,457,800 元: please check it.",
    );
  });
});
