// Every row of an import file checked against the stored plans: either a list of changes to apply, or the bad rows
// with their line numbers. Pure: the data layer supplies what is stored (ImportContext) and applies the changes.
import { D } from '@/lib/domain/decimal';
import { isMonthStarted, isSubmittedState } from '@/lib/domain/month-cycle';
import { columnMax, COUNT_COLUMN, type DecimalColumn, MONEY_COLUMN, parseNumberInput } from '@/lib/validation/number';
import type { Cause, IndicatorKind, Likelihood, MonthState, Rating } from '@/lib/domain/types';

export type { MonthState };
import { BUDGET_CODE, type ImportRecord, parseCauses, parseLikelihood, parseRating } from './columns';
import type { ImportErrorKey, ImportFieldKey, Values } from './messages';
import { isStorableText } from '@/lib/validation/text';
import {
  changedImplausible,
  FIGURE_COLUMNS_OF_KIND,
  implausibleParams,
  pickFigures,
  isNumeratorOverDenominator,
  numberProblemKey,
} from '@/lib/validation/month-figures';
import { budgetBounds, historyFor, type ImplausibleFigure, indicatorBounds } from '@/lib/domain/plausibility';
import type { MonthValue } from '@/lib/domain/types';

export const NOTE_MAX = 2000;

export type Figures = {
  value: string | null;
  numerator: string | null;
  denominator: string | null;
  rating: Rating | null;
  note: string | null;
};
/** A deviation record (偏差说明) as the import carries it: complete, like the form requires at submission. */
export type DeviationFields = { causes: Cause[]; analysis: string; measures: string; likelihood: Likelihood };
export type StoredActual = Figures & { id: number; version: number; deviation: DeviationFields | null };
export type StoredBudget = { id: number; version: number; spent: string | null; planned: string };

export type ImportIndicator = {
  id: number;
  code: string;
  name: string;
  kind: IndicatorKind;
  isBudgetDerived: boolean;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  /** COUNT: the year's target in base units (the scale of its plausible range) */
  target: number | null;
  /** last year's stored months of the same indicator code (the rest of its scale) */
  lastYear: readonly MonthValue[];
};

export type ImportPlan = {
  planId: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  year: number;
  indicators: ReadonlyMap<string, ImportIndicator>;
  /** month → its report (absent: nothing entered yet, version 0) */
  reports: ReadonlyMap<number, { state: MonthState; version: number }>;
  /** `${indicatorId}:${month}` → the stored figures */
  actuals: ReadonlyMap<string, StoredActual>;
  budget: ReadonlyMap<number, StoredBudget>;
  /** the default planned spending of each month (index 0 = January), for a month without a budget row */
  defaultPlanned: readonly string[];
  /** 资金总额 in 元: no month's spending may plausibly exceed it */
  budgetTotal: string;
};

export type ImportContext = {
  units: ReadonlyMap<string, { id: number; isAllowed: boolean }>;
  plans: ReadonlyMap<string, ImportPlan>;
  today: { year: number; month: number };
  /** the person has checked the figures beyond their plausible range and imports them */
  confirmImplausible?: boolean;
};

export const planKey = (unitCode: string, year: number) => `${unitCode}:${year}`;
export const actualKey = (indicatorId: number, month: number) => `${indicatorId}:${month}`;

export type RowProblem = {
  line: number;
  key: ImportErrorKey;
  values: Values;
  fields?: { key: ImportFieldKey; values?: Values }[];
};

type Where = { line: number; plan: ImportPlan; month: number };
export type ActualChange = Where & {
  kind: 'ACTUAL';
  indicator: ImportIndicator;
  before: StoredActual | null;
  after: Figures;
  /** the row's deviation record; undefined when its columns are empty (the stored one stays) */
  deviation?: DeviationFields;
};
export type BudgetChange = Where & {
  kind: 'BUDGET';
  before: StoredBudget | null;
  after: { spent: string; planned: string };
};
export type ImportChange = ActualChange | BudgetChange;

export type ValidationResult = { problems: RowProblem[]; changes: ImportChange[]; unchanged: number; empty: number };

