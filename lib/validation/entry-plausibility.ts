// The entry form's (and the API's) figures held to their plausible range, on what the month's page already loads:
// the indicator's target and stored months, the plan's budget. Field errors keyed as the form's fields are.
import { budgetBounds, historyFor, type ImplausibleFigure, indicatorBounds } from '@/lib/domain/plausibility';
import type { IndicatorKind, MonthValue } from '@/lib/domain/types';
import { type FieldErrors, type MessageParam, message } from '@/lib/errors';
import type { SaveMonth } from './entry';
import {
  CONFIRM_IMPLAUSIBLE,
  changedImplausible,
  FIGURE_COLUMNS_OF_KIND,
  implausibleParams,
  pickFigures,
} from './month-figures';

export type PlausibilityMonth = {
  month: number;
  rows: readonly {
    indicator: {
      id: number;
      name: string;
      kind: IndicatorKind;
      isBudgetDerived: boolean;
      target: number | null;
      numeratorLabel: string | null;
      denominatorLabel: string | null;
    };
    months: readonly MonthValue[];
    lastYear: readonly MonthValue[];
    current: { value: string; numerator: string; denominator: string };
  }[];
  budget: { total: number; spent: string; planned: string };
};

/**
 * The changed figures beyond their plausible range as field errors (`rows.2.value`, `budget.spent`), plus one on
 * `confirmImplausible` saying how to go on; {} when every figure is plausible.
 */
export function implausibleEntryErrors(
  month: PlausibilityMonth,
  input: Pick<SaveMonth, 'rows' | 'budget'>,
): FieldErrors {
  const errors: FieldErrors = {};
  const add = (path: string, field: MessageParam, found: ImplausibleFigure[]) => {
    for (const f of found)
      (errors[`${path}.${f.column}`] ??= []).push(
        message(`entry.validation.implausible${f.bound.reason}`, { field, ...implausibleParams(f) }),
      );
  };
  input.rows.forEach((typed, i) => {
    const row = month.rows.find((r) => r.indicator.id === typed.indicatorId);
    if (!row || row.indicator.isBudgetDerived) return;
    const { kind, name, numeratorLabel, denominatorLabel } = row.indicator;
    const bounds = indicatorBounds({ ...row.indicator, history: historyFor(month.month, row.months, row.lastYear) });
    const columns = FIGURE_COLUMNS_OF_KIND[kind];
    for (const f of changedImplausible(pickFigures(typed, columns), pickFigures(row.current, columns), bounds)) {
      const field =
        f.column === 'value'
          ? name
          : f.column === 'numerator'
            ? (numeratorLabel ?? message('entry.validation.numerator'))
            : (denominatorLabel ?? message('entry.validation.denominator'));
      add(`rows.${i}`, field, [f]);
    }
  });
  if (input.budget) {
    const found = changedImplausible(input.budget, month.budget, budgetBounds(month.budget.total));
    for (const f of found)
      add('budget', message(f.column === 'spent' ? 'entry.validation.spent' : 'entry.validation.planned'), [f]);
  }
  if (Object.keys(errors).length > 0) errors[CONFIRM_IMPLAUSIBLE] = [message('entry.validation.confirmImplausible')];
  return errors;
}
