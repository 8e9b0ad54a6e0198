// The monthly entry form's schema, shared by the client form and the server action, plus the submission rules.
import { z } from 'zod';
import { D } from '@/lib/domain/decimal';
import type { Locale } from '@/lib/i18n/config';
import { validationTranslator, type Translate } from './messages';
import {
  columnMax,
  type DecimalColumn,
  MONEY_COLUMN,
  type NumberProblem,
  parseNumberInput,
  VALUE_COLUMN,
} from './number';
import { dbId, dbVersion } from './ids';
import { isStorableText } from './text';

export const CAUSES = ['FUNDING', 'INSTITUTION', 'STAFFING', 'HARDWARE', 'OTHER'] as const;
export const LIKELIHOODS = ['CERTAIN', 'POSSIBLE', 'IMPOSSIBLE'] as const;
export const RATINGS = ['ACHIEVED', 'PARTIAL', 'NOT_ACHIEVED'] as const;
export const TEXT_MAX = 2000;

const PROBLEM_KEY: Record<Exclude<NumberProblem, 'EMPTY'>, 'notNumber' | 'negative' | 'tooPrecise' | 'outOfRange'> = {
  NOT_A_NUMBER: 'notNumber',
  NEGATIVE: 'negative',
  TOO_PRECISE: 'tooPrecise',
  OUT_OF_RANGE: 'outOfRange',
};

/** parses one optional typed number; adds a field issue naming `field` and returns null when it is bad or empty */
export function readNumber(
  ctx: z.RefinementCtx,
  t: Translate,
  raw: string,
  path: (string | number)[],
  field: string,
  column: DecimalColumn,
) {
  const parsed = parseNumberInput(raw, column);
  if (parsed.ok) return parsed.value;
  if (parsed.problem !== 'EMPTY')
    ctx.addIssue({ code: 'custom', path, message: t(PROBLEM_KEY[parsed.problem], { field, max: columnMax(column) }) });
  return null;
}

const text = (t: Translate) =>
  z
    .string()
    .trim()
    .max(TEXT_MAX, { message: t('tooLong', { max: TEXT_MAX }) })
    .refine(isStorableText, { message: t('unstorableText') });

const deviationSchema = (t: Translate) =>
  z.object({
    causes: z.array(z.enum(CAUSES)).max(CAUSES.length),
    analysis: text(t),
    measures: text(t),
    likelihood: z.enum(LIKELIHOODS).or(z.literal('')),
  });

const rowSchema = (t: Translate) =>
  z.object({
    indicatorId: dbId,
    label: z.string().max(100).default(''),
    numeratorLabel: z.string().max(50).default(''),
    denominatorLabel: z.string().max(50).default(''),
    value: z.string().max(60).default(''),
    numerator: z.string().max(60).default(''),
    denominator: z.string().max(60).default(''),
    rating: z.enum(RATINGS).or(z.literal('')).default(''),
    note: text(t).default(''),
    deviation: deviationSchema(t).nullable().default(null),
  });

/** Which unit's month an entry or review is about. */
const MONTH_KEY = {
  unitCode: z.string().trim().min(1).max(32),
  year: z.number().int().min(2000).max(2100),
  month: z.number().int().min(1).max(12),
};

export function saveMonthSchema(locale: Locale = 'zh-CN') {
  const t = validationTranslator(locale);
  return z
    .object({
      ...MONTH_KEY,
      version: dbVersion,
      intent: z.enum(['DRAFT', 'SUBMIT']),
      rows: z.array(rowSchema(t)).max(200),
      budget: z
        .object({ spent: z.string().max(60), planned: z.string().max(60) })
        .nullable()
        .default(null),
    })
    .transform((input, ctx) => {
      const rows = input.rows.map((row, i) => {
        const at = (field: string) => ['rows', i, field];
        const numeratorName = row.numeratorLabel || t('numerator');
        const denominatorName = row.denominatorLabel || t('denominator');
        const numerator = readNumber(ctx, t, row.numerator, at('numerator'), numeratorName, VALUE_COLUMN);
        const denominator = readNumber(ctx, t, row.denominator, at('denominator'), denominatorName, VALUE_COLUMN);
        if (numerator !== null && denominator !== null && new D(numerator).gt(denominator)) {
          ctx.addIssue({
            code: 'custom',
            path: at('numerator'),
            message: t('numeratorGtDenominator', { numerator: numeratorName, denominator: denominatorName }),
          });
        }
        return {
          indicatorId: row.indicatorId,
          value: readNumber(ctx, t, row.value, at('value'), row.label || t('value'), VALUE_COLUMN),
          numerator,
          denominator,
          rating: row.rating || null,
          note: row.note || null,
          deviation: row.deviation && { ...row.deviation, likelihood: row.deviation.likelihood || null },
        };
      });
      const budget = input.budget && {
        spent: readNumber(ctx, t, input.budget.spent, ['budget', 'spent'], t('spent'), MONEY_COLUMN),
        planned: readNumber(ctx, t, input.budget.planned, ['budget', 'planned'], t('planned'), MONEY_COLUMN),
      };
      if (input.budget && budget && budget.planned === null && input.budget.planned.trim() === '') {
        ctx.addIssue({ code: 'custom', path: ['budget', 'planned'], message: t('required', { field: t('planned') }) });
      }
      // one row per indicator: a second one would silently overwrite (or be overwritten by) the first
      const seen = new Set<number>();
      input.rows.forEach((row, i) => {
        if (seen.has(row.indicatorId))
          ctx.addIssue({ code: 'custom', path: ['rows', i, 'indicatorId'], message: t('duplicateRow') });
        seen.add(row.indicatorId);
      });
      return { ...input, rows, budget };
    });
}

