// The zod schemas of the /api/v1 requests and responses: the routes validate with them and the OpenAPI document is
// generated from them (lib/api/openapi.ts), so the two cannot drift apart.
import { z } from 'zod';
import { RATINGS } from '@/lib/domain/types';
import { TEXT_MAX } from '@/lib/validation/entry';

const STATUSES = ['GREEN', 'YELLOW', 'RED', 'OVERDUE', 'NO_DATA'] as const;

// Figures are typed as in the form: JSON numbers, or strings such as "1,234,567" that the form's parser normalises.
const figure = z.union([z.number(), z.string().max(60)]).meta({
  description:
    'a whole number (a count of 件, calls, visits), or a string as a person would type it ("1,234,567", full-width digits)',
});

export const unitCodeParam = z.string().trim().min(1).max(32).meta({ description: 'unit code, e.g. 103603' });
export const yearParam = z.coerce.number().int().min(2000).max(2100).meta({ example: 2026 });
export const monthParam = z.coerce.number().int().min(1).max(12).meta({ example: 10 });

export const unitYearParams = z.object({ code: unitCodeParam, year: yearParam });
export const unitYearMonthParams = z.object({ code: unitCodeParam, year: yearParam, month: monthParam });
export const yearParams = z.object({ year: yearParam });
export const performanceQuery = z.object({
  asOf: z.coerce
    .number()
    .int()
    .min(1)
    .max(12)
    .optional()
    .meta({ description: 'the as-of month (default: the latest month with data)' }),
});

export const ifMatchHeader = z.object({
  'if-match': z.string().meta({ description: 'the month\'s version, e.g. "3" (0 for a month without data)' }),
});

export const indicatorFigures = z
  .strictObject({
    value: figure.optional().meta({ description: "COUNT indicators: the month's count in base units (件)" }),
    numerator: figure.optional().meta({ description: 'RATIO indicators: e.g. 接通量' }),
    denominator: figure.optional().meta({ description: 'RATIO indicators: e.g. 呼入量' }),
    rating: z.enum(RATINGS).optional().meta({ description: 'QUALITATIVE indicators' }),
    note: z.string().max(TEXT_MAX).optional(),
  })
  .meta({ id: 'IndicatorFigures' });

export const putActualsBody = z
  .strictObject({
    indicators: z
      .record(z.string().min(1).max(32), indicatorFigures)
      .meta({ description: 'by indicator code; indicators left out keep their stored figures' }),
    spending: z
      .strictObject({
        spent: figure.meta({ description: "the month's spending in 元" }),
        planned: figure.optional().meta({ description: "the month's planned spending in 元 (default: as stored)" }),
      })
      .optional(),
    confirmImplausible: z
      .boolean()
      .optional()
      .meta({
        description:
          'true: keep figures beyond their plausible range (a month over 10 × the indicator’s usual scale or 10亿, ' +
          'spending over the year’s budget); without it such a figure is refused with a field error each',
      }),
  })
  .meta({ id: 'MonthActuals' });
export type PutActualsBody = z.output<typeof putActualsBody>;

export const apiError = z
  .object({
    error: z.object({
      code: z.enum([
        'UNAUTHENTICATED',
        'FORBIDDEN',
        'NOT_FOUND',
        'INVALID',
        'PRECONDITION_FAILED',
        'PRECONDITION_REQUIRED',
        'CONFLICT',
        'RATE_LIMITED',
        'INTERNAL',
      ]),
      message: z.string().meta({ description: 'in zh-CN or en, by Accept-Language' }),
      fieldErrors: z
        .record(z.string(), z.array(z.string()))
        .meta({ description: 'by field path, e.g. "indicators.I02.numerator"' }),
    }),
  })
  .meta({ id: 'Error' });

export const saveResult = z
  .object({
    state: z.enum(['DRAFT', 'RETURNED']),
    version: z.number().int().meta({ description: "the month's new version (also in the ETag header)" }),
  })
  .meta({ id: 'SaveResult' });

export const unitList = z
  .object({ units: z.array(z.object({ code: z.string(), name: z.string() })) })
  .meta({ id: 'UnitList' });

const indicatorBase = {
  code: z.string(),
  name: z.string(),
  level1: z.string(),
  level2: z.string(),
  kind: z.enum(['COUNT', 'RATIO', 'QUALITATIVE']),
  comparator: z.enum(['GTE', 'LTE', 'EQ']),
  target: z.number().nullable().meta({ description: 'COUNT: base units; RATIO: percent' }),
  targetText: z.string(),
  displayUnit: z.string(),
  weight: z.number(),
  isMonitoring: z.boolean(),
  isBudgetDerived: z.boolean(),
  numeratorLabel: z.string().nullable(),
  denominatorLabel: z.string().nullable(),
};

export const planList = z
  .object({
    year: z.number().int(),
    plans: z.array(
      z.object({
        unit: z.object({ code: z.string(), name: z.string() }),
        status: z.enum(['DRAFT', 'PUBLISHED']),
        goal: z.string(),
        budgetTotal: z.number().meta({ description: '元' }),
        budgetWeight: z.number(),
        indicators: z.array(z.object(indicatorBase)),
      }),
    ),
  })
  .meta({ id: 'PlanList' });

export const performance = z
  .object({
    unit: z.object({ code: z.string(), name: z.string() }),
    year: z.number().int(),
    asOf: z.number().int(),
    isProjected: z.boolean().meta({ description: 'scores are 预计 (projected) until December is approved' }),
    indicators: z.array(
      z.object({
        ...indicatorBase,
        ytd: z.number().nullable().meta({ description: 'COUNT: Σ values; RATIO: Σ numerators ÷ Σ denominators (%)' }),
        ytdNumerator: z.number().nullable(),
        ytdDenominator: z.number().nullable(),
        expected: z.number().nullable(),
        pace: z.number().nullable().meta({ description: 'COUNT: YTD ÷ expected (%)' }),
        status: z.enum(STATUSES),
        projection: z.number().nullable().meta({ description: '全年预计完成值' }),
        likelihood: z.enum(['CERTAIN', 'POSSIBLE', 'IMPOSSIBLE']).nullable(),
        score: z.number().nullable(),
      }),
    ),
    budget: z
      .object({
        budget: z.number(),
        spentToDate: z.number().nullable(),
        executionRate: z.number().nullable(),
        timeProgress: z.number(),
        status: z.enum(STATUSES),
        score: z.number().nullable(),
      })
      .nullable(),
    total: z.number().nullable(),
    maxTotal: z.number(),
    grade: z.enum(['EXCELLENT', 'GOOD', 'FAIR', 'POOR']).nullable(),
  })
  .meta({ id: 'Performance' });
