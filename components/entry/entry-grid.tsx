'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { EntryMonth } from '@/lib/data/entry';
import type { EntryFigures } from '@/lib/domain';
import { EntryRow, type RowState } from './entry-row';
import { gridPaste, onGridKeyDown } from './grid-navigation';
import { PlannedSpending } from './planned-spending';
import { TextField } from './text-field';

type Budget = { spent: string; planned: string };

type Props = {
  month: EntryMonth;
  rows: Record<number, RowState>;
  figures: EntryFigures[];
  previousOf: (row: EntryMonth['rows'][number]) => { lastMonth: number | null; lastYear: number | null };
  errors: Record<string, string[]>;
  isReadOnly: boolean;
  budget: Budget;
  onBudget: (budget: Budget) => void;
  onRow: (indicatorId: number, state: RowState) => void;
  /** several cells at once (a paste), by input id */
  onCells: (cells: [string, string][]) => void;
  evidenceOf: (row: EntryMonth['rows'][number]) => ReactNode;
};

/**
 * The month as a grid a manager fills from the keyboard: one line per indicator, Enter down the column, Tab along,
 * a column pasted from a spreadsheet fills the rows below. The month's spending is the first line.
 */
export function EntryGrid(props: Props) {
  const { month, rows, figures, errors, isReadOnly, budget, onBudget } = props;
  const t = useTranslations('entry');
  const te = useTranslations('evidence');
  const budgetCell = (field: 'spent', col: string) => (
    <TextField
      id={`budget-${field}`}
      label={t(field)}
      value={budget[field]}
      errors={errors[`budget.${field}`]}
      isDisabled={isReadOnly}
      isNumeric
      gridCol={col}
      onChange={(text) => onBudget({ ...budget, [field]: text })}
    />
  );
  return (
    <div className="panel entry-grid-wrap">
      <p className="small muted" id="entry-grid-help">
        {t('gridHelp')} {t('plannedFromPlan')} {te('hint')}
      </p>
      <div
        className="entry-grid"
        aria-describedby="entry-grid-help"
        onKeyDown={onGridKeyDown}
        onPaste={(event) => gridPaste(event, props.onCells)}
      >
        <div className="entry-grid-line entry-grid-head" aria-hidden="true">
          <span>{t('gridIndicator')}</span>
          <span className="entry-grid-span">{t('gridInput')}</span>
          <span className="num">{t('monthFigure')}</span>
          <span className="num">{t('ytd', { month: month.month })}</span>
          <span>{t('status')}</span>
          <span className="num">{t('lastMonth')}</span>
          <span className="num">{t('lastYear')}</span>
          <span>{t('note')}</span>
        </div>
        <div role="group" aria-labelledby="budget-row-name" className="entry-grid-row" data-grid-row>
          <div className="entry-grid-line">
            <span id="budget-row-name" className="entry-grid-name">
              {t('budgetTitle')}
            </span>
            {budgetCell('spent', 'a')}
            <PlannedSpending planned={month.budget.planned} />
          </div>
        </div>
        {month.rows.map((r, i) => (
          <EntryRow
            key={r.indicator.id}
            row={r}
            month={month.month}
            state={rows[r.indicator.id]}
            figures={figures[i]}
            previous={props.previousOf(r)}
            errorsOf={(field) => errors[`rows.${i}.${field}`]}
            isReadOnly={isReadOnly}
            onChange={(state) => props.onRow(r.indicator.id, state)}
            evidence={props.evidenceOf(r)}
          />
        ))}
      </div>
    </div>
  );
}