export type SaveMonthInput = z.input<ReturnType<typeof saveMonthSchema>>;
export type SaveMonth = z.output<ReturnType<typeof saveMonthSchema>>;
export type EntryRow = SaveMonth['rows'][number];
export type Deviation = NonNullable<EntryRow['deviation']>;

export type EntryIndicatorMeta = {
  id: number;
  name: string;
  kind: 'COUNT' | 'RATIO' | 'QUALITATIVE';
  isBudgetDerived: boolean;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
};

/**
 * The key of a deviation field inside its row, as zod names it (`rows.3.deviation.analysis`): the submission rules
 * and the form use the same one, so a refusal from either marks the field.
 */
export const deviationKey = (field: keyof Deviation) => `deviation.${field}`;

const isDeviationComplete = (d: Deviation | null): boolean =>
  !!d && d.causes.length > 0 && d.analysis !== '' && d.measures !== '' && d.likelihood !== null;

/**
 * Field errors that stop a submission: every indicator filled, spending entered, each required deviation record
 * complete.
 */
export function submissionErrors(
  indicators: readonly EntryIndicatorMeta[],
  input: Pick<SaveMonth, 'rows' | 'budget'>,
  needsDeviation: ReadonlySet<number>,
  locale: Locale = 'zh-CN',
): Record<string, string[]> {
  const t = validationTranslator(locale);
  const errors: Record<string, string[]> = {};
  const add = (path: string, message: string) => (errors[path] ??= []).push(message);
  for (const indicator of indicators) {
    const i = input.rows.findIndex((r) => r.indicatorId === indicator.id);
    const row = i >= 0 ? input.rows[i] : null;
    const at = (field: string) => `rows.${i >= 0 ? i : `id${indicator.id}`}.${field}`;
    if (indicator.isBudgetDerived) {
      if (!input.budget || input.budget.spent === null) add('budget.spent', t('required', { field: t('spent') }));
    } else if (indicator.kind === 'COUNT' && row?.value == null) {
      add(at('value'), t('required', { field: indicator.name }));
    } else if (indicator.kind === 'RATIO') {
      if (row?.numerator == null)
        add(at('numerator'), t('required', { field: indicator.numeratorLabel ?? t('numerator') }));
      if (row?.denominator == null)
        add(at('denominator'), t('required', { field: indicator.denominatorLabel ?? t('denominator') }));
    } else if (indicator.kind === 'QUALITATIVE' && !row?.rating) {
      add(at('rating'), t('ratingRequired', { field: indicator.name }));
    }
    if (!needsDeviation.has(indicator.id)) continue;
    const d = row?.deviation ?? null;
    if (isDeviationComplete(d)) continue;
    if (!d || d.causes.length === 0) add(at(deviationKey('causes')), t('causesRequired'));
    if (!d || d.analysis === '') add(at(deviationKey('analysis')), t('analysisRequired'));
    if (!d || d.measures === '') add(at(deviationKey('measures')), t('measuresRequired'));
    if (!d || d.likelihood === null) add(at(deviationKey('likelihood')), t('likelihoodRequired'));
  }
  return errors;
}

export function reviewSchema(locale: Locale = 'zh-CN') {
  const t = validationTranslator(locale);
  return z
    .object({
      ...MONTH_KEY,
      version: dbId,
      decision: z.enum(['APPROVE', 'RETURN', 'REOPEN']),
      reason: text(t).default(''),
    })
    .superRefine((input, ctx) => {
      if (input.decision !== 'APPROVE' && input.reason === '') {
        ctx.addIssue({ code: 'custom', path: ['reason'], message: t('reasonRequired') });
      }
    });
}

export type ReviewInput = z.input<ReturnType<typeof reviewSchema>>;
export type Review = z.output<ReturnType<typeof reviewSchema>>;

/** zod issues as `{ 'rows.0.numerator': ['…'] }`, the shape forms show next to their fields */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[issue.path.join('.') || '_'] ??= []).push(issue.message);
  return errors;
}
