import { describe, expect, test } from 'vitest';
import {
  defaultComparisonMonth,
  isEditableState,
  isSubmittedState,
  isMonthStarted,
  mayApprove,
  type MonthAction,
  type MonthState,
  nextMonthState,
} from './month-cycle';

describe('nextMonthState', () => {
  test.each<[MonthState | null, MonthAction, MonthState]>([
    [null, 'SAVE', 'DRAFT'],
    ['DRAFT', 'SAVE', 'DRAFT'],
    ['RETURNED', 'SAVE', 'DRAFT'],
    [null, 'SUBMIT', 'SUBMITTED'],
    ['DRAFT', 'SUBMIT', 'SUBMITTED'],
    ['RETURNED', 'SUBMIT', 'SUBMITTED'],
    ['SUBMITTED', 'APPROVE', 'APPROVED'],
    ['SUBMITTED', 'RETURN', 'RETURNED'],
    ['APPROVED', 'REOPEN', 'DRAFT'],
  ])('%s --%s--> %s', (from, action, to) => expect(nextMonthState(from, action)).toEqual({ ok: true, state: to }));

  test.each<[MonthState | null, MonthAction, string]>([
    ['APPROVED', 'SAVE', 'LOCKED'],
    ['APPROVED', 'SUBMIT', 'LOCKED'],
    ['APPROVED', 'APPROVE', 'LOCKED'],
    ['APPROVED', 'RETURN', 'LOCKED'],
    ['SUBMITTED', 'SAVE', 'AWAITING_REVIEW'],
    ['SUBMITTED', 'SUBMIT', 'AWAITING_REVIEW'],
    [null, 'APPROVE', 'NOT_SUBMITTED'],
    ['DRAFT', 'APPROVE', 'NOT_SUBMITTED'],
    ['RETURNED', 'RETURN', 'NOT_SUBMITTED'],
    ['DRAFT', 'REOPEN', 'NOT_APPROVED'],
    ['SUBMITTED', 'REOPEN', 'NOT_APPROVED'],
    [null, 'REOPEN', 'NOT_APPROVED'],
  ])('%s --%s--> refused: %s', (from, action, refusal) =>
    expect(nextMonthState(from, action)).toEqual({ ok: false, refusal }),
  );
});

describe('isEditableState', () => {
  test.each<[MonthState | null, boolean]>([
    [null, true],
    ['DRAFT', true],
    ['RETURNED', true],
    ['SUBMITTED', false],
    ['APPROVED', false],
  ])('%s → %s', (state, expected) => expect(isEditableState(state)).toBe(expected));
});

describe('isMonthStarted', () => {
  test.each([
    [2026, 11, true],
    [2026, 10, true],
    [2025, 12, true],
    [2026, 12, false],
    [2027, 1, false],
  ])('%i-%i as of 2026-11 → %s', (y, m, expected) =>
    expect(isMonthStarted(y, m, { year: 2026, month: 11 })).toBe(expected),
  );
});

describe('defaultComparisonMonth', () => {
  const today = { year: 2026, month: 11 };
  test('the latest month with figures, never the running month or a later one', () => {
    expect(defaultComparisonMonth(2026, 10, today)).toBe(10);
    expect(defaultComparisonMonth(2026, 11, today)).toBe(10);
    expect(defaultComparisonMonth(2026, 12, today)).toBe(10);
    expect(defaultComparisonMonth(2026, 7, today)).toBe(7);
  });
  test('a past year up to December; January of the running year and a future year at their first month', () => {
    expect(defaultComparisonMonth(2025, 12, today)).toBe(12);
    expect(defaultComparisonMonth(2026, 1, { year: 2026, month: 1 })).toBe(1);
    expect(defaultComparisonMonth(2027, 2, today)).toBe(1);
  });
  test('no figure in the year: none', () => {
    expect(defaultComparisonMonth(2026, null, today)).toBeNull();
  });
});

describe('four eyes', () => {
  test('the submitter cannot approve; anyone else can; no recorded submitter is no conflict', () => {
    expect(mayApprove(7, 7)).toBe(false);
    expect(mayApprove(7, 8)).toBe(true);
    expect(mayApprove(null, 8)).toBe(true);
  });
});

describe('isSubmittedState', () => {
  test.each([
    ['SUBMITTED', true],
    ['APPROVED', true],
    ['DRAFT', false],
    ['RETURNED', false],
    ['MISSING', false],
    [null, false],
    [undefined, false],
  ] as const)('%s → %s', (state, expected) => expect(isSubmittedState(state)).toBe(expected));
});
