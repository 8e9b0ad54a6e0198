import { describe, expect, test } from 'vitest';
import { expectedToDateDec } from './pace';
import { budgetStatus, countStatus, qualitativeStatus, ratioStatus, withOverdue } from './status';
import type { Comparator, Rating, Status, Thresholds } from './types';
import { DEFAULT_THRESHOLDS } from './types';

const EQUAL = Array.from({ length: 12 }, () => 1 / 12);

describe('countStatus: pace = ytd ÷ expected × 100', () => {
  test.each<[string, number | null, number | null, Comparator, Status, number | null, boolean]>([
    ['GTE pace 100 is green', 1000, 1000, 'GTE', 'GREEN', 100, false],
    ['GTE pace 99.9 is yellow', 999, 1000, 'GTE', 'YELLOW', 99.9, false],
    ['GTE pace exactly 95 is yellow', 950, 1000, 'GTE', 'YELLOW', 95, false],
    ['GTE pace 94.9 is red', 949, 1000, 'GTE', 'RED', 94.9, false],
    ['GTE pace 119.9 is green, not flagged', 1199, 1000, 'GTE', 'GREEN', 119.9, false],
    ['GTE pace exactly 120 flags 目标可能偏低', 1200, 1000, 'GTE', 'GREEN', 120, true],
    ['GTE pace 0 is red', 0, 1000, 'GTE', 'RED', 0, false],
    ['no ytd → no data', null, 1000, 'GTE', 'NO_DATA', null, false],
    ['no target → no data', 1000, null, 'GTE', 'NO_DATA', null, false],
    ['GTE expected 0: anything meets it', 5, 0, 'GTE', 'GREEN', null, false],
    ['LTE on expected is green', 1000, 1000, 'LTE', 'GREEN', 100, false],
    ['LTE below is green, never flagged', 500, 1000, 'LTE', 'GREEN', 50, false],
    ['LTE +5% exactly is yellow', 1050, 1000, 'LTE', 'YELLOW', 105, false],
    ['LTE beyond +5% is red', 1051, 1000, 'LTE', 'RED', 105.1, false],
    ['EQ expected 0 with 0 is green', 0, 0, 'EQ', 'GREEN', null, false],
    ['EQ expected 0 with 1 is red', 1, 0, 'EQ', 'RED', null, false],
    ['EQ expected > 0 judges as GTE (on)', 1000, 1000, 'EQ', 'GREEN', 100, false],
    ['EQ expected > 0 judges as GTE (yellow)', 960, 1000, 'EQ', 'YELLOW', 96, false],
  ])('%s', (_label, ytd, expected, comparator, status, pace, flag) => {
    expect(countStatus(ytd, expected, comparator)).toEqual({ status, pace, targetMayBeTooLow: flag });
  });

  test.each<[number, number, Status, boolean]>([
    [5_937_500, 6, 'YELLOW', false],
    [5_937_499, 6, 'RED', false],
    [6_250_000, 6, 'GREEN', false],
    [7_500_000, 6, 'GREEN', true],
    [12_500_000, 12, 'GREEN', false],
    [1_000_000, 1, 'YELLOW', false],
  ])('受理量 target 12,500,000 (equal shares): ytd %s at m = %s is %s', (ytd, m, status, flag) => {
    const judged = countStatus(ytd, expectedToDateDec(12_500_000, EQUAL, m), 'GTE');
    expect(judged.status).toBe(status);
    expect(judged.targetMayBeTooLow).toBe(flag);
  });

  test('pace exactly 120 against a non-terminating expected (10 × 1/12) still flags', () => {
    const expected = expectedToDateDec(10, EQUAL, 1);
    expect(countStatus(1, expected, 'GTE').targetMayBeTooLow).toBe(true);
  });

  test('thresholds are plan settings', () => {
    const strict: Thresholds = { ...DEFAULT_THRESHOLDS, countYellowPace: 98, countTooLowPace: 110 };
    expect(countStatus(970, 1000, 'GTE', strict).status).toBe('RED');
    expect(countStatus(1100, 1000, 'GTE', strict).targetMayBeTooLow).toBe(true);
  });
});

