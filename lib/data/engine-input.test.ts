import { describe, expect, test } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../domain/types';
import { GRADE_BANDS_SELECT, gradeBandsOf, THRESHOLDS_SELECT, thresholdsOf } from './engine-input';

describe('plan settings columns', () => {
  test('the thresholds select names every threshold the engine reads, and thresholdsOf reads them back', () => {
    expect(Object.keys(THRESHOLDS_SELECT).sort()).toEqual(Object.keys(DEFAULT_THRESHOLDS).sort());
    const stored = Object.fromEntries(Object.entries(DEFAULT_THRESHOLDS).map(([k, v]) => [k, String(v)]));
    expect(thresholdsOf(stored as Parameters<typeof thresholdsOf>[0])).toEqual(DEFAULT_THRESHOLDS);
  });

  test('the grade bands select names the three bands gradeBandsOf reads', () => {
    expect(GRADE_BANDS_SELECT).toEqual({ gradeExcellent: true, gradeGood: true, gradeFair: true });
    expect(gradeBandsOf({ gradeExcellent: '90', gradeGood: '80', gradeFair: '60' })).toEqual({
      excellent: 90,
      good: 80,
      fair: 60,
    });
  });
});
