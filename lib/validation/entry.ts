// The monthly entry form's schema, shared by the client form and the server action, plus the submission rules.
import { z } from 'zod';
import { CAUSES, type IndicatorKind, LIKELIHOODS, RATINGS } from '@/lib/domain/types';
import { type FieldErrors, type Message, type MessageParam, message } from '@/lib/errors';
import { problem } from './issues';
import { isNumeratorOverDenominator, numberProblemKey } from './month-figures';
import { columnMax, COUNT_COLUMN, type DecimalColumn, MONEY_COLUMN, parseNumberInput } from './number';
import { dbId, dbVersion } from './ids';
import { isStorableText } from './text';

export const TEXT_MAX = 2000;

/** parses one optional typed number; adds a field issue naming `field` and returns null when it is bad or empty */
export function readNumber(
  ctx: z.RefinementCtx,
  raw: string,
  path: (string | number)[],
  field: MessageParam,
  column: DecimalColumn,
) {
  const parsed = parseNumberInput(raw, column);
  if (parsed.ok) return parsed.value;
  if (parsed.problem !== 'EMPTY')
    ctx.addIssue({
      code: 'custom',
      path,
      ...problem(`entry.validation.${numberProblemKey(parsed.problem, column)}`, { field, max: columnMax(column) }),
    });
  return null;
}

const text = () =>
  z.string().trim().max(TEXT_MAX, 'entry.validation.tooLong').refine(isStorableText, 'entry.validation.unstorableText');

const deviationSchema = z.object({
  causes: z.array(z.enum(CAUSES)).max(CAUSES.length),
  analysis: text(),
  measures: text(),
  likelihood: z.enum(LIKELIHOODS).or(z.literal('')),
});

const rowSchema = z.object({
  indicatorId: dbId,
  label: z.string().max(100).default(''),
  numeratorLabel: z.string().max(50).default(''),
  denominatorLabel: z.string().max(50).default(''),
  value: z.string().max(60).default(''),
  numerator: z.string().max(60).default(''),
  denominator: z.string().max(60).default(''),
  rating: z.enum(RATINGS).or(z.literal('')).default(''),
  note: text().default(''),
  deviation: deviationSchema.nullable().default(null),
});

/** Which unit's month an entry or review is about. */
const MONTH_KEY = {
  unitCode: z.string().trim().min(1).max(32),
  year: z.number().int().min(2000).max(2100),
  month: z.number().int().min(1).max(12),
};

const SPENT = message('entry.validation.spent');
const PLANNED = message('entry.validation.planned');
const label = (typed: string, fallback: Message['key']): MessageParam => typed || message(fallback);

export const saveMonthSchema = z
  .object({
    ...MONTH_KEY,
    version: dbVersion,
    intent: z.enum(['DRAFT', 'SUBMIT']),
    /** the person has checked the figures beyond their plausible range and keeps them */
    confirmImplausible: z.boolean().default(false),
    rows: z.array(rowSchema).max(200),
    budget: z
      .object({ spent: z.string().max(60), planned: z.string().max(60) })
      .nullable()
      .default(null),
  })
  .transform((input, ctx) => {
    const rows = input.rows.map((row, i) => {
      const at = (field: string) => ['rows', i, field];
      const numeratorName = label(row.numeratorLabel, 'entry.validation.numerator');
      const denominatorName = label(row.denominatorLabel, 'entry.validation.denominator');
      const numerator = readNumber(ctx, row.numerator, at('numerator'), numeratorName, COUNT_COLUMN);
      const denominator = readNumber(ctx, row.denominator, at('denominator'), denominatorName, COUNT_COLUMN);
      if (isNumeratorOverDenominator(numerator, denominator)) {
        ctx.addIssue({
          code: 'custom',
          path: at('numerator'),
          ...problem('entry.validation.numeratorGtDenominator', {
            numerator: numeratorName,
            denominator: denominatorName,
          }),
        });
      }
      return {
        indicatorId: row.indicatorId,
        value: readNumber(ctx, row.value, at('value'), label(row.label, 'entry.validation.value'), COUNT_COLUMN),
        numerator,
        denominator,
        rating: row.rating || null,
        note: row.note || null,
        deviation: row.deviation && { ...row.deviation, likelihood: row.deviation.likelihood || null },
      };
    });
    const budget = input.budget && {
      spent: readNumber(ctx, input.budget.spent, ['budget', 'spent'], SPENT, MONEY_COLUMN),
      planned: readNumber(ctx, input.budget.planned, ['budget', 'planned'], PLANNED, MONEY_COLUMN),
    };
    if (input.budget && budget && budget.planned === null && input.budget.planned.trim() === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['budget', 'planned'],
        ...problem('entry.validation.required', { field: PLANNED }),
      });
    }
    // one row per indicator: a second one would silently overwrite (or be overwritten by) the first
    const seen = new Set<number>();
    input.rows.forEach((row, i) => {
      if (seen.has(row.indicatorId))
        ctx.addIssue({ code: 'custom', path: ['rows', i, 'indicatorId'], ...problem('entry.validation.duplicateRow') });
      seen.add(row.indicatorId);
    });
    return { ...input, rows, budget };
  });

