// The rules of one month's figures, shared by the entry form (and its server action) and the file import; the import
// adds only file-level checks (columns, duplicate rows, unknown codes).
import { D } from '@/lib/domain/decimal';
import {
  type FigureBounds,
  type FigureColumn,
  type ImplausibleFigure,
  implausibleFigures,
  SCALE_FACTOR,
} from '@/lib/domain/plausibility';
import type { IndicatorKind } from '@/lib/domain/types';
import { formatDecimalText } from '@/lib/format';
import type { DecimalColumn, NumberProblem } from './number';

/** The fields of one indicator's month, in the order the entry form shows them and the import file's columns follow. */
export const MONTH_ROW_FIELDS = [
  'value',
  'numerator',
  'denominator',
  'rating',
  'note',
  'causes',
  'analysis',
  'measures',
  'likelihood',
] as const;

/** A typed number's problem → the message suffix both the form (`entry.validation.*`) and the import use. */
export const NUMBER_PROBLEM_KEY = {
  NOT_A_NUMBER: 'notNumber',
  NEGATIVE: 'negative',
  TOO_PRECISE: 'tooPrecise',
  OUT_OF_RANGE: 'outOfRange',
} as const satisfies Record<Exclude<NumberProblem, 'EMPTY'>, string>;

/** The message suffix for a typed number's problem in a column: a count that is not a whole number says so. */
export const numberProblemKey = (problem: Exclude<NumberProblem, 'EMPTY'>, column: DecimalColumn) =>
  column.scale === 0 && (problem === 'NOT_A_NUMBER' || problem === 'TOO_PRECISE')
    ? 'notWholeNumber'
    : NUMBER_PROBLEM_KEY[problem];

/** A rate's month: the numerator may not exceed the denominator (both given, compared exactly). */
export const isNumeratorOverDenominator = (numerator: string | null, denominator: string | null): boolean =>
  numerator !== null && denominator !== null && new D(numerator).gt(denominator);

/** The figures each kind of indicator is entered with (its plausible ranges are checked on these). */
export const FIGURE_COLUMNS_OF_KIND: Record<IndicatorKind, FigureColumn[]> = {
  COUNT: ['value'],
  RATIO: ['numerator', 'denominator'],
  QUALITATIVE: [],
};

/** Just `columns` of the figures (null where absent). */
export const pickFigures = (figures: Partial<Record<FigureColumn, string | null>>, columns: FigureColumn[]) =>
  Object.fromEntries(columns.map((c) => [c, figures[c] ?? null]));

/** The field (form, API body, import upload) that confirms figures beyond their plausible range. */
export const CONFIRM_IMPLAUSIBLE = 'confirmImplausible';

/** An implausible figure's message parameters (`entry.validation.implausible*`, `import.errors.implausible*`). */
export const implausibleParams = (f: ImplausibleFigure) => ({
  value: formatDecimalText(f.value),
  limit: formatDecimalText(f.bound.limit),
  factor: SCALE_FACTOR,
});

const sameDecimal = (a: string | null | undefined, b: string | null | undefined) =>
  a == null || a === '' || b == null || b === '' ? (a || null) === (b || null) : new D(a).eq(b);

/**
 * The figures beyond their bounds (lib/domain/plausibility) among those that differ from what is stored: a figure kept
 * as it was is not asked about again, whoever confirmed it.
 */
export function changedImplausible(
  after: Partial<Record<FigureColumn, string | null>>,
  before: Partial<Record<FigureColumn, string | null>> | null,
  bounds: FigureBounds,
): ImplausibleFigure[] {
  const changed = Object.entries(after).filter(([column, value]) =>
    before ? !sameDecimal(value, before[column as FigureColumn]) : true,
  );
  return implausibleFigures(Object.fromEntries(changed), bounds);
}
