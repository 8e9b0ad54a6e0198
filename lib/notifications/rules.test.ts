import { describe, expect, test } from 'vitest';
import { dueReminderStage, isWorse, reviewWaitDays, shanghaiDateKey } from './rules';

// October 2026 is due on 10 November 2026 (Shanghai)
const at = (iso: string) => new Date(iso);

describe('填报提醒 days', () => {
  test.each([
    ['2026-11-06T12:00:00+08:00', null],
    ['2026-11-07T00:00:00+08:00', { stage: 'SOON', days: 3, due: '2026-11-10' }],
    ['2026-11-07T23:59:59+08:00', { stage: 'SOON', days: 3, due: '2026-11-10' }],
    ['2026-11-08T09:00:00+08:00', null],
    ['2026-11-09T09:00:00+08:00', null],
    ['2026-11-10T00:00:00+08:00', { stage: 'DUE', days: 0, due: '2026-11-10' }],
    ['2026-11-10T23:59:59+08:00', { stage: 'DUE', days: 0, due: '2026-11-10' }],
    ['2026-11-11T00:00:00+08:00', { stage: 'OVERDUE', days: 1, due: '2026-11-10' }],
    ['2026-11-20T08:00:00+08:00', { stage: 'OVERDUE', days: 10, due: '2026-11-10' }],
  ])('%s → %j', (now, expected) => {
    expect(dueReminderStage(2026, 10, 10, at(now))).toEqual(expected);
  });

  test('December is due in January of the next year; a due day past the month end is its last day', () => {
    expect(dueReminderStage(2026, 12, 10, at('2027-01-10T10:00:00+08:00'))?.stage).toBe('DUE');
    expect(dueReminderStage(2026, 1, 31, at('2026-02-28T10:00:00+08:00'))?.stage).toBe('DUE');
  });
});

describe('审核提醒', () => {
  const submitted = at('2026-11-05T10:00:00+08:00');
  test.each([
    ['2026-11-06T10:00:00+08:00', null],
    ['2026-11-07T10:00:00+08:00', null],
    ['2026-11-07T10:00:01+08:00', 2],
    ['2026-11-09T11:00:00+08:00', 4],
  ])('submitted 5 Nov 10:00, now %s → %s days', (now, days) => {
    expect(reviewWaitDays(submitted, at(now))).toBe(days);
  });
});

describe('worse', () => {
  test.each([
    ['GREEN', 'YELLOW', true],
    ['GREEN', 'RED', true],
    ['YELLOW', 'RED', true],
    ['NO_DATA', 'RED', true],
    ['NO_DATA', 'GREEN', false],
    ['RED', 'YELLOW', false],
    ['RED', 'RED', false],
    ['YELLOW', 'YELLOW', false],
    ['GREEN', 'OVERDUE', false],
  ] as const)('%s → %s: %s', (before, after, expected) => {
    expect(isWorse(before, after)).toBe(expected);
  });
});

test('the day key is the Shanghai date', () => {
  expect(shanghaiDateKey(at('2026-11-26T16:30:00Z'))).toBe('2026-11-27');
  expect(shanghaiDateKey(at('2026-11-26T15:59:59Z'))).toBe('2026-11-26');
});