describe('ratioStatus: num ÷ den × 100 against T, exact', () => {
  test.each<[string, number | null, number | null, Comparator, number | null, Status]>([
    ['9,000,000 ÷ 10,000,000 vs ≥ 90% is green', 9_000_000, 10_000_000, 'GTE', 90, 'GREEN'],
    ['57 ÷ 100 vs ≥ 57% is green (float says 56.99999999999999)', 57, 100, 'GTE', 57, 'GREEN'],
    ['just below T is yellow', 8_999_999, 10_000_000, 'GTE', 90, 'YELLOW'],
    ['exactly T − 2pp is yellow', 88, 100, 'GTE', 90, 'YELLOW'],
    ['just below T − 2pp is red', 8_799, 10_000, 'GTE', 90, 'RED'],
    ['above T is green', 95, 100, 'GTE', 90, 'GREEN'],
    ['按时办理率 ≥ 95: 93 is yellow', 93, 100, 'GTE', 95, 'YELLOW'],
    ['按时办理率 ≥ 95: 92.99 is red', 9_299, 10_000, 'GTE', 95, 'RED'],
    ['LTE exactly T is green', 100, 100, 'LTE', 100, 'GREEN'],
    ['LTE below T is green', 97, 100, 'LTE', 100, 'GREEN'],
    ['LTE exactly T + 2pp is yellow', 102, 100, 'LTE', 100, 'YELLOW'],
    ['LTE just above T + 2pp is red', 10_201, 10_000, 'LTE', 100, 'RED'],
    ['成本控制率 103% is red', 103, 100, 'LTE', 100, 'RED'],
    ['EQ 0 with 0 is green', 0, 100, 'EQ', 0, 'GREEN'],
    ['EQ 0 with 2% is yellow (like ≤ 0)', 2, 100, 'EQ', 0, 'YELLOW'],
    ['EQ 0 with 3% is red', 3, 100, 'EQ', 0, 'RED'],
    ['EQ 100 on target is green', 100, 100, 'EQ', 100, 'GREEN'],
    ['EQ 100 at 99% is yellow (like ≥)', 99, 100, 'EQ', 100, 'YELLOW'],
    ['denominator 0 → no data', 0, 0, 'GTE', 90, 'NO_DATA'],
    ['no numerator → no data', null, 100, 'GTE', 90, 'NO_DATA'],
    ['no denominator → no data', 90, null, 'GTE', 90, 'NO_DATA'],
    ['no target → no data', 90, 100, 'GTE', null, 'NO_DATA'],
  ])('%s', (_label, n, d, comparator, target, status) => {
    expect(ratioStatus(n, d, comparator, target)).toBe(status);
  });

  test('the tolerance is a plan setting', () => {
    expect(ratioStatus(88, 100, 'GTE', 90, { ...DEFAULT_THRESHOLDS, ratioTolerancePp: 1 })).toBe('RED');
  });
});

describe('budgetStatus: ratio = (spent ÷ budget) ÷ (m ÷ 12) × 100', () => {
  test.each<[string, number | null, number | null, number, Status, number | null]>([
    ['exactly 80 is green', 480, 1200, 6, 'GREEN', 80],
    ['just below 80 is yellow', 479.99, 1200, 6, 'YELLOW', 79.998333333],
    ['exactly 60 is yellow', 360, 1200, 6, 'YELLOW', 60],
    ['just below 60 is red', 359.99, 1200, 6, 'RED', 59.998333333],
    ['on time progress is 100', 600, 1200, 6, 'GREEN', 100],
    ['ahead of time progress', 900, 1200, 6, 'GREEN', 150],
    ['asOf = 1', 100, 1200, 1, 'GREEN', 100],
    ['asOf = 12, fully spent', 1200, 1200, 12, 'GREEN', 100],
    ['seed budget at m = 3, exactly 80', 491_560, 2_457_800, 3, 'GREEN', 80],
    ['seed budget at m = 3, one fen short of 80', 491_559.99, 2_457_800, 3, 'YELLOW', 79.999998372],
    ['nothing spent is red', 0, 1200, 6, 'RED', 0],
    ['no spending entered → no data', null, 1200, 6, 'NO_DATA', null],
    ['budget 0 → no data', 100, 0, 6, 'NO_DATA', null],
  ])('%s', (_label, spent, budget, m, status, ratio) => {
    const result = budgetStatus(spent, budget, m);
    expect(result.status).toBe(status);
    if (ratio === null) expect(result.ratio).toBeNull();
    else expect(result.ratio).toBeCloseTo(ratio, 8);
  });
});

describe('qualitativeStatus and withOverdue', () => {
  test.each<[Rating | null | undefined, Status]>([
    ['ACHIEVED', 'GREEN'],
    ['PARTIAL', 'YELLOW'],
    ['NOT_ACHIEVED', 'RED'],
    [null, 'NO_DATA'],
    [undefined, 'NO_DATA'],
  ])('%s → %s', (rating, status) => {
    expect(qualitativeStatus(rating)).toBe(status);
  });

  test.each<[Status, boolean, Status]>([
    ['NO_DATA', true, 'OVERDUE'],
    ['RED', true, 'OVERDUE'],
    ['NO_DATA', false, 'NO_DATA'],
    ['RED', false, 'RED'],
    ['GREEN', false, 'GREEN'],
  ])('withOverdue(%s, %s) = %s', (status, isOverdue, expected) => {
    expect(withOverdue(status, isOverdue)).toBe(expected);
  });
});
