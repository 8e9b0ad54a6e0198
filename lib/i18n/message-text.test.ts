import { describe, expect, test } from 'vitest';
import { joinList, labelled, withNote } from './message-text';

describe('punctuation in the reader’s language', () => {
  test.each([
    ['zh-CN', '人员保障、硬件条件保障'],
    ['en', 'Staffing, Equipment'],
  ] as const)('a list in %s: %s', (locale, expected) => {
    const items = locale === 'en' ? ['Staffing', 'Equipment'] : ['人员保障', '硬件条件保障'];
    expect(joinList(items, locale)).toBe(expected);
  });

  test('a note in brackets: full-width in Chinese, ASCII with a space in English', () => {
    expect(withNote('优秀', '预计', 'zh-CN')).toBe('优秀（预计）');
    expect(withNote('Excellent', 'Projection', 'en')).toBe('Excellent (Projection)');
    expect(withNote('绩效评价员', 'evaluator', 'en')).toBe('绩效评价员 (evaluator)');
  });

  test('a label and its value: full-width colon in Chinese, "label: value" in English', () => {
    expect(labelled('等级', '优秀（预计）', 'zh-CN')).toBe('等级：优秀（预计）');
    expect(labelled('Grade', 'Excellent (Projection)', 'en')).toBe('Grade: Excellent (Projection)');
  });
});
