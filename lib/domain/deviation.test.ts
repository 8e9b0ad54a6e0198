import { describe, expect, test } from 'vitest';
import { currentExplanation, isOffTarget } from './deviation';

const records = [1, 2, 3, 4, 5, 6, 7].map((month) => ({ month, analysis: `${month}月说明` }));

describe('currentExplanation (the stale-explanation rule)', () => {
  test('back on target as of the month: no current explanation, whatever was written for months 1–7', () => {
    expect(currentExplanation(records, 'GREEN', 10)).toBeNull();
    expect(currentExplanation(records, 'NO_DATA', 10)).toBeNull();
  });

  test('still off target: the latest record up to the month', () => {
    expect(currentExplanation(records, 'RED', 10)?.month).toBe(7);
    expect(currentExplanation(records, 'YELLOW', 5)?.month).toBe(5);
    expect(currentExplanation([], 'RED', 5)).toBeNull();
  });

  test('a record of a later month never explains an earlier one', () => {
    expect(currentExplanation([{ month: 9 }], 'RED', 8)).toBeNull();
  });

  test('off target means yellow or red', () => {
    expect(['GREEN', 'YELLOW', 'RED', 'OVERDUE', 'NO_DATA'].filter((s) => isOffTarget(s as never))).toEqual([
      'YELLOW',
      'RED',
    ]);
  });
});
