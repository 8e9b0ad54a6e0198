import { describe, expect, test } from 'vitest';
import {
  type EntryIndicatorMeta,
  hasDeviationContent,
  reviewSchema,
  saveMonthSchema,
  type SaveMonthInput,
  submissionErrors,
} from './entry';
import { fieldErrorsIn, fieldTexts } from '@/tests/support/messages';

const base: SaveMonthInput = {
  unitCode: '103603',
  year: 2026,
  month: 10,
  version: 3,
  intent: 'DRAFT',
  rows: [],
  budget: null,
};
const ratioRow = (numerator: string, denominator: string) => ({
  indicatorId: 2,
  label: '话务接通率',
  numeratorLabel: '接通量',
  denominatorLabel: '呼入量',
  numerator,
  denominator,
});

const errorsOf = (input: SaveMonthInput, locale: 'zh-CN' | 'en' = 'zh-CN') =>
  fieldErrorsIn(saveMonthSchema, input, locale);

describe('saveMonthSchema', () => {
  test('two rows for one indicator in one save are refused, not silently merged', () => {
    expect(errorsOf({ ...base, rows: [ratioRow('1', '2'), ratioRow('2', '2')] })).toEqual({
      'rows.1.indicatorId': ['同一指标在一次保存中出现了两行，未保存。请刷新页面后重新填写。'],
    });
  });

  test('NUL and lone surrogates in a text get a field message', () => {
    const row = { indicatorId: 1, label: '受理群众诉求数量', value: '1' };
    const message = '含有无法保存的字符（空字符或不完整的 Unicode 字符），请删除后重新输入。';
    expect(errorsOf({ ...base, rows: [{ ...row, note: 'a\u0000b' }] })).toEqual({ 'rows.0.note': [message] });
    expect(errorsOf({ ...base, rows: [{ ...row, note: 'a\uD800b' }] })).toEqual({ 'rows.0.note': [message] });
  });

  test('an indicator id beyond int4 is refused by the schema', () => {
    expect(Object.keys(errorsOf({ ...base, rows: [{ indicatorId: 2_147_483_648, label: 'x' }] }))).toEqual([
      'rows.0.indicatorId',
    ]);
  });

  test('normalises typed numbers into exact decimal strings', () => {
    const parsed = saveMonthSchema.parse({
      ...base,
      rows: [
        { indicatorId: 1, label: '受理群众诉求数量', value: '１，２３４，５６７' },
        ratioRow(' 9,000,000 ', '10,000,000'),
      ],
      budget: { spent: '204,816.67', planned: '２０４８１６．６７' },
    });
    expect(parsed.rows[0].value).toBe('1234567');
    expect(parsed.rows[1]).toMatchObject({
      numerator: '9000000',
      denominator: '10000000',
      rating: null,
      deviation: null,
    });
    expect(parsed.budget).toEqual({ spent: '204816.67', planned: '204816.67' });
  });

  test('counts are whole numbers: a fractional numerator and denominator are both refused', () => {
    expect(errorsOf({ ...base, rows: [ratioRow('0.5', '2.25')] })).toEqual({
      'rows.0.numerator': ['接通量必须是整数，例如 1,234。'],
      'rows.0.denominator': ['呼入量必须是整数，例如 1,234。'],
    });
  });

  test('empty fields are allowed in a draft and become null', () => {
    const parsed = saveMonthSchema.parse({ ...base, rows: [ratioRow('', '  ')] });
    expect(parsed.rows[0]).toMatchObject({ numerator: null, denominator: null });
  });

  test.each([
    [ratioRow('101', '100'), 'rows.0.numerator', '接通量不能大于呼入量。'],
    [ratioRow('-1', '100'), 'rows.0.numerator', '接通量不能为负数。'],
    [ratioRow('abc', '100'), 'rows.0.numerator', '接通量必须是整数，例如 1,234。'],
    [ratioRow('1', '1.234'), 'rows.0.denominator', '呼入量必须是整数，例如 1,234。'],
    [ratioRow('1', '10000000000000000'), 'rows.0.denominator', '呼入量超出允许范围（最大 9999999999999999）。'],
    [
      { indicatorId: 1, label: '受理群众诉求数量', value: '12,34' },
      'rows.0.value',
      '受理群众诉求数量必须是整数，例如 1,234。',
    ],
    [
      { indicatorId: 1, label: '受理群众诉求数量', value: '1.5' },
      'rows.0.value',
      '受理群众诉求数量必须是整数，例如 1,234。',
    ],
  ])('refuses %j with a Chinese message on %s', (row, path, message) => {
    expect(errorsOf({ ...base, rows: [row] })).toEqual({ [path]: [message] });
  });

  test('money uses the 14,2 range: cents, not a third decimal', () => {
    expect(errorsOf({ ...base, budget: { spent: '1000000000000', planned: '1' } })).toEqual({
      'budget.spent': ['本月实际支出超出允许范围（最大 999999999999.99）。'],
    });
    expect(errorsOf({ ...base, budget: { spent: '1.234', planned: '1.23' } })).toEqual({
      'budget.spent': ['本月实际支出最多保留两位小数。'],
    });
    expect(errorsOf({ ...base, budget: { spent: '1234.5', planned: '1' } })).toEqual({});
    expect(errorsOf({ ...base, budget: { spent: '1', planned: '' } })).toEqual({
      'budget.planned': ['请填写本月计划支出。'],
    });
  });

  test('messages are in English when the interface is English', () => {
    expect(errorsOf({ ...base, rows: [ratioRow('101', '100')] }, 'en')).toEqual({
      'rows.0.numerator': ['接通量 cannot be greater than 呼入量.'],
    });
  });
});

