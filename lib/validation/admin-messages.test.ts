import { describe, expect, test } from 'vitest';
import { adminMessage, decodeAdminMessage } from './admin-messages';
import { toPlainNumberText } from './admin-numbers';

describe('admin message keys', () => {
  test.each([
    ['errors.required', undefined],
    ['errors.stale', { user: '系统管理员', at: '2026-11-26T04:00:00.000Z' }],
    ['errors.publishWeights', { indicatorSum: '95', budgetWeight: '10', total: '105' }],
  ])('%s round-trips with its parameters', (key, params) => {
    expect(decodeAdminMessage(adminMessage(key, params))).toEqual({ key, params: params ?? {} });
  });
  test('plain text passes through as its own key', () =>
    expect(decodeAdminMessage('出错了')).toEqual({ key: '出错了', params: {} }));
});

describe('toPlainNumberText', () => {
  test.each([
    [' 1,234,567 ', '1234567'],
    ['１２３４', '1234'],
    ['２４５．７８', '245.78'],
    ['1，000', '1000'],
    [12.5, '12.5'],
  ])('%s → %s', (input, output) => expect(toPlainNumberText(input)).toBe(output));
});
