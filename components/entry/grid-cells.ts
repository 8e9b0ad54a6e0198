import type { RowState } from './entry-row';

type Budget = { spent: string; planned: string };
const ROW_FIELDS = ['value', 'numerator', 'denominator', 'rating', 'note'] as const;

/** Cells filled at once (a paste), by input id (`r12-numerator`, `budget-spent`), applied to the form state. */
export function withCells(rows: Record<number, RowState>, budget: Budget, cells: [string, string][]) {
  const nextRows = { ...rows };
  const nextBudget = { ...budget };
  for (const [id, text] of cells) {
    const budgetField = /^budget-(spent|planned)$/.exec(id)?.[1] as keyof Budget | undefined;
    if (budgetField) nextBudget[budgetField] = text;
    const [, indicatorId, field] = /^r(\d+)-([a-z]+)$/.exec(id) ?? [];
    const row = nextRows[Number(indicatorId)];
    if (row && (ROW_FIELDS as readonly string[]).includes(field))
      nextRows[Number(indicatorId)] = { ...row, [field]: text };
  }
  return { rows: nextRows, budget: nextBudget };
}