export type SaveMonthInput = z.input<typeof saveMonthSchema>;
export type SaveMonth = z.output<typeof saveMonthSchema>;
export type EntryRow = SaveMonth['rows'][number];
export type Deviation = NonNullable<EntryRow['deviation']>;

export type EntryIndicatorMeta = {
  id: number;
  name: string;
  kind: IndicatorKind;
  isBudgetDerived: boolean;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
};

/**
 * The key of a deviation field inside its row, as zod names it (`rows.3.deviation.analysis`): the submission rules
 * and the form use the same one, so a refusal from either marks the field.
 */
export const deviationKey = (field: keyof Deviation) => `deviation.${field}`;

type DeviationContent = { causes: readonly string[]; analysis: string; measures: string };

/** A deviation record with something typed in it: kept (and shown) even while the indicator is on target. */
export const hasDeviationContent = <D extends DeviationContent>(d: D | null | undefined): d is D =>
  !!d && (d.causes.length > 0 || d.analysis !== '' || d.measures !== '');

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
): FieldErrors {
  const errors: FieldErrors = {};
  const add = (path: string, key: Message['key'], params?: Message['params']) =>
    (errors[path] ??= []).push(message(key, params));
  for (const indicator of indicators) {
    const i = input.rows.findIndex((r) => r.indicatorId === indicator.id);
    const row = i >= 0 ? input.rows[i] : null;
    const at = (field: string) => `rows.${i >= 0 ? i : `id${indicator.id}`}.${field}`;
    if (indicator.isBudgetDerived) {
      if (!input.budget || input.budget.spent === null)
        add('budget.spent', 'entry.validation.required', { field: SPENT });
    } else if (indicator.kind === 'COUNT' && row?.value == null) {
      add(at('value'), 'entry.validation.required', { field: indicator.name });
    } else if (indicator.kind === 'RATIO') {
      if (row?.numerator == null)
        add(at('numerator'), 'entry.validation.required', {
          field: label(indicator.numeratorLabel ?? '', 'entry.validation.numerator'),
        });
      if (row?.denominator == null)
        add(at('denominator'), 'entry.validation.required', {
          field: label(indicator.denominatorLabel ?? '', 'entry.validation.denominator'),
        });
    } else if (indicator.kind === 'QUALITATIVE' && !row?.rating) {
      add(at('rating'), 'entry.validation.ratingRequired', { field: indicator.name });
    }
    if (!needsDeviation.has(indicator.id)) continue;
    const d = row?.deviation ?? null;
    if (isDeviationComplete(d)) continue;
    if (!d || d.causes.length === 0) add(at(deviationKey('causes')), 'entry.validation.causesRequired');
    if (!d || d.analysis === '') add(at(deviationKey('analysis')), 'entry.validation.analysisRequired');
    if (!d || d.measures === '') add(at(deviationKey('measures')), 'entry.validation.measuresRequired');
    if (!d || d.likelihood === null) add(at(deviationKey('likelihood')), 'entry.validation.likelihoodRequired');
  }
  return errors;
}

export const reviewSchema = z
  .object({
    ...MONTH_KEY,
    version: dbId,
    decision: z.enum(['APPROVE', 'RETURN', 'REOPEN']),
    reason: text().default(''),
  })
  .superRefine((input, ctx) => {
    if (input.decision !== 'APPROVE' && input.reason === '') {
      ctx.addIssue({ code: 'custom', path: ['reason'], ...problem('entry.validation.reasonRequired') });
    }
  });

export type ReviewInput = z.input<typeof reviewSchema>;
export type Review = z.output<typeof reviewSchema>;
