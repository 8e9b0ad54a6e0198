import { describe, expect, test } from 'vitest';
import { toDec } from './decimal';
import { countStatus, ratioStatus } from './status';
import { statusBand } from './status-band';
import { type Comparator, DEFAULT_THRESHOLDS, type Status } from './types';

const EPSILON = 0.001;
const EXPECTED = 1000;

// the status of a figure in the band's units: RATIO a YTD rate (numerator over 100), COUNT a pace against 1000 expected
const statusAt = (kind: 'COUNT' | 'RATIO', comparator: Comparator, target: number, figure: number): Status => {
  if (kind === 'RATIO') return ratioStatus(figure, 100, comparator, target);
  const expected = target === 0 ? 0 : EXPECTED;
  return countStatus(toDec(figure).times(expected).dividedBy(100), expected, comparator).status;
};

describe('statusBand: the band a chart draws is the status’s own 预警 band', () => {
  test.each<['COUNT' | 'RATIO', Comparator, number, ReturnType<typeof statusBand>]>([
    ['RATIO', 'GTE', 90, { from: 88, to: 90, closed: 'from' }],
    ['RATIO', 'LTE', 5, { from: 5, to: 7, closed: 'to' }],
    ['RATIO', 'EQ', 0, { from: 0, to: 2, closed: 'to' }],
    ['RATIO', 'EQ', 100, { from: 98, to: 100, closed: 'from' }],
    ['RATIO', 'GTE', 0.3, { from: -1.7, to: 0.3, closed: 'from' }],
    ['COUNT', 'GTE', 12_000, { from: 95, to: 100, closed: 'from' }],
    ['COUNT', 'LTE', 500, { from: 100, to: 105, closed: 'to' }],
    ['COUNT', 'EQ', 12_000, { from: 95, to: 100, closed: 'from' }],
    ['COUNT', 'EQ', 0, null],
  ])('%s %s %s', (kind, comparator, target, expected) => {
    expect(statusBand(kind, comparator, target)).toEqual(expected);
  });

  test.each<['COUNT' | 'RATIO', Comparator, number]>([
    ['RATIO', 'GTE', 90],
    ['RATIO', 'LTE', 5],
    ['RATIO', 'EQ', 0],
    ['RATIO', 'EQ', 100],
    ['COUNT', 'GTE', 12_000],
    ['COUNT', 'LTE', 500],
    ['COUNT', 'EQ', 12_000],
  ])(
    '%s %s %s: 预警 on the closed edge and just inside, 达标 on the open edge, 未达标 just past the closed edge',
    (kind, comparator, target) => {
      const band = statusBand(kind, comparator, target)!;
      const [closed, open] = band.closed === 'from' ? [band.from, band.to] : [band.to, band.from];
      const inward = Math.sign(open - closed);
      expect(statusAt(kind, comparator, target, closed)).toBe('YELLOW');
      expect(statusAt(kind, comparator, target, closed + inward * EPSILON)).toBe('YELLOW');
      expect(statusAt(kind, comparator, target, open - inward * EPSILON)).toBe('YELLOW');
      expect(statusAt(kind, comparator, target, open)).toBe('GREEN');
      expect(statusAt(kind, comparator, target, closed - inward * EPSILON)).toBe('RED');
    },
  );

  test('COUNT = 0: no band, and no value is 预警', () => {
    for (const figure of [-1, 0, 0.001, 1, 100, 1e6]) expect(statusAt('COUNT', 'EQ', 0, figure)).not.toBe('YELLOW');
  });

  test('no band without a target, for a qualitative indicator or with a zero tolerance', () => {
    expect(statusBand('RATIO', 'GTE', null)).toBeNull();
    expect(statusBand('QUALITATIVE', 'GTE', 1)).toBeNull();
    expect(statusBand('RATIO', 'LTE', 5, { ...DEFAULT_THRESHOLDS, ratioTolerancePp: 0 })).toBeNull();
  });

  test('plan thresholds move the band', () => {
    const t = { ...DEFAULT_THRESHOLDS, ratioTolerancePp: 1.5, countGreenPace: 100, countYellowPace: 90 };
    expect(statusBand('RATIO', 'GTE', 90, t)).toEqual({ from: 88.5, to: 90, closed: 'from' });
    expect(statusBand('COUNT', 'LTE', 10, t)).toEqual({ from: 100, to: 110, closed: 'to' });
  });
});