/** a whole number typed the way people type numbers (１０, " 10 "); null when it is not one */
const wholeNumber = (raw: string): number | null => {
  const parsed = parseNumberInput(raw, { precision: 6, scale: 0 });
  return parsed.ok ? Number(parsed.value) : null;
};

const sameNumber = (a: string | null, b: string | null) => (a === null || b === null ? a === b : new D(a).eq(b));
const sameFigures = (a: Figures, b: Figures) =>
  sameNumber(a.value, b.value) &&
  sameNumber(a.numerator, b.numerator) &&
  sameNumber(a.denominator, b.denominator) &&
  a.rating === b.rating &&
  (a.note ?? '') === (b.note ?? '');

const sameDeviation = (a: DeviationFields | null, b: DeviationFields | undefined) =>
  b === undefined ||
  (a !== null &&
    // the same causes in any order (the form keeps the order they were ticked in, the file the list's order)
    [...a.causes].sort().join() === [...b.causes].sort().join() &&
    a.analysis === b.analysis &&
    a.measures === b.measures &&
    a.likelihood === b.likelihood);

// the template neutralises a note that a spreadsheet would run as a formula ('=…); reading it back undoes that
const unNeutralise = (note: string) => (/^'[=+\-@\t\r]/.test(note) ? note.slice(1) : note);

/** Checks every record; a row is an error, a change, unchanged (as stored: nothing to do) or empty (no figures). */
export function validateImport(records: readonly ImportRecord[], context: ImportContext): ValidationResult {
  const problems: RowProblem[] = [];
  const changes: ImportChange[] = [];
  const seen = new Map<string, number>();
  let unchanged = 0;
  let empty = 0;

  for (const r of records) {
    const rowProblems: RowProblem[] = [];
    const fail = (key: ImportErrorKey, values: Values = {}, fields?: RowProblem['fields']) =>
      rowProblems.push({ line: r.line, key, values, fields });
    const done = () => problems.push(...rowProblems);

    // where: unit, year, month, indicator
    const unitCode = r.unitCode;
    const unit = context.units.get(unitCode);
    if (unitCode === '') fail('unitRequired');
    else if (!unit) fail('unknownUnit', { unit: unitCode });
    else if (!unit.isAllowed) fail('otherUnit', { unit: unitCode });
    const year = wholeNumber(r.year);
    if (year === null || year < 2000 || year > 2100) fail('yearInvalid', { year: r.year });
    const month = wholeNumber(r.month);
    if (month === null || month < 1 || month > 12) fail('monthInvalid', { month: r.month });
    const code = r.indicatorCode.toUpperCase();
    if (code === '') fail('indicatorRequired');
    if (rowProblems.length > 0) {
      done();
      continue;
    }
    const plan = context.plans.get(planKey(unitCode, year!));
    if (!plan) {
      fail('noPlan', { unit: unitCode, year: year! });
      done();
      continue;
    }
    const isBudget = code === BUDGET_CODE;
    const indicator = isBudget ? null : plan.indicators.get(code);
    if (!isBudget && !indicator) {
      fail('unknownIndicator', { code: r.indicatorCode, year: year! });
      done();
      continue;
    }
    const key = `${unitCode}:${year}:${code}:${month}`;
    const firstLine = seen.get(key);
    if (firstLine !== undefined) {
      fail('duplicateRow', { line: firstLine });
      done();
      continue;
    }
    seen.set(key, r.line);

    // what: the figures, each through the one number normaliser
    const number = (raw: string, column: DecimalColumn, field: ImportFieldKey, values: Values = {}): string | null => {
      const parsed = parseNumberInput(raw, column);
      if (parsed.ok) return parsed.value;
      if (parsed.problem !== 'EMPTY')
        fail(numberProblemKey(parsed.problem, column), { max: columnMax(column) }, [{ key: field, values }]);
      return null;
    };
    const ratingText = r.rating;
    const rating = ratingText === '' ? null : parseRating(ratingText);
    const note = unNeutralise(r.note);
    const deviationCells = [r.causes, r.analysis, r.measures, r.likelihood];
    const hasFigures = [r.value, r.numerator, r.denominator, r.rating, note, ...deviationCells].some((s) => s !== '');
    if (!hasFigures) {
      empty += 1;
      continue;
    }
    const at: Where = { line: r.line, plan, month: month! };
    const report = plan.reports.get(month!);
    const lockedOrFuture = () => {
      if (!isMonthStarted(year!, month!, context.today)) fail('futureMonth', { year: year!, month: month! });
      else if (report && isSubmittedState(report.state))
        fail('lockedMonth', { year: year!, month: month!, state: report.state });
    };

    if (isBudget || !indicator) {
      const spent = number(r.value, MONEY_COLUMN, 'spent');
      const planned = number(r.denominator, MONEY_COLUMN, 'planned');
      if (r.numerator !== '' || r.rating !== '')
        fail('notForKind', { name: BUDGET_CODE }, [
          ...(r.numerator !== '' ? [{ key: 'numeratorPlain' as const }] : []),
          ...(r.rating !== '' ? [{ key: 'rating' as const }] : []),
        ]);
      if (note !== '') fail('budgetNote');
      if (deviationCells.some((c) => c !== '')) fail('budgetDeviation');
      if (rowProblems.length > 0) {
        done();
        continue;
      }
      const before = plan.budget.get(month!) ?? null;
      const isSame =
        before !== null && sameNumber(spent, before.spent) && (planned === null || sameNumber(planned, before.planned));
      if (isSame) {
        unchanged += 1;
        continue;
      }
      // a future month's planned spending belongs to the plan's 预算计划, which the import does not change
      if (spent === null && planned !== null && !isMonthStarted(year!, month!, context.today)) {
        fail('futurePlanned', { year: year!, month: month! });
        done();
        continue;
      }
      lockedOrFuture();
      if (spent === null) fail('spentRequired');
      const plannedNext = planned ?? before?.planned ?? plan.defaultPlanned[month! - 1] ?? null;
      if (plannedNext === null) fail('plannedRequired');
      if (!context.confirmImplausible)
        failImplausible(changedImplausible({ spent, planned }, before, budgetBounds(plan.budgetTotal)), fail);
      if (rowProblems.length > 0) {
        done();
        continue;
      }
      changes.push({ ...at, kind: 'BUDGET', before, after: { spent: spent!, planned: plannedNext! } });
      continue;
    }

    if (indicator.isBudgetDerived) {
      fail('budgetDerived', { name: indicator.name });
      done();
      continue;
    }
    const numeratorLabel = indicator.numeratorLabel ?? '—';
    const denominatorLabel = indicator.denominatorLabel ?? '—';
    const value = number(r.value, COUNT_COLUMN, 'value');
    const numerator = number(r.numerator, COUNT_COLUMN, 'numerator', { label: numeratorLabel });
    const denominator = number(r.denominator, COUNT_COLUMN, 'denominator', { label: denominatorLabel });
    if (ratingText !== '' && rating === null) fail('ratingInvalid', { rating: ratingText });
    if (note.length > NOTE_MAX) fail('noteTooLong', { max: NOTE_MAX });
    if (!isStorableText(note)) fail('noteUnstorable');
    const deviation = deviationCells.some((c) => c !== '') ? readDeviation(r, fail) : undefined;
    if (rowProblems.length > 0) {
      done();
      continue;
    }
    const after: Figures = { value, numerator, denominator, rating, note: note === '' ? null : note };
    const before = plan.actuals.get(actualKey(indicator.id, month!)) ?? null;
    if (before && sameFigures(before, after) && sameDeviation(before.deviation, deviation)) {
      unchanged += 1;
      continue;
    }
    lockedOrFuture();
    const k = indicator.kind;
    const extra: NonNullable<RowProblem['fields']> = [];
    if (k !== 'COUNT' && r.value !== '') extra.push({ key: 'value' });
    if (k !== 'RATIO' && r.numerator !== '') extra.push({ key: 'numeratorPlain' });
    if (k !== 'RATIO' && r.denominator !== '') extra.push({ key: 'denominatorPlain' });
    if (k !== 'QUALITATIVE' && r.rating !== '') extra.push({ key: 'rating' });
    if (extra.length > 0) fail('notForKind', { name: indicator.name }, extra);
    if (k === 'COUNT' && value === null) fail('valueRequired', { name: indicator.name });
    if (k === 'RATIO' && (numerator === null || denominator === null))
      fail('ratioRequired', { name: indicator.name, numerator: numeratorLabel, denominator: denominatorLabel });
    if (k === 'RATIO' && isNumeratorOverDenominator(numerator, denominator)) {
      fail('numeratorGtDenominator', { numerator: numeratorLabel, denominator: denominatorLabel });
    }
    if (k === 'QUALITATIVE' && rating === null) fail('ratingRequired', { name: indicator.name });
    if (rowProblems.length === 0 && !context.confirmImplausible) {
      const columns = FIGURE_COLUMNS_OF_KIND[k];
      const bounds = indicatorBounds({
        ...indicator,
        history: historyFor(month!, storedMonths(plan, indicator.id), indicator.lastYear),
      });
      const found = changedImplausible(pickFigures(after, columns), before && pickFigures(before, columns), bounds);
      failImplausible(found, fail, { numerator: numeratorLabel, denominator: denominatorLabel });
    }
    if (rowProblems.length > 0) {
      done();
      continue;
    }
    changes.push({ ...at, kind: 'ACTUAL', indicator, before, after, ...(deviation ? { deviation } : {}) });
  }
  return { problems, changes, unchanged, empty };
}

const asNumber = (s: string | null) => (s === null ? null : Number(s));

/** The indicator's stored months of the plan's year, as the scale of its plausible range. */
function storedMonths(plan: ImportPlan, indicatorId: number): MonthValue[] {
  const months: MonthValue[] = [];
  for (let month = 1; month <= 12; month++) {
    const a = plan.actuals.get(actualKey(indicatorId, month));
    if (a) months.push({ month, value: asNumber(a.value), denominator: asNumber(a.denominator) });
  }
  return months;
}

/** One refusal per figure beyond its plausible range, naming the column as the other number refusals do. */
function failImplausible(
  found: ImplausibleFigure[],
  fail: (key: ImportErrorKey, values?: Values, fields?: RowProblem['fields']) => void,
  labels: { numerator?: string; denominator?: string } = {},
) {
  for (const f of found) {
    const label = f.column === 'numerator' ? labels.numerator : f.column === 'denominator' ? labels.denominator : null;
    fail(`implausible${f.bound.reason}`, implausibleParams(f), [
      { key: f.column, ...(label ? { values: { label } } : {}) },
    ]);
  }
}

/**
 * The row's 偏差原因 / 偏差原因分析 / 改进措施 / 完成目标可能性, held to the form's rules for a deviation record: known
 * causes, at least one; analysis and measures written, at most NOTE_MAX characters, storable; a likelihood.
 */
function readDeviation(
  r: ImportRecord,
  fail: (key: ImportErrorKey, values?: Values) => void,
): DeviationFields | undefined {
  const { causes, unknown } = parseCauses(r.causes);
  const likelihood = r.likelihood === '' ? null : parseLikelihood(r.likelihood);
  if (unknown.length > 0) fail('causeUnknown', { causes: unknown.join('、') });
  else if (causes.length === 0) fail('causesRequired');
  for (const [text, field] of [
    [r.analysis, 'analysis'],
    [r.measures, 'measures'],
  ] as const) {
    if (text === '') fail(`${field}Required`);
    else if (text.length > NOTE_MAX) fail(`${field}TooLong`, { max: NOTE_MAX });
    else if (!isStorableText(text)) fail('noteUnstorable');
  }
  if (r.likelihood === '') fail('likelihoodRequired');
  else if (likelihood === null) fail('likelihoodInvalid', { likelihood: r.likelihood });
  if (unknown.length > 0 || causes.length === 0 || likelihood === null || !r.analysis || !r.measures) return undefined;
  return { causes, analysis: unNeutralise(r.analysis), measures: unNeutralise(r.measures), likelihood };
}
