import { z } from 'zod';
import type { MessageKey } from '@/lib/errors';
import { problem } from '@/lib/validation/issues';
import { settingsProblems } from '@/lib/domain/plan-rules';
import { checkbox, optionalDecimal, requiredDecimal, requiredId } from '@/lib/validation/admin-numbers';
import { dbId } from './ids';
import { isStorableText } from './text';

const version = z.coerce.number().pipe(dbId);
const text = (max: number) =>
  z
    .string({ error: 'admin.errors.required' })
    .trim()
    .min(1, 'admin.errors.required')
    .max(max, 'admin.errors.tooLong')
    .refine(isStorableText, 'admin.errors.unstorableText');
const optionalText = (max: number) =>
  z
    .preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? null : (v ?? null)),
      z
        .string()
        .trim()
        .max(max, 'admin.errors.tooLong')
        .refine(isStorableText, 'admin.errors.unstorableText')
        .nullable(),
    )
    .optional();
const percent = requiredDecimal({ places: 2, max: 100 });

export const copyPlanSchema = z.object({
  unitId: requiredId,
  year: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.coerce
      .number({ error: 'admin.errors.required' })
      .int('admin.errors.yearInvalid')
      .min(2000, 'admin.errors.yearInvalid')
      .max(2100, 'admin.errors.yearInvalid'),
  ),
});

export const planSettingsSchema = z
  .object({
    id: requiredId,
    version,
    goal: text(2000),
    /** 万元 on screen; up to 6 decimals so the 元 figure has 2 */
    basicExpense: requiredDecimal({ places: 6, max: 100_000_000 }),
    projectExpense: requiredDecimal({ places: 6, max: 100_000_000 }),
    budgetWeight: percent,
    gradeExcellent: percent,
    gradeGood: percent,
    gradeFair: percent,
    countGreenPace: requiredDecimal({ places: 2, max: 999 }),
    countYellowPace: requiredDecimal({ places: 2, max: 999 }),
    countTooLowPace: requiredDecimal({ places: 2, max: 999 }),
    ratioTolerancePp: percent,
    budgetGreen: percent,
    budgetYellow: percent,
    dueDay: z.coerce
      .number({ error: 'admin.errors.required' })
      .int('admin.errors.dueDay')
      .min(1, 'admin.errors.dueDay')
      .max(28, 'admin.errors.dueDay'),
  })
  .superRefine((s, ctx) => {
    const asNumbers = Object.fromEntries(Object.entries(s).map(([k, v]) => [k, Number(v)])) as Parameters<
      typeof settingsProblems
    >[0];
    for (const field of settingsProblems(asNumbers))
      ctx.addIssue({ code: 'custom', path: [field], ...problem(`admin.errors.order.${field}`) });
  });

export const indicatorSchema = z
  .object({
    planId: requiredId,
    id: z.preprocess((v) => (v === '' || v == null ? undefined : Number(v)), dbId.optional()),
    version: z.preprocess((v) => (v === '' || v == null ? undefined : Number(v)), dbId.optional()),
    code: text(32).pipe(z.string().regex(/^[A-Za-z0-9_-]+$/, 'admin.errors.codeChars')),
    level1: text(50),
    level2: text(50),
    name: text(100),
    kind: z.enum(['COUNT', 'RATIO', 'QUALITATIVE'], { error: 'admin.errors.required' }),
    comparator: z.enum(['GTE', 'LTE', 'EQ'], { error: 'admin.errors.required' }),
    /** in the display unit (1250 for ≥1250万件) */
    target: optionalDecimal({ places: 4, max: 1_000_000_000 }),
    targetText: optionalText(500),
    displayUnit: z.string().trim().max(20, 'admin.errors.tooLong').default(''),
    displayDivisor: z.coerce
      .number({ error: 'admin.errors.required' })
      .int('admin.errors.divisor')
      .min(1, 'admin.errors.divisor')
      .max(100_000_000, 'admin.errors.divisor'),
    weight: requiredDecimal({ places: 2, max: 100 }),
    numeratorLabel: optionalText(50),
    denominatorLabel: optionalText(50),
    isMonitoring: checkbox,
  })
  .superRefine((i, ctx) => {
    const issue = (path: string, key: MessageKey) => ctx.addIssue({ code: 'custom', path: [path], ...problem(key) });
    if (i.kind !== 'QUALITATIVE' && i.target === undefined) issue('target', 'admin.errors.targetRequired');
    if (i.kind === 'QUALITATIVE' && !i.targetText) issue('targetText', 'admin.errors.targetTextRequired');
    if (i.kind === 'RATIO' && !i.numeratorLabel) issue('numeratorLabel', 'admin.errors.required');
    if (i.kind === 'RATIO' && !i.denominatorLabel) issue('denominatorLabel', 'admin.errors.required');
    if (i.isMonitoring && Number(i.weight) !== 0) issue('weight', 'admin.errors.monitoringWeight');
  });

export const indicatorRefSchema = z.object({ id: requiredId, version });
export const publishPlanSchema = z.object({ id: requiredId, version });

export const adjustTargetSchema = z.object({
  id: requiredId,
  version,
  /** in the display unit; absent for a QUALITATIVE indicator */
  target: optionalDecimal({ places: 4, max: 1_000_000_000 }),
  targetText: optionalText(500),
  weight: requiredDecimal({ places: 2, max: 100 }),
  reason: z
    .string({ error: 'admin.errors.reasonRequired' })
    .trim()
    .min(2, 'admin.errors.reasonRequired')
    .max(500, 'admin.errors.tooLong'),
});

export type CopyPlanInput = z.input<typeof copyPlanSchema>;
export type PlanSettingsInput = z.input<typeof planSettingsSchema>;
export type IndicatorInput = z.input<typeof indicatorSchema>;
export type AdjustTargetInput = z.input<typeof adjustTargetSchema>;