const INDICATORS: EntryIndicatorMeta[] = [
  {
    id: 1,
    name: '受理群众诉求数量',
    kind: 'COUNT',
    isBudgetDerived: false,
    numeratorLabel: null,
    denominatorLabel: null,
  },
  {
    id: 2,
    name: '话务接通率',
    kind: 'RATIO',
    isBudgetDerived: false,
    numeratorLabel: '接通量',
    denominatorLabel: '呼入量',
  },
  {
    id: 4,
    name: '成本控制率',
    kind: 'RATIO',
    isBudgetDerived: true,
    numeratorLabel: '实际支出',
    denominatorLabel: '计划支出',
  },
  {
    id: 9,
    name: '制度建设',
    kind: 'QUALITATIVE',
    isBudgetDerived: false,
    numeratorLabel: null,
    denominatorLabel: null,
  },
];

describe('submissionErrors', () => {
  const complete = saveMonthSchema.parse({
    ...base,
    intent: 'SUBMIT',
    rows: [
      { indicatorId: 1, value: '100' },
      {
        ...ratioRow('88', '100'),
        deviation: { causes: ['STAFFING'], analysis: '人手不足', measures: '增加坐席', likelihood: 'POSSIBLE' },
      },
      { indicatorId: 9, rating: 'ACHIEVED' },
    ],
    budget: { spent: '10', planned: '10' },
  });

  test('a complete month has no errors', () => {
    expect(fieldTexts(submissionErrors(INDICATORS, complete, new Set([2])))).toEqual({});
  });

  test('names every missing figure', () => {
    const empty = saveMonthSchema.parse({
      ...base,
      rows: [{ indicatorId: 1 }, ratioRow('', ''), { indicatorId: 9 }],
      budget: { spent: '', planned: '5' },
    });
    expect(fieldTexts(submissionErrors(INDICATORS, empty, new Set()))).toEqual({
      'rows.0.value': ['请填写受理群众诉求数量。'],
      'rows.1.numerator': ['请填写接通量。'],
      'rows.1.denominator': ['请填写呼入量。'],
      'budget.spent': ['请填写本月实际支出。'],
      'rows.2.rating': ['请选择制度建设的评定结果。'],
    });
  });

  test('requires a complete deviation record for each indicator that is not green', () => {
    const partial = {
      ...complete,
      rows: complete.rows.map((r) =>
        r.indicatorId === 2 ? { ...r, deviation: { causes: [], analysis: 'x', measures: '', likelihood: null } } : r,
      ),
    };
    expect(fieldTexts(submissionErrors(INDICATORS, partial, new Set([2])))).toEqual({
      'rows.1.deviation.causes': ['请至少选择一项偏差原因。'],
      'rows.1.deviation.measures': ['请填写改进措施。'],
      'rows.1.deviation.likelihood': ['请选择完成目标可能性。'],
    });
    expect(Object.keys(submissionErrors(INDICATORS, complete, new Set([1, 2])))).toEqual([
      'rows.0.deviation.causes',
      'rows.0.deviation.analysis',
      'rows.0.deviation.measures',
      'rows.0.deviation.likelihood',
    ]);
  });
});

describe('hasDeviationContent', () => {
  const empty = { causes: [], analysis: '', measures: '', likelihood: 'LIKELY' };
  test('a cause, an analysis or a measure is content; a likelihood alone is not', () => {
    expect(hasDeviationContent(null)).toBe(false);
    expect(hasDeviationContent(empty)).toBe(false);
    expect(hasDeviationContent({ ...empty, causes: ['STAFFING'] })).toBe(true);
    expect(hasDeviationContent({ ...empty, analysis: '话务高峰' })).toBe(true);
    expect(hasDeviationContent({ ...empty, measures: '增加坐席' })).toBe(true);
  });
});

describe('reviewSchema', () => {
  const review = { unitCode: '103603', year: 2026, month: 10, version: 2 };
  test('approving needs no reason; returning and reopening do', () => {
    expect(reviewSchema.safeParse({ ...review, decision: 'APPROVE' }).success).toBe(true);
    expect(fieldErrorsIn(reviewSchema, { ...review, decision: 'RETURN', reason: '  ' })).toEqual({
      reason: ['请填写原因。'],
    });
    expect(fieldErrorsIn(reviewSchema, { ...review, decision: 'REOPEN' })).toEqual({ reason: ['请填写原因。'] });
  });
});

describe('numerator ≤ denominator is exact at the top of the range', () => {
  test('9999999999999999 > 9999999999999998 is refused', () => {
    expect(errorsOf({ ...base, rows: [ratioRow('9999999999999999', '9999999999999998')] })).toEqual({
      'rows.0.numerator': ['接通量不能大于呼入量。'],
    });
  });
});
