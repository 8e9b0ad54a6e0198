// The monthly cycle (docs/RULES.md, “The monthly cycle”) as a pure state machine: who may move a month from which
// state to which.
import type { MonthState } from './types';

export type { MonthState };
export type MonthAction = 'SAVE' | 'SUBMIT' | 'APPROVE' | 'RETURN' | 'REOPEN';
export type CycleRefusal = 'LOCKED' | 'AWAITING_REVIEW' | 'NOT_SUBMITTED' | 'NOT_APPROVED';
export type Transition = { ok: true; state: MonthState } | { ok: false; refusal: CycleRefusal };

// null = the month has no report yet (nothing entered)
const TABLE: Record<MonthAction, Partial<Record<MonthState | 'NONE', MonthState>>> = {
  SAVE: { NONE: 'DRAFT', DRAFT: 'DRAFT', RETURNED: 'DRAFT' },
  SUBMIT: { NONE: 'SUBMITTED', DRAFT: 'SUBMITTED', RETURNED: 'SUBMITTED' },
  APPROVE: { SUBMITTED: 'APPROVED' },
  RETURN: { SUBMITTED: 'RETURNED' },
  REOPEN: { APPROVED: 'DRAFT' },
};

const refusalFor = (action: MonthAction, from: MonthState | null): CycleRefusal => {
  if (action === 'REOPEN') return 'NOT_APPROVED';
  if (from === 'APPROVED') return 'LOCKED';
  if (from === 'SUBMITTED') return 'AWAITING_REVIEW';
  return 'NOT_SUBMITTED';
};

/** next state of a month after an action, or why the action is refused in this state */
export const nextMonthState = (from: MonthState | null, action: MonthAction): Transition => {
  const to = TABLE[action][from ?? 'NONE'];
  return to ? { ok: true, state: to } : { ok: false, refusal: refusalFor(action, from) };
};

/**
 * Four eyes: whoever submitted a month cannot approve it, whatever their role (an administrator may enter and submit
 * for a unit, but another person approves). A month without a recorded submitter has no such conflict.
 */
export const mayApprove = (submittedById: number | null, reviewerId: number): boolean =>
  submittedById === null || submittedById !== reviewerId;

/** the manager may type into the month: not yet submitted, or returned, or reopened */
export const isEditableState = (state: MonthState | null): boolean => nextMonthState(state, 'SAVE').ok;

/** entry is open for a month once it has begun (Shanghai calendar): y/m ≤ today's y/m */
export const isMonthStarted = (year: number, month: number, today: { year: number; month: number }): boolean =>
  year < today.year || (year === today.year && month <= today.month);

/**
 * The month units are compared as of by default: the latest month with any figure, but never a month that has not
 * ended (a unit reporting its running month early would otherwise put every other unit behind for a month not yet
 * due). Null when the year has no figure.
 */
export const defaultComparisonMonth = (
  year: number,
  latestWithData: number | null,
  today: { year: number; month: number },
): number | null => {
  if (latestWithData === null) return null;
  const lastEnded = year < today.year ? 12 : year === today.year ? today.month - 1 : 0;
  return Math.max(1, Math.min(latestWithData, lastEnded));
};

/** A month counts as submitted data once SUBMITTED or APPROVED: not overdue, not editable, not remindable. */
export const isSubmittedState = (state: string | null | undefined): state is 'SUBMITTED' | 'APPROVED' =>
  state === 'SUBMITTED' || state === 'APPROVED';
