import { describe, expect, test } from 'vitest';
import { fieldErrorsIn } from '@/tests/support/messages';
import { qualitativeScoreSchema } from './qualitative-score';

describe('qualitativeScoreSchema', () => {
  test.each([
    ['8.5', 8.5],
    [' ９ ', 9],
    ['', null],
  ])('%j → %j', (score, expected) => {
    expect(qualitativeScoreSchema.parse({ indicatorId: 1, version: 1, score })).toEqual({
      indicatorId: 1,
      version: 1,
      score: expected,
    });
  });

  test.each([
    ['-1', '得分不能为负数。'],
    ['8.555', '得分最多保留两位小数。'],
    ['abc', '得分必须是数字，例如 1,234 或 1234.5。'],
  ])('%j is refused with a Chinese message', (score, message) => {
    expect(fieldErrorsIn(qualitativeScoreSchema, { indicatorId: 1, version: 1, score })).toEqual({ score: [message] });
  });

  test('in English when the interface is English', () => {
    expect(fieldErrorsIn(qualitativeScoreSchema, { indicatorId: 1, version: 1, score: '-1' }, 'en')).toEqual({
      score: ['Score cannot be negative.'],
    });
  });
});
